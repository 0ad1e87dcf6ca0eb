package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintrules.api.RuleCompilationException;
import org.junit.jupiter.api.Test;

/**
 * Mistakes a policy owner makes in a rule file, each reported when the policy is built with one
 * message at its line that says what is wrong and what to write instead: {@code modify} and
 * {@code update} (a policy derives facts; it does not change them in place), a rule without a
 * name, a misspelt enum constant or type; never the checker's view of Drools' syntax or of the code
 * Drools generates.
 */
class PolicyMistakesTest {
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

    /**
     * The audit's r-dupname: a second rule named like one in another file was blamed on the untouched
     * file, twice, once with the class Drools generates for it.
     */
    @Test
    void twoRulesWithOneNameInTwoFilesAreOneProblemNamingBoth() {
        String counts = rule("insert( new Tally( 1 ) );");
        String mine = HEAD + """
                rule "Counts"
                    @id(T-2)
                    @description("Counts too.")
                when
                    AdviceDraft()
                then
                end
                """;
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("tally.drl", counts)
                        .drl("mine.drl", mine)
                        .build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .as(e.getMessage())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString())
                                        .isEqualTo(
                                                "tally.drl:7: rule \"Counts\" has the name of the rule at mine.drl:7;"
                                                        + " two rules of a package need two names: rename one")));
    }

    private static RuleCompilationException failure(String drl) {
        try {
            DroolsComplaintAdvisor.builder()
                    .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                    .drl("tally.drl", drl)
                    .build();
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError("the policy built");
    }

    private static String billing(String condition) {
        return HEAD + """
                rule "Billing"
                    @id(T-2)
                    @description("Billing.")
                when
                    Complaint( %s )
                then
                    insert( new Tally( 1 ) );
                end
                """.formatted(condition);
    }

    @Test
    void aMisspeltEnumConstantIsNamedAtItsLineWithTheClosestOne() {
        RuleCompilationException e = failure(billing("category == Category.BILLNG"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("Category has no constant BILLNG; did you mean \"Category.BILLING\"?");
        });
        // a qualified enum type is checked the same way; a right constant passes
        assertThat(failure(billing("category == org.complaintrules.api.Category.REFUNDS"))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Category has no constant REFUNDS"));
    }

    @Test
    void aMisspeltTypeIsMatchedAgainstTypesNotProperties() {
        assertThat(failure(billing("category == Categry.BILLING")).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(11);
                    assertThat(p.message()).contains("unknown name Categry; did you mean \"Category\"?");
                });
    }

    @Test
    void anUnclosedBracketIsNamedWhereItWasOpenedNotOnlyWhereTheParserGaveUp() {
        String drl = HEAD + """
                rule "Open"
                    @id(T-3)
                    @description("Open (a bracket in a string does not count).")
                when
                    $d : AdviceDraft(
                then
                    $d.tag("BILLING");
                end
                """;
        RuleCompilationException e = failure(drl);

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("tally.drl");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).isEqualTo("'(' opened on this line is not closed before \"then\" at line 12");
        });
        // a rule whose brackets close in time gets no such hint, whatever else is wrong with it
        assertThat(failure(billing("category == Category.BILLNG")).problems())
                .noneSatisfy(p -> assertThat(p.message()).contains("is not closed"));
    }
}
