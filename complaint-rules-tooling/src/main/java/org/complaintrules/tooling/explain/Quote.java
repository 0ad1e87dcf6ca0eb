package org.complaintrules.tooling.explain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of the complaint text with a little of their surroundings, e.g. {@code …I will call my}
 * {@code [lawyer]} {@code tomorrow unless…}, made from an evidence detail of the form
 * {@code 'words' at offset} (how the text analysis reports what it found).
 *
 * @param before the text just before the words (whole words, white space collapsed), with a leading … when cut
 * @param words the words themselves, as written
 * @param after the text just after, with a trailing … when cut
 */
public record Quote(String before, String words, String after) {
    /** How many characters of context, at most, on each side. */
    public static final int CONTEXT = 40;

    private static final Pattern DETAIL = Pattern.compile("^'(.+)' at (\\d{1,9})$", Pattern.DOTALL);

    /**
     * Validates the components.
     *
     * @param before the text just before the words (whole words, white space collapsed), with a leading … when cut
     * @param words the words themselves, as written
     * @param after the text just after, with a trailing … when cut
     */
    public Quote {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(after, "after");
    }

    /**
     * @param detail an evidence detail
     * @param text the complaint text, or {@code null}
     * @return the quote, when the detail is {@code 'words' at offset} and the words are there in the text
     */
    public static Optional<Quote> of(String detail, String text) {
        if (text == null || detail == null) {
            return Optional.empty();
        }
        Matcher m = DETAIL.matcher(detail.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String words = m.group(1);
        int from = Integer.parseInt(m.group(2));
        if (from >= text.length()) {
            return Optional.empty();
        }
        int to = matchEnd(text, from, words.endsWith("…") ? words.substring(0, words.length() - 1) : words);
        if (to < 0) {
            return Optional.empty();
        }
        int start = Math.max(0, from - CONTEXT);
        while (start > 0 && start < from && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        int end = Math.min(text.length(), to + CONTEXT);
        while (end < text.length() && end > to && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        String before = collapse(text.substring(start, from));
        String after = collapse(text.substring(to, end));
        return Optional.of(new Quote(
                (start > 0 ? "…" : "") + before,
                collapse(text.substring(from, to)),
                after + (end < text.length() ? "…" : "")));
    }

    /** @return the end of {@code words} in {@code text} from {@code from}, white space compared loosely; -1 if absent */
    private static int matchEnd(String text, int from, String words) {
        int i = from;
        int j = 0;
        while (j < words.length()) {
            char w = words.charAt(j);
            if (Character.isWhitespace(w)) {
                j++;
                while (i < text.length()
                        && (Character.isWhitespace(text.charAt(i)) || Character.isISOControl(text.charAt(i)))) {
                    i++;
                }
                continue;
            }
            if (i >= text.length() || text.charAt(i) != w) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\p{Cntrl}]+", " ");
    }

    /** @return e.g. {@code …I will call my [lawyer] tomorrow…} */
    @Override
    public String toString() {
        return "\"" + before + "[" + words + "]" + after + "\"";
    }
}
