package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.json.TestJson.ids;
import static org.complaintrules.json.TestJson.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input with UTF-16's byte-order mark (as Windows tools write text, PowerShell's {@code >} among
 * them) is read as UTF-16 in that byte order, as strictly as UTF-8: the same cases, and a surrogate
 * without its other half is an error on its line, never replaced.
 */
class Utf16InputTest {
    private final CaseReader reader = CaseReader.create();

    /** Three cases, one line each, with text outside the basic plane (an emoji, a surrogate pair). */
    private static final String JSON_LINES = line("C-1") + "\n"
            + TestJson.of(TestJson.MINIMAL_CASE)
                    .setString("complaint.id", "C-2")
                    .setString("complaint.text", "Ужасно! 太差了 \uD83D\uDE21 Kohutav")
                    .json()
            + "\n" + line("C-3") + "\n";

    private static byte[] utf16(String text, boolean littleEndian) {
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(littleEndian ? 0xFF : 0xFE);
        out.write(littleEndian ? 0xFE : 0xFF);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    private List<CaseInput> read(byte[] bytes) {
        return reader.readAll(new ByteArrayInputStream(bytes));
    }

    @Test
    void utf16InBothByteOrdersReadsAsTheSameText() {
        List<CaseInput> expected = reader.readAll(JSON_LINES);
        assertThat(expected).allMatch(CaseInput::isValid);
        for (boolean littleEndian : new boolean[] {true, false}) {
            List<CaseInput> all = read(utf16(JSON_LINES, littleEndian));
            assertThat(all).as("little-endian %s", littleEndian).isEqualTo(expected);
        }
        // a pretty-printed array too
        String array = "[\n  " + line("C-1") + ",\n  " + line("C-2") + "\n]\n";
        assertThat(read(utf16(array, true))).isEqualTo(reader.readAll(array));
    }

    @Test
    void aSurrogateWithoutItsOtherHalfIsAnErrorOnItsLineAndTheRestIsRead() {
        String second = TestJson.of(TestJson.MINIMAL_CASE)
                .setString("complaint.id", "C-2")
                .setString("complaint.text", "broken Z")
                .json();
        // in the text, and last on the line: the line break after it is still read
        for (String lone : List.of("\uD83D", "\uDE21", "\uD83Dx", "END")) {
            String broken = lone.equals("END") ? second + "\uD83D" : second.replace("Z", lone);
            String text = line("C-1") + "\n" + broken + "\n" + line("C-3") + "\n";
            // String.getBytes would replace the lone surrogate: write the code units by hand
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xFF);
            out.write(0xFE);
            for (int i = 0; i < text.length(); i++) {
                out.write(text.charAt(i) & 0xFF);
                out.write(text.charAt(i) >>> 8);
            }
            List<CaseInput> all = read(out.toByteArray());
            assertThat(ids(all)).as(lone).containsExactly("C-1", "C-2", "C-3"); // the error names its case
            assertThat(all.get(0).isValid()).isTrue();
            assertThat(all.get(1).error().message())
                    .as(lone)
                    .startsWith("invalid UTF-16 at line 2, byte offset ")
                    .endsWith(": a surrogate without its other half, or a byte without its pair; nothing is replaced");
            assertThat(all.get(2).isValid()).isTrue();
        }
    }

    @Test
    void aLastByteWithoutItsPairIsAnError() {
        byte[] whole = utf16(line("C-1") + "\n" + line("C-2"), true);
        byte[] odd = new byte[whole.length + 1];
        System.arraycopy(whole, 0, odd, 0, whole.length);
        odd[whole.length] = '}';
        List<CaseInput> all = read(odd);
        assertThat(ids(all)).containsExactly("C-1", "C-2");
        assertThat(all.get(1).isValid()).isFalse();
        assertThat(all.get(1).error().message())
                .startsWith("invalid UTF-16 at line 2, byte offset " + whole.length + " (byte 0x7D)");
    }

    @Test
    void withoutTheByteOrderMarkTheInputIsUtf8() {
        // the bytes of UTF-16 without a mark, and a first byte 0xFF or 0xFE alone, are invalid UTF-8
        byte[] marked = utf16(line("C-1") + "\n", true);
        byte[] unmarked = new byte[marked.length - 2];
        System.arraycopy(marked, 2, unmarked, 0, unmarked.length);
        assertThat(read(unmarked)).noneMatch(CaseInput::isValid);
        for (int first : new int[] {0xFF, 0xFE}) {
            byte[] utf8 = (" " + line("C-1") + "\n" + line("C-2") + "\n").getBytes(StandardCharsets.UTF_8);
            utf8[0] = (byte) first;
            List<CaseInput> all = read(utf8);
            assertThat(all).hasSize(2);
            assertThat(all.get(0).error().message()).startsWith("invalid UTF-8 at line 1, byte offset 0 ");
            assertThat(all.get(1).isValid()).isTrue();
        }
    }
}
