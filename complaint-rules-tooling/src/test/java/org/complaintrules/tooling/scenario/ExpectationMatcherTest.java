package org.complaintrules.tooling.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.Team;
import org.junit.jupiter.api.Test;

/** Each expectation kind passes when the advice matches and fails with a readable message when it does not. */
class ExpectationMatcherTest {
    static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z"); // a Friday
    static final ScenarioLoader LOADER = ScenarioLoader.create();

    static Advice advice() {
        return new Advice(
                "C-1",
                new RuleSetInfo("p", "1", "sha256:x"),
                ComplainantType.AGGRESSIVE,
                List.of(ComplainantType.AGGRESSIVE, ComplainantType.HIGH_ROLLER),
                List.of(),
                Priority.HIGH,
                new Strategy(
                        List.of("LISTEN_FULLY", "ASK_WHAT_ELSE"),
                        List.of("LEAD_WITH_APOLOGY"),
                        List.of("ACKNOWLEDGE", "OFFER_SOLUTION", "APOLOGIZE")),
                new Compensation(
                        Money.of("89.99", "EUR"),
                        List.of(CompensationForm.REFUND, CompensationForm.REPLACEMENT),
                        List.of(
                                new Approval(Money.of("50.00", "EUR"), ApprovalRole.AGENT),
                                new Approval(Money.of("89.99", "EUR"), ApprovalRole.SUPERVISOR))),
                new Escalation(EscalationLevel.SUPERVISOR, List.of(Team.LEGAL), List.of("LEGAL_THREAT")),
                new Deadlines(
                        RECEIVED.plusSeconds(3600),
                        RECEIVED.plusSeconds(24 * 3600),
                        RECEIVED.plusSeconds(14 * 86400),
                        RECEIVED.plusSeconds(21 * 86400)),
                List.of("SATISFACTION_SURVEY"),
                List.of("PRODUCT_QUALITY", "LEGAL_THREAT"),
                List.of(new FiredRule("ESC-LEGAL-1", "A legal threat goes to legal")),
                List.of());
    }

    /** Parses an {@code expect} object with the real loader, so the JSON keys are tested too. */
    static List<Mismatch> check(String expectJson) {
        String scenario =
                "{\"name\":\"n\",\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                        + "\"channel\":\"EMAIL\",\"category\":\"OTHER\"},\"customer\":{\"id\":\"K-1\"}},\"expect\":"
                        + expectJson + "}";
        Expectation e = LOADER.parse(scenario, null).expectation();
        return ExpectationMatcher.match(e, advice(), RECEIVED);
    }

    static void passes(String expectJson) {
        assertThat(check(expectJson)).as(expectJson).isEmpty();
    }

    static void failsWith(String expectJson, String message) {
        List<Mismatch> m = check(expectJson);
        assertThat(m).as(expectJson).hasSize(1);
        assertThat(m.get(0).render()).isEqualTo(message);
    }

    @Test
    void anEmptyExpectationChecksNothing() {
        passes("{}");
    }

    @Test
    void complainantType() {
        passes("{\"complainantType\":\"AGGRESSIVE\"}");
        failsWith("{\"complainantType\":\"PASSIVE\"}", "complainantType: expected PASSIVE, was AGGRESSIVE");
    }

    @Test
    void traitsExactInAnyOrderIncludeAndExclude() {
        passes(
                "{\"traits\":[\"HIGH_ROLLER\",\"AGGRESSIVE\"],\"traitsInclude\":[\"HIGH_ROLLER\"],\"traitsExclude\":[\"RIP_OFF\"]}");
        failsWith(
                "{\"traits\":[\"AGGRESSIVE\",\"RIP_OFF\"]}",
                "traits: expected exactly [AGGRESSIVE, RIP_OFF], was [AGGRESSIVE, HIGH_ROLLER] (missing [RIP_OFF], unexpected [HIGH_ROLLER])");
        failsWith(
                "{\"traitsInclude\":[\"CHRONIC\"]}",
                "traitsInclude: expected to include [CHRONIC], was [AGGRESSIVE, HIGH_ROLLER] (missing [CHRONIC])");
        failsWith(
                "{\"traitsExclude\":[\"HIGH_ROLLER\"]}",
                "traitsExclude: expected none of [HIGH_ROLLER], was [AGGRESSIVE, HIGH_ROLLER] (unwanted [HIGH_ROLLER])");
    }

