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

    private static TestJson advice05() {
        return TestJson.of(ContractExamples.resource("contract-section5-advice.json"));
    }

    @Test
    void adviceWithoutVulnerabilityIsAZeroPointOneAdviceWithNone() {
        assertThat(reader.readResult(advice05().remove("vulnerability").json()))
                .isEqualTo(ContractExamples.section5Advice().withVulnerability(null));
    }

    @Test
    void unknownVulnerabilityDriver() {
        assertInvalid(
                advice05().set("vulnerability.drivers", "[\"HEALTH\", \"AGE\"]").json(),
                "vulnerability.drivers[1]",
                "must be one of HEALTH, LIFE_EVENT, RESILIENCE, CAPABILITY, was \"AGE\"");
    }

    @Test
    void vulnerabilityDriversOutOfOrder() {
        assertInvalid(
                advice05()
                        .set("vulnerability.drivers", "[\"RESILIENCE\", \"HEALTH\"]")
                        .json(),
                "vulnerability.drivers[1]",
                "must be distinct and in the order HEALTH, LIFE_EVENT, RESILIENCE, CAPABILITY, was \"HEALTH\" after"
                        + " \"RESILIENCE\"");
    }

    @Test
    void vulnerabilityEvidenceWithAnotherSignal() {
        assertInvalid(
                advice05()
                        .set("vulnerability.evidence", "[{\"signal\":\"SHOUTING\",\"detail\":\"x\"}]")
                        .json(),
                "vulnerability.evidence[0].signal",
                "must be one of VULNERABILITY_HEALTH, VULNERABILITY_LIFE_EVENT, VULNERABILITY_RESILIENCE,"
                        + " VULNERABILITY_CAPABILITY, was \"SHOUTING\"");
    }

    @Test
    void vulnerabilityMissingItsEvidence() {
        assertInvalid(advice05().remove("vulnerability.evidence").json(), "vulnerability.evidence", "is required");
    }

    @Test
    void badRegulatoryLimit() {
        assertInvalid(
                advice05().setString("deadlines.regulatoryLimit", "2027-01-18").json(),
                "deadlines.regulatoryLimit",
                "must be an ISO-8601 instant such as \"2026-11-20T10:15:00Z\", was \"2027-01-18\"");
    }

    @Test
    void basisForAnUnknownDeadline() {
        assertInvalid(
                advice05()
                        .set(
                                "deadlines.basis",
                                "[{\"deadline\":\"closeBy\",\"ruleId\":\"R\",\"citation\":\"C\",\"rule\":\"x\"}]")
                        .json(),
                "deadlines.basis[0].deadline",
                "must be one of acknowledgeBy, respondBy, resolveBy, followUpAt, regulatoryLimit, was \"closeBy\"");
    }

    @Test
    void basisWithAnUnknownKey() {
        assertInvalid(
                advice05()
                        .set(
                                "deadlines.basis",
                                "[{\"deadline\":\"resolveBy\",\"ruleId\":\"R\",\"citation\":\"C\",\"rule\":\"x\","
                                        + "\"url\":\"u\"}]")
                        .json(),
                "deadlines.basis[0].url",
                "unknown field \"url\"");
    }

    @Test
    void basisForAnAbsentRegulatoryLimit() {
        assertInvalid(
                advice05()
                        .remove("deadlines.regulatoryLimit")
                        .set(
                                "deadlines.basis",
                                "[{\"deadline\":\"regulatoryLimit\",\"ruleId\":\"R\",\"citation\":\"C\","
                                        + "\"rule\":\"x\"}]")
                        .json(),
                "deadlines.basis[0].deadline",
                "refers to regulatoryLimit, which is absent, was \"regulatoryLimit\"");
    }

    @Test
    void referralWindowThatIsNoPeriod() {
        assertInvalid(
                advice05()
                        .setString("referral.windowAfterFinalResponse", "6 months")
                        .json(),
                "referral.windowAfterFinalResponse",
                "must be an ISO-8601 period such as \"P6M\", was \"6 months\"");
    }

    @Test
    void referralWithANegativeWindow() {
        assertInvalid(
                advice05()
                        .setString("referral.windowAfterFinalResponse", "P-6M")
                        .json(),
                "referral.windowAfterFinalResponse",
                "must not be negative, was \"P-6M\"");
    }

    @Test
    void referralWithoutTimeBarred() {
        assertInvalid(advice05().remove("referral.timeBarred").json(), "referral.timeBarred", "is required");
    }

    @Test
    void referralWithABlankBody() {
        assertInvalid(
                advice05().setString("referral.body", " ").json(), "referral.body", "must not be blank, was \" \"");
    }

    @Test
    void referralWithNullDatesIsRead() {
        assertThat(reader.readResult(advice05()
                        .set("referral.availableFrom", "null")
                        .set("referral.windowAfterFinalResponse", "null")
                        .json()))
                .isInstanceOfSatisfying(org.complaintrules.api.Advice.class, a -> {
                    assertThat(a.referral().availableFrom()).isNull();
                    assertThat(a.referral().windowAfterFinalResponse()).isNull();
                });
    }

    @Test
    void replyOfAnUnknownKind() {
        assertInvalid(
                advice05().setString("reply.kind", "POSTCARD").json(),
                "reply.kind",
                "must be one of RESPONSE, ACKNOWLEDGEMENT, HOLDING, FINAL_RESPONSE, was \"POSTCARD\"");
    }

    @Test
    void replyWithABadLanguage() {
        assertInvalid(
                advice05().setString("reply.language", "русский").json(),
                "reply.language",
                "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was \"русский\"");
    }

    @Test
    void replyWithoutBody() {
        assertInvalid(advice05().remove("reply.body").json(), "reply.body", "is required");
    }

    @Test
    void replyWithANonStringClause() {
        assertInvalid(advice05().set("reply.clauses", "[1]").json(), "reply.clauses[0]", "must be a string, was 1");
    }
}
