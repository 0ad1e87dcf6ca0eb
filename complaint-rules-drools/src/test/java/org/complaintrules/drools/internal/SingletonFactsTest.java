package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.TestCases;
import org.junit.jupiter.api.Test;

class SingletonFactsTest {
    private static final String HEAD = """
            package %s;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;
            """;
    private static final String PROPERTIES = TestCases.MINIMAL_PROPERTIES + "escalation.manyContacts=3\n";

    private static SingletonFacts.Rewrite rewrite(PolicyFile... files) {
        List<PolicyFile> drl = List.of(files);
        return SingletonFacts.rewrite(
                drl,
                DrlAnalyzer.analyse(drl, false, SingletonFactsTest.class.getClassLoader())
                        .parsed());
    }

    private static PolicyFile drl(String name, String pkg, String rules) {
        return new PolicyFile(name, HEAD.formatted(pkg) + rules);
    }

    private static final String DECIDES = """
            rule "Many contacts escalate"
                @id(T-1)
                @description("d")
            when
                $p : PolicySettings()
                Conversation( contacts >= $p.whole("escalation.manyContacts") )
                $d : AdviceDraft()
            then
                $d.escalate( EscalationLevel.SUPERVISOR, "MANY_CONTACTS" );
            end

            rule "Under the FCA a supervisor"
                @id(T-2)
                @description("d")
            when
                $p : PolicySettings( profile == RegulatoryProfile.UK_FCA )
                $d : AdviceDraft()
            then
                $d.escalate( EscalationLevel.SUPERVISOR, "FCA" );
            end
            """;

    @Test
    void unconstrainedJoinsOnTheEnginesFactsBecomeGlobalsKeepingEveryLine() {
        PolicyFile f = drl("decides.drl", "p", DECIDES);
        SingletonFacts.Rewrite r = rewrite(f);

        assertThat(r.globals()).isEqualTo(Map.of("$p", SingletonFacts.Kind.SETTINGS, "$d", SingletonFacts.Kind.DRAFT));
        String out = r.files().get(0).content();
        String[] before = f.content().split("\n", -1);
        String[] after = out.split("\n", -1);
        // the same lines, then one global declaration per variable after the last
        assertThat(after).hasSize(before.length + 2);
        assertThat(after[7]).isBlank(); // was $p : PolicySettings()
        assertThat(after[8]).isEqualTo(before[8]);
        assertThat(after[9]).isBlank(); // was $d : AdviceDraft()
        // a constrained condition stays without its binding (the variable is the global), in its columns
        assertThat(out).contains("     PolicySettings( profile == RegulatoryProfile.UK_FCA )");
        assertThat(out).doesNotContain("$p :");
        assertThat(after[before.length]).isEqualTo("global org.complaintrules.drools.model.PolicySettings $p;");
        assertThat(after[before.length + 1]).isEqualTo("global org.complaintrules.drools.model.AdviceDraft $d;");
    }

    @Test
    void aVariableBoundToAnotherTypeInAnyPackageIsLeftAlone() {
        PolicyFile decides = drl("decides.drl", "p", DECIDES);
        PolicyFile other = drl("other.drl", "q", """
                rule "Shouting"
                    @id(T-3)
                    @description("d")
                when
                    Signal( type == SignalType.SHOUTING, $d : detail )
                then
                    insert( new TraitEvidence( ComplainantType.AGGRESSIVE, "SHOUTING", $d, 2 ) );
                end
                """);
        SingletonFacts.Rewrite r = rewrite(decides, other);

        assertThat(r.globals()).containsOnlyKeys("$p");
        assertThat(r.files().get(0).content())
                .contains("$d : AdviceDraft()")
                .doesNotContain("global " + "org.complaintrules.drools.model.AdviceDraft");
        assertThat(r.files().get(1)).isEqualTo(other);
    }

    @Test
    void aConsequenceThatChangesOrDeletesTheFactKeepsItsJoin() {
        PolicyFile f = drl("deletes.drl", "p", """
                rule "Deletes the draft"
                    @id(T-4)
                    @description("d")
                when
                    $d : AdviceDraft()
                then
                    delete( $d );
                end
                """);
        assertThat(rewrite(f).globals()).isEmpty();
        assertThat(rewrite(f).files()).containsExactly(f);
    }

