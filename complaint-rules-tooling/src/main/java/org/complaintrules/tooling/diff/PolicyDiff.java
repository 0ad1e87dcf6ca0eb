package org.complaintrules.tooling.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.Referral;
import org.complaintrules.api.Reply;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.VulnerabilityEvidence;
import org.complaintrules.tooling.explain.ExplainText;

/**
 * Runs one corpus of cases through two policies and reports what a change does before it
 * ships: both policies by label and checksum, the settings and rules that changed, then how many
 * cases change complainant type, escalation, priority and maximum compensation, how types and
 * escalation levels shift, the total exposure delta, and the first examples of each change.
 *
 * <pre>{@code
 * DiffReport report = PolicyDiff.compare(current, candidate, cases, 5);
 * System.out.println(report.toText());
 * }</pre>
 */
public final class PolicyDiff {
    /**
     * The aspects of advice the diff compares. Each is made of named parts (an aspect of one part,
     * such as the priority, has no name for it); an aspect changed when one of its parts is not
     * equal under the two policies, and an example shows only the parts that changed.
     */
    @SuppressWarnings("ImmutableEnumChecker") // each part is a stateless lambda over an immutable Advice
    public enum Aspect {
        /** The primary complainant type. */
        COMPLAINANT_TYPE(part("", Advice::complainantType)),
        /** The escalation level and teams. */
        ESCALATION(
                part("level", a -> a.escalation().level()),
                part("teams", a -> a.escalation().teams())),
        /** The priority. */
        PRIORITY(part("", Advice::priority)),
        /** The maximum compensation (compared at the currency's decimals). */
        MAX_COMPENSATION(
                part("", a -> a.compensation().maxAmount().roundedDown().toString())),
        /** The forms the compensation may take and who approves how much. */
        COMPENSATION_TERMS(
                part("allowedForms", a -> a.compensation().allowedForms()),
                part("approvals", a -> a.compensation().approvals())),
        /** What to do, what to avoid, and the response steps in order. */
        STRATEGY(
                part("do", a -> a.strategy().actions()),
                part("avoid", a -> a.strategy().avoid()),
                part("responseSteps", a -> a.strategy().responseSteps())),
        /** The deadlines, the regulatory limit and their basis. */
        DEADLINES(
                part("acknowledgeBy", a -> a.deadlines().acknowledgeBy()),
                part("respondBy", a -> a.deadlines().respondBy()),
                part("resolveBy", a -> a.deadlines().resolveBy()),
                part("followUpAt", a -> a.deadlines().followUpAt()),
                part("regulatoryLimit", a -> a.deadlines().regulatoryLimit()),
                part("basis", a -> a.deadlines().basis())),
        /**
         * Everything else the advice says (traits, evidence, escalation reasons, follow-up, tags,
         * warnings, vulnerability, referral, reply draft); the rule set and the audit trail of fired
         * rules aside.
         */
        OTHER(
                part("traits", Advice::traits),
                part("evidence", Advice::evidence),
                part("escalationReasons", a -> a.escalation().reasons()),
                part("followUp", Advice::followUp),
                part("tags", Advice::tags),
                part("warnings", Advice::warnings),
                part("vulnerabilityDrivers", a -> a.vulnerability().drivers()),
                part("vulnerabilityEvidence", a -> a.vulnerability().evidence()),
                part("referral", Advice::referral),
                part("reply", Advice::reply)),
        /** Whether the case could be advised at all (advice on one side, an error on the other). */
        OUTCOME(part("", a -> "advised"));

        private final List<Part> parts;

        Aspect(Part... parts) {
            this.parts = List.of(parts);
        }

        /** @return the change from {@code a} to {@code b} in this aspect, or {@code null} when there is none */
        Change change(String caseId, CaseResult a, CaseResult b) {
            if (!(a instanceof Advice x) || !(b instanceof Advice y)) {
                String from = outcome(a);
                String to = outcome(b);
                return from.equals(to) ? null : new Change(caseId, from, to);
            }
            StringBuilder from = null;
            StringBuilder to = null;
            for (Part p : parts) {
                Object before = p.value().apply(x);
                Object after = p.value().apply(y);
                if (Objects.equals(before, after)) {
                    continue;
                }
                if (from == null) {
                    from = new StringBuilder();
                    to = new StringBuilder();
                } else {
                    from.append("; ");
                    to.append("; ");
                }
                String name = p.name().isEmpty() ? "" : p.name() + " ";
                from.append(name).append(shown(before));
                to.append(name).append(shown(after));
            }
            return from == null ? null : new Change(caseId, from.toString(), to.toString());
        }
    }

