package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.json.TestJson.ids;
import static org.complaintrules.json.TestJson.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InputLimits;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the input faults of issue 13 ("Faults at volume"): each becomes one
 * INVALID_INPUT answer naming the field (or the line and byte offset), and the batch goes on.
 */
class BatchFaultsTest {
    private final CaseReader reader = CaseReader.create();

    private List<CaseInput> readBytes(byte[] bytes) {
        return reader.readAll(new ByteArrayInputStream(bytes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aStrayDoubleBracketOnTheFirstLineCostsOneLineNotTheBatch() {
        StringBuilder sb = new StringBuilder("[[\n");
        for (int i = 1; i <= 200; i++) {
            sb.append(line("C-" + i)).append('\n');
        }
        for (List<CaseInput> all : List.of(reader.readAll(sb.toString()), readBytes(utf8(sb.toString())))) {
            assertThat(all).hasSize(201);
            assertThat(all.get(0).isValid()).isFalse();
            assertThat(all.get(0).error().message()).contains("line 1");
            assertThat(all.subList(1, 201)).allMatch(CaseInput::isValid);
            assertThat(all.get(200).caseId()).isEqualTo("C-200");
        }
        // an array of cases still reads as one, however it is laid out
        assertThat(reader.readAll("[" + line("C-1") + ",\n" + line("C-2") + "]"))
                .allMatch(CaseInput::isValid);
        assertThat(reader.readAll("[\n" + line("C-1") + "\n]")).singleElement().matches(CaseInput::isValid);
    }

    private static final CaseError NOT_AN_OBJECT =
            new CaseError(null, ErrorCode.INVALID_INPUT, null, "must be a JSON object, was an array");

    @Test
    void anArrayWhoseFirstElementIsAnArrayAnswersEveryElementInOrder() {
        // regression: "[[1], {...}, {...}]" was read as one JSON value, answered with one error, and the
        // cases after its first element were never answered
        String c2 = line("C-2");
        String c3 = line("C-3");
        List<String> texts = List.of(
                "[[1]," + c2 + "," + c3 + "]",
                "[[1],\n" + c2 + ",\n" + c3 + "]",
                "[[]," + c2 + "," + c3 + "]",
                "[[], " + c2 + ", " + c3 + "]\n",
                "\n  [[\"x\", [2]] , " + c2 + "," + c3 + "]",
                "[[1],\r\n" + c2 + ",\r\n" + c3 + "\r\n]\r\n",
                "[\n[1],\n" + c2 + ",\n" + c3 + "\n]\n");
        for (String text : texts) {
            for (List<CaseInput> all : List.of(reader.readAll(text), readBytes(utf8(text)))) {
                assertThat(ids(all)).as(text).containsExactly(null, "C-2", "C-3");
                assertThat(all.get(0).error()).as(text).isEqualTo(NOT_AN_OBJECT);
                assertThat(all.subList(1, 3)).as(text).allMatch(CaseInput::isValid);
                assertThat(all).extracting(CaseInput::index).containsExactly(0, 1, 2);
            }
        }
    }

    @Test
    void arraysAndObjectsNestedAnywhereInAnArrayAreOneAnswerEach() {
        String text = "[[" + line("C-1") + "], " + line("C-2") + ", [" + line("C-3") + ", " + line("C-4")
                + "], {\"a\": [[]]}, [[]], 7, " + line("C-5") + "]";
        for (List<CaseInput> all : List.of(reader.readAll(text), readBytes(utf8(text)))) {
            assertThat(ids(all)).containsExactly(null, "C-2", null, null, null, null, "C-5");
            assertThat(all.get(0).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.get(2).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.get(3).error().field()).isEqualTo("a");
            assertThat(all.get(4).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.get(5).error().message()).isEqualTo("must be a JSON object, was 7");
            assertThat(all.get(1).isValid()).isTrue();
            assertThat(all.get(6).isValid()).isTrue();
        }
    }

    @Test
    void anArrayWithAnArrayFirstThenJsonLinesReadsThemAll() {
        String text = "[[1]," + line("C-2") + "]\n" + line("C-3") + "\n" + line("C-4") + "\n";
        for (List<CaseInput> all : List.of(reader.readAll(text), readBytes(utf8(text)))) {
            assertThat(ids(all)).containsExactly(null, "C-2", "C-3", "C-4");
            assertThat(all.get(0).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.subList(1, 4)).allMatch(CaseInput::isValid);
        }
        // in JSON Lines, a line that is an array is one input: one error, and the lines after it are read
        String lines = line("C-1") + "\n[" + line("C-2") + "]\n[[1]]\n" + line("C-4") + "\n";
        for (List<CaseInput> all : List.of(reader.readAll(lines), readBytes(utf8(lines)))) {
            assertThat(ids(all)).containsExactly("C-1", null, null, "C-4");
            assertThat(all.get(1).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.get(2).error()).isEqualTo(NOT_AN_OBJECT);
            assertThat(all.get(3).isValid()).isTrue();
        }
    }

    @Test
    void whatFollowsAnArrayIsReadToo() {
        String two = "[" + line("C-1") + ",\n" + line("C-2") + "]\n[\n" + line("C-3") + "\n]";
        String thenLines = "[\n  " + line("C-1") + "\n]\n" + line("C-2") + "\n" + line("C-3") + "\n";
        String thenJunk = "[" + line("C-1") + "] nope";
        for (String text : List.of(two, thenLines)) {
            List<CaseInput> all = reader.readAll(text);
            assertThat(ids(all)).as(text).containsExactly("C-1", "C-2", "C-3");
            assertThat(all).allMatch(CaseInput::isValid);
            assertThat(readBytes(utf8(text))).extracting(CaseInput::caseId).containsExactly("C-1", "C-2", "C-3");
        }
        List<CaseInput> junk = reader.readAll(thenJunk);
        assertThat(junk).hasSize(2);
        assertThat(junk.get(1).error().message())
                .startsWith("not valid JSON at line 1")
                .contains("after the end of the array");
    }

    // ---------------------------------------------------------------- several objects on one line

    @Test
    void severalObjectsOnOneLineAreEachAnInputOfTheirOwn() {
        // "}{" as from cat of files without a final line break, "} {", and old Mac line ends ("\r" only)
        String text = line("C-1") + line("C-2") + " " + line("C-3") + "\r" + line("C-4") + "\n" + line("C-5") + "\n";
        for (List<CaseInput> all : List.of(reader.readAll(text), readBytes(utf8(text)))) {
            assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4", "C-5");
            assertThat(all).allMatch(CaseInput::isValid);
            assertThat(all).extracting(CaseInput::index).containsExactlyElementsOf(range(5));
        }
    }

    @Test
    void aBrokenObjectOnALineOfSeveralCostsOnlyItself() {
        String first = line("C-1").replace("\"BILLING\"}", "\"BILLING\",}");
        String third = "{\"complaint\": nope}";
        String text = first + line("C-2") + third + "\n" + line("C-4") + "\n";
        List<CaseInput> all = reader.readAll(text);

        assertThat(ids(all)).containsExactly("C-1", "C-2", null, "C-4");
        assertThat(all.get(0).isValid()).isFalse();
        assertThat(all.get(1).isValid()).isTrue();
        // the column is the line's, not the piece's: where the same fault is alone on its line, moved right
        String alone = reader.readAll(third + "\n").get(0).error().message();
        int columnAlone = Integer.parseInt(alone.replaceAll("^not valid JSON at line 1 column (\\d+):.*$", "$1"));
        int column = first.length() + line("C-2").length() + columnAlone;
        assertThat(all.get(2).error().message()).startsWith("not valid JSON at line 1 column " + column + ":");
        assertThat(all.get(3).isValid()).isTrue();
    }

    @Test
    void bracketsInsideStringsDoNotSplitALine() {
        String tricky = TestJson.of(TestJson.MINIMAL_CASE)
                .setString("complaint.id", "C-1")
                .setString("complaint.text", "he wrote }{ and \"}{\" here")
                .json();
        List<CaseInput> all = reader.readAll(tricky + "\n" + line("C-2") + "\n");

        assertThat(ids(all)).containsExactly("C-1", "C-2");
        assertThat(all).allMatch(CaseInput::isValid);
    }

    // ---------------------------------------------------------------- a stray '{' on the first line

    @Test
    void aStrayOpeningBraceOnTheFirstLineOfJsonLinesCostsOneLineNotTheBatch() {
        StringBuilder sb = new StringBuilder("{\n");
        for (int i = 1; i <= 2_000; i++) {
            sb.append(line("C-" + i)).append('\n');
        }
        for (List<CaseInput> all : List.of(reader.readAll(sb.toString()), readBytes(utf8(sb.toString())))) {
            assertThat(all).hasSize(2_001);
            assertThat(all.get(0).error())
                    .isEqualTo(new CaseError(
                            null,
                            ErrorCode.INVALID_INPUT,
                            null,
                            "not valid JSON at line 1 column 2: Unexpected end-of-input: expected close marker for"
                                    + " Object"));
            assertThat(all.subList(1, 2_001)).allMatch(CaseInput::isValid);
            assertThat(all.get(2_000).caseId()).isEqualTo("C-2000");
            assertThat(all).extracting(CaseInput::index).containsExactlyElementsOf(range(2_001));
        }
    }

    @Test
    void aStrayOpeningBracketOnTheFirstLineOfJsonLinesCostsOneLineNotTheBatch() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 1; i <= 500; i++) {
            sb.append(line("C-" + i)).append('\n');
        }
        for (List<CaseInput> all : List.of(reader.readAll(sb.toString()), readBytes(utf8(sb.toString())))) {
            assertThat(all).hasSize(501);
            assertThat(all.get(0).error())
                    .isEqualTo(new CaseError(
                            null,
                            ErrorCode.INVALID_INPUT,
                            null,
                            "not valid JSON at line 1 column 1: '[' starts no array: the value after it is followed by"
                                    + " '{' at line 3 column 1, not ','; the lines after it are read as JSON Lines"));
            assertThat(all.subList(1, 501)).allMatch(CaseInput::isValid);
            assertThat(ids(all.subList(1, 501)))
                    .containsExactlyElementsOf(
                            range(500).stream().map(i -> "C-" + (i + 1)).toList());
        }
        // a closing "]" line at the end is one more malformed line
        List<CaseInput> closed = reader.readAll("[\n" + line("C-1") + "\n" + line("C-2") + "\n]\n");
        assertThat(ids(closed)).containsExactly(null, "C-1", "C-2", null);
        assertThat(closed.get(1).isValid()).isTrue();
        assertThat(closed.get(2).isValid()).isTrue();
    }

    @Test
    void aMissingCommaInAnArrayCostsTheElementAfterItNotTheRest() {
        String input = "[" + line("C-1") + "," + line("C-2") + " " + line("C-3") + "," + line("C-4") + "]";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4");
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(1).isValid()).isTrue();
        assertThat(all.get(2).error().message())
                .startsWith("not valid JSON at line 1 column ")
                .endsWith(": expected ',' between array elements, found '{'");
        assertThat(all.get(3).isValid()).isTrue();
        // pretty-printed: indented elements stay an array; the element after the gap is the error
        String pretty = "[\n  " + line("C-1") + "\n  " + line("C-2") + ",\n  " + line("C-3") + "\n]\n";
        List<CaseInput> prettyAll = reader.readAll(pretty);
        assertThat(ids(prettyAll)).containsExactly("C-1", "C-2", "C-3");
        assertThat(prettyAll.get(0).isValid()).isTrue();
        assertThat(prettyAll.get(1).error().message())
                .isEqualTo("not valid JSON at line 3 column 3: expected ',' between array elements, found '{'");
        assertThat(prettyAll.get(2).isValid()).isTrue();
    }