    @Test
    void priority() {
        passes("{\"priority\":\"HIGH\"}");
        failsWith("{\"priority\":\"URGENT\"}", "priority: expected URGENT, was HIGH");
    }

    @Test
    void doAndAvoid() {
        passes(
                "{\"do\":[\"ASK_WHAT_ELSE\"],\"doExclude\":[\"LEAD_WITH_APOLOGY\"],\"avoid\":[\"LEAD_WITH_APOLOGY\"],\"avoidExclude\":[\"ASK_WHAT_ELSE\"]}");
        failsWith(
                "{\"do\":[\"CITE_PRECEDENT\"]}",
                "do: expected to include [CITE_PRECEDENT], was [LISTEN_FULLY, ASK_WHAT_ELSE] (missing [CITE_PRECEDENT])");
        failsWith(
                "{\"doExclude\":[\"LISTEN_FULLY\"]}",
                "doExclude: expected none of [LISTEN_FULLY], was [LISTEN_FULLY, ASK_WHAT_ELSE] (unwanted [LISTEN_FULLY])");
        failsWith(
                "{\"avoid\":[\"LOSE_TEMPER\"]}",
                "avoid: expected to include [LOSE_TEMPER], was [LEAD_WITH_APOLOGY] (missing [LOSE_TEMPER])");
        failsWith(
                "{\"avoidExclude\":[\"LEAD_WITH_APOLOGY\"]}",
                "avoidExclude: expected none of [LEAD_WITH_APOLOGY], was [LEAD_WITH_APOLOGY] (unwanted [LEAD_WITH_APOLOGY])");
    }

    @Test
    void responseStepsInExactOrder() {
        passes("{\"responseSteps\":[\"ACKNOWLEDGE\",\"OFFER_SOLUTION\",\"APOLOGIZE\"]}");
        failsWith(
                "{\"responseSteps\":[\"ACKNOWLEDGE\",\"APOLOGIZE\",\"OFFER_SOLUTION\"]}",
                "responseSteps: expected [ACKNOWLEDGE, APOLOGIZE, OFFER_SOLUTION], was [ACKNOWLEDGE, OFFER_SOLUTION, APOLOGIZE]");
    }

    @Test
    void compensationAmountsComparedAsNumbers() {
        passes(
                "{\"compensation\":{\"maxAmount\":\"89.990\",\"maxAmountAtMost\":\"100\",\"maxAmountAtLeast\":\"89.99\"}}");
        failsWith(
                "{\"compensation\":{\"maxAmount\":\"90.00\"}}",
                "compensation.maxAmount: expected 90.00 EUR, was 89.99 EUR");
        failsWith(
                "{\"compensation\":{\"maxAmountAtMost\":\"50.00\"}}",
                "compensation.maxAmountAtMost: expected at most 50.00 EUR, was 89.99 EUR");
        failsWith(
                "{\"compensation\":{\"maxAmountAtLeast\":\"100\"}}",
                "compensation.maxAmountAtLeast: expected at least 100 EUR, was 89.99 EUR");
    }

