package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/**
 * Deadlines and the legal clock, under every regulatory profile (one advisor per profile, the case's
 * generated profile), over generated jurisdictions, time zones, services and incident dates, a quarter of
 * them received near Christmas, Easter or a daylight-saving change.
 */
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
    void resolveByIsNeverAfterTheRegulatoryLimit() {
        PropertyCheck.check(
                "resolveBy <= regulatoryLimit (present under every profile but GENERIC, and under EU_PSD2 only for"
                        + " payment services, e-money and OTHER, with a warning for the rest)",
                cases,
                PolicyProperties.resolveByNeverAfterTheRegulatoryLimit(advisors));
    }

    @Test
    void aLaterReceiptNeverGivesAnEarlierDeadline() {
        PropertyCheck.check(
                "receipt later by a minute to three weeks: no deadline and no referral earlier",
                cases,
                PolicyProperties.laterReceiptNeverGivesAnEarlierDeadline(advisors));
    }

    @Test
    void everyDeadlineARegulatoryRuleSetHasABasisEntry() {
        PropertyCheck.check(
                "regulatoryLimit and a regulation-set resolveBy have basis entries of fired rules; referral sound",
                cases,
                PolicyProperties.everyRegulatoryDeadlineHasABasis(advisors));
    }

    @Test
    void resolveByIsWithinTheRegulatoryProfilesLimit() {
        PropertyCheck.check(
                "resolveBy within the profile's limit and regulatoryLimit equal to it (FCA 8w or 15bd for payments,"
                        + " CFPB 60d, PSD2 15bd for payments (else deadline.resolve), ASIC 30d/21d/45d, CBI 40bd, GENERIC"
                        + " deadline.resolve)",
                cases,
                PolicyProperties.resolveWithinTheProfilesLimit(advisors));
    }
}