    @Test
    void missingCommasOneAfterTheOtherCostAnElementEachNotTheRest() {
        String input = "[" + line("C-1") + "," + line("C-2") + " " + line("C-3") + "\n" + line("C-4") + " "
                + line("C-5") + "," + line("C-6") + "]";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4", "C-5", "C-6");
        assertThat(all.subList(2, 5))
                .allSatisfy(in ->
                        assertThat(in.error().message()).endsWith(": expected ',' between array elements, found '{'"));
        assertThat(List.of(all.get(0), all.get(1), all.get(5))).allMatch(CaseInput::isValid);
    }

    @Test
    void aStrayOpeningBraceInTheMiddleOfJsonLinesCostsOneLine() {
        String input = line("C-1") + "\n{\n\n" + line("C-2") + "\n  {\n" + line("C-3") + "\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", null, "C-2", null, "C-3");
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line 2 column 2: ");
        assertThat(all.get(3).error().message()).startsWith("not valid JSON at line 5 column 4: ");
    }

    @Test
    void twoPrettyPrintedObjectsOneAfterTheOtherAreTwoCases() {
        String second = TestJson.CONTRACT_CASE.replace("C-1001", "C-1002");
        List<CaseInput> all = reader.readAll(TestJson.CONTRACT_CASE + second + line("C-3") + "\n");
        assertThat(ids(all)).containsExactly("C-1001", "C-1002", "C-3");
        assertThat(all).allMatch(CaseInput::isValid);
    }

    @Test
    void aBrokenPrettyPrintedObjectCostsItselfNotTheObjectsAfterIt() {
        String broken = TestJson.CONTRACT_CASE.replace("\"channel\": \"EMAIL\",", "\"channel\": \"EMAIL\",,");
        String second = TestJson.CONTRACT_CASE.replace("C-1001", "C-1002");
        List<CaseInput> all = reader.readAll(broken + second + line("C-3") + "\n");
        assertThat(ids(all)).containsExactly("C-1001", "C-1002", "C-3");
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 5 column ");
        assertThat(all.get(1).isValid()).isTrue();
        assertThat(all.get(2).isValid()).isTrue();
    }

    @Test
    void linesOfJsonLinesCutShortOneAfterTheOtherGetAnErrorEach() {
        // wherever the two lines are cut (inside a name, a string, a number, after a comma...), each
        // gets its own answer and the line after them is read as usual
        String first = line("C-1");
        String second = line("C-2");
        for (int cut = 1; cut < first.length() - 1; cut++) {
            int cut2 = second.length() - 1 - cut % (second.length() - 2);
            String input = first.substring(0, cut) + "\n" + second.substring(0, cut2) + "\n" + line("C-3") + "\n";
            List<CaseInput> all = reader.readAll(input);
            assertThat(all).as("cut at %d and %d", cut, cut2).hasSize(3);
            assertThat(all.get(0).error().message()).as("cut at %d", cut).startsWith("not valid JSON at line 1 ");
            assertThat(all.get(1).error().message()).as("cut at %d", cut2).startsWith("not valid JSON at line 2 ");
            assertThat(all.get(2).caseId()).isEqualTo("C-3");
            assertThat(all.get(2).isValid()).isTrue();
        }
    }

    @Test
    void aLineCutShortDoesNotTakeTheNextLineWhateverItHolds() {
        String cut = line("C-1").substring(0, 40);
        for (String next :
                List.of("[" + line("C-2") + "]", "[", "{", line("C-2").substring(0, 30), "{}")) {
            List<CaseInput> all = reader.readAll(cut + "\n" + next + "\n" + line("C-3") + "\n");
            assertThat(all).as(next).hasSize(3);
            assertThat(all.get(0).error().message()).as(next).startsWith("not valid JSON at line 1 ");
            assertThat(all.get(1).isValid()).as(next).isFalse();
            assertThat(all.get(2).isValid()).as(next).isTrue();
        }
    }

    @Test
    void contentAfterAPrettyPrintedObjectOnItsLastLineIsAnError() {
        String input = TestJson.CONTRACT_CASE.stripTrailing() + " x\n" + line("C-2");
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1001", "C-2");
        assertThat(all.get(0).error().message())
                .isEqualTo("not valid JSON at line 29 column 3: unexpected content after the end of the JSON value");
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    // ---------------------------------------------------------------- array elements cut short

    @Test
    void anArrayElementCutShortCostsItselfNotTheElementsAfterIt() {
        // one element a line, as tools write them; the second cut wherever it may be
        String second = line("C-2");
        for (int cut = 1; cut < second.length(); cut++) {
            assertCutElementCostsItself(second, cut);
        }
        // and with an array inside it, cut anywhere: after its '[', after a whole item, after a ':'
        // (where the next line's object could go on the element in valid JSON), the elements stay apart
        String withSignals =
                line("C-2").replace("\"channel\"", "\"signals\":[\"SHOUTING\",\"EXCLAMATION\"],\"channel\"");
        for (int cut = 1; cut < withSignals.length(); cut++) {
            assertCutElementCostsItself(withSignals, cut);
        }
    }

    @Test
    void anElementCutAfterAWholeItemOfAnInnerArrayDoesNotTakeTheElementsAfterIt() {
        // the array goes on with ',' after the cut: the next elements would be read as objects of
        // the inner array, up to the end of the input
        String withSignals =
                line("C-2").replace("\"channel\"", "\"signals\":[\"SHOUTING\",\"EXCLAMATION\"],\"channel\"");
        String cut = withSignals.substring(0, withSignals.indexOf("\"SHOUTING\"") + "\"SHOUTING\"".length());
        List<String> elements = new ArrayList<>(List.of(line("C-1"), cut));
        for (int i = 3; i <= 8; i++) {
            elements.add(line("C-" + i));
        }
        List<CaseInput> all = reader.readAll("[\n" + String.join(",\n", elements) + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "C-8");
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line 3 ");
        assertThat(all.stream().filter(CaseInput::isValid)).hasSize(7);
        // pretty-printed the same way: the elements at two spaces, what is inside them further right
        List<String> pretty = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pretty.add(indented(TestJson.CONTRACT_CASE.replace("C-1001", "C-100" + i)));
        }
        String item = "\"LEGAL_THREAT\"";
        pretty.set(1, pretty.get(1).substring(0, pretty.get(1).indexOf(item) + item.length()));
        all = reader.readAll("[\n" + String.join(",\n", pretty) + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1001", "C-1002", "C-1003", "C-1004");
        assertThat(all.get(1).isValid()).isFalse();
        assertThat(all.stream().filter(CaseInput::isValid)).hasSize(3);
    }

    @Test
    void anElementCutShortLongerThanTheLimitStillEndsAtTheLineWhereItWasCut() {
        // the elements after the cut would make one element past the input limit: the error ends at
        // the cut all the same, and each element after it is read
        String withSignals =
                line("C-0").replace("\"channel\"", "\"signals\":[\"SHOUTING\",\"EXCLAMATION\"],\"channel\"");
        String cut = withSignals.substring(0, withSignals.indexOf("\"SHOUTING\"") + "\"SHOUTING\"".length());
        List<String> elements = new ArrayList<>(List.of(cut));
        int n = 0;
        for (int length = 0; length <= InputLimits.MAX_DOCUMENT_LENGTH + 20_000; n++) {
            elements.add(line("C-" + (n + 1)));
            length += elements.get(elements.size() - 1).length() + 2;
        }
        List<CaseInput> all = reader.readAll("[\n" + String.join(",\n", elements) + "\n]\n");
        assertThat(all).hasSize(n + 1);
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 2 ");
        assertThat(all.subList(1, n + 1)).allMatch(CaseInput::isValid);
        assertThat(all.get(n).caseId()).isEqualTo("C-" + n);
    }

    @Test
    void aBrokenElementIsNotSplitAtObjectsIndentedFurtherThanItself() {
        // objects on lines of their own inside a pretty-printed element, and a colon missing further
        // on: one error for the element, as before, not one per inner object
        String element = "  {\"complaint\": {\"notes\": [\n      {\"a\": 1},\n      {\"b\": 2}\n    ],\n"
                + "    \"channel\" \"EMAIL\"}}";
        String input = "[\n" + indented(TestJson.CONTRACT_CASE) + ",\n" + element + ",\n"
                + indented(TestJson.CONTRACT_CASE.replace("C-1001", "C-1002")) + "\n]\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(all).hasSize(3);
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line ");
        assertThat(ids(List.of(all.get(0), all.get(2)))).containsExactly("C-1001", "C-1002");
        assertThat(List.of(all.get(0), all.get(2))).allMatch(CaseInput::isValid);
    }

    /** Four elements a line each, the second cut after {@code cut} characters: four answers, in order. */
    private void assertCutElementCostsItself(String second, int cut) {
        String input = "[\n" + line("C-1") + ",\n" + second.substring(0, cut) + ",\n" + line("C-3") + ",\n"
                + line("C-4") + "\n]\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(all).as("cut at %d", cut).hasSize(4);
        assertThat(all.get(0).isValid()).as("cut at %d", cut).isTrue();
        assertThat(all.get(1).error().message()).as("cut at %d", cut).startsWith("not valid JSON at line 3 ");
        assertThat(ids(all.subList(2, 4))).as("cut at %d", cut).containsExactly("C-3", "C-4");
        assertThat(all.subList(2, 4)).as("cut at %d", cut).allMatch(CaseInput::isValid);
    }

    @Test
    void aPrettyPrintedArrayElementCutShortCostsItselfNotTheElementsAfterIt() {
        String text = "\"text\": \"The blender broke after two days. I want my money back.\",";
        String broken = TestJson.CONTRACT_CASE.replace(text, text.substring(0, 25));
        String input = "[\n" + indented(broken) + ",\n" + indented(TestJson.CONTRACT_CASE.replace("C-1001", "C-1002"))
                + ",\n" + indented(TestJson.CONTRACT_CASE.replace("C-1001", "C-1003")) + "\n]\n";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1001", "C-1002", "C-1003");
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line ");
        assertThat(all.subList(1, 3)).allMatch(CaseInput::isValid);
    }

    @Test
    void aLineBreakInsideAStringOfAnArrayElementIsOneErrorWhenTheTextGoesOn() {
        // a text pasted with its line break: the element is one error, as before; the next line
        // does not start with '{', so it is the rest of the element, not another one
        String twoLines = line("C-1").replace("\"channel\"", "\"note\":\"first line\nsecond line\",\"channel\"");
        List<CaseInput> all = reader.readAll("[\n" + twoLines + ",\n" + line("C-2") + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1", "C-2");
        assertThat(all.get(0).isValid()).isFalse();
        assertThat(all.get(1).isValid()).isTrue();
    }

    @Test
    void anElementWhoseObjectsStartOnLinesOfTheirOwnIsStillOneCase() {
        // valid JSON: an object where a value is due (after ':', or after '[' or ',' in an array)
        String element = line("C-1")
                .replace("{\"complaint\":{", "{\"complaint\":\n{")
                .replace(",\"customer\":{", ",\"customer\":\n  {");
        String inArray = line("C-3")
                .replace(
                        "{\"complaint\":{",
                        "{\"complaint\":{\"signals\":[\n{\"code\":\"SHOUTING\"},\n{" + "\"code\":\"EXCLAMATION\"}],");
        List<CaseInput> all = reader.readAll("[\n" + element + ",\n" + line("C-2") + ",\n" + inArray + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
        assertThat(all.subList(0, 2)).allMatch(CaseInput::isValid);
        // read whole: the contract's signals are codes, so the objects are a field's error, not broken JSON
        assertThat(all.get(2).error().field()).isEqualTo("complaint.signals[0]");
    }

    @Test
    void anArrayElementNestedBeyondTheLimitCostsItselfNotTheElementsAfterIt() {
        String deep = "{\"complaint\":" + "[".repeat(100_000);
        List<CaseInput> all = reader.readAll("[\n" + line("C-1") + ",\n" + deep + ",\n" + line("C-2") + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1", null, "C-2");
        assertThat(all.get(1).error().message()).endsWith("objects and arrays are nested more than 32 levels deep");
        assertThat(all.get(1).error().field()).isEqualTo("complaint");
        assertThat(all.get(2).isValid()).isTrue();
    }

    private static String indented(String json) {
        return ("  " + json.strip()).replace("\n", "\n  ");
    }

    // ---------------------------------------------------------------- invalid UTF-8

    @Test
    void invalidUtf8IsAnErrorNamingLineAndByteOffsetNeverReplaced() {
        byte[] first = utf8(line("C-1") + "\n");
        byte[] prefix =
                utf8("{\"complaint\":{\"id\":\"C-2\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                        + "\"category\":\"BILLING\",\"text\":\"caf");
        byte[] rest = utf8("\"},\"customer\":{\"id\":\"K-1\"}}\n" + line("C-3") + "\n");
        byte[] input = concat(first, prefix, new byte[] {(byte) 0xFF}, rest);
        List<CaseInput> all = readBytes(input);

        // the id was read whole before the bad byte: the error names its case
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2",
                        ErrorCode.INVALID_INPUT,
                        null,
                        "invalid UTF-8 at line 2, byte offset " + (first.length + prefix.length)
                                + " (byte 0xFF): the input must be UTF-8, and nothing is replaced"));
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(2).isValid()).isTrue();
    }

    @Test
    void everyKindOfInvalidUtf8IsCaught() {
        List<byte[]> bad = List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0xE2, (byte) 0x82}, // cut short before the closing quote
                new byte[] {(byte) 0x80}, // a lone continuation byte
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}); // 5-byte form
        for (byte[] b : bad) {
            byte[] input = concat(utf8("{\"complaint\":{\"id\":\"C-1\",\"text\":\"a"), b, utf8("\"}}\n" + line("C-2")));
            List<CaseInput> all = readBytes(input);
            assertThat(ids(all)).as("%02X", b[0]).containsExactly("C-1", "C-2");
            assertThat(all.get(0).isValid()).as("%02X", b[0]).isFalse();
            assertThat(all.get(0).error().message())
                    .as("%02X", b[0])
                    .startsWith("invalid UTF-8 at line 1, byte offset 34 ");
        }
    }

    @Test
    void validUtf8OfEveryLengthIsReadUnchanged() {
        String text = "ü 第 🔥 €";
        byte[] input = utf8("\uFEFF"
                + TestJson.of(line("C-1")).setString("complaint.text", text).json());
        List<CaseInput> all = readBytes(input);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).complaintCase().complaint().text()).isEqualTo(text);
    }

    @Test
    void invalidUtf8InAnArrayElementFailsThatElementOnly() {
        byte[] input = concat(
                utf8("[" + line("C-1") + ",\n{\"complaint\":{\"id\":\"C-2\",\"text\":\""),
                new byte[] {(byte) 0xC3, (byte) 0x28},
                utf8("\"}},\n" + line("C-3") + "]"));
        List<CaseInput> all = readBytes(input);
        assertThat(ids(all)).containsExactly("C-1", null, "C-3");
        assertThat(all.get(1).error().message()).startsWith("invalid UTF-8 at line 2, byte offset ");
    }

    @Test
    void invalidUtf8AfterAnArrayElementCutShortIsAnsweredOnTheElementThatHoldsIt() {
        // the element cut after an item of its inner array ends at the next line; the text after that
        // line is read again, but its bytes are not decoded again: the invalid one is answered on the
        // element that holds it (found by its line), which is not advised with a replaced character
        String withSignals =
                line("C-2").replace("\"channel\"", "\"signals\":[\"SHOUTING\",\"EXCLAMATION\"],\"channel\"");
        String cut = withSignals.substring(0, withSignals.indexOf("\"SHOUTING\"") + "\"SHOUTING\"".length());
        String third = line("C-3");
        int inId = third.indexOf("K-1") + 2;
        byte[] input = concat(
                utf8("[\n" + line("C-1") + ",\n" + cut + ",\n" + third.substring(0, inId)),
                new byte[] {(byte) 0xFF},
                utf8(third.substring(inId) + ",\n" + line("C-4") + "\n]\n"));
        List<CaseInput> all = readBytes(input);
        assertThat(all).hasSize(4);
        assertThat(ids(all)).containsExactly("C-1", "C-2", null, "C-4");
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line 3 ");
        assertThat(all.get(2).error().message()).startsWith("invalid UTF-8 at line 4, byte offset ");
        assertThat(List.of(all.get(0), all.get(3))).allMatch(CaseInput::isValid);
        // two elements with invalid UTF-8 after the cut: each is answered with its own line's error
        byte[] twice = concat(
                utf8("[\n" + line("C-1") + ",\n" + cut + ",\n" + third.substring(0, inId)),
                new byte[] {(byte) 0xFF},
                utf8(third.substring(inId) + ",\n" + third.substring(0, inId)),
                new byte[] {(byte) 0xFE},
                utf8(third.substring(inId) + ",\n" + line("C-4") + "\n]\n"));
        all = readBytes(twice);
        assertThat(ids(all)).containsExactly("C-1", "C-2", null, null, "C-4");
        assertThat(all.get(2).error().message()).startsWith("invalid UTF-8 at line 4, byte offset ");
        assertThat(all.get(3).error().message()).startsWith("invalid UTF-8 at line 5, byte offset ");
        assertThat(List.of(all.get(0), all.get(4))).allMatch(CaseInput::isValid);
        // the same without the invalid byte: every element after the cut is read
        all = reader.readAll("[\n" + line("C-1") + ",\n" + cut + ",\n" + third + ",\n" + line("C-4") + "\n]\n");
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4");
    }

    @Test
    void moreLinesOfInvalidUtf8AfterACutThanAreKeptLeaveTheElementWhole() {
        // the decoder keeps the error of 64 lines between two answers; past that, nothing is read
        // again, so no element after the cut is advised with a replaced character
        String withSignals =
                line("C-2").replace("\"channel\"", "\"signals\":[\"SHOUTING\",\"EXCLAMATION\"],\"channel\"");
        String cut = withSignals.substring(0, withSignals.indexOf("\"SHOUTING\"") + "\"SHOUTING\"".length());
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(utf8("[\n" + line("C-1") + ",\n" + cut));
        int lines = CharSource.MOST_KEPT_ERRORS + 6;
        for (int i = 0; i < lines; i++) {
            String next = line("B-" + i);
            int inId = next.indexOf("K-1") + 2;
            input.writeBytes(utf8(",\n" + next.substring(0, inId)));
            input.write(0xFF);
            input.writeBytes(utf8(next.substring(inId)));
        }
        input.writeBytes(utf8("\n]\n"));
        List<CaseInput> all = readBytes(input.toByteArray());
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.subList(1, all.size())).isNotEmpty().noneMatch(CaseInput::isValid);
    }

    @Test
    void anElementWithInvalidUtf8BeforeAMissingCommaIsNotAdvised() {
        String second = line("C-2");
        int inId = second.indexOf("K-1") + 2;
        byte[] input = concat(
                utf8("[" + line("C-1") + ",\n" + second.substring(0, inId)),
                new byte[] {(byte) 0xFF},
                utf8(second.substring(inId) + "\n" + line("C-3") + "]"));
        List<CaseInput> all = readBytes(input);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(1).error().message()).startsWith("invalid UTF-8 at line 2, byte offset ");
        assertThat(all.get(2).error().message()).contains("expected ',' between array elements");
    }

    @Test
    void aLineThatIsNotUtf8AfterALineCutShortIsAnInputOfItsOwn() {
        String second = line("C-2");
        int at = second.indexOf("C-2");
        byte[] input = concat(
                utf8(line("C-1").substring(0, 30) + "\n" + second.substring(0, at)),
                new byte[] {(byte) 0xFF},
                utf8(second.substring(at) + "\n" + line("C-3") + "\n"));
        List<CaseInput> all = readBytes(input);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 1 ");
        assertThat(all.get(1).error().message()).startsWith("invalid UTF-8 at line 2, byte offset ");
        assertThat(all.get(2).caseId()).isEqualTo("C-3");
        assertThat(all.get(2).isValid()).isTrue();
    }

    @Test
    void invalidUtf8InAPrettyPrintedObjectIsOneError() {
        String pretty = TestJson.CONTRACT_CASE;
        int at = pretty.indexOf("The blender");
        byte[] input = concat(utf8(pretty.substring(0, at)), new byte[] {(byte) 0xFE}, utf8(pretty.substring(at)));
        List<CaseInput> all = readBytes(input);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).error().message())
                .isEqualTo("invalid UTF-8 at line 7, byte offset " + utf8(pretty.substring(0, at)).length
                        + " (byte 0xFE): the input must be UTF-8, and nothing is replaced");
    }

    // ---------------------------------------------------------------- dates

    @Test
    void receivedAtInTheYear999999999IsRejectedNamingTheField() {
        List<CaseInput> all = reader.readAll(TestJson.contractCase()
                .setString("complaint.receivedAt", "+999999999-01-01T00:00:00Z")
                .json());
        assertThat(all.get(0).error())
                .isEqualTo(new CaseError(
                        "C-1001",
                        ErrorCode.INVALID_INPUT,
                        "complaint.receivedAt",
                        "must be from 1970-01-01 to 2200-12-31, was \"+999999999-01-01T00:00:00Z\""));
    }

    @Test
    void datesOutside1970To2200AreRejectedNamingTheField() {
        assertField("complaint.receivedAt", "1969-12-31T23:59:59Z", "complaint.receivedAt");
        assertField("complaint.receivedAt", "2201-01-01T00:00:00Z", "complaint.receivedAt");
        assertField("complaint.incidentDate", "1969-12-31", "complaint.incidentDate");
        assertField("customer.customerSince", "1969-12-31", "customer.customerSince");
        assertField("customer.customerSince", "+10000-01-01", "customer.customerSince");
        // the edges are in
        assertThat(reader.readCase(TestJson.contractCase()
                                .setString("complaint.receivedAt", "2200-12-31T23:59:59.999999999Z")
                                .json())
                        .complaint()
                        .receivedAt())
                .isNotNull();
        assertThat(reader.readCase(TestJson.contractCase()
                                .setString("complaint.receivedAt", "1970-01-01T00:00:00Z")
                                .setString("customer.customerSince", "1970-01-01")
                                .setString("complaint.incidentDate", "1970-01-01")
                                .json())
                        .customer()
                        .customerSince())
                .isNotNull();
    }

    private void assertField(String path, String value, String field) {
        List<CaseInput> all =
                reader.readAll(TestJson.contractCase().setString(path, value).json());
        assertThat(all.get(0).error()).as(path + "=" + value).isNotNull();
        assertThat(all.get(0).error().field()).as(path + "=" + value).isEqualTo(field);
        assertThat(all.get(0).error().message()).startsWith("must be from 1970-01-01 to 2200-12-31, was ");
        assertThat(all.get(0).caseId()).isEqualTo("C-1001");
    }

    @Test
    void customerSinceAfterReceivedAtIsRejected() {
        List<CaseInput> all = reader.readAll(TestJson.contractCase()
                .setString("customer.customerSince", "2027-03-01")
                .json());
        assertThat(all.get(0).error())
                .isEqualTo(new CaseError(
                        "C-1001",
                        ErrorCode.INVALID_INPUT,
                        "customer.customerSince",
                        "must not be after complaint.receivedAt (2026-11-21 at UTC+14, the latest date anywhere),"
                                + " was \"2027-03-01\""));
        assertThat(reader.readAll(TestJson.contractCase()
                                .setString("customer.customerSince", "2026-11-20")
                                .json())
                        .get(0)
                        .isValid())
                .isTrue();
    }

    // ---------------------------------------------------------------- duplicate keys and long numbers

    @Test
    void aDuplicateKeyAnswersWithTheCaseIdWhenTheIdWasReadable() {
        String dup = TestJson.of(line("C-7"))
                .json()
                .replace("\"category\":\"BILLING\"", "\"category\":\"BILLING\"," + "\"category\":\"DELIVERY\"");
        List<CaseInput> all = reader.readAll(line("C-6") + "\n" + dup + "\n" + line("C-8"));
        assertThat(ids(all)).containsExactly("C-6", "C-7", "C-8");
        assertThat(all.get(1).error().field()).isEqualTo("complaint.category");
        assertThat(all.get(1).error().message()).startsWith("duplicate field \"category\" at line 2 column ");
    }

    @Test
    void aDuplicateIdAnswersWithNoCaseId() {
        String dup = line("C-7").replace("\"id\":\"C-7\"", "\"id\":\"C-7\",\"id\":\"C-9\"");
        List<CaseInput> all = reader.readAll(dup);
        assertThat(all.get(0).caseId()).isNull();
        assertThat(all.get(0).error().field()).isEqualTo("complaint.id");
    }

    @Test
    void aSixtyDigitNumberNamesItsField() {
        String sixty = "1" + "0".repeat(59);
        for (String path : List.of(
                "customer.complaintsLast12Months",
                "complaint.satisfactionScore",
                "conversation.contacts",
                "complaint.claimedLoss.amount")) {
            List<CaseInput> all =
                    reader.readAll(TestJson.contractCase().set(path, sixty).json());
            CaseError e = all.get(0).error();
            assertThat(e.field()).as(path).isEqualTo(path);
            assertThat(e.caseId()).as(path).isEqualTo("C-1001");
            assertThat(e.message())
                    .as(path)
                    .startsWith("exceeds an input limit at line 1 column ")
                    .endsWith(": Number value length (60) exceeds the maximum allowed (32)");
        }
        List<CaseInput> inSignals = reader.readAll(TestJson.contractCase()
                .set("complaint.signals", "[\"SHOUTING\", " + sixty + "]")
                .json());
        assertThat(inSignals.get(0).error().field()).isEqualTo("complaint.signals[1]");
    }

    @Test
    void everyFaultAboveInOneBatchGetsExactlyOneAnswerEach() {
        String[] lines = {
            line("C-1"),
            "{",
            TestJson.of(line("C-3"))
                    .setString("complaint.receivedAt", "+999999999-01-01T00:00:00Z")
                    .json(),
            TestJson.of(line("C-4"))
                    .setString("customer.customerSince", "2030-01-01")
                    .json(),
            line("C-5").replace("\"channel\":\"EMAIL\"", "\"channel\":\"EMAIL\",\"channel\":\"CHAT\""),
            TestJson.of(line("C-6"))
                    .set("customer.complaintsLast12Months", "1" + "0".repeat(59))
                    .json(),
            line("C-7")
        };
        List<CaseInput> all = readBytes(utf8(String.join("\n", lines)));
        assertThat(ids(all)).containsExactly("C-1", null, "C-3", "C-4", "C-5", "C-6", "C-7");
        assertThat(all).extracting(CaseInput::isValid).containsExactly(true, false, false, false, false, false, true);
        assertThat(all)
                .extracting(i -> i.isValid() ? "" : i.error().field())
                .containsExactly(
                        "",
                        null,
                        "complaint.receivedAt",
                        "customer.customerSince",
                        "complaint.channel",
                        "customer.complaintsLast12Months",
                        "");
        assertThat(Collections.frequency(all.stream().map(CaseInput::index).toList(), 0))
                .isEqualTo(1);
    }
}
