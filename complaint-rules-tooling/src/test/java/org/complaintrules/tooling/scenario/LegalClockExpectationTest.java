package org.complaintrules.tooling.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Referral;
import org.complaintrules.drools.model.CaseClock;
import org.junit.jupiter.api.Test;

/**
 * The scenario format's legal-clock keys: {@code deadlines.regulatoryLimit}, {@code regulatoryLimitWithin},
 * {@code basisInclude}, {@code referral} and {@code policyProperties}, and {@code ...Within} counted on
 * the complaint's clock.
 */
class LegalClockExpectationTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-23T09:00:00Z");
    private static final Instant LIMIT = Instant.parse("2027-01-18T23:59:59Z");

    /** The UK payment-service case: received 23 Dec 2026 in England, limit 18 Jan 2027. */
    private static String scenario(String expect) {
        return "{\"name\":\"n\",\"profile\":\"UK_FCA\",\"policyProperties\":{\"currency\":\"GBP\"},"
                + "\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-12-23T09:00:00Z\","
                + "\"channel\":\"EMAIL\",\"category\":\"BILLING\",\"jurisdiction\":\"GB\",\"service\":\"PAYMENT_SERVICE\"},"
                + "\"customer\":{\"id\":\"K-1\"}},\"expect\":" + expect + "}";
    }

    private static Advice advice(Instant limit, Referral referral) {
        Advice base = ExpectationMatcherTest.advice();
        Deadlines d = base.deadlines();
        Deadlines withLimit = new Deadlines(
                d.acknowledgeBy(),
                d.respondBy(),
                limit,
                d.followUpAt(),
                limit,
                List.of(
                        new DeadlineBasis("resolveBy", "DL-FCA-PSD-1", "FCA DISP 1.6.2AR", "15 business days"),
                        new DeadlineBasis("regulatoryLimit", "DL-FCA-PSD-1", "FCA DISP 1.6.2AR", "15 business days")));
        return new Advice(
                base.caseId(),
                base.ruleSet(),
                base.complainantType(),
                base.traits(),
                base.evidence(),
                base.priority(),
                base.strategy(),
                base.compensation(),
                base.escalation(),
                withLimit,
                base.followUp(),
                base.tags(),
                base.firedRules(),
                base.warnings(),
                base.vulnerability(),
                referral,
                null);
    }

    private static List<Mismatch> check(String expect, Advice advice) {
        Scenario s = ScenarioLoader.create().parse(scenario(expect), null);
        CaseClock clock = CaseClock.of(s.complaintCase().complaint(), s.profile());
        return ExpectationMatcher.match(s.expectation(), advice, clock);
    }

    private static final Referral FOS = new Referral("FOS", LIMIT, Period.ofMonths(6), false, "FCA DISP 2.8.2R");

    @Test
    void theScenarioCarriesItsProfileAndPolicyProperties() {
        Scenario s = ScenarioLoader.create().parse(scenario("{}"), null);
        assertThat(s.policyProperties()).isEqualTo(Map.of("currency", "GBP"));
        assertThat(s.complaintCase().complaint().receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void regulatoryLimitExactWithinAndAbsent() {
        assertThat(check(
                        "{\"deadlines\":{\"regulatoryLimit\":\"2027-01-18T23:59:59Z\",\"regulatoryLimitWithin\":\"15bd\"}}",
                        advice(LIMIT, FOS)))
                .isEmpty();
        // one business day less is the end of 15 January: the limit is past it
        assertThat(check("{\"deadlines\":{\"regulatoryLimitWithin\":\"14bd\"}}", advice(LIMIT, FOS)))
                .singleElement()
                .extracting(Mismatch::render)
                .asString()
                .startsWith(
                        "deadlines.regulatoryLimitWithin: expected at most 14bd after receipt (by 2027-01-15T23:59:59Z)");
        assertThat(check("{\"deadlines\":{\"regulatoryLimit\":\"none\"}}", advice(LIMIT, FOS)))
                .singleElement()
                .extracting(Mismatch::render)
                .isEqualTo("deadlines.regulatoryLimit: expected none, was 2027-01-18T23:59:59Z");
    }

    @Test
    void withinCountsBusinessDaysOnTheComplaintsOwnCalendar() {
        // 15bd on the English calendar ends 18 Jan; on the 0.1 UTC weekday clock it would end 13 Jan
        assertThat(check("{\"deadlines\":{\"resolveWithin\":\"15bd\"}}", advice(LIMIT, FOS)))
                .isEmpty();
        Scenario s = ScenarioLoader.create().parse(scenario("{\"deadlines\":{\"resolveWithin\":\"15bd\"}}"), null);
        assertThat(ExpectationMatcher.match(s.expectation(), advice(LIMIT, FOS), RECEIVED))
                .singleElement()
                .extracting(Mismatch::render)
                .asString()
                .contains("by 2027-01-13T23:59:59Z");
    }

    @Test
    void basisIncludeNamesTheDeadlineTheRuleAndACitationPart() {
        assertThat(check(
                        "{\"deadlines\":{\"basisInclude\":[{\"deadline\":\"resolveBy\",\"ruleId\":\"DL-FCA-PSD-1\",\"citation\":\"1.6.2AR\"}]}}",
                        advice(LIMIT, FOS)))
                .isEmpty();
        assertThat(check(
                        "{\"deadlines\":{\"basisInclude\":[{\"deadline\":\"acknowledgeBy\",\"ruleId\":\"DL-FCA-PSD-1\"}]}}",
                        advice(LIMIT, FOS)))
                .singleElement()
                .extracting(Mismatch::render)
                .asString()
                .startsWith("deadlines.basisInclude: expected to include [acknowledgeBy by DL-FCA-PSD-1]")
                .contains("missing");
        assertThatThrownBy(() -> ScenarioLoader.create()
                        .parse(
                                scenario(
                                        "{\"deadlines\":{\"basisInclude\":[{\"deadline\":\"soon\",\"ruleId\":\"X\"}]}}"),
                                null))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("expect.deadlines.basisInclude[0].deadline")
                .hasMessageContaining("\"soon\"");
    }

    @Test
    void referralFieldsAndNone() {
        assertThat(check(
                        "{\"referral\":{\"body\":\"FOS\",\"availableFrom\":\"2027-01-18T23:59:59Z\",\"availableWithin\":\"15bd\","
                                + "\"windowAfterFinalResponse\":\"P6M\",\"timeBarred\":false,\"citation\":\"2.8.2R\"}}",
                        advice(LIMIT, FOS)))
                .isEmpty();
        assertThat(check("{\"referral\":{\"body\":\"AFCA\",\"timeBarred\":true}}", advice(LIMIT, FOS)))
                .extracting(Mismatch::render)
                .containsExactly(
                        "referral.body: expected AFCA, was FOS", "referral.timeBarred: expected true, was false");
        assertThat(check("{\"referral\":\"none\"}", advice(LIMIT, null))).isEmpty();
        assertThat(check("{\"referral\":\"none\"}", advice(LIMIT, FOS)))
                .singleElement()
                .extracting(Mismatch::render)
                .asString()
                .startsWith("referral: expected none, was Referral[body=FOS");
        assertThat(check("{\"referral\":{\"body\":\"FOS\"}}", advice(LIMIT, null)))
                .extracting(Mismatch::render)
                .containsExactly("referral: expected a referral, was none");
        assertThatThrownBy(() -> ScenarioLoader.create().parse(scenario("{\"referral\":{\"bodies\":\"FOS\"}}"), null))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("expect.referral.bodies");
    }
}
