package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplainantType;
import org.junit.jupiter.api.Test;

/**
 * The engine reads the facts the rules derived (traits, primary types, caps) as they stand when the
 * rules are done: a fact a rule inserted and another rule deleted again is not among them.
 */
class DerivedFactsTest {
    private static final String POLICY = """
            package derived;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;

            rule "Derives two traits, a primary type and two caps"
                @id(D-1)
            when
                $p : PolicySettings()
            then
                insert(new Trait(ComplainantType.AGGRESSIVE, 5, 0));
                insert(new Trait(ComplainantType.CHRONIC, 4, 3));
                insert(new PrimaryType(ComplainantType.CHRONIC));
                insert(new CompensationCap($p.money("cap.withdrawn"), "WITHDRAWN"));
                insert(new CompensationCap($p.money("cap.kept"), "KEPT"));
            end

            rule "Withdraws the aggressive trait"
                @id(D-2)
            when
                $t : Trait(type == ComplainantType.AGGRESSIVE)
            then
                delete($t);
            end

            rule "Withdraws a cap"
                @id(D-3)
            when
                $c : CompensationCap(reason == "WITHDRAWN")
            then
                delete($c);
            end
            """;

    @Test
    void aDerivedFactDeletedByAnotherRuleIsNotRead() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .drl("policy.properties", TestCases.MINIMAL_PROPERTIES + "cap.withdrawn=40\ncap.kept=60\n")
                .drl("derived.drl", POLICY)
                .build();

        Advice advice = advisor.advise(TestCases.simple("C-DERIVED"));

        assertThat(advice.firedRules()).extracting(f -> f.id()).contains("D-1", "D-2", "D-3");
        // the aggressive trait, first by precedence, was withdrawn
        assertThat(advice.traits()).containsExactly(ComplainantType.CHRONIC);
        assertThat(advice.complainantType()).isEqualTo(ComplainantType.CHRONIC);
        // the lower cap was withdrawn: the one left is the cap, and no rule set different caps
        assertThat(advice.compensation().maxAmount().amount()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(advice.warnings()).noneMatch(w -> w.contains("different caps"));
    }
}
