package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.CompiledPolicy;
import org.complaintrules.drools.internal.Evaluation;
import org.complaintrules.drools.internal.Guardrails;
import org.complaintrules.drools.internal.PolicyChecks;
import org.complaintrules.drools.internal.PolicyCompiler;
import org.complaintrules.drools.internal.PolicyFile;
import org.complaintrules.drools.internal.PolicyLoader;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.FinalCompensation;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.drools.signals.TextAnalysis;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.GeneratedCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine compiles a policy's joins on its one-per-case facts ({@code $p : PolicySettings()},
 * {@code $d : AdviceDraft()}) as globals, for speed. The default policy compiled both ways derives the
 * same facts, fires the same rules in the same order and writes the same draft, case by case, over
 * generated cases in every regulatory profile.
 */
class SingletonGlobalsEquivalenceTest {
    private static final int CASES = 400;
    private static final DefaultSignalAnalyzer ANALYZER = DefaultSignalAnalyzer.create();

    @ParameterizedTest
    @EnumSource(RegulatoryProfile.class)
    void theDefaultPolicyDecidesTheSameWithTheEnginesFactsAsGlobals(RegulatoryProfile profile) {
        List<PolicyFile> files =
                PolicyLoader.fromClasspath(getClass().getClassLoader(), DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER);
        PolicyCompiler.Options options = new PolicyCompiler.Options(true, false, engineKeys()).withPrecompiled(false);
        CompiledPolicy joined = PolicyCompiler.compile(files, Map.of(), profile, options.withSingletonGlobals(false));
        CompiledPolicy globals = PolicyCompiler.compile(files, Map.of(), profile, options.withSingletonGlobals(true));
        // the rewrite really happened: the settings and the draft are globals in one, facts in the other
        assertThat(engineGlobals(globals)).contains(PolicySettings.class.getName(), AdviceDraft.class.getName());
        assertThat(engineGlobals(joined)).doesNotContain(PolicySettings.class.getName(), AdviceDraft.class.getName());

        Set<String> fired = new HashSet<>();
        CaseGenerator.builder().seed(20_261_126L).build().stream(CASES).forEach(g -> {
            Outcome a = run(joined, g);
            Outcome b = run(globals, g);
            assertThat(b).as("case %s", g.complaintCase().id()).isEqualTo(a);
            a.fired().forEach(fired::add);
        });
        // the cases reach a good part of the policy, or the comparison proves little
        assertThat(fired).hasSizeGreaterThan(joined.rules().size() / 2);
    }

    /**
     * The bundled policy is precompiled to Drools' executable model by this module's build and loaded
     * from it; compiled from its rule files instead, it decides the same, case by case.
     */
    @ParameterizedTest
    @EnumSource(RegulatoryProfile.class)
    void theDefaultPolicyDecidesTheSameLoadedFromItsExecutableModel(RegulatoryProfile profile) {
        List<PolicyFile> files =
                PolicyLoader.fromClasspath(getClass().getClassLoader(), DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER);
        PolicyCompiler.Options options = new PolicyCompiler.Options(true, false, engineKeys());
        CompiledPolicy compiled = PolicyCompiler.compile(files, Map.of(), profile, options.withPrecompiled(false));
        CompiledPolicy model = PolicyCompiler.compile(files, Map.of(), profile, options);
        // really two engines: the model's conditions are generated lambda classes, not compiled DRL
        assertThat(consequenceClasses(model)).allMatch(n -> n.contains(".Lambda"));
        assertThat(consequenceClasses(compiled)).noneMatch(n -> n.contains(".Lambda"));
        assertThat(model.rules()).isEqualTo(compiled.rules());

        Set<String> fired = new HashSet<>();
        CaseGenerator.builder().seed(20_261_127L).build().stream(CASES).forEach(g -> {
            Outcome a = run(compiled, g);
            Outcome b = run(model, g);
            assertThat(b).as("case %s", g.complaintCase().id()).isEqualTo(a);
            a.fired().forEach(fired::add);
        });
        assertThat(fired).hasSizeGreaterThan(compiled.rules().size() / 2);
    }

