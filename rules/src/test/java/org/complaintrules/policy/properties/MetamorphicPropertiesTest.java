package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** How advice must move when one thing about a case changes. */
class MetamorphicPropertiesTest {
    private final Advisors advisors = Advisors.defaultPolicy();
    private final CaseGenerator cases = CaseGenerator.builder().build();

    @Test
    void addingALegalThreatToTheTextInTheCasesLanguageAlwaysAddsLegalToTheTeams() {
        PropertyCheck.check(
                "adding a legal threat (in the case's language) adds LEGAL to the teams",
                cases,
                PolicyProperties.legalThreatAddsLegal(advisors));
    }

    @Test
    void raisingTheLifetimeValueNeverLowersTheCompensationCap() {
        PropertyCheck.check(
                "raising the lifetime value never lowers the cap",
                cases,
                PolicyProperties.higherLifetimeValueNeverLowersTheCap(advisors));
    }

    @Test
    void moreRejectedOffersNeverLowerTheEscalationLevel() {
        PropertyCheck.check(
                "one more rejected offer never lowers the escalation level",
                cases,
                PolicyProperties.moreRejectedOffersNeverLowerTheEscalation(advisors));
    }

    @Test
    void aCalmerTextNeverMakesTheComplainantAggressive() {
        PropertyCheck.check(
                "a calmer text (lower case, no '!', no abusive words) never adds AGGRESSIVE",
                cases,
                PolicyProperties.calmerTextNeverAddsAggressive(advisors));
    }

    @Test
    void changingOnlyTheCaseIdChangesNothingButTheCaseId() {
        PropertyCheck.check(
                "changing only the case id changes nothing but caseId",
                cases,
                PolicyProperties.onlyTheCaseIdChanges(advisors));
    }
}
