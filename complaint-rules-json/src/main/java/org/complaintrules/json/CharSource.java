package org.complaintrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintrules.api.InvalidInputException;

/**
 * The characters of an input, read one at a time with a small buffer, whatever the input's size.
 * Counts lines ({@code \n}) and drops a leading byte-order mark. The byte form decodes UTF-8
 * strictly: an invalid sequence is never silently replaced; it is read as U+FFFD and reported by
 * {@link #takeEncodingError()}, naming its line and byte offset, so the case that holds it is
 * answered with an error. Bytes that start with the byte-order mark of UTF-16 ({@code FF FE} or
 * {@code FE FF}, as Windows tools write text) are decoded as UTF-16 in that byte order, as strictly:
 * a surrogate without its other half, or a last byte without its pair, is an error.
 */
abstract class CharSource {
    /** Characters handed back by {@link #unread(CharSequence)}, read again before the input. */
    private final StringBuilder unread = new StringBuilder();

    private int unreadPos;
    private int line = 1;

    /**
     * @return the next character, or -1 at the end of the input
     * @throws IOException when the input fails
     */
    final int read() throws IOException {
        int c;
        if (unreadPos < unread.length()) {
            c = unread.charAt(unreadPos++);
            if (unreadPos == unread.length()) {
                unread.setLength(0);
                unreadPos = 0;
            }
            return c;
        }
        c = readInput();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /**
     * Hands characters back to be read again; a line break among them must be one that was read
     * (the line count has counted it, and does not count it again).
     *
     * @param chars the characters, in reading order
     */
    final void unread(CharSequence chars) {
        unread.insert(unreadPos, chars);
    }

    /**
     * Whether a character can be read without waiting: one handed back, one buffered, or bytes the
     * input reports as available ({@link InputStream#available()}, {@link Reader#ready()}). An input
     * that cannot tell, or fails to, counts as not ready. Reads nothing.
     *
     * @return {@code true} when the next {@link #read()} will not wait for the input
     */
    final boolean ready() {
        return unreadPos < unread.length() || inputReady();
    }

    /** @return whether the input itself has a character, or a byte, ready (see {@link #ready()}) */
    abstract boolean inputReady();

    /** @return the 1-based number of the line the next character from the input is on */
    final int line() {
        return line;
    }

    /** @return the first encoding error since the last call, or {@code null}; clears it */
    abstract InvalidEncoding takeEncodingError();

    /**
     * @return the encoding errors since the last take, the first of each line, in order (at most
     *     {@link #MOST_KEPT_ERRORS}); clears them
     */
    abstract List<InvalidEncoding> takeEncodingErrors();

    /** @return whether every line with an encoding error since the last take has its error kept */
    abstract boolean encodingErrorsKept();

    /** Most lines whose encoding error is kept between two takes. */
    static final int MOST_KEPT_ERRORS = 64;

    /** @return the next character of the input itself, or -1 at its end */
    abstract int readInput() throws IOException;

    /** An invalid UTF-8 (or UTF-16) sequence: where it is, what its first byte was, and in which encoding. */
    record InvalidEncoding(int line, long byteOffset, int firstByte, boolean utf16) {
        /** @return the message for the error answering the case that holds it */
        String message() {
            return "invalid " + (utf16 ? "UTF-16" : "UTF-8") + " at line " + line + ", byte offset " + byteOffset
                    + String.format(Locale.ROOT, " (byte 0x%02X)", firstByte)
                    + (utf16
                            ? ": a surrogate without its other half, or a byte without its pair; nothing is replaced"
                            : ": the input must be UTF-8, and nothing is replaced");
        }

        /** @return the failure answering the case that holds it */
        InvalidInputException failure() {
            return new InvalidInputException(null, message());
        }
    }

    /**
     * @param in UTF-8 text
     * @return a source that decodes it strictly
     */
    static CharSource of(InputStream in) {
        return new Bytes(in);
    }

    /**
     * @param in text
     * @return a source over it
     */
    static CharSource of(Reader in) {
        return new Chars(in);
    }

    /** Characters from a reader. */
    private static final class Chars extends CharSource {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int pos;
        private int len;
        private boolean started;

        Chars(Reader in) {
            this.in = in;
        }

        @Override
        int readInput() throws IOException {
            while (pos == len) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    return -1;
                }
                pos = 0;
                len = n;
                if (!started && n > 0) {
                    started = true;
                    if (buf[0] == '\uFEFF') {
                        pos = 1;
                    }
                }
            }
            return buf[pos++];
        }

