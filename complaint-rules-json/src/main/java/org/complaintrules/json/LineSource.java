package org.complaintrules.json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads lines separated by {@code \n} (a trailing {@code \r} is dropped) from a {@link CharSource},
 * never holding more than one line of at most {@code maxLength} characters; a longer line is
 * skipped and reported with its length, its first {@code maxLength} characters and what
 * {@link OverlongCase} made of it. Lines may be handed back to be read again.
 */
final class LineSource {
    /**
     * One line.
     *
     * @param number its 1-based number in the input
     * @param text its text, or {@code null} when it was longer than the limit
     * @param length its length in characters
     * @param encodingError the first invalid UTF-8 sequence in it, or {@code null}
     * @param head when the line was longer than the limit, its first {@code maxLength} characters (to
     *     find the case's id in), else {@code null}
     * @param overlong when the line was longer than the limit, what {@link OverlongCase} made of all of
     *     it (which field made it too long), else {@code null}
     */
    record Line(
            int number,
            String text,
            long length,
            CharSource.InvalidEncoding encodingError,
            String head,
            OverlongCase overlong) {
        /** A line read whole (or made from one): no head kept. */
        Line(int number, String text, long length, CharSource.InvalidEncoding encodingError) {
            this(number, text, length, encodingError, null, null);
        }

        /** @return {@code true} when the line is readable and holds only JSON whitespace */
        boolean isBlank() {
            return text != null && encodingError == null && CaseIterator.firstNonWhitespace(text) < 0;
        }
    }

    private final CharSource in;
    private final int maxLength;
    private final Deque<Line> handedBack = new ArrayDeque<>();

    LineSource(CharSource in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** @return the next line, or {@code null} at the end of the input */
    Line next() throws IOException {
        if (!handedBack.isEmpty()) {
            return handedBack.pop();
        }
        int number = in.line();
        StringBuilder sb = new StringBuilder(256);
        long length = 0;
        boolean any = false;
        OverlongCase overlong = null;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            if (c == '\n') {
                break;
            }
            length++;
            if (length <= maxLength + 1L) {
                sb.append((char) c);
            } else {
                // too long to hold: followed to its end, in constant memory, for the field that made it so
                if (overlong == null) {
                    overlong = new OverlongCase();
                    overlong.accept(sb);
                }
                overlong.accept(c);
            }
        }
        if (length <= maxLength + 1L && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
            sb.setLength(sb.length() - 1);
            length--;
        }
        CharSource.InvalidEncoding error = in.takeEncodingError();
        if (length > maxLength) {
            // the characters kept so far are the line's head: its id is usually near the start
            if (overlong == null) {
                // one character past the limit: the whole line is held, and followed now
                overlong = new OverlongCase();
                overlong.accept(sb);
            }
            sb.setLength(Math.min(sb.length(), maxLength));
            return new Line(number, null, length, error, sb.toString(), overlong);
        }
        return new Line(number, sb.toString(), length, error);
    }

    /** @return whether the next line has a character ready: one handed back, or {@link CharSource#ready()} */
    boolean ready() {
        return !handedBack.isEmpty() || in.ready();
    }

    /** @param lines lines to read again, in reading order, before the rest of the input */
    void handBack(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            handedBack.push(lines.get(i));
        }
    }
}
