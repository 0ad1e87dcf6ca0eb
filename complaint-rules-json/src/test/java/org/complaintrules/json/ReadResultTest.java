package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintrules.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** readResult is as strict as readCase and names the full path. */
class ReadResultTest {
    private final CaseReader reader = CaseReader.create();

    private void assertInvalid(String json, String field, String message) {
        assertThatThrownBy(() -> reader.readResult(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.detail()).isEqualTo(message);
        });
    }

    private static TestJson advice() {
        return TestJson.of(ContractExamples.resource("contract-section2-advice.json"));
    }

    @Test
    void unknownAdviceKey() {
        assertInvalid(advice().set("score", "3").json(), "score", "unknown field \"score\"");
    }

    @Test
    void missingAdviceKey() {
        assertInvalid(advice().remove("warnings").json(), "warnings", "is required");
    }

    @Test
    void badNestedEnum() {
        assertInvalid(
                advice().set(
                                "compensation.approvals",
                                "[{\"upTo\":{\"amount\":\"5\",\"currency\":\"EUR\"}," + "\"role\":\"CEO\"}]")
                        .json(),
                "compensation.approvals[0].role",
                "must be one of AGENT, SUPERVISOR, MANAGER, EXECUTIVE, was \"CEO\"");
    }

    @Test
    void moneyAsNumberInAdvice() {
        assertInvalid(
                advice().set("compensation.maxAmount.amount", "89.99").json(),
                "compensation.maxAmount.amount",
                "must be a decimal in a JSON string such as \"89.99\" (quote it: JSON numbers are not accepted for"
                        + " money), was 89.99");
    }

    @Test
    void badDeadline() {
        assertInvalid(
                advice().setString("deadlines.resolveBy", "soon").json(),
                "deadlines.resolveBy",
                "must be an ISO-8601 instant such as \"2026-11-20T10:15:00Z\", was \"soon\"");
    }

    @Test
    void nonStringInAStringList() {
        assertInvalid(advice().set("tags", "[\"A\", 1]").json(), "tags[1]", "must be a string, was 1");
    }

    @Test
    void unknownKeyInErrorObject() {
        assertInvalid(
                "{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"x\",\"hint\":\"y\"}}",
                "error.hint",
                "unknown field \"hint\"");
    }

    @Test
    void badErrorCode() {
        assertInvalid(
                "{\"caseId\":\"C-1\",\"error\":{\"code\":\"OOPS\",\"message\":\"x\"}}",
                "error.code",
                "must be one of INVALID_INPUT, UNSUPPORTED, RULES_FAILED, was \"OOPS\"");
    }
}