    private static List<PolicyChecks.EngineKey> engineKeys() {
        List<PolicyChecks.EngineKey> engineKeys = new ArrayList<>(PolicyChecks.TEXT_ANALYSIS_KEYS);
        engineKeys.add(new PolicyChecks.EngineKey(
                org.complaintrules.wording.PolicyWording.LANGUAGES,
                org.complaintrules.drools.internal.DrlAnalyzer.ValueType.TEXT,
                false,
                "the wording's languages"));
        return engineKeys;
    }

    private static List<String> consequenceClasses(CompiledPolicy policy) {
        List<String> names = new ArrayList<>();
        policy.kieBase()
                .getKiePackages()
                .forEach(p -> p.getRules()
                        .forEach(r -> names.add(((org.drools.base.definitions.rule.impl.RuleImpl) r)
                                .getConsequence()
                                .getClass()
                                .getName())));
        return names;
    }

    private static List<String> engineGlobals(CompiledPolicy policy) {
        List<String> types = new ArrayList<>();
        policy.kieBase().getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> types.add(g.getType())));
        return types;
    }

    /** What one run derived and wrote, comparable with equals. */
    private record Outcome(List<String> fired, List<String> derived, String draft) {}

    private static Outcome run(CompiledPolicy policy, GeneratedCase g) {
        ComplaintCase c = g.complaintCase();
        TextAnalysis text = ANALYZER.analyse(c.complaint());
        AdviceDraft draft =
                new AdviceDraft(c.complaint().receivedAt(), policy.settings().currency());
        List<Object> facts = new ArrayList<>();
        facts.add(c.complaint());
        facts.add(c.customer());
        facts.add(c.conversation());
        facts.add(text.profile());
        facts.add(policy.settings());
        facts.addAll(Signal.merge(List.of(text.signals()), c.complaint().signals()));
        facts.add(draft);
        Evaluation.Result r = Evaluation.run(
                policy,
                facts,
                new Evaluation.Limits(
                        1_000, 60_000_000_000L, true, policy.settings().currency()),
                c.id(),
                caps -> {
                    // as the engine decides: the guardrails' cap and approval ladder
                    Guardrails guard =
                            new Guardrails(policy.settings().money(PolicySettings.ABSOLUTE_CAP), policy.settings());
                    Compensation decided = guard.compensation(
                            caps, draft, Money.zero(policy.settings().currency()));
                    return new FinalCompensation(decided.maxAmount(), Guardrails.approver(decided));
                });
        List<String> derived = new ArrayList<>();
        r.evidence().forEach(e -> derived.add(e.toString()));
        r.traits().forEach(t -> derived.add(t.toString()));
        r.primaries().forEach(p -> derived.add(p.toString()));
        r.caps().forEach(p -> derived.add(p.toString()));
        derived.sort(null);
        List<String> fired = r.fired().stream().map(f -> f.id()).toList();
        return new Outcome(fired, derived, describe(draft));
    }

    private static String describe(AdviceDraft d) {
        return String.join(
                "|",
                String.valueOf(d.priority()),
                String.valueOf(d.actions()),
                String.valueOf(d.avoided()),
                String.valueOf(d.responseSteps()),
                String.valueOf(d.allowedForms()),
                String.valueOf(d.authorities()),
                String.valueOf(d.level()),
                String.valueOf(d.teams()),
                String.valueOf(d.reasons()),
                String.valueOf(d.acknowledgeBy()),
                String.valueOf(d.respondBy()),
                String.valueOf(d.resolveBy()),
                String.valueOf(d.followUpAt()),
                String.valueOf(d.followUps()),
                String.valueOf(d.tags()));
    }
}
