package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.json.TestJson.ids;
import static org.complaintrules.json.TestJson.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A pretty-printed case that closes too early, loses a line, or has a stray closing bracket is one
 * input: it gets exactly one answer, and the cases around it are read as usual. Before, every line
 * left over after an early <code>}</code> was answered as an input of its own. Each test breaks the
 * middle one of three cases in every way below, at every line, both as pretty-printed objects one
 * after the other and as the elements of a pretty-printed array.
 */
class ObjectsClosedEarlyTest {
    private final CaseReader reader = CaseReader.create();

    /** The contract's example with another id, one line a list item. */
    private static List<String> caseLines(String id) {
        return new ArrayList<>(Arrays.asList(
                TestJson.CONTRACT_CASE.replace("C-1001", id).stripTrailing().split("\n", -1)));
    }

    /** Three cases, the middle one changed, as pretty-printed objects one after the other. */
    private static String objects(UnaryOperator<List<String>> change) {
        return String.join("\n", caseLines("C-1")) + "\n"
                + String.join("\n", change.apply(caseLines("C-2"))) + "\n"
                + String.join("\n", caseLines("C-3")) + "\n";
    }

    /** The same three cases as the elements of a pretty-printed array, indented by two spaces. */
    private static String array(UnaryOperator<List<String>> change) {
        return "[\n" + indented(caseLines("C-1")) + ",\n" + indented(change.apply(caseLines("C-2"))) + ",\n"
                + indented(caseLines("C-3")) + "\n]\n";
    }