    /** @return {@code advised}, or {@code error} and the error's code */
    private static String outcome(CaseResult r) {
        return r instanceof CaseError e ? "error " + e.code() : "advised";
    }

    /** A named part of an aspect of advice. */
    private record Part(String name, Function<Advice, Object> value) {}

    private static Part part(String name, Function<Advice, Object> value) {
        return new Part(name, value);
    }

    /** @return a part's value as an example shows it: codes by name, evidence with its detail, none for null */
    private static String shown(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(shown(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Evidence e) {
            return e.type() + " " + e.signal() + " (" + e.detail() + ")";
        }
        if (value instanceof VulnerabilityEvidence e) {
            return e.signal() + " (" + e.detail() + ")";
        }
        if (value instanceof Approval ap) {
            return ap.role() + " up to " + ap.upTo();
        }
        if (value instanceof DeadlineBasis b) {
            return b.deadline() + " by " + b.ruleId() + " (" + b.citation() + ")";
        }
        if (value instanceof Referral r) {
            return r.body() + ", from " + shown(r.availableFrom()) + ", window " + shown(r.windowAfterFinalResponse())
                    + (r.timeBarred() ? ", time-barred" : "") + " (" + r.citation() + ")";
        }
        if (value instanceof Reply r) {
            return r.kind() + " " + r.language() + " \"" + r.subject() + "\" clauses " + shown(r.clauses())
                    + " missing " + shown(r.missingFacts()) + " (body of "
                    + r.body().length() + " characters)";
        }
        return value.toString();
    }

    /**
     * One case whose advice changed in one aspect.
     *
     * @param caseId the case
     * @param from the value under the first policy
     * @param to the value under the second policy
     */
    public record Change(String caseId, String from, String to) {}

    /**
     * How many cases changed in one aspect, with the first examples.
     *
     * @param aspect what changed
     * @param count how many cases
     * @param examples the first changes, at most the requested number
     */
    public record AspectDiff(Aspect aspect, int count, List<Change> examples) {
        /**
         * Copies the list.
         *
         * @param aspect what changed
         * @param count how many cases
         * @param examples the first changes, at most the requested number
         */
        public AspectDiff {
            examples = List.copyOf(examples);
        }
    }

    /**
     * How many cases had each value of an aspect under each policy, and how many moved from one value
     * to another.
     *
     * @param from value to the number of cases with it under the first policy
     * @param to the same under the second policy
     * @param moves {@code "A -> B"} to the number of cases that changed from A to B, most first
     */
    public record Shift(Map<String, Integer> from, Map<String, Integer> to, Map<String, Integer> moves) {
        /**
         * Copies the maps, keeping their order.
         *
         * @param from the old value, or {@code null} when the key is new
         * @param to the new value, or {@code null} when the key was removed
         * @param moves {@code "A -> B"} to the number of cases that changed from A to B, most first
         */
        public Shift {
            from = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(from));
            to = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(to));
            moves = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moves));
        }
    }

    /**
     * The result of a diff.
     *
     * @param from the first policy
     * @param to the second policy
     * @param cases how many cases were compared
     * @param changedCases how many cases changed in any aspect
     * @param aspects one entry per aspect, in {@link Aspect} order
     * @param exposureFrom total maximum compensation under the first policy, over cases both advised
     * @param exposureTo the same under the second policy
     * @param currency the currency of the first policy's exposure total, or empty when no case was advised by
     *     both
     * @param currencyTo the currency of the second policy's exposure total (a policy's {@code currency}
     *     setting), or empty when no case was advised by both
     * @param fromLabel what the first policy is called, e.g. its folder
     * @param toLabel what the second policy is called
     * @param changes the settings and rules that changed
     * @param types complainant types before and after, over cases both advised
     * @param levels escalation levels before and after, over cases both advised
     * @param failedFrom cases the first policy could not advise (an error): left out of the exposure totals
     *     and the shifts
     * @param failedTo the same for the second policy
     */
    public record DiffReport(
            RuleSetInfo from,
            RuleSetInfo to,
            int cases,
            int changedCases,
            List<AspectDiff> aspects,
            BigDecimal exposureFrom,
            BigDecimal exposureTo,
            String currency,
            String currencyTo,
            String fromLabel,
            String toLabel,
            PolicyChanges changes,
            Shift types,
            Shift levels,
            int failedFrom,
            int failedTo) {
        /**
         * Copies the list.
         *
         * @param from the old value, or {@code null} when the key is new
         * @param to the new value, or {@code null} when the key was removed
         * @param cases how many cases were compared
         * @param changedCases how many cases changed in any aspect
         * @param aspects one entry per aspect, in {@link Aspect} order
         * @param exposureFrom total maximum compensation under the first policy, over cases both advised
         * @param exposureTo the same under the second policy
         * @param currency the currency of the first policy's exposure total, or empty when no case was
         *     advised by both
         * @param currencyTo the currency of the second policy's exposure total, or empty
         * @param fromLabel what the first policy is called, e.g. its folder
         * @param toLabel what the second policy is called
         * @param changes the settings and rules that changed
         * @param types complainant types before and after, over cases both advised
         * @param levels escalation levels before and after, over cases both advised
         * @param failedFrom cases the first policy could not advise
         * @param failedTo cases the second policy could not advise
         */
        public DiffReport {
            aspects = List.copyOf(aspects);
            Objects.requireNonNull(fromLabel, "fromLabel");
            Objects.requireNonNull(toLabel, "toLabel");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(levels, "levels");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(currencyTo, "currencyTo");
        }

        /**
         * A report that counts no failed case.
         *
         * @param from the first policy's rule set
         * @param to the second policy's rule set
         * @param cases how many cases were compared
         * @param changedCases how many cases changed in any aspect
         * @param aspects one entry per aspect, in {@link Aspect} order
         * @param exposureFrom total maximum compensation under the first policy, over cases both advised
         * @param exposureTo the same under the second policy
         * @param currency the currency of both exposure totals, or empty when no case was advised by both
         * @param fromLabel what the first policy is called, e.g. its folder
         * @param toLabel what the second policy is called
         * @param changes the settings and rules that changed
         * @param types complainant types before and after, over cases both advised
         * @param levels escalation levels before and after, over cases both advised
         */
        public DiffReport(
                RuleSetInfo from,
                RuleSetInfo to,
                int cases,
                int changedCases,
                List<AspectDiff> aspects,
                BigDecimal exposureFrom,
                BigDecimal exposureTo,
                String currency,
                String fromLabel,
                String toLabel,
                PolicyChanges changes,
                Shift types,
                Shift levels) {
            this(
                    from,
                    to,
                    cases,
                    changedCases,
                    aspects,
                    exposureFrom,
                    exposureTo,
                    currency,
                    currency,
                    fromLabel,
                    toLabel,
                    changes,
                    types,
                    levels,
                    0,
                    0);
        }

        /**
         * @return the cases left out of the exposure totals because a policy failed on them, in words, e.g.
         *     {@code 2 cases failed under m/divzero (to); they are left out of the totals}; empty when none
         */
        public String leftOut() {
            if (failedFrom == 0 && failedTo == 0) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            if (failedFrom > 0) {
                b.append(cases(failedFrom))
                        .append(" failed under ")
                        .append(fromLabel)
                        .append(" (from)");
            }
            if (failedTo > 0) {
                b.append(failedFrom > 0 ? ", " : "")
                        .append(cases(failedTo))
                        .append(" failed under ")
                        .append(toLabel)
                        .append(" (to)");
            }
            return b.append(failedFrom + failedTo == 1 ? "; it is" : "; they are")
                    .append(" left out of the totals")
                    .toString();
        }

        /**
         * @return whether the two policies' totals are in different currencies (their {@code currency}
         *     settings differ): then there is no delta, since amounts in two currencies do not subtract
         */
        public boolean currenciesDiffer() {
            return !currency.equals(currencyTo);
        }

        /** @return the exposure delta, {@code to - from}; {@code null} when {@link #currenciesDiffer()} */
        public BigDecimal exposureDelta() {
            return currenciesDiffer() ? null : exposureTo.subtract(exposureFrom);
        }

        /**
         * @param aspect an aspect
         * @return its entry
         */
        public AspectDiff aspect(Aspect aspect) {
            return aspects.stream()
                    .filter(a -> a.aspect() == aspect)
                    .findFirst()
                    .orElseThrow();
        }

        /** @return the report for people: both policies, what changed in them, then the effects on the cases */
        public String toText() {
            StringBuilder out = new StringBuilder();
            out.append("from: ")
                    .append(fromLabel)
                    .append("  ")
                    .append(describe(from))
                    .append('\n');
            out.append("to:   ")
                    .append(toLabel)
                    .append("  ")
                    .append(describe(to))
                    .append('\n');
            out.append(changes.toText());
            out.append("Effects: ")
                    .append(cases(cases))
                    .append(" compared, ")
                    .append(changedCases)
                    .append(" changed\n");
            for (AspectDiff a : aspects) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-" + LABEL_WIDTH + "s %6d %s%n",
                        label(a.aspect()),
                        a.count(),
                        a.count() == 1 ? "case changed" : "cases changed"));
                for (Change c : a.examples()) {
                    out.append("      e.g. ")
                            .append(ExplainText.printable(c.caseId()))
                            .append(": ")
                            .append(c.from())
                            .append(" -> ")
                            .append(c.to())
                            .append('\n');
                }
            }
            moves(out, "complainant type", types);
            moves(out, "escalation level", levels);
            if (currency.isEmpty()) {
                out.append("  total exposure: no case was advised under both policies\n");
                return leftOut(out);
            }
            if (currenciesDiffer()) {
                out.append("  total exposure: ")
                        .append(exposureFrom.toPlainString())
                        .append(' ')
                        .append(currency)
                        .append(" -> ")
                        .append(exposureTo.toPlainString())
                        .append(' ')
                        .append(currencyTo)
                        .append(" (the currencies differ: no delta)\n");
                return leftOut(out);
            }
            String signed =
                    (exposureDelta().signum() >= 0 ? "+" : "") + exposureDelta().toPlainString();
            out.append("  total exposure: ")
                    .append(exposureFrom.toPlainString())
                    .append(" -> ")
                    .append(exposureTo.toPlainString())
                    .append(' ')
                    .append(currency)
                    .append(" (")
                    .append(signed)
                    .append(' ')
                    .append(currency)
                    .append(")\n");
            return leftOut(out);
        }

        private String leftOut(StringBuilder out) {
            String left = leftOut();
            if (!left.isEmpty()) {
                out.append("    ").append(left).append('\n');
            }
            return out.toString();
        }

        /**
         * @param n a number of cases
         * @return {@code 1 case}, {@code 2 cases}
         */
        public static String cases(int n) {
            return n + (n == 1 ? " case" : " cases");
        }

        private static void moves(StringBuilder out, String what, Shift shift) {
            if (shift.moves().isEmpty()) {
                return;
            }
            out.append("  ").append(what).append(" shifts:");
            shift.moves()
                    .forEach((k, v) ->
                            out.append(' ').append(k).append(" (").append(v).append(')'));
            out.append('\n');
        }

        private static String describe(RuleSetInfo r) {
            return r.name() + " " + r.version() + " (" + r.checksum() + ")";
        }

        private static String label(Aspect a) {
            return a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /** The longest aspect's label, so that the counts stand in one column. */
        private static final int LABEL_WIDTH = Arrays.stream(Aspect.values())
                .mapToInt(a -> label(a).length())
                .max()
                .orElse(1);
    }

    private PolicyDiff() {}

    /**
     * @param from the current policy
     * @param to the candidate policy
     * @param cases the corpus
     * @param examples how many examples to keep per aspect
     * @return the report; both sides are labelled by their rule set's name and version
     */
    public static DiffReport compare(
            ComplaintAdvisor from, ComplaintAdvisor to, List<ComplaintCase> cases, int examples) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return compare(
                PolicySide.of(from.ruleSet().name() + " " + from.ruleSet().version(), from),
                PolicySide.of(to.ruleSet().name() + " " + to.ruleSet().version(), to),
                cases,
                examples,
                () -> {});
    }

    /**
     * @param from the current policy
     * @param to the candidate policy
     * @param cases the corpus, read once, in order
     * @param examples how many examples to keep per aspect
     * @param afterEachCase called after each case (e.g. to show progress)
     * @return the report
     * @throws IllegalArgumentException when {@code examples} is negative
     */
    public static DiffReport compare(
            PolicySide from, PolicySide to, Iterable<ComplaintCase> cases, int examples, Runnable afterEachCase) {
        Objects.requireNonNull(afterEachCase, "afterEachCase");
        Accumulator acc = accumulator(from, to, examples);
        for (ComplaintCase c : cases) {
            acc.add(c.id(), from.advisor().tryAdvise(c), to.advisor().tryAdvise(c));
            afterEachCase.run();
        }
        return acc.report();
    }

    /**
     * For callers that advise the cases themselves (e.g. on several threads): the results of each
     * case under both policies are {@link Accumulator#add added} in corpus order, and the report is
     * the one {@link #compare(PolicySide, PolicySide, Iterable, int, Runnable)} would give. Memory
     * is bounded by the examples kept, whatever the corpus's size.
     *
     * @param from the current policy
     * @param to the candidate policy
     * @param examples how many examples to keep per aspect
     * @return an empty accumulator, for one thread
     * @throws IllegalArgumentException when {@code examples} is negative
     */
    public static Accumulator accumulator(PolicySide from, PolicySide to, int examples) {
        return new Accumulator(from, to, examples);
    }

    /** The aspects compared when both sides advised the case: all but {@link Aspect#OUTCOME}. */
    private static final List<Aspect> ADVICE_ASPECTS = java.util.Arrays.stream(Aspect.values())
            .filter(a -> a != Aspect.OUTCOME)
            .toList();

    /** Tallies a diff case by case; see {@link #accumulator}. Not thread-safe. */
    public static final class Accumulator {
        private final PolicySide from;
        private final PolicySide to;
        private final int examples;
        private final Map<Aspect, List<Change>> changes = new LinkedHashMap<>();
        private final Map<Aspect, Integer> counts = new LinkedHashMap<>();
        private final Tally types = new Tally(java.util.Arrays.stream(ComplainantType.values())
                .map(Enum::name)
                .toList());
        private final Tally levels = new Tally(java.util.Arrays.stream(EscalationLevel.values())
                .map(Enum::name)
                .toList());
        private BigDecimal exposureFrom = BigDecimal.ZERO;
        private BigDecimal exposureTo = BigDecimal.ZERO;
        private String currency = "";
        private String currencyTo = "";
        private int changed;
        private int total;
        private int failedFrom;
        private int failedTo;

        private Accumulator(PolicySide from, PolicySide to, int examples) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            if (examples < 0) {
                throw new IllegalArgumentException("examples must be >= 0, was " + examples);
            }
            this.examples = examples;
            for (Aspect a : Aspect.values()) {
                changes.put(a, new ArrayList<>());
                counts.put(a, 0);
            }
        }

        /**
         * Adds the next case of the corpus.
         *
         * @param caseId the case's id (shown in examples)
         * @param a its result under the current policy
         * @param b its result under the candidate policy
         * @throws NullPointerException when a result is null
         */
        public void add(String caseId, CaseResult a, CaseResult b) {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            total++;
            if (a instanceof CaseError) {
                failedFrom++;
            }
            if (b instanceof CaseError) {
                failedTo++;
            }
            boolean any = false;
            List<Aspect> compared =
                    a instanceof Advice && b instanceof Advice ? ADVICE_ASPECTS : List.of(Aspect.OUTCOME);
            for (Aspect aspect : compared) {
                Change change = aspect.change(caseId, a, b);
                if (change != null) {
                    any = true;
                    counts.merge(aspect, 1, Integer::sum);
                    if (changes.get(aspect).size() < examples) {
                        changes.get(aspect).add(change);
                    }
                }
            }
            if (a instanceof Advice x && b instanceof Advice y) {
                exposureFrom = exposureFrom.add(x.compensation().maxAmount().amount());
                exposureTo = exposureTo.add(y.compensation().maxAmount().amount());
                currency = x.compensation().maxAmount().currency().getCurrencyCode();
                currencyTo = y.compensation().maxAmount().currency().getCurrencyCode();
                types.add(x.complainantType().name(), y.complainantType().name());
                levels.add(x.escalation().level().name(), y.escalation().level().name());
            }
            if (any) {
                changed++;
            }
        }

        /** @return the report over the cases added so far */
        public DiffReport report() {
            List<AspectDiff> aspects = new ArrayList<>();
            for (Aspect a : Aspect.values()) {
                aspects.add(new AspectDiff(a, counts.get(a), List.copyOf(changes.get(a))));
            }
            return new DiffReport(
                    from.advisor().ruleSet(),
                    to.advisor().ruleSet(),
                    total,
                    changed,
                    aspects,
                    exposureFrom,
                    exposureTo,
                    currency,
                    currencyTo,
                    from.label(),
                    to.label(),
                    PolicyChanges.between(from, to),
                    types.shift(),
                    levels.shift(),
                    failedFrom,
                    failedTo);
        }
    }

    /** Counts values before and after and the moves between them. */
    private static final class Tally {
        private final Map<String, Integer> from = new LinkedHashMap<>();
        private final Map<String, Integer> to = new LinkedHashMap<>();
        private final Map<String, Integer> moves = new LinkedHashMap<>();

        Tally(List<String> values) {
            values.forEach(v -> {
                from.put(v, 0);
                to.put(v, 0);
            });
        }

        void add(String a, String b) {
            from.merge(a, 1, Integer::sum);
            to.merge(b, 1, Integer::sum);
            if (!a.equals(b)) {
                moves.merge(a + " -> " + b, 1, Integer::sum);
            }
        }

        Shift shift() {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            moves.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return new Shift(from, to, sorted);
        }
    }
}