        @Override
        boolean inputReady() {
            try {
                return pos < len || in.ready();
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        InvalidEncoding takeEncodingError() {
            return null;
        }

        @Override
        List<InvalidEncoding> takeEncodingErrors() {
            return List.of();
        }

        @Override
        boolean encodingErrorsKept() {
            return true;
        }
    }

    /**
     * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF; or, after
     * UTF-16's byte-order mark, strict UTF-16 in that byte order. An invalid sequence is read as one
     * U+FFFD per maximal invalid part, and the first one of each line is reported.
     */
    private static final class Bytes extends CharSource {
        private final InputStream in;
        private final byte[] buf = new byte[16384];
        private int pos;
        private int len;
        /** Bytes consumed before {@code buf[0]}. */
        private long base;

        private boolean started;
        private int pendingLow = -1;
        /** The first invalid sequence of each line since the last take. */
        private final List<InvalidEncoding> errors = new ArrayList<>();
        /** Whether a line's error was not kept, {@link #MOST_KEPT_ERRORS} being kept already. */
        private boolean lost;

        Bytes(InputStream in) {
            this.in = in;
        }

        private int nextByte() throws IOException {
            if (pos == len && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        /** @return the next byte without consuming it, or -1 at the end */
        private int peekByte() throws IOException {
            if (pos == len && !fill()) {
                return -1;
            }
            return buf[pos] & 0xFF;
        }

        @Override
        boolean inputReady() {
            try {
                return pendingLow >= 0 || pos < len || in.available() > 0;
            } catch (IOException e) {
                return false;
            }
        }

        private boolean fill() throws IOException {
            base += len;
            pos = 0;
            len = 0;
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            len = n;
            return true;
        }

        @Override
        int readInput() throws IOException {
            if (pendingLow >= 0) {
                int c = pendingLow;
                pendingLow = -1;
                return c;
            }
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
            if (utf16 != NOT_UTF16) {
                return readUtf16();
            }
            long offset = base + pos;
            int b0 = nextByte();
            if (b0 < 0x80) {
                return b0; // ASCII, or -1 at the end
            }
            int need;
            int cp;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0) {
                    min2 = 0xA0; // no overlong forms
                } else if (b0 == 0xED) {
                    max2 = 0x9F; // no surrogates
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0) {
                    min2 = 0x90;
                } else if (b0 == 0xF4) {
                    max2 = 0x8F; // nothing above U+10FFFF
                }
            } else {
                return invalid(offset, b0);
            }
            for (int i = 0; i < need; i++) {
                int b = peekByte();
                int lo = i == 0 ? min2 : 0x80;
                int hi = i == 0 ? max2 : 0xBF;
                if (b < lo || b > hi) {
                    return invalid(offset, b0); // the offending byte is read again as the start of the next character
                }
                pos++;
                cp = (cp << 6) | (b & 0x3F);
            }
            if (cp >= 0x10000) {
                pendingLow = Character.lowSurrogate(cp);
                return Character.highSurrogate(cp);
            }
            return cp;
        }

        private void skipByteOrderMark() throws IOException {
            int first = peekByte();
            if (first == 0xFF || first == 0xFE) {
                // UTF-16's BOM is 2 bytes: FF FE little-endian, FE FF big-endian
                haveAtHand(2);
                if (len - pos >= 2 && (buf[pos + 1] & 0xFF) == (first ^ 0x01)) {
                    utf16 = first == 0xFF ? LITTLE_ENDIAN : BIG_ENDIAN;
                    pos += 2;
                }
                return;
            }
            if (first != 0xEF) {
                return;
            }
            // UTF-8's BOM is 3 bytes; look at them without consuming unless all three match
            haveAtHand(3);
            if (len - pos >= 3
                    && (buf[pos] & 0xFF) == 0xEF
                    && (buf[pos + 1] & 0xFF) == 0xBB
                    && (buf[pos + 2] & 0xFF) == 0xBF) {
                pos += 3;
            }
        }

        /** Makes the next {@code n} bytes (as many as the input has) stand in the buffer from {@code pos}. */
        private void haveAtHand(int n) throws IOException {
            if (len - pos >= n) {
                return;
            }
            byte[] head = new byte[n];
            int have = len - pos;
            System.arraycopy(buf, pos, head, 0, have);
            while (have < n) {
                int read = in.read(head, have, n - have);
                if (read < 0) {
                    break;
                }
                have += read;
            }
            // keep every byte read: rebuild the buffer as head + nothing else
            base += pos;
            System.arraycopy(head, 0, buf, 0, have);
            pos = 0;
            len = have;
        }

        private static final int NOT_UTF16 = 0;
        private static final int LITTLE_ENDIAN = 1;
        private static final int BIG_ENDIAN = 2;
        /** The input's encoding: UTF-8, or UTF-16 in one byte order (from its byte-order mark). */
        private int utf16 = NOT_UTF16;
        /** A UTF-16 code unit read after a lone high surrogate, to read again, and where it starts. */
        private int unitAgain = -1;

        private long unitAgainOffset;

        /** The byte of a UTF-16 input that has no pair at its end, or -1. */
        private int oddByte = -1;

        private static final int END = -1;
        private static final int ODD = -2;

        /** @return the next UTF-16 code unit, {@link #END}, or {@link #ODD} for a last byte alone */
        private int unit() throws IOException {
            int b0 = nextByte();
            if (b0 < 0) {
                return END;
            }
            int b1 = nextByte();
            if (b1 < 0) {
                oddByte = b0;
                return ODD;
            }
            return utf16 == LITTLE_ENDIAN ? (b1 << 8) | b0 : (b0 << 8) | b1;
        }

        /** @return the first byte of a code unit as written in the input */
        private int firstByteOf(int unit) {
            return utf16 == LITTLE_ENDIAN ? unit & 0xFF : unit >>> 8;
        }

        private int readUtf16() throws IOException {
            long offset;
            int u;
            if (unitAgain >= 0) {
                u = unitAgain;
                offset = unitAgainOffset;
                unitAgain = -1;
            } else {
                offset = base + pos;
                u = unit();
                if (u == END) {
                    return -1;
                }
                if (u == ODD) {
                    return invalid(offset, oddByte);
                }
            }
            if (Character.isHighSurrogate((char) u)) {
                long next = base + pos;
                int v = unit();
                if (v >= 0 && Character.isLowSurrogate((char) v)) {
                    pendingLow = v;
                    return u;
                }
                if (v >= 0) {
                    unitAgain = v; // not the other half: read as the next character
                    unitAgainOffset = next;
                } // a last byte alone after it goes with its error: the line is refused either way
                return invalid(offset, firstByteOf(u));
            }
            if (Character.isLowSurrogate((char) u)) {
                return invalid(offset, firstByteOf(u));
            }
            return u;
        }

        private int invalid(long offset, int firstByte) {
            int at = line();
            if (errors.isEmpty() || errors.get(errors.size() - 1).line() != at) {
                if (errors.size() < MOST_KEPT_ERRORS) {
                    errors.add(new InvalidEncoding(at, offset, firstByte, utf16 != NOT_UTF16));
                } else {
                    lost = true;
                }
            }
            return '\uFFFD';
        }

        @Override
        InvalidEncoding takeEncodingError() {
            InvalidEncoding e = errors.isEmpty() ? null : errors.get(0);
            errors.clear();
            lost = false;
            return e;
        }

        @Override
        List<InvalidEncoding> takeEncodingErrors() {
            List<InvalidEncoding> taken = List.copyOf(errors);
            errors.clear();
            lost = false;
            return taken;
        }

        @Override
        boolean encodingErrorsKept() {
            return !lost;
        }
    }
}
