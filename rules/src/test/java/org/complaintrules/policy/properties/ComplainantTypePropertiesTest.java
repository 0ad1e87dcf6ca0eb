package org.complaintrules.policy.properties;

import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The complainant type: exactly one, backed by the traits. */
class ComplainantTypePropertiesTest {
    @Test
    void exactlyOnePrimaryTypeAlwaysAmongTheTraitsUnlessModerateAndModerateNeverATrait() {
        PropertyCheck.check(
                "exactly one primary type, among the traits unless MODERATE; MODERATE never a trait",
                CaseGenerator.builder().build(),
                PolicyProperties.exactlyOnePrimaryTypeAmongTheTraits(Advisors.defaultPolicy()));
    }
}