    @Test
    void compensationFormsAndTopApprover() {
        passes(
                "{\"compensation\":{\"forms\":[\"REPLACEMENT\",\"REFUND\"],\"formsInclude\":[\"REFUND\"],\"formsExclude\":[\"VOUCHER\"],"
                        + "\"topApprover\":\"SUPERVISOR\"}}");
        failsWith(
                "{\"compensation\":{\"forms\":[\"REFUND\"]}}",
                "compensation.forms: expected exactly [REFUND], was [REFUND, REPLACEMENT] (unexpected [REPLACEMENT])");
        failsWith(
                "{\"compensation\":{\"formsInclude\":[\"VOUCHER\"]}}",
                "compensation.formsInclude: expected to include [VOUCHER], was [REFUND, REPLACEMENT] (missing [VOUCHER])");
        failsWith(
                "{\"compensation\":{\"formsExclude\":[\"REFUND\"]}}",
                "compensation.formsExclude: expected none of [REFUND], was [REFUND, REPLACEMENT] (unwanted [REFUND])");
        failsWith(
                "{\"compensation\":{\"topApprover\":\"AGENT\"}}",
                "compensation.topApprover: expected AGENT, was SUPERVISOR (ladder [AGENT up to 50.00 EUR, SUPERVISOR up to 89.99 EUR])");
    }

    @Test
    void escalation() {
        passes(
                "{\"escalation\":{\"level\":\"SUPERVISOR\",\"levelAtLeast\":\"SUPERVISOR\",\"levelAtMost\":\"MANAGER\",\"teams\":[\"LEGAL\"],"
                        + "\"teamsInclude\":[\"LEGAL\"],\"teamsExclude\":[\"SAFETY\"],\"reasonsInclude\":[\"LEGAL_THREAT\"],\"reasonsExclude\":[\"X\"]}}");
        failsWith("{\"escalation\":{\"level\":\"NONE\"}}", "escalation.level: expected NONE, was SUPERVISOR");
        failsWith(
                "{\"escalation\":{\"levelAtLeast\":\"MANAGER\"}}",
                "escalation.levelAtLeast: expected at least MANAGER, was SUPERVISOR");
        failsWith(
                "{\"escalation\":{\"levelAtMost\":\"NONE\"}}",
                "escalation.levelAtMost: expected at most NONE, was SUPERVISOR");
        failsWith(
                "{\"escalation\":{\"teams\":[]}}",
                "escalation.teams: expected exactly [], was [LEGAL] (unexpected [LEGAL])");
        failsWith(
                "{\"escalation\":{\"teamsInclude\":[\"SAFETY\"]}}",
                "escalation.teamsInclude: expected to include [SAFETY], was [LEGAL] (missing [SAFETY])");
        failsWith(
                "{\"escalation\":{\"teamsExclude\":[\"LEGAL\"]}}",
                "escalation.teamsExclude: expected none of [LEGAL], was [LEGAL] (unwanted [LEGAL])");
        failsWith(
                "{\"escalation\":{\"reasonsInclude\":[\"SAFETY_RISK\"]}}",
                "escalation.reasonsInclude: expected to include [SAFETY_RISK], was [LEGAL_THREAT] (missing [SAFETY_RISK])");
        failsWith(
                "{\"escalation\":{\"reasonsExclude\":[\"LEGAL_THREAT\"]}}",
                "escalation.reasonsExclude: expected none of [LEGAL_THREAT], was [LEGAL_THREAT] (unwanted [LEGAL_THREAT])");
    }

    @Test
    void deadlinesWithinMeansAtMostThatLongAfterReceipt() {
        passes(
                "{\"deadlines\":{\"acknowledgeWithin\":\"1h\",\"respondWithin\":\"24h\",\"resolveWithin\":\"2w\",\"followUpWithin\":\"21d\"}}");
        passes("{\"deadlines\":{\"acknowledgeWithin\":\"90m\",\"resolveWithin\":\"10bd\"}}");
        failsWith(
                "{\"deadlines\":{\"respondWithin\":\"4h\"}}",
                "deadlines.respondWithin: expected at most 4h after receipt (by 2026-11-20T14:15:00Z), was 2026-11-21T10:15:00Z (1d after receipt)");
        failsWith(
                "{\"deadlines\":{\"resolveWithin\":\"9bd\"}}",
                "deadlines.resolveWithin: expected at most 9bd after receipt (by 2026-12-03T23:59:59Z), was 2026-12-04T10:15:00Z (14d after receipt)");
    }

