package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.json.TestJson.contractCase;
import static org.complaintrules.json.TestJson.ids;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An array written on one line whose element does not balance (a quote or a brace lost) costs
 * that element, not every element after it: reading resumes at the next element that can be read.
 */
class OneLineArrayResyncTest {
    private static final int SIZE = 2000;
    private static final int BROKEN = 11;

    private final CaseReader reader = CaseReader.create();

    private static String element(int i) {
        return contractCase()
                .setString("complaint.id", "C-" + i)
                .setString("complaint.text", "Parcel " + i + " came broken, {so} I [want] it replaced.")
                .json();
    }

    /** @return the array on one line, element {@code broken} changed by {@code fault} */
    private static String oneLine(int size, UnaryOperator<String> fault, int... broken) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String e = element(i);
            for (int b : broken) {
                if (b == i) {
                    e = fault.apply(e);
                }
            }
            elements.add(e);
        }
        return "[" + String.join(",", elements) + "]\n";
    }

    private List<List<CaseInput>> readBothWays(String text) {
        return List.of(
                reader.readAll(text), reader.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static final UnaryOperator<String> TEXT_QUOTE_LOST = e -> e.replace("replaced.\"", "replaced.");
    private static final UnaryOperator<String> CUT_IN_THE_TEXT = e -> e.substring(0, e.indexOf("came broken"));
    private static final UnaryOperator<String> LAST_BRACE_LOST = e -> e.substring(0, e.length() - 1);
    private static final UnaryOperator<String> INNER_BRACE_LOST =
            e -> e.replace("\"LEGAL_THREAT\"]},", "\"LEGAL_THREAT\"],");

    @Test
    void aBrokenElementOfAOneLineArrayCostsOnlyThatElement() {
        for (UnaryOperator<String> fault :
                List.of(TEXT_QUOTE_LOST, CUT_IN_THE_TEXT, LAST_BRACE_LOST, INNER_BRACE_LOST)) {
            String text = oneLine(SIZE, fault, BROKEN);
            for (List<CaseInput> all : readBothWays(text)) {
                assertThat(all).hasSize(SIZE);
                CaseInput bad = all.get(BROKEN);
                assertThat(bad.isValid()).isFalse();
                assertThat(bad.caseId()).isEqualTo("C-" + BROKEN);
                int column = text.indexOf("{\"complaint\":{\"id\":\"C-" + BROKEN + "\"") + 1;
                int resumes = text.indexOf("{\"complaint\":{\"id\":\"C-" + (BROKEN + 1) + "\"") + 1;
                assertThat(bad.error().message())
                        .startsWith("not valid JSON at line 1 column ")
                        .contains("array element " + BROKEN + " (from line 1 column " + column + ")")
                        .contains("reading resumes at the next element that can be read, at line 1 column " + resumes);
                List<CaseInput> others = new ArrayList<>(all);
                others.remove(BROKEN);
                assertThat(others).allMatch(CaseInput::isValid);
                assertThat(ids(all))
                        .containsExactlyElementsOf(
                                IntStream.range(0, SIZE).mapToObj(i -> "C-" + i).toList());
            }
        }
    }

    @Test
    void brokenElementsNextToEachOtherAreOneErrorAndTheRestIsRead() {
        String text = oneLine(50, LAST_BRACE_LOST, 3, 4, 20, 49);
        List<CaseInput> all = reader.readAll(text);
        // 3 and 4 are one error; 20 is one; 49, the last, runs to the array's end
        assertThat(all).hasSize(49);
        assertThat(all.get(3).isValid()).isFalse();
        assertThat(all.get(3).error().message()).contains("array element 3 ");
        assertThat(all.get(4).caseId()).isEqualTo("C-5");
        assertThat(all.get(19).isValid()).isFalse();
        assertThat(all.get(19).caseId()).isEqualTo("C-20");
        assertThat(all.get(48).isValid()).isFalse();
        assertThat(all.stream().filter(c -> !c.isValid())).hasSize(3);
    }

    @Test
    void theErrorNamesTheElementsIndexInItsOwnArray() {
        // two arrays one after the other, as cat of two files writes them
        String text = "[" + element(0) + "," + element(1) + "]\n" + oneLine(4, LAST_BRACE_LOST, 2);
        List<CaseInput> all = reader.readAll(text);
        assertThat(ids(all)).containsExactly("C-0", "C-1", "C-0", "C-1", "C-2", "C-3");
        assertThat(all.get(4).error().message()).contains("; array element 2 (from line 2 column ");
    }

    @Test
    void withoutAnElementToResumeAtTheRestIsOneErrorAsBefore() {
        // after the broken element only objects that hold no case: nothing to resume at
        String text = "[" + element(0) + "," + TEXT_QUOTE_LOST.apply(element(1)) + ",{\"a\":1},{\"b\":[{\"c\":2}]}]\n";
        List<CaseInput> all = reader.readAll(text);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).isValid()).isTrue();
        assertThat(all.get(1).isValid()).isFalse();
        assertThat(all.get(1).error().message()).doesNotContain("reading resumes");
    }
}