    @Test
    void aTypeOfTheSameNameDeclaredInThePolicyIsNotTheEngines() {
        PolicyFile f = drl("declares.drl", "p", """
                declare AdviceDraft
                    note : String
                end
                rule "Uses its own draft"
                    @id(T-5)
                    @description("d")
                when
                    $d : AdviceDraft()
                then
                end
                """);
        assertThat(rewrite(f).globals()).isEmpty();
    }

    @Test
    void conditionsInsideNotOrAccumulateStayAndOnlyTopLevelOnesGo() {
        PolicyFile f = drl("nested.drl", "p", """
                rule "No draft yet"
                    @id(T-6)
                    @description("d")
                when
                    $p : PolicySettings()
                    not ( $d : AdviceDraft() )
                then
                end
                """);
        SingletonFacts.Rewrite r = rewrite(f);
        // $d only ever appears nested: nothing to remove, so no global for it
        assertThat(r.globals()).containsOnlyKeys("$p");
        assertThat(r.files().get(0).content()).contains("not ( $d : AdviceDraft() )");
    }

    @Test
    void aFileThatDoesNotParseLeavesEveryFileAsItWas() {
        PolicyFile good = drl("decides.drl", "p", DECIDES);
        PolicyFile bad = new PolicyFile("bad.drl", "package p;\nrule \"Broken\" when then");
        SingletonFacts.Rewrite r = rewrite(good, bad);
        assertThat(r.globals()).isEmpty();
        assertThat(r.files()).containsExactly(good, bad);
    }

    @Test
    void compileErrorsAfterARemovedConditionKeepTheirLine() {
        PolicyFile f = drl("broken.drl", "p", """
                rule "Tests a field that does not exist"
                    @id(T-7)
                    @description("d")
                when
                    $p : PolicySettings()
                    $d : AdviceDraft()
                    Conversation( noSuchField == 1 )
                then
                    $d.tag( "X" );
                end
                """);
        List<PolicyFile> files = List.of(f, new PolicyFile(PolicyLoader.PROPERTIES, PROPERTIES));
        List<List<RuleProblem>> reported = new ArrayList<>();
        for (boolean globals : List.of(true, false)) {
            assertThatThrownBy(() -> PolicyCompiler.compile(
                            files,
                            Map.of(),
                            null,
                            PolicyCompiler.Options.defaults().withSingletonGlobals(globals)))
                    .isInstanceOfSatisfying(
                            RuleCompilationException.class,
                            e -> reported.add(e.problems().stream()
                                    .filter(p -> p.file().equals("broken.drl"))
                                    .toList()));
        }
        assertThat(reported.get(0)).isEqualTo(reported.get(1));
        assertThat(reported.get(0)).extracting(RuleProblem::line).contains(10);
    }

    @Test
    void theCompiledPolicyDeclaresTheGlobalsTheSessionsSet() {
        List<PolicyFile> files =
                List.of(drl("decides.drl", "p", DECIDES), new PolicyFile(PolicyLoader.PROPERTIES, PROPERTIES));
        CompiledPolicy policy = PolicyCompiler.compile(files, Map.of(), null);
        assertThat(policy.kieBase().getKiePackage("p").getGlobalVariables())
                .extracting(g -> g.getName())
                .containsExactlyInAnyOrder("$p", "$d");
    }

    @Test
    void aRuleCannotInsertASecondDraftOrSettingsOnWhichTheGlobalsRely() throws Exception {
        java.nio.file.Path mini = java.nio.file.Path.of(
                SingletonFactsTest.class.getResource("/fixtures/mini").toURI());
        org.complaintrules.drools.DroolsComplaintAdvisor advisor =
                org.complaintrules.drools.DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .drl("second.drl", HEAD.formatted("second") + """
                        rule "Inserts a second draft"
                            @id(T-8)
                            @description("d")
                        when
                            $c : Complaint()
                        then
                            insert( new AdviceDraft( $c.receivedAt() ) );
                        end
                        """)
                        .build();
        org.complaintrules.api.ComplaintCase c = org.complaintrules.api.ComplaintCase.of(
                org.complaintrules.api.Complaint.builder(
                                "C-1",
                                java.time.Instant.parse("2026-11-20T10:15:00Z"),
                                org.complaintrules.api.Channel.EMAIL,
                                org.complaintrules.api.Category.BILLING)
                        .build(),
                org.complaintrules.api.Customer.of("K-1"));

        assertThatThrownBy(() -> advisor.advise(c))
                .isInstanceOf(org.complaintrules.api.RuleEvaluationException.class)
                .hasMessageContaining("AdviceDraft is the engine's; rule T-8 may not insert one");
    }
}
