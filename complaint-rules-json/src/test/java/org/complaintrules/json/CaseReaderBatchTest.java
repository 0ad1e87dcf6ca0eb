package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintrules.json.TestJson.ids;
import static org.complaintrules.json.TestJson.line;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InputLimits;
import org.junit.jupiter.api.Test;

/** readAll: one object, arrays, JSON Lines, and what happens to bad inputs among good ones. */
class CaseReaderBatchTest {
    private final CaseReader reader = CaseReader.create();

    @Test
    void jsonLinesWithAMalformedLineInTheMiddleAnswersEveryLineInOrder() {
        String input = line("C-1") + "\n"
                + TestJson.of(line("C-2"))
                        .set("complaint.satisfactionScore", "7")
                        .json() + "\n"
                + "{\"complaint\": {\"id\": \"C-3\",\n"
                + "\n"
                + line("C-4") + "\n"
                + "not json\n"
                + line("C-5");
        List<CaseInput> all = reader.readAll(input);

        assertThat(all).extracting(CaseInput::index).containsExactly(0, 1, 2, 3, 4, 5);
        // the broken line 3 read its id before it broke off
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3", "C-4", null, "C-5");
        assertThat(all).extracting(CaseInput::isValid).containsExactly(true, false, false, true, false, true);
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2", ErrorCode.INVALID_INPUT, "complaint.satisfactionScore", "must be 1..5, was 7"));
        assertThat(all.get(2).error())
                .isEqualTo(new CaseError(
                        "C-3",
                        ErrorCode.INVALID_INPUT,
                        null,
                        "not valid JSON at line 3 column 28: Unexpected end-of-input within/between Object entries"));
        assertThat(all.get(4).error())
                .isEqualTo(new CaseError(
                        null,
                        ErrorCode.INVALID_INPUT,
                        null,
                        "not valid JSON at line 6 column 4: Unrecognized token 'not': was expecting (JSON String, Number, "
                                + "Array, Object or token 'null', 'true' or 'false')"));
    }

