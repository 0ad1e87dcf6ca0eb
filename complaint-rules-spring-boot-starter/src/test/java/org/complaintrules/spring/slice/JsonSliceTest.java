package org.complaintrules.spring.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseReader;
import org.complaintrules.spring.TestPolicy;
import org.complaintrules.spring.jackson.InvalidCaseJsonException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

/** Spring Boot's own ObjectMapper, in the JSON slice, reads and writes the contract's JSON. */
@JsonTest
class JsonSliceTest {
    private static Advice advice;

    @Autowired
    ObjectMapper mapper;

    @BeforeAll
    static void advise() {
        advice = DroolsComplaintAdvisor.builder().build().advise(TestPolicy.blender("C-1001"));
    }

    @Test
    void adviceAndErrorsAreWrittenAsTheContractWriterWritesThem() throws Exception {
        AdviceWriter writer = AdviceWriter.create();
        CaseError error = new CaseError("C-2", ErrorCode.UNSUPPORTED, "complaint.claimedLoss.currency", "was USD");

        assertThat(mapper.writeValueAsString(advice)).isEqualTo(writer.write(advice));
        assertThat(mapper.writeValueAsString(error)).isEqualTo(writer.write(error));
        assertThat(mapper.writerFor(CaseResult.class).writeValueAsString(advice))
                .isEqualTo(writer.write(advice));
        assertThat(mapper.writeValueAsString(List.of(advice, error)))
                .isEqualTo("[" + writer.write(advice) + "," + writer.write(error) + "]");
        assertThat(mapper.writeValueAsString(TestPolicy.blender("C-1")))
                .isEqualTo(writer.writeCase(TestPolicy.blender("C-1")));
    }

    @Test
    void casesAndResultsAreReadAsTheContractReaderReadsThem() throws Exception {
        String json = TestPolicy.blenderJson("C-3", "EUR");
        assertThat(mapper.readValue(json, ComplaintCase.class))
                .isEqualTo(CaseReader.create().readCase(json));
        assertThat(mapper.readValue(AdviceWriter.create().write(advice), CaseResult.class))
                .isEqualTo(advice);
        List<CaseResult> both = mapper.readValue(
                "[" + AdviceWriter.create().write(advice) + ",{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\","
                        + "\"field\":null,\"message\":\"bad\"}}]",
                new TypeReference<List<CaseResult>>() {});
        assertThat(both.get(0)).isEqualTo(advice);
        assertThat(both.get(1)).isEqualTo(new CaseError(null, ErrorCode.INVALID_INPUT, null, "bad"));
    }

    @Test
    void anInvalidCaseFailsWithTheContractErrorIncludingTheCaseId() {
        String json = TestPolicy.blenderJson("C-4", "EUR").replace("\"EMAIL\"", "\"PIGEON\"");
        assertThatThrownBy(() -> mapper.readValue(json, ComplaintCase.class))
                .isInstanceOfSatisfying(InvalidCaseJsonException.class, e -> {
                    assertThat(e.error().caseId()).isEqualTo("C-4");
                    assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.error().field()).isEqualTo("complaint.channel");
                    assertThat(e.error().message()).contains("PIGEON");
                });
        assertThatThrownBy(
                        () -> mapper.readValue("[" + TestPolicy.blenderJson("C-5", "EUR") + "]", ComplaintCase.class))
                .isInstanceOfSatisfying(
                        InvalidCaseJsonException.class,
                        e -> assertThat(e.error().message()).startsWith("must be one JSON object"));
    }
}
