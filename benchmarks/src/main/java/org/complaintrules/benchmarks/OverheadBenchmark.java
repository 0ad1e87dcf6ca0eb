package org.complaintrules.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.CompiledPolicy;
import org.complaintrules.drools.internal.DrlAnalyzer;
import org.complaintrules.drools.internal.Guardrails;
import org.complaintrules.drools.internal.PolicyChecks;
import org.complaintrules.drools.internal.PolicyCompiler;
import org.complaintrules.drools.internal.PolicyLoader;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.FinalCompensation;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.drools.signals.TextAnalysis;
import org.complaintrules.wording.PolicyWording;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library's overhead over the engine it wraps, text analysis and JSON aside. Both benchmarks
 * run the generated corpus ({@link Mixes#corpus()}) with every case's text analysed beforehand:
 *
 * <ul>
 *   <li>{@code libraryPreanalysed}: {@code advise} with a signal analyser that hands back the
 *       analysis made in set-up; so it measures everything the library does around the rules
 *       (currency checks, facts, the session pool, the audit trail and time budget, guardrails,
 *       assembling the advice).
 *   <li>{@code rawPooledSession}: the same compiled rules (the same rule base), a plain Drools
 *       session pool, the same facts inserted (the case's legal clock and the policy values in force on
 *       its day of receipt among them), the same two passes (the final compensation the
 *       library decided for that case inserted between them), the derived facts read once, the
 *       session handed back to the pool. No listener, no guardrails, no advice.
 * </ul>
 *
 * The ratio of the two is the library's overhead.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar OverheadBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OverheadBenchmark {
    private List<ComplaintCase> cases;
    private DroolsComplaintAdvisor advisor;
    private PolicySettings settings;
    private KieSessionsPool pool;
    private List<String> settingsGlobals;
    private List<String> draftGlobals;
    private List<List<Object>> inputFacts;
    private List<FinalCompensation> decisions;
    private List<CaseClock> clocks;
    private List<PolicySettings> caseSettings;
    private List<TextAnalysis> analyses;
    // the case advise is called for next, and its analysis: handed back without a look-up in a map of
    // 4,000 complaints, whose cache misses would count as the library's time (the raw way reads its
    // facts from lists by index too)
    private Complaint nextComplaint;
    private TextAnalysis nextAnalysis;
    private int nextLibrary;
    private int nextRaw;

    /** Analyses every text, builds the advisor and the raw session pool, and records each case's decision. */
    @Setup
    public void setUp() {
        cases = Mixes.corpus();
        DefaultSignalAnalyzer analyzer = DefaultSignalAnalyzer.create();
        Map<Complaint, TextAnalysis> analysed = new IdentityHashMap<>();
        for (ComplaintCase c : cases) {
            analysed.put(c.complaint(), analyzer.analyse(c.complaint()));
        }
        // a generous time budget: the set-up advises every case once on a cold JVM
        advisor = DroolsComplaintAdvisor.builder()
                .signalAnalyzer(c -> preanalysed(c, analysed))
                .timeBudget(Duration.ofMinutes(1))
                .build();

        String folder = DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER;
        CompiledPolicy policy = PolicyCompiler.compile(
                PolicyLoader.fromClasspath(OverheadBenchmark.class.getClassLoader(), folder),
                Map.of(),
                null,
                new PolicyCompiler.Options(true, false, engineKeys()));
        settings = policy.settings();
        KieBase kieBase = policy.kieBase();
        pool = kieBase.newKieSessionsPool(4);
        // the engine may compile joins on its one-per-case facts as globals: set them as it does
        settingsGlobals = new ArrayList<>();
        draftGlobals = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                if (g.getType().equals(PolicySettings.class.getName())) {
                    settingsGlobals.add(g.getName());
                } else if (g.getType().equals(AdviceDraft.class.getName())) {
                    draftGlobals.add(g.getName());
                }
            }
        }
        analyses = new ArrayList<>();
        for (ComplaintCase c : cases) {
            analyses.add(analysed.get(c.complaint()));
        }
        inputFacts = new ArrayList<>();
        decisions = new ArrayList<>();
        clocks = new ArrayList<>();
        caseSettings = new ArrayList<>();
        for (ComplaintCase c : cases) {
            TextAnalysis text = analysed.get(c.complaint());
            // the case's legal clock and the values in force on its day of receipt, as the library uses them
            CaseClock clock = advisor.clock(c.complaint());
            PolicySettings inForce = settings.asOf(clock.receivedDate());
            clocks.add(clock);
            caseSettings.add(inForce);
            List<Object> facts = new ArrayList<>();
            facts.add(c.complaint());
            facts.add(c.customer());
            facts.add(c.conversation());
            facts.add(text.profile());
            facts.add(inForce);
            facts.add(clock);
            facts.addAll(Signal.merge(List.of(text.signals()), c.complaint().signals()));
            inputFacts.add(List.copyOf(facts));
            Advice advice = advisor.advise(c);
            decisions.add(new FinalCompensation(
                    advice.compensation().maxAmount(), Guardrails.approver(advice.compensation())));
        }
    }

    /** @return the policy keys Java code reads, as the advisor declares them: the wording's and the text analysis' */
    private static List<PolicyChecks.EngineKey> engineKeys() {
        List<PolicyChecks.EngineKey> keys = new ArrayList<>();
        keys.add(new PolicyChecks.EngineKey(
                PolicyWording.LANGUAGES, DrlAnalyzer.ValueType.TEXT, false, "the languages of the wording"));
        keys.addAll(PolicyChecks.TEXT_ANALYSIS_KEYS);
        return keys;
    }

    /** @return the analysis made in set-up: the next case's at once, any other from the map */
    // the very complaint library(i) passes on, not an equal one
    @SuppressWarnings("ReferenceEquality")
    private TextAnalysis preanalysed(Complaint c, Map<Complaint, TextAnalysis> analysed) {
        return c == nextComplaint ? nextAnalysis : analysed.get(c);
    }

    /** @return the advice for the next case, text analysed beforehand */
    @Benchmark
    public Advice libraryPreanalysed() {
        return library(nextLibrary++ % cases.size());
    }

    /**
     * @param bh takes the derived facts
     */
    @Benchmark
    public void rawPooledSession(Blackhole bh) {
        raw(nextRaw++ % cases.size(), bh::consume);
    }

    /** @return how many cases the corpus holds */
    int size() {
        return cases.size();
    }

    /**
     * {@code advise} of case i, as {@link #libraryPreanalysed} does it.
     *
     * @param i the case's index in the corpus
     * @return its advice
     */
    Advice library(int i) {
        ComplaintCase c = cases.get(i);
        nextComplaint = c.complaint();
        nextAnalysis = analyses.get(i);
        return advisor.advise(c);
    }

    /**
     * Case i in the raw pooled session, as {@link #rawPooledSession} does it.
     *
     * @param i the case's index in the corpus
     * @param sink takes the derived facts, so that the JIT cannot drop the work
     */
    void raw(int i, Consumer<Object> sink) {
        KieSession session = pool.newKieSession();
        try {
            PolicySettings inForce = caseSettings.get(i);
            AdviceDraft draft = new AdviceDraft(clocks.get(i), () -> null, inForce.currency());
            for (String g : settingsGlobals) {
                session.setGlobal(g, inForce);
            }
            for (String g : draftGlobals) {
                session.setGlobal(g, draft);
            }
            for (Object f : inputFacts.get(i)) {
                session.insert(f);
            }
            session.insert(draft);
            session.fireAllRules();
            List<CompensationCap> caps = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof CompensationCap cap) {
                    caps.add(cap);
                }
            }
            sink.accept(caps);
            session.insert(decisions.get(i));
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                sink.accept(o);
            }
        } finally {
            session.dispose();
        }
    }
}
