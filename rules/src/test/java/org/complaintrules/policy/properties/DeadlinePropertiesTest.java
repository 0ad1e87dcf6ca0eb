package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Deadlines, under every regulatory profile (one advisor per profile, the case's generated profile). */
class DeadlinePropertiesTest {
    private final Advisors advisors = Advisors.defaultPolicy();
    private final CaseGenerator cases = CaseGenerator.builder().build();

    @Test
    void acknowledgeByRespondByResolveByAreInOrderAndNoDeadlineIsBeforeReceipt() {
        PropertyCheck.check(
                "receipt <= acknowledgeBy <= respondBy <= resolveBy; followUpAt >= receipt",
                cases,
                PolicyProperties.deadlinesInOrderNeverBeforeReceipt(advisors));
    }

    @Test
    void respondByIsWithin24HoursOfReceipt() {
        PropertyCheck.check("respondBy <= receipt + 24h", cases, PolicyProperties.respondWithin24Hours(advisors));
    }

    @Test
    void resolveByIsWithinTheRegulatoryProfilesLimit() {
        PropertyCheck.check(
                "resolveBy within the profile's limit (FCA 8w, CFPB 60d, PSD2 35 business days, ASIC 30d, "
                        + "GENERIC deadline.resolve)",
                cases,
                PolicyProperties.resolveWithinTheProfilesLimit(advisors));
    }
}
