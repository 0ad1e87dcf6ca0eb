package org.complaintrules.drools.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded once for phrase matching, with a map back to the original text.
 *
 * <p>Each code point is folded to Unicode NFKC and lower case ({@link Locale#ROOT}); a base
 * character followed by combining marks is folded as one unit so that decomposed and
 * precomposed letters match alike. On top of that: {@code ё} becomes {@code е}, typographic
 * apostrophes become {@code '}, default-ignorable code points (zero-width spaces, soft hyphens,
 * joiners, direction marks, variation selectors) become nothing, every run of white space becomes one space (a line break when
 * it holds one: {@code '\n'}, read as the end of a sentence), and every run of
 * decimal digits becomes one {@link #NUMBER} symbol whose digits are kept aside (so a phrase can
 * say "any number" with {@code <n>}, or name one, as in {@code 12315}).
 *
 * <p>Traditional Chinese characters become Simplified ones ({@code 們} → {@code 们}, {@code 請} →
 * {@code 请}, {@code 騙} → {@code 骗}), so that a text in either script matches a word list in
 * either: the pairs are ICU's ({@code Hant-Hans} transliterator of ICU4J, Unicode data) for each
 * BMP character it maps to a single other BMP character that it leaves as it is (about 2,900; not
 * {@code 苎}, {@code 苧} and {@code 薴}, which ICU maps in a circle), applied after NFKC and kept
 * in the resource {@value #TRADITIONAL_PAIRS} (how it is made and checked: {@code
 * TraditionalFoldDataTest}). The fold is one character for one and part of the same table, so it
 * costs nothing per character, and the map back to the original keeps the customer's own
 * characters for quotes. ICU's phrase-level choices are not used. The fold only ever merges: a
 * Traditional character that is also a Simplified one of another meaning ({@code 乾} dry, {@code
 * 幹} to do, both {@code 干}) reads as a Simplified text would write it, which the Simplified lists
 * already cope with. The 17 sources that are also characters of GB 2312 ({@code 乾 俱 吒 夥 姊 後
 * 徵 摺 於 箝 菸 著 藉 跤 阪 麴 麽}) are kept: on 3,350 real Chinese complaint texts (31 with
 * foldable characters, {@code 著} ten times) the fold changed no signal.
 *
 * <p>Building it is a single pass over the text: O(n) time and memory for n UTF-16 units.
 * Symbol {@code k} came from the original range {@code [from(k), to(k))}.
 */
final class NormalizedText {

    /** The symbol that stands for a run of decimal digits. */
    static final char NUMBER = '\uE000';

    /** Fold of each BMP character when it is one char. */
    private static final char[] FOLD = new char[0x10000];
    /** What {@link #FOLD} holds for a character whose fold is in {@link #FOLD_MULTI} (U+FFFF folds to itself). */
    private static final char MULTI = '\uFFFF';
    /** Folds that are not one char, for the few BMP characters that have them; null for the rest. */
    private static final String[] FOLD_MULTI = new String[0x10000];

    /** The resource with the Traditional characters and their Simplified forms, in pairs. */
    static final String TRADITIONAL_PAIRS = "/org/complaintrules/drools/signals/hant-hans.txt";
    /**
     * The Simplified form of each Traditional BMP character in {@link #TRADITIONAL_PAIRS}, 0 for
     * the rest; read before the tables below are computed from it.
     */
    private static final char[] SIMPLIFIED = readPairs(TRADITIONAL_PAIRS);

    /**
     * Per BMP character, what the fold's fast path needs in one read: the fold (bits 0-15) and
     * the flags {@link #DIRECT}, {@link #UNSPACED_FOLD}, {@link #SPACE_FOLD}, {@link #NEWLINE_FOLD}
     * and {@link #CHECK_NEXT}.
     */
    private static final int[] STEP = new int[0x10000];
    /** Not a surrogate, folds to one char that is neither white space nor a digit: stored as it is. */
    private static final int DIRECT = 1 << 16;
    /** The fold is a letter of a script written without spaces. */
    private static final int UNSPACED_FOLD = 1 << 17;
    /** Not a surrogate, folds to one white-space char. */
    private static final int SPACE_FOLD = 1 << 18;
    /** ... that ends a line. */
    private static final int NEWLINE_FOLD = 1 << 19;
    /** A combining mark or a high surrogate: the character before it needs the general path's check. */
    private static final int CHECK_NEXT = 1 << 20;

    static {
        // NFKC of every BMP character in one call: a NUL between characters is a starter that
        // composes with nothing, so each piece between NULs is the NFKC of one character
        StringBuilder all = new StringBuilder(2 * 0x10000);
        for (int c = 1; c < 0x10000; c++) {
            all.append(Character.isSurrogate((char) c) ? ' ' : (char) c).append('\0');
        }
        String normalized = Normalizer.normalize(all, Normalizer.Form.NFKC);
        int start = 0;
        for (int c = 1; c < 0x10000; c++) {
            int end = normalized.indexOf('\0', start);
            if (Character.isSurrogate((char) c)) {
                FOLD[c] = (char) c;
            } else if (isIgnorable(c)) {
                FOLD[c] = MULTI;
                FOLD_MULTI[c] = "";
            } else if (end == start + 1 && normalized.charAt(start) != '\u0130') {
                // one char: Character.toLowerCase is String.toLowerCase(ROOT) except for U+0130
                FOLD[c] = foldExtra(Character.toLowerCase(normalized.charAt(start)));
            } else {
                String folded = extra(normalized.substring(start, end).toLowerCase(Locale.ROOT));
                if (folded.length() == 1) {
                    FOLD[c] = folded.charAt(0);
                } else {
                    FOLD[c] = MULTI;
                    FOLD_MULTI[c] = folded;
                }
            }
            start = end + 1;
        }
        for (int c = 0; c < 0x10000; c++) {
            char f = FOLD[c];
            int flags = CharClass.of(f);
            int step = f;
            boolean single = !Character.isSurrogate((char) c) && f != MULTI;
            if (single && (flags & (CharClass.SPACE | CharClass.DIGIT)) == 0) {
                step |= DIRECT;
            }
            if ((flags & CharClass.UNSPACED) != 0) {
                step |= UNSPACED_FOLD;
            }
            if (single && (flags & CharClass.SPACE) != 0) {
                step |= SPACE_FOLD;
                if (f == '\n' || f == '\r' || f == '\u2028' || f == '\u2029') {
                    step |= NEWLINE_FOLD;
                }
            }
            if (CharClass.is((char) c, CharClass.MARK) || Character.isHighSurrogate((char) c)) {
                step |= CHECK_NEXT;
            }
            STEP[c] = step;
        }
    }

    /**
     * Reads the pairs resource: lines of a Traditional character followed by its Simplified form,
     * any number of pairs to a line; lines starting with {@code #} are comments.
     *
     * @param resource the resource name
     * @return the Simplified form of each BMP character, 0 for one without
     */
    static char[] readPairs(String resource) {
        String text;
        try (InputStream in = NormalizedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        char[] simplified = new char[0x10000];
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (line.length() % 2 != 0) {
                throw new IllegalStateException(resource + " line " + lineNumber
                        + ": expected pairs of characters, found an odd length " + line.length());
            }
            for (int k = 0; k < line.length(); k += 2) {
                char traditional = line.charAt(k);
                char simple = line.charAt(k + 1);
                if (Character.isSurrogate(traditional) || Character.isSurrogate(simple) || traditional == simple) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": the pair \"" + traditional
                            + simple + "\" at " + k + " is not two different BMP characters");
                }
                simplified[traditional] = simple;
            }
        }
        return simplified;
    }

    private final char[] symbols;
    private final int[] from;
    private final int[] to;
    private final int length;
    private final int[] numberSymbols;
    private final String[] numberDigits;
    private final int numberCount;
    private final int unspaced;
    private final char[] original;

    private NormalizedText(Builder b) {
        this.symbols = b.symbols;
        this.from = b.from;
        this.to = b.to;
        this.length = b.length;
        this.numberSymbols = b.numberSymbols;
        this.numberDigits = b.numberDigits;
        this.numberCount = b.numberCount;
        this.unspaced = b.unspaced;
        this.original = b.original;
    }

    /**
     * @param text the text to fold, not {@code null}
     * @return the folded text
     */
    static NormalizedText of(String text) {
        return fold(text, true, null);
    }

    /**
     * @param text the text to fold, not {@code null}
     * @param workspace the thread's working arrays (the result is valid until they are used
     *     again), or {@code null} for arrays of its own
     * @return the folded text
     */
    static NormalizedText of(String text, Workspace workspace) {
        return fold(text, true, workspace);
    }

    /**
     * @param text the text to fold
     * @param fast whether to take the table's fast path for plain BMP characters (tests compare
     *     it with the general path, {@code false})
     * @return the folded text
     */
    static NormalizedText fold(String text, boolean fast) {
        return fold(text, fast, null);
    }

    private static NormalizedText fold(String text, boolean fast, Workspace workspace) {
        int n = text.length();
        char[] src;
        Builder b;
        if (workspace == null) {
            src = new char[n];
            b = new Builder(n);
        } else {
            if (workspace.original.length < n) {
                int c = Math.max(n, 256);
                workspace.original = new char[c];
                workspace.symbols = new char[c];
                workspace.from = new int[c];
                workspace.to = new int[c];
            }
            src = workspace.original;
            b = new Builder(workspace.symbols, workspace.from, workspace.to);
        }
        text.getChars(0, n, src, 0);
        b.original = src;
        int i = 0;
        while (i < n) {
            if (fast && b.digits == null) {
                // the commonest cases, one read of the table per character
                i = b.appendPlain(src, i, n);
                if (i >= n) {
                    break;
                }
            }
            char ch = src[i];
            int next = i + 1;
            if (fast && !Character.isSurrogate(ch) && (next >= n || !isCombiningMarkAt(src, next))) {
                // one BMP character, folded from the table
                char f = FOLD[ch];
                if (f == MULTI && FOLD_MULTI[ch] != null) {
                    b.appendAll(FOLD_MULTI[ch], i, next);
                } else {
                    b.append(f, i, next);
                }
                i = next;
                continue;
            }
            int cp = text.codePointAt(i);
            next = i + Character.charCount(cp);
            if (next < n && isCombiningMarkAt(text, next)) {
                int end = next;
                while (end < n && isCombiningMarkAt(text, end)) {
                    end += Character.charCount(text.codePointAt(end));
                }
                b.appendAll(withoutOverlays(foldSlow(text.substring(i, end))), i, end);
                next = end;
            } else if (cp < 0x10000) {
                String multi = FOLD_MULTI[cp];
                if (multi == null) {
                    b.append(FOLD[cp], i, next);
                } else {
                    b.appendAll(multi, i, next);
                }
            } else {
                b.appendAll(foldSlow(new String(Character.toChars(cp))), i, next);
            }
            i = next;
        }
        b.closeNumber();
        return new NormalizedText(b);
    }

    /** @return whether the code point at index i of text is a combining mark */
    private static boolean isCombiningMarkAt(char[] text, int i) {
        char c = text[i];
        if (!Character.isHighSurrogate(c)) {
            return CharClass.is(c, CharClass.MARK);
        }
        return isCombiningMark(Character.codePointAt(text, i));
    }

    /** @return whether the code point at index i of text is a combining mark */
    private static boolean isCombiningMarkAt(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isHighSurrogate(c)) {
            return CharClass.is(c, CharClass.MARK);
        }
        return isCombiningMark(text.codePointAt(i));
    }

    private static boolean isCombiningMark(int cp) {
        return (CharClass.ofCodePoint(cp) & CharClass.MARK) != 0;
    }

    /**
     * A Latin, Cyrillic or Greek letter with the combining marks NFKC left beside it (none of the
     * languages' letters needs one once composed: "õ" and "й" typed as two code points are one
     * after NFKC) loses them: strike-through, underline and other overlays ("s̶u̶e̶", "sue̲", "z̴a̴l̴g̴o̴")
     * do not hide a word. Other scripts keep their marks.
     *
     * @param folded the fold of a base character and its combining marks
     * @return it without the marks left after a Latin, Cyrillic or Greek letter
     */
    static String withoutOverlays(String folded) {
        int base = folded.isEmpty() ? -1 : folded.codePointAt(0);
        if (base < 0 || !Character.isLetter(base) || folded.length() == Character.charCount(base)) {
            return folded;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(base);
        if (script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.CYRILLIC
                && script != Character.UnicodeScript.GREEK) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !isCombiningMark(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * @param s a short text
     * @return its fold computed directly, without the table (also for tests)
     */
    static String foldSlow(String s) {
        return extra(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    private static String extra(String folded) {
        for (int k = 0; k < folded.length(); k++) {
            if (isIgnorable(folded.codePointAt(k))) {
                return extra(dropIgnorable(folded));
            }
        }
        if (folded.length() == 1) {
            char c = foldExtra(folded.charAt(0));
            return c == folded.charAt(0) ? folded : String.valueOf(c);
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
            out.append(foldExtra(folded.charAt(k)));
        }
        return out.toString();
    }

    /** @return s without the code points that {@link #isIgnorable(int)} */
    private static String dropIgnorable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isIgnorable(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether a code point is default-ignorable (Unicode's Default_Ignorable_Code_Point): shown as
     * nothing, so it is folded to nothing. A zero-width space, a soft hyphen, a joiner, a
     * direction mark or a variation selector inside a word ("law&#x200B;yer") would otherwise cut
     * it in two, so that the word is no longer found.
     *
     * @param cp a code point (a lone surrogate is not one)
     * @return whether it folds to nothing
     */
    static boolean isIgnorable(int cp) {
        if (cp < 0x00AD) {
            return false;
        }
        return cp == 0x00AD
                || cp == 0x034F
                || cp == 0x061C
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x17B4
                || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F)
                || cp == 0x3164
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF
                || cp == 0xFFA0
                || (cp >= 0xFFF0 && cp <= 0xFFF8)
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static char foldExtra(char c) {
        switch (c) {
            case 'ё':
                return 'е';
            case '\u2019':
            case '\u2018':
            case '\u02BC':
            case '\u0060':
            case '\u00B4':
            case '\u2032':
                return '\'';
            case NUMBER:
                return '\uFFFD';
            default:
                char simplified = SIMPLIFIED[c];
                return simplified != 0 ? simplified : c;
        }
    }

    /**
     * @param c a BMP character that is not a surrogate
     * @return its fold as the table holds it
     */
    static String foldOf(char c) {
        return FOLD_MULTI[c] != null ? FOLD_MULTI[c] : String.valueOf(FOLD[c]);
    }

    /** @return how many symbols are letters of scripts written without spaces (each one a token) */
    int unspacedCount() {
        return unspaced;
    }

    /** @return the original text's UTF-16 units; do not modify */
    char[] original() {
        return original;
    }

    /** @return how many symbols there are */
    int length() {
        return length;
    }

    /**
     * @param k a symbol index
     * @return symbol k
     */
    char symbol(int k) {
        return symbols[k];
    }

    /** @return the symbols; only the first {@link #length()} are valid; do not modify */
    char[] symbols() {
        return symbols;
    }

    /**
     * @param k a symbol index
     * @return start of the original range of symbol k, a UTF-16 index into the original text
     */
    int from(int k) {
        return from[k];
    }

    /**
     * @param k a symbol index
     * @return end (exclusive) of the original range of symbol k
     */
    int to(int k) {
        return to[k];
    }

    /**
     * @param k index of a {@link #NUMBER} symbol
     * @return its digits as ASCII, without leading zeros stripped
     */
    String digits(int k) {
        int at = Arrays.binarySearch(numberSymbols, 0, numberCount, k);
        if (at < 0) {
            throw new IllegalArgumentException("symbol " + k + " is not a number");
        }
        return numberDigits[at];
    }

    /** @return the symbols as a string (for lexicon phrases and tests) */
    @Override
    public String toString() {
        return new String(symbols, 0, length);
    }

    /**
     * Whether a symbol is part of a word in a script that separates words with spaces, so that
     * phrase boundaries are checked around it. Han, kana and the Southeast Asian scripts written
     * without spaces count as non-word: a phrase in them matches anywhere, and an English or
     * number phrase next to them (as in {@code 打12315投诉}) still starts and ends at a boundary.
     *
     * @param c a symbol
     * @return whether it is a word symbol
     */
    static boolean isWordSymbol(char c) {
        return c == NUMBER || CharClass.is(c, CharClass.WORD);
    }

    /** Appends folded chars, collapsing white space and digit runs. */
    private static final class Builder {
        char[] symbols;
        int[] from;
        int[] to;
        int length;
        int[] numberSymbols = new int[8];
        String[] numberDigits = new String[8];
        int numberCount;
        int unspaced;
        StringBuilder digits;
        char[] original;

        Builder(int capacity) {
            int c = Math.max(capacity, 4);
            symbols = new char[c];
            from = new int[c];
            to = new int[c];
        }

        Builder(char[] symbols, int[] from, int[] to) {
            this.symbols = symbols;
            this.from = from;
            this.to = to;
        }

        /**
         * Appends the characters from {@code src[i]} on for as long as they are plain (one BMP
         * character that folds to one char and no combining mark after it) and white space, as
         * {@link #append} would, with no number open. Stops at the first other character or
         * when the arrays are full.
         *
         * @return the index of the first character not appended
         */
        int appendPlain(char[] src, int i, int n) {
            char[] s = symbols;
            int[] f = from;
            int[] t = to;
            int len = length;
            int capacity = s.length;
            int unspacedCount = 0;
            // each character's table entry is read once: as the next one's, then as its own
            int nextStep = i < n ? STEP[src[i]] : 0;
            while (i < n && len < capacity) {
                int step = nextStep;
                if ((step & (DIRECT | SPACE_FOLD)) == 0) {
                    break;
                }
                int next = i + 1;
                nextStep = next < n ? STEP[src[next]] : 0;
                if ((nextStep & CHECK_NEXT) != 0 && isCombiningMarkAt(src, next)) {
                    break;
                }
                if ((step & DIRECT) != 0) {
                    s[len] = (char) step;
                    f[len] = i;
                    t[len] = next;
                    len++;
                    unspacedCount += (step & UNSPACED_FOLD) >>> 17;
                } else if (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n')) {
                    // white space after white space: one symbol, a line break when one of them is
                    t[len - 1] = next;
                    if ((step & NEWLINE_FOLD) != 0) {
                        s[len - 1] = '\n';
                    }
                } else {
                    s[len] = (step & NEWLINE_FOLD) != 0 ? '\n' : ' ';
                    f[len] = i;
                    t[len] = next;
                    len++;
                }
                i = next;
            }
            length = len;
            unspaced += unspacedCount;
            return i;
        }

        void appendAll(String folded, int start, int end) {
            for (int k = 0; k < folded.length(); k++) {
                append(folded.charAt(k), start, end);
            }
        }

        void append(char c, int start, int end) {
            int flags = CharClass.of(c);
            if ((flags & CharClass.SPACE) != 0) {
                closeNumber();
                char space = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : ' ';
                if (length > 0 && (symbols[length - 1] == ' ' || symbols[length - 1] == '\n')) {
                    to[length - 1] = end;
                    if (space == '\n') {
                        symbols[length - 1] = '\n';
                    }
                    return;
                }
                push(space, start, end);
                return;
            }
            int digit = c < 0x80
                    ? (c >= '0' && c <= '9' ? c - '0' : -1)
                    : ((flags & CharClass.DIGIT) != 0 ? Character.digit(c, 10) : -1);
            if (digit >= 0) {
                if (digits != null) {
                    digits.append((char) ('0' + digit));
                    to[length - 1] = end;
                    return;
                }
                push(NUMBER, start, end);
                digits = new StringBuilder().append((char) ('0' + digit));
                return;
            }
            closeNumber();
            if ((flags & CharClass.UNSPACED) != 0) {
                unspaced++;
            }
            push(c, start, end);
        }

        void closeNumber() {
            if (digits == null) {
                return;
            }
            if (numberCount == numberSymbols.length) {
                numberSymbols = Arrays.copyOf(numberSymbols, numberCount * 2);
                numberDigits = Arrays.copyOf(numberDigits, numberCount * 2);
            }
            numberSymbols[numberCount] = length - 1;
            numberDigits[numberCount] = digits.toString();
            numberCount++;
            digits = null;
        }

        private void push(char c, int start, int end) {
            if (length == symbols.length) {
                int grown = symbols.length * 2;
                symbols = Arrays.copyOf(symbols, grown);
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
            }
            symbols[length] = c;
            from[length] = start;
            to[length] = end;
            length++;
        }
    }
}
