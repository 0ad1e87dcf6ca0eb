package org.complaintrules.drools.signals;

/**
 * What the analysis needs to know about each BMP character, computed once into a table so that
 * the scans never call {@link Character.UnicodeScript#of(int)} (a binary search) or the other
 * {@code Character} predicates per letter. Characters outside the BMP are classified directly
 * (they are rare in complaints: emoji, historic scripts).
 */
final class CharClass {

    /** A letter (any script). */
    static final int LETTER = 1;
    /** An upper-case or title-case letter. */
    static final int UPPER = 1 << 1;
    /** A lower-case letter. */
    static final int LOWER = 1 << 2;
    /** Part of a word in a script written with spaces (letters, digits, combining marks). */
    static final int WORD = 1 << 3;
    /** A letter of a script written without spaces (Han, kana, Thai...): each one is a token. */
    static final int UNSPACED = 1 << 4;
    /** A Han character. */
    static final int HAN = 1 << 5;
    /** A Cyrillic letter. */
    static final int CYRILLIC = 1 << 6;
    /** A Latin letter. */
    static final int LATIN = 1 << 7;
    /** White space or a space separator. */
    static final int SPACE = 1 << 8;
    /** A combining mark. */
    static final int MARK = 1 << 9;
    /** A decimal digit. */
    static final int DIGIT = 1 << 10;
    /** Ends a sentence: {@code . ! ? ; 。 ！ ？ ；} and the like. */
    static final int SENTENCE_END = 1 << 11;
    /**
     * A quotation mark as {@link QuotedSpans} pairs them ({@code " “ ” „ « » 「 」 『 』 《 》 〈 〉}), or
     * {@code '} (two of them in a row close a {@code "}); in the folded text, where full-width and
     * other look-alike forms have become these.
     */
    static final int QUOTE = 1 << 12;

    private static final short[] TABLE = new short[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            TABLE[c] = (short) compute(c);
        }
    }

    private CharClass() {}

    /**
     * @param c a UTF-16 unit
     * @return its flags
     */
    static int of(char c) {
        return TABLE[c];
    }

    /**
     * @param cp a code point
     * @return its flags
     */
    static int ofCodePoint(int cp) {
        return cp < 0x10000 ? TABLE[cp] : compute(cp);
    }

    /**
     * @param c a UTF-16 unit
     * @param flags one or more flags
     * @return whether c has any of them
     */
    static boolean is(char c, int flags) {
        return (TABLE[c] & flags) != 0;
    }

    private static int compute(int cp) {
        int f = 0;
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        if (mark) {
            f |= MARK;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            f |= SPACE;
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            f |= DIGIT;
        }
        if (Character.isLetter(cp)) {
            f |= LETTER;
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                f |= UPPER;
            } else if (Character.isLowerCase(cp)) {
                f |= LOWER;
            }
        }
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            script = Character.UnicodeScript.UNKNOWN;
        }
        switch (script) {
            case HAN -> f |= HAN;
            case CYRILLIC -> f |= CYRILLIC;
            case LATIN -> f |= LATIN;
            default -> {}
        }
        boolean unspaced = Character.isIdeographic(cp)
                || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
        if ((Character.isLetterOrDigit(cp) || mark) && !unspaced) {
            f |= WORD;
        }
        if (unspaced && (Character.isLetterOrDigit(cp) || mark)) {
            f |= UNSPACED;
        }
        switch (cp) {
            case '.', '!', '?', ';', '\u3002', '\uFF01', '\uFF1F', '\uFF1B', '\u203C', '\uFE57', '\u2026', '\uFF0E' ->
                f |= SENTENCE_END;
            case '"',
                    '\'',
                    '\u201C',
                    '\u201D',
                    '\u201E',
                    '\u00AB',
                    '\u00BB',
                    '\u300C',
                    '\u300D',
                    '\u300E',
                    '\u300F',
                    '\u300A',
                    '\u300B',
                    '\u3008',
                    '\u3009' -> f |= QUOTE;
            default -> {}
        }
        return f;
    }
}
