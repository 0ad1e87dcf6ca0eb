package org.complaintrules.drools.signals;

import java.util.Arrays;

/**
 * The tokens of a folded text, found in one pass: words of scripts written with spaces (letters,
 * digits and marks, with apostrophes inside: {@code don't}, {@code youtube'i}), numbers, each
 * character of a script written without spaces (Han, kana, Thai...) and each other sign. A
 * word with masking signs inside ({@code f*ck}, {@code f&$king}), after a dollar sign at its start
 * ({@code $hit}), at its end after one or two letters ({@code f***}, {@code sh**}) or with an
 * {@code !} between two small letters ({@code sh!t}) is one masked word, and a word spelled out
 * letter by letter ({@code f.u.c.k}, {@code s-u-e}, {@code l a w y e r}, {@code s/u/e}, {@code
 * s👏u👏e}) one spelled word; masking signs, {@code -}, {@code _} and {@code ·} between two characters of a script written
 * without spaces ({@code 傻*逼}) are no tokens. Tokens are
 * numbered by sentence: a sentence ends at {@code . ! ? ;} (and their full-width forms) and at a
 * line break.
 */
final class Tokens {

    /** A word of a spaced script. */
    static final int WORD = 0;
    /** A run of digits. */
    static final int NUMBER = 1;
    /** One character of an unspaced script. */
    static final int UNSPACED = 2;
    /** Any other sign. */
    static final int SIGN = 3;

    private int[] starts;
    private int[] ends;
    /** The kind in bits 0-1, {@link #MASKED} on top. */
    private byte[] kinds;

    private int[] sentences;
    private int size;
    /** How many of the tokens are a {@link #WORD} or a {@link #NUMBER}. */
    private int words;
    /** How many of the tokens are a quotation mark ({@link CharClass#QUOTE}). */
    private int quoteSigns;
    /** The tokens that are a quotation mark, in order; made when the first one is found. */
    private int[] quotes;

    /** In {@link #kinds}: a word with masking signs in it. */
    private static final int MASKED = 4;
    /** In {@link #kinds}: a word spelled out, one separator between each two letters ({@link #spelledEnd}). */
    private static final int SPELLED = 8;
    /**
     * In {@link #kinds}: a word of letters and digits with three letters at least ({@code sh1t},
     * {@code c0urt}; not {@code 3rd}, {@code mp3}).
     */
    private static final int DIGITS = 16;
    /** Fewest letters of a word spelled out with {@code .}, {@code -}, {@code /}, an emoji or another separator between them. */
    private static final int MIN_SPELLED = 3;
    /**
     * Fewest letters of a word spelled out with spaces between them: more than {@link #MIN_SPELLED},
     * since three one-letter words in a row are plain Russian ("и я в шоке"); three Latin letters
     * other than "a" and "i" are one word ({@link #spacedLatinWord}).
     */
    private static final int MIN_SPELLED_SPACED = 4;

    private Tokens(int capacity, Workspace workspace) {
        int c = Math.max(8, capacity);
        if (workspace == null) {
            starts = new int[c];
            ends = new int[c];
            kinds = new byte[c];
            sentences = new int[c];
            return;
        }
        if (workspace.tokenStarts.length < c) {
            int kept = Math.max(c, 256);
            workspace.tokenStarts = new int[kept];
            workspace.tokenEnds = new int[kept];
            workspace.tokenKinds = new byte[kept];
            workspace.tokenSentences = new int[kept];
        }
        starts = workspace.tokenStarts;
        ends = workspace.tokenEnds;
        kinds = workspace.tokenKinds;
        sentences = workspace.tokenSentences;
    }

    /**
     * @param text the folded text
     * @param lexicon whether it is an entry of a word list (a masked word may then start with a mask)
     * @return its tokens
     */
    static Tokens of(NormalizedText text, boolean lexicon) {
        return of(text, lexicon, null);
    }

