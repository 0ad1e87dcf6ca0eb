package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Compensation stays within every limit, by the policy's own rules (the guardrails never step in). */
class CompensationPropertiesTest {
    private final CaseGenerator cases = CaseGenerator.builder().build();

    @Test
    void compensationNeverExceedsTheSegmentCapTheTwelveMonthCapTheAbsoluteCapNorForARipOffTheClaimedLoss() {
        PropertyCheck.check(
                "compensation <= segment cap, 12-month cap left, absolute cap; RIP_OFF <= claimed loss",
                cases,
                PolicyProperties.compensationWithinEveryCap(Advisors.defaultPolicy()));
    }

    @Test
    void noAdviceCarriesAGuardrailWarning() {
        PropertyCheck.check(
                "no advice carries a GUARDRAIL_* warning",
                cases,
                PolicyProperties.noGuardrailWarning(Advisors.defaultPolicy()));
    }
}
