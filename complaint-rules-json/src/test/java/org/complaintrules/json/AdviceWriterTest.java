package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.FiredRule;
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
    void policyCodesAndRuleNamesReadBackEqualBeyondTheQuotedSet() {
        // more distinct rule names than the writer keeps quoted (and more rules than it keeps written
        // whole), each needing escapes, each advice written twice: the second time takes the kept
        // forms where kept, the ordinary path elsewhere; the pretty form never takes a kept rule
        CaseReader reader = CaseReader.create();
        for (int batch = 0; batch < 6; batch++) {
            List<FiredRule> rules = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                int n = batch * 1_000 + i;
                rules.add(new FiredRule("R-" + n, "rule \"" + n + "\" \\ a\nb ж 投诉 \u0001"));
            }
            Advice advice = ContractExamples.section2Advice(rules);
            for (int pass = 0; pass < 2; pass++) {
                String json = writer.write(advice);
                assertThat(json).doesNotContain("\n").contains("\\u0001");
                assertThat(reader.readResult(json)).isEqualTo(advice);
            }
            assertThat(reader.readResult(writer.writePretty(advice))).isEqualTo(advice);
        }
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