    /**
     * @param text the folded text
     * @param lexicon whether it is an entry of a word list (a masked word may then start with a mask)
     * @param workspace the thread's working arrays (the result is valid until they are used
     *     again), or {@code null} for arrays of its own
     * @return its tokens
     */
    static Tokens of(NormalizedText text, boolean lexicon, Workspace workspace) {
        int n = text.length();
        char[] s = text.symbols();
        Tokens t = new Tokens(n / 4 + text.unspacedCount() + 4, workspace);
        int sentence = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '\n') {
                sentence++;
                i++;
                continue;
            }
            int flags = CharClass.of(c);
            if (c == NormalizedText.NUMBER
                    || (flags & CharClass.WORD) != 0
                    || (lexicon && isMask(c))
                    || (c == '$' && startsLetters(s, i + 1, n))) {
                int start = i;
                // "$hit": a dollar sign before letters (not digits) stands for an s
                boolean mask = c == '$' && !lexicon;
                boolean letters = c != NormalizedText.NUMBER;
                int numbers = letters ? 0 : 1;
                i++;
                while (i < n) {
                    char d = s[i];
                    if (d == NormalizedText.NUMBER || CharClass.is(d, CharClass.WORD)) {
                        letters |= d != NormalizedText.NUMBER;
                        numbers += d == NormalizedText.NUMBER ? 1 : 0;
                        i++;
                    } else if ((d == '\'' || isMask(d)) && i + 1 < n && continueWord(s, i + 1, n)) {
                        mask |= d != '\'';
                        i++;
                    } else if (lexicon && isMask(d)) {
                        mask = true;
                        i++;
                    } else if (d == '!' && !lexicon && bangInWord(text, s, start, i, n)) {
                        mask = true;
                        i++;
                    } else {
                        break;
                    }
                }
                if (i - start <= MOST_LETTERS_BEFORE_MASKS
                        && i < n
                        && isMask(s[i])
                        && !lexicon
                        && letters
                        && numbers == 0) {
                    // "f***", "sh**": a short word cut off by masks at its end
                    int masked = maskedEnd(text, s, start, i, n);
                    if (masked > i) {
                        mask = true;
                        i = masked;
                    }
                }
                int kind = !letters && i - start == 1 ? NUMBER : WORD;
                if (i - start == 1 && letters) {
                    int spelled = spelledEnd(s, start, n);
                    if (spelled > 0) {
                        t.add(start, spelled, WORD, sentence, SPELLED);
                        i = spelled;
                        continue;
                    }
                }
                // a word of letters and digits, with two letters at least and three symbols ("5ue",
                // "4ss", "1d10t"; "3rd", "mp3" and "10am" are read so too, and are no entry either way)
                boolean leet = numbers > 0 && i - start - numbers >= 2 && i - start >= 3;
                t.add(start, i, kind, sentence, (mask ? MASKED : 0) | (leet ? DIGITS : 0));
                continue;
            }
            t.add(i, i + 1, (flags & CharClass.UNSPACED) != 0 ? UNSPACED : SIGN, sentence, 0);
            if ((flags & (CharClass.SENTENCE_END | CharClass.QUOTE)) != 0) {
                if ((flags & CharClass.QUOTE) != 0) {
                    t.addQuote();
                } else {
                    sentence++;
                }
            }
            i++;
            if ((flags & CharClass.UNSPACED) != 0) {
                // Chinese is one token per character: take the run in a tight loop
                i = t.addUnspacedRun(s, i, n, sentence);
                i = pastJoiners(s, i, n);
            }
        }
        return t;
    }

    /**
     * Adds each character of a script written without spaces from {@code s[i]} on as a token of
     * its own, as the general loop would, with the arrays in locals; stops at the first other
     * symbol or when the arrays are full.
     *
     * @return the index of the first symbol not taken
     */
    private int addUnspacedRun(char[] s, int i, int n, int sentence) {
        int[] st = starts;
        int[] en = ends;
        byte[] ki = kinds;
        int[] se = sentences;
        int k = size;
        int capacity = st.length;
        while (i < n && k < capacity) {
            char c = s[i];
            // UNSPACED and WORD exclude each other, and no unspaced letter ends a sentence
            if (c == NormalizedText.NUMBER || !CharClass.is(c, CharClass.UNSPACED)) {
                break;
            }
            st[k] = i;
            en[k] = i + 1;
            ki[k] = UNSPACED;
            se[k] = sentence;
            k++;
            i++;
        }
        size = k;
        return i;
    }

    /**
     * Where a word spelled out letter by letter ends, if one starts at {@code start}: one-letter
     * words, each a letter (not a digit), with the same separator between each two (one of {@value
     * #SPELLING_SEPARATORS}, a space, or a sign outside the Basic Multilingual Plane such as an emoji:
     * "s👏u👏e"), at least {@link #MIN_SPELLED} of them ({@link #MIN_SPELLED_SPACED} with spaces, or
     * three Latin letters none of which is "a" or "i").
     *
     * @param s the folded symbols
     * @param start a one-letter word
     * @param n the number of symbols
     * @return the index just past its last letter, or -1 when no word is spelled out there
     */
    private static int spelledEnd(char[] s, int start, int n) {
        if (start + 2 >= n || !Character.isLetter(s[start])) {
            return -1;
        }
        int width = separatorWidth(s, start + 1, n);
        if (width == 0) {
            return -1;
        }
        char separator = s[start + 1];
        int letters = 1;
        int j = start + 1;
        while (j + width < n && sameSeparator(s, start + 1, j, width) && isLoneLetter(s, j + width, n)) {
            letters++;
            j += width + 1;
        }
        if (letters >= (separator == ' ' ? MIN_SPELLED_SPACED : MIN_SPELLED)) {
            return j;
        }
        return separator == ' ' && letters == MIN_SPELLED && spacedLatinWord(s, start) ? j : -1;
    }

    /** The signs other than a space that may stand between the letters of a word spelled out. */
    static final String SPELLING_SEPARATORS = ".-_/|~+•·";

    /**
     * @return the width in symbols of the separator at s[k] between the letters of a word spelled
     *     out: 1 for a space or one of {@link #SPELLING_SEPARATORS}, 2 for a sign outside the Basic
     *     Multilingual Plane that is no letter or digit (an emoji), 0 for anything else
     */
    private static int separatorWidth(char[] s, int k, int n) {
        char c = s[k];
        if (c == ' ' || SPELLING_SEPARATORS.indexOf(c) >= 0) {
            return 1;
        }
        if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s[k + 1])) {
            int cp = Character.toCodePoint(c, s[k + 1]);
            return Character.isLetterOrDigit(cp) ? 0 : 2;
        }
        return 0;
    }

    /** @return whether s[j, j + width) holds the same separator as s[first, first + width) */
    private static boolean sameSeparator(char[] s, int first, int j, int width) {
        return s[j] == s[first] && (width == 1 || s[j + 1] == s[first + 1]);
    }

    /**
     * Whether three Latin letters with spaces between them, from {@code s[start]} on, spell a word: none
     * of them is "a" or "i", the one-letter words of English ("I will s u e you" hides "sue"; "a b c"
     * and "I x y" do not). Cyrillic has too many one-letter words ("и я в шоке") for this.
     */
    private static boolean spacedLatinWord(char[] s, int start) {
        for (int k = start; k <= start + 4; k += 2) {
            char c = s[k];
            if (c < 'b' || c > 'z' || c == 'i') {
                return false;
            }
        }
        return true;
    }

    /** @return whether s[k] is a letter of a spaced script with no word symbol right after it */
    private static boolean isLoneLetter(char[] s, int k, int n) {
        char c = s[k];
        return c != NormalizedText.NUMBER
                && CharClass.is(c, CharClass.WORD)
                && Character.isLetter(c)
                && (k + 1 == n
                        || (s[k + 1] != NormalizedText.NUMBER
                                && !CharClass.is(s[k + 1], CharClass.WORD)
                                && s[k + 1] != '\''));
    }

    /** Most signs between two characters of an unspaced script that {@link #pastJoiners} passes over. */
    private static final int MOST_JOINERS = 3;

    /**
     * Passes over masking signs ({@code ×} too), {@code -}, {@code _} or {@code ·} (at most {@value #MOST_JOINERS})
     * between two characters of a script written without spaces, so that "傻*逼" and "垃-圾" read as
     * the words they hide: such signs are no part of any word, and never end a sentence.
     *
     * @param s the folded symbols
     * @param i the symbol after a character of an unspaced script
     * @param n the number of symbols
     * @return the index of the next unspaced character when only such signs come before it, else
     *     {@code i}
     */
    private static int pastJoiners(char[] s, int i, int n) {
        int j = i;
        while (j < n
                && j - i < MOST_JOINERS
                && (isMask(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == '·' || s[j] == '×')) {
            j++;
        }
        return j > i && j < n && s[j] != NormalizedText.NUMBER && CharClass.is(s[j], CharClass.UNSPACED) ? j : i;
    }

    /** Most letters of a word before masks that end it ({@link #maskedEnd}): "f***", "sh**". */
    private static final int MOST_LETTERS_BEFORE_MASKS = 2;

    /** Fewest masks that end a word cut off by them ({@link #maskedEnd}). */
    private static final int LEAST_ENDING_MASKS = 2;

    /**
     * Where a short word cut off by masks ends ("f***", "sh**", "b****"): at least {@value
     * #LEAST_ENDING_MASKS} masking signs right after its letters and then no letter or digit. The
     * word starts with a small letter in the original, so that a name shortened with masks ("J***
     * Smith", "M*** from your team") is left alone, and stands apart from any Chinese or Japanese
     * character (a brand shortened so inside a Chinese sentence is no word of a spaced script).
     *
     * @param text the folded text
     * @param s its symbols
     * @param start the word's first symbol
     * @param end the symbol just past its letters
     * @param n the number of symbols
     * @return the index just past its masks, or {@code end} when it is not cut off by masks
     */
    private static int maskedEnd(NormalizedText text, char[] s, int start, int end, int n) {
        int j = end;
        while (j < n && isMask(s[j])) {
            j++;
        }
        if (j - end < LEAST_ENDING_MASKS
                || (j < n && (s[j] == NormalizedText.NUMBER || CharClass.is(s[j], CharClass.WORD | CharClass.UNSPACED)))
                || (start > 0 && CharClass.is(s[start - 1], CharClass.UNSPACED))
                || !CharClass.is(text.original()[text.from(start)], CharClass.LOWER)) {
            return end;
        }
        return j;
    }

    /**
     * Whether the {@code !} at {@code s[i]} stands for a letter inside a word ("sh!t", "b!tch",
     * "bullsh!t"): a small letter in the original on each side of it, and a single letter on one
     * side. An exclamation mark that ends a sentence typed without a space is followed by a capital
     * ("terrible!I want") or stands after one ("NEVER!"), and has a word on each side ("no!never").
     *
     * @param text the folded text
     * @param s its symbols
     * @param start the word's first symbol
     * @param i the index of the {@code !}, after a symbol of the word
     * @param n the number of symbols
     */
    private static boolean bangInWord(NormalizedText text, char[] s, int start, int i, int n) {
        if (i + 1 >= n) {
            return false;
        }
        char[] original = text.original();
        if (!CharClass.is(original[text.from(i - 1)], CharClass.LOWER)
                || !CharClass.is(original[text.from(i + 1)], CharClass.LOWER)) {
            return false;
        }
        boolean oneBefore = i - start == 1 || !CharClass.is(s[i - 2], CharClass.WORD);
        boolean oneAfter = i + 2 >= n || s[i + 2] == NormalizedText.NUMBER || !CharClass.is(s[i + 2], CharClass.WORD);
        return oneBefore || oneAfter;
    }

    /** @return whether s[from] is a letter of a spaced script (not a digit) */
    private static boolean startsLetters(char[] s, int from, int n) {
        return from < n
                && s[from] != NormalizedText.NUMBER
                && CharClass.is(s[from], CharClass.WORD)
                && Character.isLetter(s[from]);
    }

    private static boolean continueWord(char[] s, int from, int n) {
        // a mask run inside a word: f**k, f&$king; the word goes on after it
        int j = from;
        while (j < n && isMask(s[j])) {
            j++;
        }
        return j < n && (s[j] == NormalizedText.NUMBER || CharClass.is(s[j], CharClass.WORD));
    }

    /**
     * @param c a symbol
     * @return whether it masks a letter in a censored word
     */
    static boolean isMask(char c) {
        return c == '*' || c == '&' || c == '$' || c == '@' || c == '#' || c == '%';
    }

    /**
     * @param symbols folded symbols
     * @param start the first symbol of a word spelled out ({@code s.u.e}, {@code s👏u👏e}) or of a
     *     masked word read so ({@code s*u*e})
     * @param end the symbol just past it
     * @return its letters: its {@link CharClass#WORD} symbols, without the separators between them
     */
    static char[] spelledLetters(char[] symbols, int start, int end) {
        char[] out = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = symbols[i];
            if (c != NormalizedText.NUMBER && CharClass.is(c, CharClass.WORD)) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * @param c a symbol of a masked word
     * @return whether it stands for a letter there: a masking sign, or the {@code !} of "sh!t"
     */
    static boolean masksInWord(char c) {
        return isMask(c) || c == '!';
    }

    private void add(int start, int end, int kind, int sentence, int marks) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            kinds = Arrays.copyOf(kinds, grown);
            sentences = Arrays.copyOf(sentences, grown);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) (kind | marks);
        sentences[size] = sentence;
        size++;
        if (kind == WORD || kind == NUMBER) {
            words++;
        }
    }

    /** @return the number of tokens */
    int size() {
        return size;
    }

    /** @return how many tokens are a {@link #WORD} or a {@link #NUMBER} */
    int words() {
        return words;
    }

    /**
     * @return how many tokens are a quotation mark or an apostrophe outside a word ({@link
     *     CharClass#QUOTE}): with none, the text quotes nothing
     */
    int quoteSigns() {
        return quoteSigns;
    }

    /**
     * @param k 0 to {@link #quoteSigns()} - 1
     * @return the k-th token that is a quotation mark or an apostrophe outside a word
     */
    int quoteSign(int k) {
        return quotes[k];
    }

    /** Notes that the token just added is a quotation mark. */
    private void addQuote() {
        if (quotes == null) {
            quotes = new int[8];
        } else if (quoteSigns == quotes.length) {
            quotes = Arrays.copyOf(quotes, quoteSigns * 2);
        }
        quotes[quoteSigns++] = size - 1;
    }

    /** @return the first symbol of token t */
    int start(int t) {
        return starts[t];
    }

    /** @return the symbol just past token t */
    int end(int t) {
        return ends[t];
    }

    /** @return {@link #WORD}, {@link #NUMBER}, {@link #UNSPACED} or {@link #SIGN} */
    int kind(int t) {
        return kinds[t] & 3;
    }

    /** @return the sentence token t is in, counted from 0 */
    int sentence(int t) {
        return sentences[t];
    }

    /** @return whether token t is a word with masking signs in it */
    boolean masked(int t) {
        return (kinds[t] & MASKED) != 0;
    }

    /**
     * @return whether token t is a word spelled out letter by letter: its letters are its {@link
     *     CharClass#WORD} symbols, the separators between them are none
     */
    boolean spelled(int t) {
        return (kinds[t] & SPELLED) != 0;
    }

    /**
     * @return whether token t is a word of letters and digits, three letters at least: its {@link
     *     NormalizedText#NUMBER} symbols stand for digits
     */
    boolean lettersAndDigits(int t) {
        return (kinds[t] & DIGITS) != 0;
    }

    /**
     * @return the symbols of token t as a string (for lexicon entries and tests); the letters
     *     alone of a word spelled out, as the text's spelled words are matched
     */
    String text(NormalizedText folded, int t) {
        if (spelled(t)) {
            return new String(spelledLetters(folded.symbols(), starts[t], ends[t]));
        }
        return new String(folded.symbols(), starts[t], ends[t] - starts[t]);
    }
}
