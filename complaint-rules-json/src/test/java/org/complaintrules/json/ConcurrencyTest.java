package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One reader and one writer serve many threads. */
class ConcurrencyTest {
    @Test
    void sharedReaderAndWriterGiveTheSameAnswersOnEveryThread() {
        CaseReader reader = CaseReader.create();
        AdviceWriter writer = AdviceWriter.create();
        String input = TestJson.MINIMAL_CASE + "\n"
                + TestJson.contractCase().set("colour", "1").json() + "\n";
        List<CaseInput> expected = reader.readAll(input);
        String expectedAdvice = writer.write(ContractExamples.section2Advice());

        List<Boolean> same = IntStream.range(0, 2_000)
                .parallel()
                .mapToObj(i -> reader.readAll(input).equals(expected)
                        && writer.write(ContractExamples.section2Advice()).equals(expectedAdvice))
                .toList();
        assertThat(same).containsOnly(true);
    }
}
