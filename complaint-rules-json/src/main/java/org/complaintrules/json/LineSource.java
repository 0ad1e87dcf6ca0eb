package org.complaintrules.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines separated by {@code \n} (a trailing {@code \r} is dropped) from text already read
 * followed by the rest of a reader, never holding more than one line of at most {@code maxLength}
 * characters; a longer line is skipped and reported with its length.
 */
final class LineSource {
    /** One line: its 1-based number and text, or {@code text == null} and its length when it was too long. */
    record Line(int number, String text, long length) {}

    private final String head;
    private int headPos;
    private final Reader rest;
    private final int maxLength;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean eof;
    private int number;

    LineSource(String head, Reader rest, int maxLength) {
        this.head = head;
        this.rest = rest;
        this.maxLength = maxLength;
    }

    /** @return the next line, or {@code null} at the end of the input */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            int c = read();
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
            }
        }
        number++;
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r' && length <= maxLength + 1L) {
            sb.setLength(sb.length() - 1);
            length--;
        }
        if (length > maxLength) {
            return new Line(number, null, length);
        }
        return new Line(number, sb.toString(), length);
    }

    private int read() throws IOException {
        if (headPos < head.length()) {
            return head.charAt(headPos++);
        }
        while (pos == len) {
            if (eof || rest == null) {
                return -1;
            }
            int n = rest.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return -1;
            }
            pos = 0;
            len = n;
        }
        return buf[pos++];
    }
}