    @Test
    void deadlinesExactInstants() {
        passes("{\"deadlines\":{\"acknowledgeBy\":\"2026-11-20T11:15:00Z\",\"respondBy\":\"2026-11-21T10:15:00Z\","
                + "\"resolveBy\":\"2026-12-04T10:15:00Z\",\"followUpAt\":\"2026-12-11T10:15:00Z\"}}");
        failsWith(
                "{\"deadlines\":{\"acknowledgeBy\":\"2026-11-20T10:45:00Z\"}}",
                "deadlines.acknowledgeBy: expected 2026-11-20T10:45:00Z, was 2026-11-20T11:15:00Z");
    }

    @Test
    void firedRulesTagsFollowUpAndWarnings() {
        passes(
                "{\"firedRulesInclude\":[\"ESC-LEGAL-1\"],\"firedRulesExclude\":[\"X-1\"],\"tagsInclude\":[\"LEGAL_THREAT\"],"
                        + "\"tagsExclude\":[\"SAFETY_RISK\"],\"followUpInclude\":[\"SATISFACTION_SURVEY\"],\"followUpExclude\":[\"CALL_BACK\"],\"warnings\":[]}");
        failsWith(
                "{\"firedRulesInclude\":[\"ESC-SAFETY-1\"]}",
                "firedRulesInclude: expected to include [ESC-SAFETY-1], was [ESC-LEGAL-1] (missing [ESC-SAFETY-1])");
        failsWith(
                "{\"firedRulesExclude\":[\"ESC-LEGAL-1\"]}",
                "firedRulesExclude: expected none of [ESC-LEGAL-1], was [ESC-LEGAL-1] (unwanted [ESC-LEGAL-1])");
        failsWith(
                "{\"tagsInclude\":[\"VIP\"]}",
                "tagsInclude: expected to include [VIP], was [PRODUCT_QUALITY, LEGAL_THREAT] (missing [VIP])");
        failsWith(
                "{\"tagsExclude\":[\"LEGAL_THREAT\"]}",
                "tagsExclude: expected none of [LEGAL_THREAT], was [PRODUCT_QUALITY, LEGAL_THREAT] (unwanted [LEGAL_THREAT])");
        failsWith(
                "{\"followUpInclude\":[\"CALL_BACK\"]}",
                "followUpInclude: expected to include [CALL_BACK], was [SATISFACTION_SURVEY] (missing [CALL_BACK])");
        failsWith(
                "{\"followUpExclude\":[\"SATISFACTION_SURVEY\"]}",
                "followUpExclude: expected none of [SATISFACTION_SURVEY], was [SATISFACTION_SURVEY] (unwanted [SATISFACTION_SURVEY])");
        failsWith("{\"warnings\":[\"GUARDRAIL_X: y\"]}", "warnings: expected [GUARDRAIL_X: y], was []");
    }

    @Test
    void everyMismatchIsReportedNotJustTheFirst() {
        assertThat(check("{\"priority\":\"LOW\",\"complainantType\":\"PASSIVE\",\"escalation\":{\"level\":\"NONE\"}}"))
                .extracting(Mismatch::path)
                .containsExactly("complainantType", "priority", "escalation.level");
    }

    @Test
    void withinChecksNeedTheReceiptTime() {
        Expectation e = LOADER.parse(
                        "{\"name\":\"n\",\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                                + "\"channel\":\"EMAIL\",\"category\":\"OTHER\"},\"customer\":{\"id\":\"K-1\"}},"
                                + "\"expect\":{\"deadlines\":{\"respondWithin\":\"24h\"}}}",
                        null)
                .expectation();
        assertThatThrownBy(() -> ExpectationMatcher.match(e, advice(), (Instant) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clock");
    }
}
