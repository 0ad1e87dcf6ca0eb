package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.Test;

class CorpusTest {
    private static final ComplaintAdvisor ADVISOR = DroolsComplaintAdvisor.builder()
            .rulesDirectory(Path.of(System.getProperty("complaint.data.dir"))
                    .getParent()
                    .resolve("rules/src/main/resources/org/complaintrules/policy"))
            .build();

    @Test
    void aWrittenCorpusIsTheGeneratorsSequenceAndIsAdvisedInOrderWithErrorsInTheirPlace() {
        CaseGenerator generator = CaseGenerator.builder().build();
        StringWriter out = new StringWriter();
        Corpus.write(generator, 42, 30, out);
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        List<String> expectedIds =
                generator.stream(42, 30).map(g -> g.complaintCase().id()).toList();
        assertThat(lines).hasSize(30);
        lines.add(3, "{\"complaint\": 1");

        List<String> ids = new ArrayList<>();
        long n = Corpus.advise(
                ADVISOR,
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                (in, result) ->
                        ids.add(result instanceof Advice a ? a.caseId() : "error:" + ((CaseError) result).code()));

        assertThat(n).isEqualTo(31);
        List<String> expected = new ArrayList<>(expectedIds);
        expected.add(3, "error:INVALID_INPUT");
        assertThat(ids).isEqualTo(expected);
    }
}
