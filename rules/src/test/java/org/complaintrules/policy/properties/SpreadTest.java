package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.Coverage;
import org.complaintrules.testkit.Labels;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated cases cover what the properties rely on, and the policy produces every complainant type. */
class SpreadTest {
    private static final Coverage COVERAGE = new Coverage();

    @BeforeAll
    static void adviseTheGeneratedCases() {
        Advisors advisors = Advisors.defaultPolicy();
        CaseGenerator.builder().build().stream(PropertyCheck.seed(), PropertyCheck.cases())
                .forEach(c -> COVERAGE.record(c, advisors.advise(c)));
        System.out.println(COVERAGE.report());
    }

    @Test
    void everyChannelCategorySegmentLanguageProfileAndSignalIsGeneratedInAtLeastOnePercentOfCases() {
        COVERAGE.assertCovered(Labels.generated(), 0.01);
    }

    @Test
    void everyComplainantTypeIsProducedAsAdviceInAtLeastHalfAPercentOfCases() {
        COVERAGE.assertCovered(Labels.complainantTypes(), 0.005);
    }
}
