package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintrules.api.RuleCompilationException;
import org.junit.jupiter.api.Test;

/**
 * A policy derives facts; it does not change them in place. {@code modify} and {@code update} are
 * refused when the policy is built with one message that says so and what to write instead, at the
 * line of the call, not with the checker's view of Drools' syntax or of the code Drools generates.
 */
class FactChangesRefusedTest {
    private static final String HEAD = """
            package org.complaintrules.policy;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;
            declare Tally
                count : int
            end
            """;

    /** HEAD (6 lines), then a rule whose consequence starts on line 13. */
    private static String rule(String consequence) {
        return HEAD + """
                rule "Counts"
                    @id(T-1)
                    @description("Counts.")
                when
                    $t : Tally( count < 3 )
                then
                    %s
                end
                """.formatted(consequence);
    }

    private static void refusedOnce(String drl, int line, String call) {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("tally.drl", drl)
                        .build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .as(e.getMessage())
                                .singleElement()
                                .satisfies(p -> {
                                    assertThat(p.file()).isEqualTo("tally.drl");
                                    assertThat(p.line()).isEqualTo(line);
                                    assertThat(p.message())
                                            .startsWith("sandbox")
                                            .contains(call + "(...) is not allowed", "insert(...)");
                                }));
    }

    @Test
    void modifyIsRefusedWithOneMessageAtItsLine() {
        refusedOnce(rule("modify( $t ) {\n        setCount( $t.getCount() + 1 )\n    }"), 13, "modify");
    }

    @Test
    void updateIsRefusedWithOneMessageAtItsLine() {
        refusedOnce(rule("$t.setCount( $t.getCount() + 1 );\n    update( $t );"), 14, "update");
    }

    @Test
    void insertingANewFactInsteadIsAllowed() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                .drl("tally.drl", HEAD + """
                        rule "Starts"
                            @id(T-0)
                            @description("Starts.")
                        when
                            AdviceDraft()
                        then
                            insert( new Tally( 0 ) );
                        end
                        rule "Counts"
                            @id(T-1)
                            @description("Counts.")
                        when
                            $t : Tally( count < 3 )
                        then
                            insert( new Tally( $t.getCount() + 1 ) );
                        end
                        """)
                .build();

        assertThat(advisor.advise(TestCases.simple("C-1")).firedRules())
                .extracting(r -> r.id())
                .containsExactly("T-0", "T-1", "T-1", "T-1");
    }

    @Test
    void aRuleWithAnEmptyNameIsAProblemAtItsLineSandboxOrNot() {
        String drl = HEAD + """
                rule ""
                    @id(T-9)
                    @description("Nameless.")
                when
                    AdviceDraft()
                then
                    insert( new Tally( 0 ) );
                end
                """;
        for (boolean sandbox : new boolean[] {true, false}) {
            DroolsComplaintAdvisor.Builder builder = DroolsComplaintAdvisor.builder()
                    .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                    .drl("tally.drl", drl);
            if (!sandbox) {
                builder.unrestrictedRules();
            }
            assertThatThrownBy(builder::build)
                    .as("sandbox " + sandbox)
                    .isInstanceOfSatisfying(
                            RuleCompilationException.class,
                            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                                assertThat(p.file()).isEqualTo("tally.drl");
                                assertThat(p.line()).isEqualTo(7);
                                assertThat(p.message()).startsWith("a rule needs a name");
                            }));
        }
    }
}