    private static String indented(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "  " + l).toList());
    }

    /** Checks the three answers: the first and last cases advised, the middle one answered once. */
    private void assertOneAnswerEach(String input, String what, boolean middleIsAnError) {
        List<CaseInput> all = reader.readAll(input);
        assertThat(all).as(what).hasSize(3);
        assertThat(all.get(0).isValid()).as(what).isTrue();
        assertThat(all.get(0).caseId()).as(what).isEqualTo("C-1");
        assertThat(all.get(2).isValid()).as(what).isTrue();
        assertThat(all.get(2).caseId()).as(what).isEqualTo("C-3");
        assertThat(all).extracting(CaseInput::index).as(what).containsExactly(0, 1, 2);
        if (middleIsAnError) {
            assertThat(all.get(1).isValid()).as(what).isFalse();
        }
    }

    private void assertBothForms(UnaryOperator<List<String>> change, String what, boolean middleIsAnError) {
        assertOneAnswerEach(objects(change), "objects, " + what, middleIsAnError);
        assertOneAnswerEach(array(change), "array, " + what, middleIsAnError);
    }

    @Test
    void aClosingBraceAddedAtTheEndOfAnyLineIsOneError() {
        int n = caseLines("C-2").size();
        for (int k = 0; k < n; k++) {
            int at = k;
            assertBothForms(
                    lines -> {
                        lines.set(at, lines.get(at) + "}");
                        return lines;
                    },
                    "'}' after line " + (k + 1),
                    true);
        }
    }

    @Test
    void aClosingBraceBeforeTheCommaOfAnyLineIsOneError() {
        List<String> plain = caseLines("C-2");
        for (int k = 0; k < plain.size(); k++) {
            if (!plain.get(k).endsWith(",")) {
                continue;
            }
            int at = k;
            assertBothForms(
                    lines -> {
                        String l = lines.get(at);
                        lines.set(at, l.substring(0, l.length() - 1) + "},");
                        return lines;
                    },
                    "'},' at line " + (k + 1),
                    true);
        }
    }

    @Test
    void aStrayClosingBraceOnALineOfItsOwnAfterAnyLineIsOneError() {
        int n = caseLines("C-2").size();
        for (int k = 0; k < n; k++) {
            int at = k;
            assertBothForms(
                    lines -> {
                        lines.add(at + 1, "}");
                        return lines;
                    },
                    "'}' on a line after line " + (k + 1),
                    true);
        }
    }

    @Test
    void anyLineLostIsOneAnswer() {
        // a lost line may leave a valid case (an optional field gone), so the middle answer may be advice
        int n = caseLines("C-2").size();
        for (int k = 0; k < n; k++) {
            int at = k;
            assertBothForms(
                    lines -> {
                        lines.remove(at);
                        return lines;
                    },
                    "line " + (k + 1) + " lost",
                    false);
        }
    }

    @Test
    void aCaseWithoutItsFirstLineIsOneErrorAndTheCaseBeforeItIsAdvised() {
        for (String input : List.of(
                objects(lines -> lines.subList(1, lines.size())), array(lines -> lines.subList(1, lines.size())))) {
            List<CaseInput> all = reader.readAll(input);
            assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
            assertThat(all.get(1).isValid()).isFalse();
        }
        // the same when it is the first case
        List<CaseInput> first = reader.readAll(
                "[\n" + indented(caseLines("C-1").subList(1, 29)) + ",\n" + indented(caseLines("C-2")) + "\n]\n");
        assertThat(ids(first)).containsExactly("C-1", "C-2");
        assertThat(first.get(0).isValid()).isFalse();
        assertThat(first.get(0).error().message())
                .isEqualTo("not valid JSON at line 2 column 5: expected an array element, found a name and ':', the"
                        + " inside of an object whose '{' is missing");
        assertThat(first.get(1).isValid()).isTrue();
    }

    @Test
    void aCaseClosedEarlyBeforeACaseThatLostItsFirstLineIsOneErrorEach() {
        // what is left of the first ends with the bracket that closed it; the second starts with a name
        List<String> first = caseLines("C-2");
        first.set(12, first.get(12) + "}");
        List<String> second = caseLines("C-3");
        String objects = String.join("\n", caseLines("C-1")) + "\n" + String.join("\n", first) + "\n"
                + String.join("\n", second.subList(1, second.size())) + "\n" + String.join("\n", caseLines("C-4"))
                + "\n";
        String array = "[\n" + indented(caseLines("C-1")) + ",\n" + indented(first) + ",\n"
                + indented(second.subList(1, second.size())) + ",\n" + indented(caseLines("C-4")) + "\n]\n";
        for (String input : List.of(objects, array)) {
            List<CaseInput> all = reader.readAll(input);
            assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4");
            assertThat(all).extracting(CaseInput::isValid).containsExactly(true, false, false, true);
        }
    }

    @Test
    void aCaseClosedEarlyNamesWhereItClosesAndWhereItsRestIs() {
        // '}' after the list of signals (line 13 of a case) closes "complaint", and the case then
        // closes on the next line, before "customer" and "conversation"
        UnaryOperator<List<String>> closeEarly = lines -> {
            lines.set(12, lines.get(12) + "}");
            return lines;
        };
        int secondStarts = 30; // the objects: the first case takes lines 1 to 29
        List<CaseInput> objects = reader.readAll(objects(closeEarly));
        assertThat(objects.get(1).caseId()).isEqualTo("C-2");
        assertThat(objects.get(1).error().message())
                .isEqualTo("not valid JSON at line " + (secondStarts + 13) + " column 4: unexpected content after the"
                        + " end of the JSON value");
        int elementStarts = 31; // the array: '[' on line 1, the first element on lines 2 to 30
        List<CaseInput> array = reader.readAll(array(closeEarly));
        assertThat(array.get(1).caseId()).isEqualTo("C-2");
        assertThat(array.get(1).error().message())
                .isEqualTo("not valid JSON at line " + (elementStarts + 14) + " column 5: unexpected content after the"
                        + " end of the array element that starts at line " + elementStarts + " column 3; it may have"
                        + " been closed too early");
        // with the object closed on a line of its own, the lines after it are named
        UnaryOperator<List<String>> closeOnItsOwnLine = lines -> {
            lines.set(13, "  }}");
            return lines;
        };
        List<CaseInput> alone = reader.readAll(objects(closeOnItsOwnLine));
        assertThat(alone.get(1).caseId()).isEqualTo("C-2");
        assertThat(alone.get(1).error().message())
                .isEqualTo("not valid JSON at line " + (secondStarts + 14) + " column 3: unexpected content after the"
                        + " end of the JSON value (it closes at line " + (secondStarts + 13) + " column 4)");
    }

    @Test
    void aStrayNameCostsItselfNotTheElementAfterIt() {
        // nothing closes after it: what is left of an object ends where the next element starts
        String input = "[\n  \"note\": \"call back\",\n  " + line("C-1") + ",\n  " + line("C-2") + "\n]\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly(null, "C-1", "C-2");
        assertThat(all.get(0).error().message())
                .isEqualTo("not valid JSON at line 2 column 3: expected an array element, found a name and ':', the"
                        + " inside of an object whose '{' is missing");
        assertThat(List.of(all.get(1), all.get(2))).allMatch(CaseInput::isValid);
        // after an element, a name that holds no case is taken as the rest of that element, closed too
        // early (as "customer" is left when "}" closes a case after its complaint): one error for both
        String after = "[\n  " + line("C-1") + ",\n  \"note\": \"call back\",\n  " + line("C-2") + "\n]\n";
        List<CaseInput> afterAll = reader.readAll(after);
        assertThat(ids(afterAll)).containsExactly("C-1", "C-2");
        assertThat(afterAll.get(0).error().message())
                .isEqualTo("not valid JSON at line 3 column 3: unexpected content after the end of the array element"
                        + " that starts at line 2 column 3; it may have been closed too early");
        assertThat(afterAll.get(1).isValid()).isTrue();
    }

    @Test
    void whatIsLeftOfAnObjectTakesTheObjectsNestedFurtherRightThanItself() {
        // the middle case lost its first line; one of its objects opens on a line of its own
        UnaryOperator<List<String>> nested = lines -> {
            List<String> out = new ArrayList<>(lines.subList(1, lines.size()));
            int customer = out.indexOf("  \"customer\": {");
            out.set(customer, "  \"customer\":");
            out.add(customer + 1, "  {");
            return out;
        };
        List<CaseInput> objects = reader.readAll(objects(nested));
        assertThat(ids(objects)).containsExactly("C-1", "C-2", "C-3");
        assertThat(objects.get(1).isValid()).isFalse();
        List<CaseInput> array = reader.readAll(array(nested));
        assertThat(ids(array)).containsExactly("C-1", "C-2", "C-3");
        assertThat(array.get(1).isValid()).isFalse();
    }

    @Test
    void aLineOfJsonLinesIsAnsweredBeforeTheNextLineIsReadValidOrNot() {
        // a host that writes one case and waits for its answer: the reader must not wait for more
        for (String first : List.of(line("C-1"), line("C-1").replace("\"EMAIL\"", "\"PIGEON\""))) {
            byte[] bytes = (first + "\n").getBytes(StandardCharsets.UTF_8);
            int[] readsPastTheLine = {0};
            InputStream oneLineThenNothingYet = new InputStream() {
                private int at;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (at == bytes.length) {
                        readsPastTheLine[0]++; // a real host's pipe would block here
                        return -1;
                    }
                    int n = Math.min(len, bytes.length - at);
                    System.arraycopy(bytes, at, b, off, n);
                    at += n;
                    return n;
                }
            };
            Iterator<CaseInput> cases = reader.iterator(oneLineThenNothingYet);
            assertThat(cases.hasNext()).isTrue();
            assertThat(cases.next().caseId()).isEqualTo("C-1");
            assertThat(readsPastTheLine[0]).as(first).isZero();
        }
    }

    @Test
    void linesOfJsonLinesThatAreNoObjectsKeepAnAnswerEach() {
        // no line of these looks like the inside of a pretty-printed object: each is an input
        String input = line("C-1") + "\n42\n\"text\"\n" + line("C-2") + "\n[1]\nnull\n" + line("C-3") + "\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", null, null, "C-2", null, null, "C-3");
    }

    @Test
    void linesFromInsideAnObjectAreOneErrorInJsonLinesToo() {
        String input =
                line("C-1") + "\n  \"channel\": \"EMAIL\",\n  \"category\": \"BILLING\"\n}\n" + line("C-2") + "\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", null, "C-2");
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line 2 column ");
    }

    @Test
    void aValidArrayWithElementsAtDifferentColumnsIsReadWhole() {
        String input = "[\n  " + line("C-1") + ",\n      " + line("C-2") + ",\n" + line("C-3") + "\n]\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
        assertThat(all).allMatch(CaseInput::isValid);
    }

    @Test
    void invalidUtf8IsAnsweredOnTheElementThatHoldsItThoughTheReaderLooksPastTheComma() {
        // after an element and its ',' the reader looks at the next element's first character (it
        // may be what is left of an object closed too early): a bad byte there is still the next
        // element's, and one in what is left of an object that lost its first line is that object's
        String text = "[\n  " + line("C-1") + ",\n  " + line("C-2").replace("EMAIL", "EMA\u0001IL") + ",\n  "
                + line("C-3") + ",\n"
                + indented(caseLines("C-4").subList(1, 29)).replace("blender", "blen\u0001der")
                + ",\n  " + line("C-5") + "\n]\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b == 1) {
                out.write(0xC3); // a lead byte followed by no continuation byte
                out.write('(');
            } else {
                out.write(b);
            }
        }
        List<CaseInput> all = reader.readAll(new ByteArrayInputStream(out.toByteArray()));
        assertThat(all).hasSize(5);
        assertThat(all.get(0).caseId()).isEqualTo("C-1");
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(1).error().message()).startsWith("invalid UTF-8 at line 3, byte offset ");
        assertThat(all.get(2).caseId()).isEqualTo("C-3");
        assertThat(all.get(2).isValid()).isTrue();
        // the case's text is on line 10: the lines of C-4 from its second on stand on lines 5 to 32
        assertThat(all.get(3).error().message()).startsWith("invalid UTF-8 at line 10, byte offset ");
        assertThat(all.get(4).caseId()).isEqualTo("C-5");
        assertThat(all.get(4).isValid()).isTrue();
    }

    @Test
    void theNameTestLooksAtTheObjectsOwnLevelOnly() {
        assertThat(CaseIterator.namesACase("\"complaint\": {\"id\": \"x\"}, \"customer\": {}"))
                .isTrue();
        assertThat(CaseIterator.namesACase("\"customer\": {\"complaint\": 1}")).isFalse();
        assertThat(CaseIterator.namesACase("\"text\": \"complaint\", \"x\": 1")).isFalse();
        assertThat(CaseIterator.namesACase("\"a\\\"complaint\": 1")).isFalse();
        assertThat(CaseIterator.isOrphan("  \"id\": 1,")).isTrue();
        assertThat(CaseIterator.isOrphan("\"id\": 1")).isTrue();
        assertThat(CaseIterator.isOrphan("},")).isTrue();
        assertThat(CaseIterator.isOrphan("\"id\"")).isFalse();
        assertThat(CaseIterator.isOrphan("  {\"id\": 1}")).isFalse();
        assertThat(CaseIterator.isOrphan("42")).isFalse();
    }
}
