package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Details of the written form that the golden test does not pin. */
class AdviceWriterTest {
    private final AdviceWriter writer = AdviceWriter.create();

    @Test
    void prettyFormIsIndentedWithTwoSpacesAndKeepsKeyOrder() {
        String pretty = writer.writePretty(ContractExamples.section3Error());
        assertThat(pretty).isEqualTo("""
                {
                  "caseId": "C-1002",
                  "error": {
                    "code": "INVALID_INPUT",
                    "field": "complaint.claimedLoss.amount",
                    "message": "must be >= 0, was -5"
                  }
                }""");
    }

    @Test
    void prettyAdviceStartsWithTheCaseId() {
        assertThat(writer.writePretty(ContractExamples.section2Advice()))
                .startsWith("{\n  \"caseId\": \"C-1001\",\n  \"ruleSet\": {\n    \"name\": \"default-policy\",");
    }

    @Test
    void lineBreaksInMessagesAreEscapedSoOutputStaysOneLine() {
        String json = writer.write(new CaseError("C-1", ErrorCode.RULES_FAILED, null, "rule threw:\nboom"));
        assertThat(json).doesNotContain("\n").contains("rule threw:\\nboom");
    }

    @Test
    void nonAsciiTextIsWrittenAsIs() {
        String json = writer.write(new CaseError("C-ж", ErrorCode.INVALID_INPUT, null, "我要投诉"));
        assertThat(json).contains("\"C-ж\"").contains("我要投诉");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> writer.write(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("result");
        assertThatThrownBy(() -> writer.writeCase(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("complaintCase");
    }
}
