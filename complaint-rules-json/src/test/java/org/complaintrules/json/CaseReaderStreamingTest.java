package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader reads one case at a time: each result arrives while most of the input is
 * still unread, its read-ahead stays within a small buffer, and every input gets exactly one
 * result, in order. No timing is asserted: the input itself counts what was read.
 */
class CaseReaderStreamingTest {
    private final CaseReader reader = CaseReader.create();

    /** The read-ahead the reader may hold beyond the case it hands out: its byte buffer and one line. */
    private static final long READ_AHEAD = 16_384 + 1_024;

    private static String line(int i) {
        if (i % 1_000 == 999) {
            return "{\"complaint\": {\"id\": \"C-" + i + "\""; // broken, and cut short: one error each
        }
        return good(i);
    }

    private static String element(int i) {
        if (i % 1_000 == 999) {
            return "{\"complaint\": {\"id\": \"C-" + i + "\", \"channel\": EMAIL}}"; // broken: one error each
        }
        return good(i);
    }

    private static String good(int i) {
        return "{\"complaint\":{\"id\":\"C-" + i + "\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                + "\"category\":\"BILLING\",\"text\":\"Case number " + i + " of a long batch.\"},"
                + "\"customer\":{\"id\":\"K-" + (i % 977) + "\"}}";
    }

    /**
     * An input made one piece at a time, never held whole, that counts how many bytes were read and
     * knows the byte count at the end of each piece.
     */
    static final class Generated extends InputStream {
        private final int pieces;
        private final IntFunction<String> piece;
        private final long[] ends;
        private int known;
        private byte[] current = new byte[0];
        private int pos;
        private int next;
        long served;

        Generated(int pieces, IntFunction<String> piece) {
            this.pieces = pieces;
            this.piece = piece;
            this.ends = new long[pieces];
        }

        private boolean load() {
            while (pos == current.length) {
                if (next == pieces) {
                    return false;
                }
                current = piece.apply(next).getBytes(StandardCharsets.UTF_8);
                pos = 0;
                next++;
            }
            return true;
        }

        @Override
        public int read() {
            if (!load()) {
                return -1;
            }
            served++;
            return current[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!load()) {
                return -1;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            served += n;
            return n;
        }

        /** @return the number of bytes up to the end of piece {@code k} */
        long endOf(int k) {
            while (known <= k) {
                ends[known] =
                        (known == 0 ? 0 : ends[known - 1]) + piece.apply(known).getBytes(StandardCharsets.UTF_8).length;
                known++;
            }
            return ends[k];
        }

        boolean finished() {
            return next == pieces && pos == current.length;
        }
    }

    @Test
    void jsonLinesOf30kCasesStreamOneAtATimeInOrder() throws IOException {
        int n = 30_000;
        Generated in = new Generated(n, i -> line(i) + "\n");
        Iterator<CaseInput> cases = reader.iterator(in);
        int count = 0;
        int errors = 0;
        while (cases.hasNext()) {
            CaseInput c = cases.next();
            assertThat(c.index()).isEqualTo(count);
            assertThat(c.caseId()).isEqualTo("C-" + count);
            if (count % 1_000 == 999) {
                assertThat(c.isValid()).isFalse();
                errors++;
            } else {
                assertThat(c.isValid()).isTrue();
            }
            // a broken line is judged with the line after it, so allow one more line there
            long bound = in.endOf(Math.min(count + 1, n - 1)) + READ_AHEAD;
            if (in.served > bound) {
                throw new AssertionError(
                        "case " + count + " arrived after " + in.served + " bytes, more than " + bound);
            }
            if (count == 0) {
                assertThat(in.finished())
                        .as("the first case arrived before the input ended")
                        .isFalse();
            }
            count++;
        }
        assertThat(count).isEqualTo(n);
        assertThat(errors).isEqualTo(n / 1_000);
        assertThat(in.finished()).isTrue();
        in.close();
    }

    @Test
    void anArrayOf20kCasesStreamsElementByElement() {
        int n = 20_000;
        Generated in = new Generated(
                n + 2, i -> i == 0 ? "[\n" : i == n + 1 ? "]\n" : element(i - 1) + (i == n ? "\n" : ",\n"));
        Iterator<CaseInput> cases = reader.iterator(in);
        int count = 0;
        while (cases.hasNext()) {
            CaseInput c = cases.next();
            assertThat(c.caseId()).isEqualTo("C-" + count);
            assertThat(c.isValid()).isEqualTo(count % 1_000 != 999);
            long bound = in.endOf(Math.min(count + 2, n + 1)) + READ_AHEAD;
            if (in.served > bound) {
                throw new AssertionError(
                        "element " + count + " arrived after " + in.served + " bytes, more than " + bound);
            }
            count++;
        }
        assertThat(count).isEqualTo(n);
    }

    @Test
    void aReaderIsStreamedToo() {
        int n = 20_000;
        Generated in = new Generated(n, i -> line(i) + "\r\n");
        long valid = reader.stream(new InputStreamReader(in, StandardCharsets.UTF_8))
                .limit(10)
                .filter(CaseInput::isValid)
                .count();
        assertThat(valid).isEqualTo(10);
        assertThat(in.finished())
                .as("ten cases need only the start of the input")
                .isFalse();
        assertThat(in.served).isLessThan(in.endOf(n - 1) / 10);
    }
}
