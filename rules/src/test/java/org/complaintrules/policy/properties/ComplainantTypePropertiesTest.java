package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.Properties;
import org.junit.jupiter.api.Test;

/** The complainant type: exactly one, backed by the traits. */
class ComplainantTypePropertiesTest {
    @Test
    void exactlyOnePrimaryTypeAlwaysAmongTheTraitsUnlessModerateAndModerateNeverATrait() {
        Properties.check(
                "exactly one primary type, among the traits unless MODERATE; MODERATE never a trait",
                CaseGenerator.builder().build(),
                PolicyProperties.exactlyOnePrimaryTypeAmongTheTraits(Advisors.defaultPolicy()));
    }
}
