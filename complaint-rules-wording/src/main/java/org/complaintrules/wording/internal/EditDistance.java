package org.complaintrules.wording.internal;

/**
 * The Levenshtein distance of two words: the "did you mean" of the policy's error messages (a setting's
 * key, a reply template's section or step) all measure with it.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * @param a a word
     * @param b another word
     * @return the fewest single-character insertions, deletions and substitutions that turn {@code a}
     *     into {@code b}
     */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
