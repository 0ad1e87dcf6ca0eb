package org.complaintrules.drools.signals;

/**
 * Arrays that one analysis on one thread works in, kept for the thread's next analysis so that a
 * text of ordinary length allocates (and clears) no new working arrays: the folded symbols and
 * their offsets, the tokens, the terms of each token, the candidate matches and the occurrences
 * of each context. Only texts of at most {@value #MAX_KEPT}
 * characters use them; longer ones get arrays of their own, so a thread keeps at most a few
 * hundred kilobytes. What is built in a workspace ({@link NormalizedText}, {@link Tokens}) is valid
 * until the next analysis on the same thread; the analysis returns nothing that refers to it.
 */
final class Workspace {

    /** Longest text, in UTF-16 units, whose analysis works in the thread's workspace. */
    static final int MAX_KEPT = 16_384;

    private static final ThreadLocal<Workspace> LOCAL = ThreadLocal.withInitial(Workspace::new);

    char[] original = new char[0];
    char[] symbols = new char[0];
    int[] from = new int[0];
    int[] to = new int[0];
    int[] tokenStarts = new int[0];
    int[] tokenEnds = new int[0];
    byte[] tokenKinds = new byte[0];
    int[] tokenSentences = new int[0];
    int[] termStart = new int[0];
    int[] terms = new int[0];
    private TokenMatcher.Candidates candidates;

    private Workspace() {}

    /** @return the thread's list of candidate matches, emptied */
    TokenMatcher.Candidates candidates() {
        if (candidates == null) {
            candidates = new TokenMatcher.Candidates();
        }
        return candidates.clear();
    }

    /**
     * @param length the text's length in UTF-16 units
     * @return this thread's workspace, or {@code null} when the text is too long to use it
     */
    static Workspace forText(int length) {
        return length <= MAX_KEPT ? LOCAL.get() : null;
    }
}
