package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.drools.internal.EvaluationTrace;
import org.junit.jupiter.api.Test;

/**
 * A policy's rule base is built immutable, and the engine then drops from the session a fact that no
 * pattern of any rule matches when it is inserted. What the engine and {@code explain} read of the
 * derived facts must not depend on that: they come from what the rules inserted, updated and
 * deleted.
 */
class FactsNoRuleMatchesTest {
    private static final String POLICY = """
            package unmatched;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;

            rule "States a limit and a trait that no rule looks at"
                @id(U-1)
            when
                $p : PolicySettings()
            then
                insert(new CompensationLimit($p.money("limit.unread"), "UNREAD"));
                insert(new Trait(ComplainantType.CHRONIC, 4, 0));
            end

            rule "Reads the limits of another reason only"
                @id(U-2)
            when
                CompensationLimit(reason == "ELSEWHERE")
            then
            end
            """;

    @Test
    void factsThatNoRuleMatchesAreStillTheRulesDerivedFacts() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .drl("policy.properties", TestCases.MINIMAL_PROPERTIES + "limit.unread=35\n")
                .drl("unmatched.drl", POLICY)
                .build();
        List<EvaluationTrace.Facts> traced = new ArrayList<>();

        Advice advice = EvaluationTrace.capture(() -> advisor.advise(TestCases.simple("C-UNMATCHED")), traced::add);

        assertThat(advice.firedRules()).extracting(f -> f.id()).containsExactly("U-1");
        // the trait no rule matched is still the engine's answer
        assertThat(advice.traits()).containsExactly(ComplainantType.CHRONIC);
        assertThat(advice.complainantType()).isEqualTo(ComplainantType.CHRONIC);
        // and the limit no rule matched is still in what explain shows
        assertThat(traced).singleElement().satisfies(f -> {
            assertThat(f.limits()).extracting(l -> l.reason()).containsExactly("UNREAD");
            assertThat(f.limits().get(0).amount().amount()).isEqualByComparingTo("35");
            assertThat(f.traits()).extracting(t -> t.type()).containsExactly(ComplainantType.CHRONIC);
        });
    }
}