    @Test
    void firstLineValidSecondMalformedIsJsonLinesNotOneBrokenDocument() {
        List<CaseInput> all = reader.readAll(line("C-1") + "\n{\"complaint\": }\n");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(0).caseId()).isEqualTo("C-1");
        assertThat(all.get(1).error().message()).startsWith("not valid JSON at line 2 column 15: ");
    }

    @Test
    void firstLineMalformedThenValidLinesIsJsonLines() {
        List<CaseInput> all = reader.readAll("{\"complaint\": {\"id\": \"C-0\"\n" + line("C-1") + "\n" + line("C-2"));
        assertThat(ids(all)).containsExactly("C-0", "C-1", "C-2");
        assertThat(all.get(0).isValid()).isFalse();
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 1 ");
    }

    @Test
    void jsonLinesWhereEveryLineIsBrokenStillAnswersEachLine() {
        List<CaseInput> all = reader.readAll("{\"a\": 1,}\n{\"b\": 2,}\n");
        assertThat(all).hasSize(2);
        assertThat(all).allSatisfy(in -> assertThat(in.error().message()).startsWith("not valid JSON at line "));
    }

    @Test
    void jsonLinesWithCrLfLineEndings() {
        List<CaseInput> all = reader.readAll(line("C-1") + "\r\n" + line("C-2") + "\r\n");
        assertThat(ids(all)).containsExactly("C-1", "C-2");
        assertThat(all).allMatch(CaseInput::isValid);
    }

    @Test
    void prettyPrintedSingleObjectIsOneCase() {
        List<CaseInput> all = reader.readAll(TestJson.CONTRACT_CASE);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(0).complaintCase().complaint().receivedAt())
                .isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    }

    @Test
    void prettyPrintedMalformedObjectIsOneError() {
        String broken = TestJson.CONTRACT_CASE.replace("\"channel\": \"EMAIL\",", "\"channel\": \"EMAIL\"");
        List<CaseInput> all = reader.readAll(broken);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).caseId()).isEqualTo("C-1001"); // read before the fault
        assertThat(all.get(0).error().field()).isNull();
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 6 column 5: Unexpected character");
    }

    @Test
    void prettyPrintedObjectWithABadValueKeepsItsCaseId() {
        String bad = TestJson.CONTRACT_CASE.replace("\"satisfactionScore\": 2", "\"satisfactionScore\": 6");
        List<CaseInput> all = reader.readAll(bad);
        assertThat(all)
                .containsExactly(CaseInput.failed(
                        0,
                        new CaseError(
                                "C-1001",
                                ErrorCode.INVALID_INPUT,
                                "complaint.satisfactionScore",
                                "must be 1..5, was 6")));
    }

    @Test
    void arrayElementsAreReadSeparately() {
        String input = "[\n  " + line("C-1") + ",\n  "
                + TestJson.of(line("C-2"))
                        .set("complaint.claimedLoss", "{\"amount\":\"-5\",\"currency\":\"EUR\"}")
                        .json()
                + ",\n  42,\n  \"C-9\",\n  [1, 2],\n  " + line("C-3") + "\n]\n";
        List<CaseInput> all = reader.readAll(input);

        assertThat(all).extracting(CaseInput::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(ids(all)).containsExactly("C-1", "C-2", null, null, null, "C-3");
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2", ErrorCode.INVALID_INPUT, "complaint.claimedLoss.amount", "must be >= 0, was -5"));
        assertThat(all.get(2).error().message()).isEqualTo("must be a JSON object, was 42");
        assertThat(all.get(3).error().message()).isEqualTo("must be a JSON object, was \"C-9\"");
        assertThat(all.get(4).error().message()).isEqualTo("must be a JSON object, was an array");
        assertThat(all.get(5).isValid()).isTrue();
    }

    @Test
    void aDuplicateKeyInOneArrayElementFailsThatElementOnly() {
        String dup = "{\"complaint\":{\"id\":\"C-2\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                + "\"channel\":\"CHAT\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\"}}";
        List<CaseInput> all = reader.readAll("[" + line("C-1") + ",\n   " + dup + "]");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).isValid()).isTrue();
        // column is counted in the whole input: the element starts at line 2 column 4; the id was readable
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2",
                        ErrorCode.INVALID_INPUT,
                        "complaint.channel",
                        "duplicate field \"channel\" at line 2 column "
                                + (3 + dup.indexOf("\"channel\":\"CHAT\"") + 10)));
    }

    @Test
    void aTooDeepArrayElementFailsThatElementOnly() {
        String deep = TestJson.of(line("C-2"))
                .set("complaint.text", "[".repeat(40) + "]".repeat(40))
                .json();
        List<CaseInput> all = reader.readAll("[" + line("C-1") + "," + deep + "]");
        assertThat(all).extracting(CaseInput::isValid).containsExactly(true, false);
        assertThat(all.get(1).error().message()).startsWith("exceeds an input limit at line 1 column ");
    }

    @Test
    void anArrayCutShortAnswersItsElementsThenOneErrorForTheCut() {
        String input = "[" + line("C-1") + ", " + line("C-2") + ",";
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", "C-2", null);
        assertThat(all.get(2).error())
                .isEqualTo(new CaseError(
                        null,
                        ErrorCode.INVALID_INPUT,
                        null,
                        "not valid JSON at line 1 column " + (input.length() + 1) + ": the array is not closed"));
    }

    @Test
    void anArrayElementCutShortIsAnsweredWithItsId() {
        String input = "[" + line("C-1") + ", " + line("C-2").substring(0, 30);
        List<CaseInput> all = reader.readAll(input);
        assertThat(ids(all)).containsExactly("C-1", "C-2");
        assertThat(all.get(1).error().message()).endsWith(": the array is not closed");
    }

    @Test
    void emptyArrayElementsAreErrorsNotSkipped() {
        List<CaseInput> all = reader.readAll("[" + line("C-1") + ",," + line("C-2") + ",]");
        assertThat(ids(all)).containsExactly("C-1", null, "C-2", null);
        assertThat(all.get(1).error().message()).endsWith(": expected a value, found ','");
        assertThat(all.get(3).error().message()).endsWith(": expected a value after ',', found ']'");
    }

    @Test
    void jsonLinesAfterTheArrayAreReadToo() {
        List<CaseInput> all = reader.readAll("[" + line("C-1") + "]\n" + line("C-2") + "\n" + line("C-3"));
        assertThat(all).extracting(CaseInput::caseId).containsExactly("C-1", "C-2", "C-3");
        assertThat(all).allMatch(CaseInput::isValid);
    }

    @Test
    void otherContentAfterTheArrayIsOneError() {
        List<CaseInput> all = reader.readAll("[" + line("C-1") + "]\nnope\n" + line("C-3"));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).caseId()).isEqualTo("C-1");
        assertThat(all.get(1).error().message())
                .isEqualTo("not valid JSON at line 2 column 1: unexpected content after the end of the array");
    }

    @Test
    void anArrayLongerThanTheDocumentLimitIsStreamedElementByElement() {
        StringBuilder sb = new StringBuilder("[");
        int n = 0;
        while (sb.length() <= 3 * InputLimits.MAX_DOCUMENT_LENGTH) {
            sb.append(line("C-" + n++)).append(',');
        }
        sb.append(line("C-last")).append(']');
        List<CaseInput> all = reader.readAll(sb.toString());
        assertThat(all).hasSize(n + 1).allMatch(CaseInput::isValid);
        assertThat(all.get(n).caseId()).isEqualTo("C-last");
    }

    @Test
    void anArrayElementOverTheLimitIsOneErrorAndTheArrayGoesOn() {
        String huge = TestJson.of(line("C-2"))
                .setString("complaint.text", "x".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        List<CaseInput> all = reader.readAll("[\n" + line("C-1") + ",\n" + huge + ",\n" + line("C-3") + "]");
        // regression: the id, readable in the element's head, was not given, nor the field that made it too long
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2",
                        ErrorCode.INVALID_INPUT,
                        "complaint.text",
                        "must be at most 100000 characters, was 400000 characters"));
    }

    @Test
    void emptyInputsGiveNoCases() {
        assertThat(reader.readAll("")).isEmpty();
        assertThat(reader.readAll(" \n\t\r\n")).isEmpty();
        assertThat(reader.readAll("[]")).isEmpty();
        assertThat(reader.readAll(" [ ] ")).isEmpty();
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(reader.readAll("\uFEFF" + line("C-1")))
                .extracting(CaseInput::isValid)
                .containsExactly(true);
        assertThat(reader.readCase("\uFEFF" + line("C-1")).id()).isEqualTo("C-1");
    }

    @Test
    void longJsonLinesInputIsReadLineByLine() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() <= 2 * InputLimits.MAX_DOCUMENT_LENGTH) {
            sb.append(line("C-" + n++)).append('\n');
        }
        List<CaseInput> all = reader.readAll(new StringReader(sb.toString()));
        assertThat(all).hasSize(n).allMatch(CaseInput::isValid);
        assertThat(all.get(n - 1).caseId()).isEqualTo("C-" + (n - 1));
    }

    @Test
    void anOverlongLineIsAnsweredWithoutStoppingTheBatch() {
        String huge = TestJson.of(line("C-2"))
                .setString("complaint.text", "x".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        List<CaseInput> all = reader.readAll(line("C-1") + "\n" + huge + "\n" + line("C-3") + "\n");
        // the id is read from the line's head, so the answer names its case; and the text, longer than its own
        // limit, is answered as a text of 100,001 characters is (regression: no field, the line's limit)
        assertThat(ids(all)).containsExactly("C-1", "C-2", "C-3");
        assertThat(all.get(1).error())
                .isEqualTo(new CaseError(
                        "C-2",
                        ErrorCode.INVALID_INPUT,
                        "complaint.text",
                        "must be at most 100000 characters, was 400000 characters"));
    }

    @Test
    void anOverlongCaseNamesTheFieldThatMadeItTooLongWhenItCanTell() {
        String emoji = "\uD83D\uDE00";
        String base = line("C-2");
        // the text in code points, as its limit counts them, past the limit
        String wide = TestJson.of(base)
                .setString("complaint.text", emoji.repeat(InputLimits.MAX_TEXT_LENGTH + 100_001))
                .json();
        // a text within its own limit, written long (each character as two escapes): the line's limit, naming it
        String escaped = TestJson.of(base)
                .setString("complaint.text", "TEXT")
                .json()
                .replace("TEXT", "\\ud83d\\ude00".repeat(40_000));
        // the first field past its own limit counts, even when another one is longer
        String both = TestJson.of(base)
                .setString("complaint.text", "t".repeat(150_000))
                .setString("customer.id", "k".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        String longId = TestJson.of(base)
                .setString("complaint.id", "c".repeat(InputLimits.MAX_DOCUMENT_LENGTH))
                .json();
        // many short strings: no one field made it too long
        String many = TestJson.of(base)
                .set("complaint.signals", "[" + "\"SHOUTING\",".repeat(40_000) + "\"SHOUTING\"]")
                .json();
        List<String> cases = List.of(wide, escaped, both, longId, many);
        String lines = String.join("\n", cases) + "\n" + line("C-3") + "\n";
        String array = "[" + String.join(",\n", cases) + ",\n" + line("C-3") + "]";
        for (boolean asLines : new boolean[] {true, false}) {
            List<CaseInput> all = reader.readAll(asLines ? lines : array);
            String what = asLines ? "line " : "array element at line ";
            assertThat(ids(all)).containsExactly("C-2", "C-2", "C-2", null, "C-2", "C-3");
            assertThat(all.get(0).error().field()).isEqualTo("complaint.text");
            assertThat(all.get(0).error().message())
                    .isEqualTo("must be at most 100000 characters, was 200001 characters");
            assertThat(all.get(1).error().field()).isEqualTo("complaint.text");
            assertThat(all.get(1).error().message())
                    .startsWith(what + "2")
                    .endsWith(" must be at most 400000 characters, was " + escaped.length()
                            + " characters; this field's value alone is 480000 characters as written");
            assertThat(all.get(2).error().field()).isEqualTo("complaint.text");
            assertThat(all.get(2).error().message())
                    .isEqualTo("must be at most 100000 characters, was 150000 characters");
            assertThat(all.get(3).error().field()).isEqualTo("complaint.id");
            assertThat(all.get(3).error().message()).isEqualTo("must be 1..128 characters, was 400000 characters");
            assertThat(all.get(4).error().field()).isNull();
            assertThat(all.get(4).error().message())
                    .startsWith(what + "5")
                    .endsWith(" must be at most 400000 characters, was " + many.length() + " characters");
            assertThat(all.get(5).isValid()).isTrue();
        }
    }

    @Test
    void anOverlongLineWhoseIdComesAfterTheLimitHasNoCaseId() {
        String late = "{\"customer\":{\"id\":\"K-1\",\"notes\":\"" + "y".repeat(InputLimits.MAX_DOCUMENT_LENGTH)
                + "\"},\"complaint\":{\"id\":\"C-9\"}}";
        List<CaseInput> all = reader.readAll(late + "\n" + line("C-3") + "\n");
        assertThat(ids(all)).containsExactly(null, "C-3");
        assertThat(all.get(0).error().message()).startsWith("line 1 must be at most 400000 characters");
    }

    @Test
    void aPrettyPrintedDocumentOverTheLimitIsOneError() {
        String big = TestJson.contractCase()
                .setString("complaint.text", "x".repeat(InputLimits.MAX_TEXT_LENGTH))
                .json();
        StringBuilder sb = new StringBuilder("{\n  \"complaint\": {\n    \"notes\": [\n");
        while (sb.length() <= InputLimits.MAX_DOCUMENT_LENGTH) {
            sb.append("      \"").append("y".repeat(1000)).append("\",\n");
        }
        sb.append("    ]},\n").append(big.substring(1));
        List<CaseInput> all = reader.readAll(sb.toString());
        assertThat(all)
                .containsExactly(CaseInput.failed(
                        0,
                        new CaseError(
                                null,
                                ErrorCode.INVALID_INPUT,
                                null,
                                "document must be at most 400000 characters, was longer; send large batches as JSON Lines, "
                                        + "one case per line")));
    }

    @Test
    void aLargeJsonLinesInputWithABrokenFirstLineIsStillReadLineByLine() {
        StringBuilder sb = new StringBuilder("{\"complaint\": {\"id\": \"C-0\"\n");
        int n = 0;
        while (sb.length() <= InputLimits.MAX_DOCUMENT_LENGTH) {
            sb.append(line("C-" + ++n)).append('\n');
        }
        List<CaseInput> all = reader.readAll(sb.toString());
        assertThat(all).hasSize(n + 1);
        assertThat(all.get(0).error().message()).startsWith("not valid JSON at line 1 column ");
        assertThat(all.subList(1, n + 1)).allMatch(CaseInput::isValid);
    }

    @Test
    void aFailingReaderIsTheOnlyThingThatThrows() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> reader.readAll(failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk gone");
    }

    @Test
    void garbageNeverThrows() {
        List<String> garbage = List.of(
                "}",
                "{",
                "[",
                "]]",
                "\"",
                "nul",
                "{\"complaint\":",
                "[{]",
                "{}{}",
                "\u0000",
                "{\"complaint\":{\"id\":\"\uD800\"}}",
                "1e999999999",
                "-",
                "[1e400]",
                "{\"a\":" + "[".repeat(5000));
        for (String g : garbage) {
            List<CaseInput> all = reader.readAll(g);
            assertThat(all).as(g).isNotEmpty().allSatisfy(in -> {
                assertThat(in.error()).isNotNull();
                assertThat(in.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
            });
        }
    }
}
