package org.complaintrules.drools;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleEvaluationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.UnsupportedCaseException;
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityDriver;
import org.complaintrules.api.VulnerabilityEvidence;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.complaintrules.drools.internal.ClockSettings;
import org.complaintrules.drools.internal.CompiledPolicy;
import org.complaintrules.drools.internal.DrlAnalyzer;
import org.complaintrules.drools.internal.Evaluation;
import org.complaintrules.drools.internal.Guardrails;
import org.complaintrules.drools.internal.PolicyChecks;
import org.complaintrules.drools.internal.PolicyCompiler;
import org.complaintrules.drools.internal.PolicyFile;
import org.complaintrules.drools.internal.PolicyLoader;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.FinalCompensation;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TextProfile;
import org.complaintrules.drools.model.TraitEvidence;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.drools.signals.SignalAnalyzer;
import org.complaintrules.drools.signals.TextAnalysis;
import org.complaintrules.wording.PolicyWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ComplaintAdvisor} whose policy is a set of Drools rule files.
 *
 * <pre>{@code
 * ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()   // the bundled default policy
 *         .regulatoryProfile(RegulatoryProfile.UK_FCA)
 *         .build();
 * Advice advice = advisor.advise(complaintCase);
 * }</pre>
 *
 * <p>Each call to {@link #advise(ComplaintCase)}: checks the case's currencies against the policy,
 * analyses the text for signals, runs the rules in a fresh session over the one shared compiled
 * rule base (so the advisor is thread-safe), records every fired rule, stops runaway rules at the
 * firing limit, then applies the {@link Guardrails}. {@link #reload()} compiles the same sources
 * again and swaps the new rules in atomically; a call in progress finishes on the rules it started with.
 */
public final class DroolsComplaintAdvisor implements ComplaintAdvisor {
    /** Classpath folder of the bundled default policy (artifact {@code complaint-rules-default-policy}). */
    public static final String DEFAULT_POLICY_FOLDER = "org/complaintrules/policy";
    /**
     * The warning's code when {@code complaint.jurisdiction} names a subdivision the business calendar
     * has no holidays of its own for (say {@code GB-XYZ}): its country's are used.
     */
    public static final String SUBDIVISION_UNKNOWN = "CLOCK_SUBDIVISION";
    /** Default firing limit per case. */
    public static final int DEFAULT_FIRING_LIMIT = 1_000;
    /**
     * No longer used: {@code guardrail.absoluteCap} has one home, {@code policy.properties} (or the
     * builder's {@link Builder#absoluteCompensationCap(Money)}), and a policy without it does not build.
     *
     * @deprecated the absolute cap has no Java default any more
     */
    @Deprecated
    public static final String DEFAULT_ABSOLUTE_CAP = "10000";
    /** Default time budget per case. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(DroolsComplaintAdvisor.class);

    private final Supplier<List<PolicyFile>> sources;
    private final Map<String, String> overrides;
    private final RegulatoryProfile profile;
    private final Money absoluteCapOverride;
    private final int firingLimit;
    private final Duration timeBudget;
    private final boolean sandbox;
    private final Path rulesCache;
    private final boolean writeRulesCache;
    private final SignalAnalyzer analyzer;
    private final List<SignalAnalyzer> extraAnalyzers;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    private final BusinessCalendar calendar;

    /**
     * The compiled policy, its cap, the legal clock's settings, its wording, and the text analysis
     * adapted to it (thresholds, word lists).
     */
    private record Loaded(
            CompiledPolicy policy,
            Money absoluteCap,
            ClockSettings clocks,
            PolicyWording wording,
            SignalAnalyzer analyzer) {}

    /** The key the wording reads from {@code policy.properties}. */
    private static final List<PolicyChecks.EngineKey> WORDING_KEYS = List.of(new PolicyChecks.EngineKey(
            PolicyWording.LANGUAGES,
            DrlAnalyzer.ValueType.TEXT,
            false,
            "the languages of the wording and the reply templates (messages/, replies/)"));

    private DroolsComplaintAdvisor(Builder b) {
        this.sources = b.sources();
        this.overrides = Map.copyOf(b.overrides);
        this.profile = b.profile;
        this.absoluteCapOverride = b.absoluteCap;
        this.firingLimit = b.firingLimit;
        this.timeBudget = b.timeBudget;
        this.sandbox = b.sandbox;
        this.rulesCache = b.rulesCache;
        this.writeRulesCache = b.writeRulesCache;
        this.calendar = b.calendar;
        this.extraAnalyzers = List.copyOf(b.extraAnalyzers);
        if (!sandbox) {
            LOG.warn(
                    "rules run WITHOUT the sandbox (unrestrictedRules()): a rule file can reach anything this "
                            + "process can; a case past the time budget of {} ms is stopped on a worker thread",
                    timeBudget.toMillis());
        }
        if (b.analyzer != null) {
            this.analyzer = b.analyzer;
            current.set(load(() -> b.analyzer));
        } else {
            // the built-in analysis is made on another thread while the policy loads; that thread then
            // goes on to compile its word lists, so that the first cases do not wait for them
            CompletableFuture<DefaultSignalAnalyzer> builtIn =
                    CompletableFuture.supplyAsync(DefaultSignalAnalyzer::create);
            prepareInBackground(builtIn);
            Loaded first = load(() -> join(builtIn));
            this.analyzer = join(builtIn);
            current.set(first);
        }
    }

    /** Compiles the built-in word lists once the analysis is made; nothing waits for it. */
    @SuppressWarnings("FutureReturnValueIgnored") // fire and forget: a failure is reported by the first text
    private static void prepareInBackground(CompletableFuture<DefaultSignalAnalyzer> builtIn) {
        builtIn.thenAcceptAsync(analysis -> {
            try {
                analysis.prepare();
            } catch (RuntimeException e) {
                // a packaging error in a built-in list: the first text in that language reports it
                LOG.debug("preparing the built-in word lists failed", e);
            }
        });
    }

    private static DefaultSignalAnalyzer join(CompletableFuture<DefaultSignalAnalyzer> builtIn) {
        try {
            return builtIn.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** @return a builder; without any source it loads the bundled default policy */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param base the text analysis, asked for once the policy is loaded
     */
    private Loaded load(Supplier<SignalAnalyzer> base) {
        List<PolicyFile> files = sources.get();
        Map<String, String> lexicons = new LinkedHashMap<>();
        for (PolicyFile f : files) {
            if (f.name().startsWith(DefaultSignalAnalyzer.LEXICON_FOLDER)) {
                lexicons.put(f.name(), f.content());
            }
        }
        // word lists are no rules: the compiler skips them, but they count in the policy's checksum
        CompiledPolicy policy = PolicyCompiler.compile(
                files,
                overrides,
                profile,
                new PolicyCompiler.Options(sandbox, absoluteCapOverride != null, engineKeys())
                        .withRulesCache(rulesCache, writeRulesCache));
        PolicySettings s = policy.settings();
        Map<String, String> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.name(), f.content()));
        PolicyWording wording = PolicyWording.load(byName, s.values(), s.profile());
        Money cap = absoluteCapOverride != null ? absoluteCapOverride : s.money(PolicySettings.ABSOLUTE_CAP);
        if (!cap.currency().equals(s.currency())) {
            throw new IllegalArgumentException(
                    "absoluteCompensationCap must be in the policy currency " + s.currency() + ", was " + cap);
        }
        ClockSettings clocks;
        try {
            clocks = ClockSettings.from(s, calendar);
        } catch (IllegalArgumentException e) {
            throw new RuleCompilationException(List.of(new RuleProblem(PolicyLoader.PROPERTIES, 0, e.getMessage())));
        }
        // the built-in analysis takes its thresholds and word-list additions from the policy;
        // a host's own analysis (signalAnalyzer(...)) is used as it is
        SignalAnalyzer analysis = base.get();
        SignalAnalyzer adapted =
                analysis instanceof DefaultSignalAnalyzer builtIn ? builtIn.withPolicy(s.values(), lexicons) : analysis;
        return new Loaded(policy, cap, clocks, wording, adapted);
    }

    /**
     * @return the policy keys Java code reads: the wording's and the built-in text analysis' (the
     *     latter known also when a host's analysis replaces it, so a policy written for the built-in
     *     one, such as the bundled default, still compiles)
     */
    private List<PolicyChecks.EngineKey> engineKeys() {
        List<PolicyChecks.EngineKey> keys = new ArrayList<>(WORDING_KEYS);
        keys.addAll(PolicyChecks.TEXT_ANALYSIS_KEYS);
        return keys;
    }

    /**
     * Compiles the policy's sources again (re-reading a rules directory) and swaps them in.
     * On failure the advisor keeps the rules it had. Calls to {@code advise} go on meanwhile, on the
     * rules they started with. Reloads run one at a time, so a reload that reads the files later also
     * puts its rules in force later: an older reading never replaces a newer one.
     *
     * @return the new rule set
     * @throws RuleCompilationException when the new rules do not compile
     * @throws IllegalArgumentException when a rules directory or file the advisor was built from is
     *     gone or cannot be read (moved away during a deploy, say); the advisor keeps its rules here too
     */
    public synchronized RuleSetInfo reload() {
        Loaded next = load(() -> analyzer);
        // The old policy is not shut down: a call that read it just before the swap may still ask its
        // pool for a session. Once no call holds it, the old pool and rule base are garbage together.
        current.set(next);
        return next.policy().info();
    }

    @Override
    public RuleSetInfo ruleSet() {
        return current.get().policy().info();
    }

    @Override
    public List<RuleInfo> rules() {
        return current.get().policy().rules();
    }

    /** @return the policy's settings (the numbers in {@code policy.properties}, with overrides) */
    public Map<String, String> policySettings() {
        return current.get().policy().settings().values();
    }

    /** @return the regulatory profile in force */
    public RegulatoryProfile regulatoryProfile() {
        return current.get().policy().settings().profile();
    }

    /**
     * @return the policy's wording: what each advice code means in each declared language, and the
     *         reply templates; {@link PolicyWording#none()}-like when the policy has no wording files
     */
    public PolicyWording wording() {
        return current.get().wording();
    }

    /** @return the absolute compensation cap the guardrails enforce */
    public Money absoluteCompensationCap() {
        return current.get().absoluteCap();
    }

    /**
     * The legal clock a complaint's deadlines are counted on under this advisor: its jurisdiction (else
     * the profile's), its time zone (else the jurisdiction's, else UTC), the business calendar and the
     * policy's close of business.
     *
     * @param complaint a complaint
     * @return its clock
     */
    public CaseClock clock(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        Loaded loaded = current.get();
        return loaded.clocks().clockFor(complaint, loaded.policy().settings().profile());
    }

    @Override
    public Advice advise(ComplaintCase complaintCase) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        Loaded loaded = current.get();
        CompiledPolicy policy = loaded.policy();
        checkCurrencies(complaintCase, policy.settings());

        try {
            return adviseChecked(complaintCase, loaded, policy);
        } catch (ComplaintRulesException | OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // a fault of the rules or the engine stays in its case
            throw new RuleEvaluationException(
                    complaintCase.id(),
                    null,
                    "case " + complaintCase.id() + ": advice failed: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    e);
        }
    }

    private Advice adviseChecked(ComplaintCase complaintCase, Loaded loaded, CompiledPolicy policy) {
        CaseClock clock = loaded.clocks()
                .clockFor(complaintCase.complaint(), policy.settings().profile());
        checkDates(complaintCase, clock);
        // the values in force on the day of receipt, never the wall clock's
        PolicySettings settings = policy.settings().asOf(clock.receivedDate());
        TextAnalysis text = analysed(loaded.analyzer(), complaintCase);
        List<List<Signal>> found = new ArrayList<>();
        found.add(text.signals());
        for (SignalAnalyzer extra : extraAnalyzers) {
            found.add(analysed(extra, complaintCase).signals());
        }
        List<Signal> signals = Signal.merge(found, complaintCase.complaint().signals());
        // a calendar's first use (Jollyday reads its holiday data) is not the rules' time
        clock.prepareCalendar();
        Evaluation.FiringRule firing = new Evaluation.FiringRule();
        AdviceDraft draft = new AdviceDraft(clock, firing, settings.currency());
        List<Object> facts = new ArrayList<>();
        facts.add(complaintCase.complaint());
        facts.add(complaintCase.customer());
        facts.add(complaintCase.conversation());
        facts.add(text.profile());
        facts.add(settings);
        facts.add(clock);
        facts.addAll(signals);
        facts.add(draft);
        Guardrails guard = new Guardrails(loaded.absoluteCap(), settings);
        Money zero = Money.zero(settings.currency());
        AtomicReference<Compensation> decided = new AtomicReference<>();
        // approval is decided once, after every limit is final (the guardrail's absolute cap included)
        Evaluation.Result run = Evaluation.run(
                policy,
                facts,
                new Evaluation.Limits(firingLimit, timeBudget.toNanos(), sandbox, settings.currency()),
                complaintCase.id(),
                caps -> {
                    Compensation c = guard.compensation(caps, draft, zero);
                    decided.set(c);
                    return new FinalCompensation(c.maxAmount(), Guardrails.approver(c));
                },
                firing);
        Compensation compensation = decided.get();

        List<ComplainantType> traits = new ArrayList<>(guard.traits(run.traits(), settings));
        ComplainantType primary = guard.primary(run.primaries(), traits, settings);
        Priority priority = guard.priority(draft);
        Deadlines deadlines = guard.deadlines(draft);
        List<Evidence> evidence = evidence(run.evidence(), settings);
        List<String> warnings = new ArrayList<>(draft.warnings());
        warnings.addAll(guard.warnings());
        if (!clock.knowsSubdivision()) {
            // nothing silently repaired: a subdivision without holidays of its own (or a typo) is named
            warnings.add(SUBDIVISION_UNKNOWN + ": no public-holiday calendar for " + clock.jurisdiction()
                    + "; the public holidays of " + clock.jurisdiction().country()
                    + " are used (check complaint.jurisdiction)");
        }
        Advice advice = new Advice(
                complaintCase.id(),
                policy.info(),
                primary,
                traits,
                evidence,
                priority,
                new Strategy(draft.actions(), draft.avoided(), draft.responseSteps()),
                compensation,
                new Escalation(draft.level(), draft.teams(), draft.reasons()),
                deadlines,
                draft.followUps(),
                draft.tags(),
                run.fired(),
                warnings,
                vulnerability(signals),
                draft.referral(),
                null); // reply draft: written on request, below
        ReplyKind replyKind = complaintCase.complaint().replyDraft();
        return replyKind == null
                ? advice
                // the letter's dates in the zone of the deadlines, also when it comes from the jurisdiction
                : advice.withReply(loaded.wording()
                        .draft(
                                complaintCase,
                                advice,
                                replyLanguage(complaintCase.complaint(), text.profile()),
                                replyKind,
                                clock.zone(),
                                draft.extendedLimit()));
    }

    /**
     * @return the language of the reply draft: the case's tag when it names a language, even where
     *     the text was read in another (a Russian text tagged {@code et} is analysed in Russian, and
     *     the host asked for Estonian); else the language the text was read in
     */
    static String replyLanguage(Complaint complaint, TextProfile profile) {
        String given = DefaultSignalAnalyzer.languageOfTag(complaint.language());
        return given != null ? given : profile.language();
    }

    /**
     * Runs one text analysis. A host's analyser that throws or returns nothing fails its case with
     * the analyser's class and the exception's type, not its message: a message may quote the
     * complaint, and the error goes to the output (the exception stays the cause, for the host).
     */
    private static TextAnalysis analysed(SignalAnalyzer analyzer, ComplaintCase complaintCase) {
        TextAnalysis text;
        try {
            text = analyzer.analyse(complaintCase.complaint());
        } catch (ComplaintRulesException | Error e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(
                    complaintCase.id(),
                    null,
                    "case " + complaintCase.id() + ": the signal analyser "
                            + analyzer.getClass().getName()
                            + " failed (" + e.getClass().getName() + "; its message is not shown: it may quote the"
                            + " complaint)",
                    e);
        }
        if (text == null) {
            throw new RuleEvaluationException(
                    complaintCase.id(),
                    null,
                    "case " + complaintCase.id() + ": the signal analyser "
                            + analyzer.getClass().getName() + " returned no analysis (null)",
                    null);
        }
        return text;
    }

    /** @return the evidence by the type's precedence, then signal, then detail (package-visible for its test) */
    static List<Evidence> evidence(List<TraitEvidence> derived, PolicySettings settings) {
        int n = derived.size();
        TraitEvidence[] sorted = new TraitEvidence[n];
        int[] ranks = new int[n];
        // insertion sort (stable, as a sort of a list is): a case has a handful of pieces of evidence
        for (int k = 0; k < n; k++) {
            TraitEvidence e = derived.get(k);
            int rank = settings.rank(e.type());
            int i = k;
            while (i > 0 && compare(ranks[i - 1], sorted[i - 1], rank, e) > 0) {
                sorted[i] = sorted[i - 1];
                ranks[i] = ranks[i - 1];
                i--;
            }
            sorted[i] = e;
            ranks[i] = rank;
        }
        List<Evidence> evidence = new ArrayList<>(n);
        for (TraitEvidence e : sorted) {
            evidence.add(new Evidence(e.type(), e.signal(), e.detail()));
        }
        return evidence;
    }

    private static int compare(int rankA, TraitEvidence a, int rankB, TraitEvidence b) {
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        int bySignal = a.signal().compareTo(b.signal());
        return bySignal != 0 ? bySignal : a.detail().compareTo(b.detail());
    }

    /** The signal types that are evidence of a vulnerability driver, found once. */
    private static final Set<SignalType> DRIVER_SIGNALS = driverSignals();

    private static Set<SignalType> driverSignals() {
        Set<SignalType> types = EnumSet.noneOf(SignalType.class);
        for (SignalType t : SignalType.values()) {
            if (VulnerabilityDriver.forSignal(t).isPresent()) {
                types.add(t);
            }
        }
        return types;
    }

    /** @return the vulnerability drivers the signals show, with their evidence in {@code SignalType} order */
    private static Vulnerability vulnerability(List<Signal> signals) {
        List<Signal> drivers = null;
        for (Signal s : signals) {
            if (DRIVER_SIGNALS.contains(s.type())) {
                if (drivers == null) {
                    drivers = new ArrayList<>();
                }
                drivers.add(s);
            }
        }
        if (drivers == null) {
            return Vulnerability.none();
        }
        drivers.sort(Comparator.comparing(Signal::type));
        List<VulnerabilityEvidence> evidence = new ArrayList<>(drivers.size());
        for (Signal s : drivers) {
            evidence.add(new VulnerabilityEvidence(s.type(), s.detail()));
        }
        return Vulnerability.of(evidence);
    }

    /**
     * The dates that must not lie after the day of receipt, checked in the case's own time zone once
     * it is known: the complaint's, else its jurisdiction's or the profile's (CONTRACT.md 5.1). The
     * case itself could only check them in a zone given with it, else at the latest date anywhere.
     */
    private static void checkDates(ComplaintCase c, CaseClock clock) {
        LocalDate received = clock.receivedDate();
        checkNotAfter("complaint.incidentDate", "receivedAt", c.complaint().incidentDate(), received, clock);
        checkNotAfter(
                "customer.customerSince", "complaint.receivedAt", c.customer().customerSince(), received, clock);
    }

    private static void checkNotAfter(String field, String other, LocalDate date, LocalDate received, CaseClock clock) {
        if (date != null && date.isAfter(received)) {
            throw new InvalidInputException(
                    field,
                    "must not be after " + other + " (" + received + " in "
                            + (clock.zone().equals(ZoneOffset.UTC)
                                    ? "UTC"
                                    : clock.zone().getId())
                            + ", the case's time zone), was \"" + date + "\"");
        }
    }

    /** Checks each amount of the case, in this order, against the policy currency. */
    private static void checkCurrencies(ComplaintCase c, PolicySettings s) {
        checkCurrency("complaint.claimedLoss", c.complaint().claimedLoss(), s);
        checkCurrency("complaint.requestedCompensation", c.complaint().requestedCompensation(), s);
        checkCurrency("customer.lifetimeValue", c.customer().lifetimeValue(), s);
        checkCurrency("customer.compensationLast12Months", c.customer().compensationLast12Months(), s);
        checkCurrency("conversation.lastOffer", c.conversation().lastOffer(), s);
    }

    private static void checkCurrency(String field, Money money, PolicySettings s) {
        if (money != null && !money.currency().equals(s.currency())) {
            throw new UnsupportedCaseException(
                    field + ".currency",
                    "policy " + s.name() + " has limits for " + s.currency().getCurrencyCode() + " only, was "
                            + money.currency().getCurrencyCode());
        }
    }

    /**
     * Configures and builds a {@link DroolsComplaintAdvisor}. {@link #build()} either returns a
     * fully working advisor or throws; a half-loaded advisor never exists.
     */
    public static final class Builder {
        private final List<Supplier<List<PolicyFile>>> parts = new ArrayList<>();
        /** Whether a source of rules or settings was added (not only word lists): else the bundled policy is used. */
        private boolean policySource;

        private final Map<String, String> overrides = new LinkedHashMap<>();
        private RegulatoryProfile profile;
        private Money absoluteCap;
        private int firingLimit = DEFAULT_FIRING_LIMIT;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private boolean sandbox = true;
        private Path rulesCache;
        private boolean writeRulesCache;
        /** {@code null}: the built-in analysis, made while the policy loads. */
        private SignalAnalyzer analyzer;

        private BusinessCalendar calendar = BusinessCalendar.publicHolidays();
        private final List<SignalAnalyzer> extraAnalyzers = new ArrayList<>();

        private Builder() {}

        /**
         * Adds the bundled default policy; it must be on the classpath
         * ({@code org.complaintrules:complaint-rules-default-policy}). Used when no other policy source
         * (rules, a policy folder) is added: word lists added with {@link #lexicon(String, String)}
         * alone extend it.
         *
         * @return this builder
         */
        public Builder defaultPolicy() {
            parts.add(Builder::bundledPolicy);
            policySource = true;
            return this;
        }

        private static List<PolicyFile> bundledPolicy() {
            ClassLoader loader = DroolsComplaintAdvisor.class.getClassLoader();
            if (loader.getResource(DEFAULT_POLICY_FOLDER + "/" + PolicyLoader.PROPERTIES) == null) {
                throw new IllegalArgumentException(
                        "the bundled default policy is not on the classpath: add the dependency "
                                + "org.complaintrules:complaint-rules-default-policy, or give the builder rulesDirectory(...)");
            }
            return PolicyLoader.fromClasspath(loader, DEFAULT_POLICY_FOLDER);
        }

        /**
         * Adds a policy folder: every rule file below it ({@code .drl}, and decision tables
         * {@code .drl.csv}), its {@code policy.properties}, and its {@code lexicon/}, {@code messages/}
         * and {@code replies/} folders (word-list additions and the human wording). The folder is read
         * again on {@link DroolsComplaintAdvisor#reload()}.
         *
         * @param dir the folder
         * @return this builder
         * @throws NullPointerException when {@code dir} is null
         */
        public Builder rulesDirectory(Path dir) {
            Objects.requireNonNull(dir, "dir");
            parts.add(() -> PolicyLoader.fromDirectory(dir));
            policySource = true;
            return this;
        }

        /**
         * Adds the {@code .drl} files and {@code policy.properties} of a classpath folder.
         *
         * @param folder e.g. {@code com/example/policy}
         * @return this builder
         */
        public Builder classpathPolicy(String folder) {
            Objects.requireNonNull(folder, "folder");
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader()
                    : DroolsComplaintAdvisor.class.getClassLoader();
            parts.add(() -> PolicyLoader.fromClasspath(loader, folder));
            policySource = true;
            return this;
        }

        /**
         * Adds classpath resources one by one: {@code .drl} files, or a {@code policy.properties}.
         *
         * @param paths resource paths, e.g. {@code com/example/policy/extra.drl}
         * @return this builder
         */
        public Builder classpathResources(String... paths) {
            ClassLoader loader = DroolsComplaintAdvisor.class.getClassLoader();
            for (String p : paths) {
                Objects.requireNonNull(p, "path");
                String name = p.substring(p.lastIndexOf('/') + 1);
                parts.add(() -> List.of(new PolicyFile(name, PolicyLoader.readResource(loader, p))));
                policySource = true;
            }
            return this;
        }

        /**
         * Adds one rule file given as text.
         *
         * @param fileName the name errors are reported under; must end in {@code .drl}, or be {@code policy.properties}
         * @param content the rules
         * @return this builder
         * @throws IllegalArgumentException when the name is neither
         */
        public Builder drl(String fileName, String content) {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
            if (!fileName.endsWith(".drl") && !fileName.equals(PolicyLoader.PROPERTIES)) {
                throw new IllegalArgumentException(
                        "fileName must end in .drl or be policy.properties, was \"" + fileName + "\"");
            }
            PolicyFile f = new PolicyFile(fileName, content);
            parts.add(() -> List.of(f));
            policySource = true;
            return this;
        }

        /**
         * Adds one word list given as text, extending the built-in lists of the text analysis
         * (format: {@code org/complaintrules/drools/signals/lexicon/README.md}). Word lists are no
         * policy of their own: with no rules or policy folder added, they extend the bundled policy.
         *
         * @param fileName {@code lexicon/<language>/<list>.txt}, e.g. {@code lexicon/en/churn.txt}; errors name it
         * @param content the entries
         * @return this builder
         * @throws IllegalArgumentException when the name does not start with {@code lexicon/} or end in {@code .txt}
         */
        public Builder lexicon(String fileName, String content) {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
            if (!fileName.startsWith(DefaultSignalAnalyzer.LEXICON_FOLDER) || !fileName.endsWith(".txt")) {
                throw new IllegalArgumentException(
                        "fileName must be lexicon/<language>/<list>.txt, was \"" + fileName + "\"");
            }
            PolicyFile f = new PolicyFile(fileName, content);
            parts.add(() -> List.of(f));
            return this;
        }

        /**
         * Overrides one value of {@code policy.properties}.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder policyProperty(String key, String value) {
            overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Overrides values of {@code policy.properties}.
         *
         * @param values keys and values
         * @return this builder
         */
        public Builder policyProperties(Map<String, String> values) {
            values.forEach(this::policyProperty);
            return this;
        }

        /**
         * @param profile the regulatory profile; overrides {@code regulatory.profile} of the policy
         * @return this builder
         */
        public Builder regulatoryProfile(RegulatoryProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * @param cap the most any case may be offered, whatever the rules say; in the policy currency.
         *            It replaces {@code guardrail.absoluteCap} of the policy for the guardrails, and the
         *            policy may then leave the key out (unless a {@code check.} declaration of its
         *            {@code policy.properties} names it; such checks compare with the key, not with this cap).
         *            Default: the policy's {@code guardrail.absoluteCap}; there is no Java default.
         * @return this builder
         */
        public Builder absoluteCompensationCap(Money cap) {
            this.absoluteCap = Objects.requireNonNull(cap, "cap");
            return this;
        }

        /**
         * @param limit the most rule firings one case may take before it fails with RULES_FAILED; 1..1,000,000
         * @return this builder
         * @throws IllegalArgumentException when out of range, quoting the value
         */
        public Builder firingLimit(int limit) {
            if (limit < 1 || limit > 1_000_000) {
                throw new IllegalArgumentException("firingLimit must be 1..1000000, was " + limit);
            }
            this.firingLimit = limit;
            return this;
        }

        /**
         * @param budget the most time the rules may take for one case; a case past it is answered
         *     RULES_FAILED naming the rule in progress, its session is discarded and the advisor stays
         *     usable. 1 ms to 10 minutes; default {@link DroolsComplaintAdvisor#DEFAULT_TIME_BUDGET}
         * @return this builder
         * @throws IllegalArgumentException when out of range, quoting the value
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.compareTo(Duration.ofMillis(1)) < 0 || budget.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("timeBudget must be 1 ms..10 min, was " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * Turns the sandbox off: rule files may then use any Java class, loops, reflection and I/O.
         * Only for rule files as trusted as the host's own code; logged once at WARN. A case past the
         * time budget then runs on a worker thread that is stopped (see the README's "Limits and guarantees").
         *
         * @return this builder
         */
        public Builder unrestrictedRules() {
            this.sandbox = false;
            return this;
        }

        /**
         * Keeps the rules compiled from rule files in a folder between runs (of this JVM and of later
         * ones): building an advisor from the same rule files again, with the same build of this
         * library, then loads their compiled classes from the folder instead of compiling, which
         * takes seconds on a cold JVM. The bundled default policy needs no cache (it was compiled
         * when the library was built).
         *
         * <p>The sandbox still holds: an entry is only written for rule files that passed both of
         * its layers, and every class read from the folder is checked again before it is used;
         * anything that keeps an entry from loading means compiling as without a cache. Where the
         * file system has POSIX permissions, the folder is created readable by its owner only, and
         * one that others may write to is not read; the 16 entries used last are kept. Writing an
         * entry compiles the rules once more, to Drools' executable model (about as long again as
         * compiling them, and only with {@code org.drools:drools-model-codegen} on the class path);
         * so hosts that build advisors often from changing rule files may prefer to write the cache
         * from one step of their own (like the command line's {@code check}) and only read it
         * elsewhere. Ignored with {@link #unrestrictedRules()}.
         *
         * @param folder the cache's folder, e.g. {@code ~/.cache/complaint-advisor}
         * @param write whether rules compiled as usual are written into it for later runs; {@code
         *     false} only reads it
         * @return this builder
         * @throws NullPointerException when {@code folder} is null
         */
        public Builder compiledRulesCache(Path folder, boolean write) {
            this.rulesCache = Objects.requireNonNull(folder, "folder");
            this.writeRulesCache = write;
            return this;
        }

        /**
         * Replaces the built-in text analysis. The replacement is used as it is: the policy's
         * thresholds and word-list additions apply to {@link DefaultSignalAnalyzer} only.
         *
         * @param analyzer the text analysis to use instead of {@link DefaultSignalAnalyzer}
         * @return this builder
         */
        public Builder signalAnalyzer(SignalAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /**
         * The business calendar every business-day deadline is counted on, instead of
         * {@link BusinessCalendar#publicHolidays()}. To add the company's own closing days to the public
         * holidays, compose: {@code BusinessCalendar.publicHolidays().and(BusinessCalendar.closedOn(days))}.
         *
         * @param calendar the calendar
         * @return this builder
         * @throws NullPointerException when {@code calendar} is null
         */
        public Builder businessCalendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Adds a host's own text analysis beside the built-in one, for example one wrapping a
         * classifier the host holds. Its signals are merged with the built-in ones, one signal per
         * type: the built-in analysis comes first, then the added analysers in the order they were
         * added, then the codes in {@code complaint.signals}; for a type found by several, the first
         * one's detail is kept. Its {@link TextAnalysis#profile() profile} is not used. It must be
         * thread-safe and must not log the text.
         *
         * @param analyzer the analyser to add
         * @return this builder
         */
        public Builder addSignalAnalyzer(SignalAnalyzer analyzer) {
            extraAnalyzers.add(Objects.requireNonNull(analyzer, "analyzer"));
            return this;
        }

        private Supplier<List<PolicyFile>> sources() {
            List<Supplier<List<PolicyFile>>> chosen = new ArrayList<>();
            if (!policySource) {
                // nothing but word lists (or nothing at all): they extend the bundled policy
                chosen.add(Builder::bundledPolicy);
            }
            chosen.addAll(parts);
            return () -> {
                List<PolicyFile> all = new ArrayList<>();
                chosen.forEach(s -> all.addAll(s.get()));
                long props = all.stream().filter(PolicyFile::isPolicyProperties).count();
                if (props > 1) {
                    throw new IllegalArgumentException("a policy has one policy.properties, found " + props);
                }
                return all;
            };
        }

        /**
         * Builds the advisor. Compiling the rule files is the costly part; a build from rule files
         * this JVM has already compiled with the sandbox on (for another regulatory profile, other
         * policy values, or the same policy again) reuses those compiled rules, and checks the
         * values, wording and settings of its own as always.
         *
         * @return a working advisor
         * @throws RuleCompilationException when the rules do not compile, with every error as {@code file:line: message}
         * @throws IllegalArgumentException when a source cannot be read or the configuration is inconsistent
         */
        public DroolsComplaintAdvisor build() {
            return new DroolsComplaintAdvisor(this);
        }
    }
}
