package org.complaintrules.tooling.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RuleSetInfo;

/**
 * Runs one corpus of cases through two policies and reports what a change does before it
 * ships: how many cases change complainant type, escalation, priority and maximum compensation,
 * the total exposure delta, and the first examples of each change.
 *
 * <pre>{@code
 * DiffReport report = PolicyDiff.compare(current, candidate, cases, 5);
 * System.out.println(report.toText());
 * }</pre>
 */
public final class PolicyDiff {
    /** The aspects of advice the diff compares. */
    public enum Aspect {
        /** The primary complainant type. */
        COMPLAINANT_TYPE(a -> a.complainantType().name()),
        /** The escalation level and teams. */
        ESCALATION(a -> a.escalation().level() + " " + a.escalation().teams()),
        /** The priority. */
        PRIORITY(a -> a.priority().name()),
        /** The maximum compensation (compared at the currency's decimals). */
        MAX_COMPENSATION(a -> a.compensation().maxAmount().roundedDown().toString()),
        /** Whether the case could be advised at all (advice on one side, an error on the other). */
        OUTCOME(a -> "advised");

        private final Function<Advice, String> view;

        Aspect(Function<Advice, String> view) {
            this.view = view;
        }

        String of(CaseResult r) {
            return r instanceof Advice a ? view.apply(a) : "error " + ((CaseError) r).code();
        }
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
        /** Copies the list. */
        public AspectDiff {
            examples = List.copyOf(examples);
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
     * @param currency the currency of the exposure totals, or empty when no case was advised by both
     */
    public record DiffReport(
            RuleSetInfo from,
            RuleSetInfo to,
            int cases,
            int changedCases,
            List<AspectDiff> aspects,
            BigDecimal exposureFrom,
            BigDecimal exposureTo,
            String currency) {
        /** Copies the list. */
        public DiffReport {
            aspects = List.copyOf(aspects);
        }

        /** @return the exposure delta, {@code to - from} */
        public BigDecimal exposureDelta() {
            return exposureTo.subtract(exposureFrom);
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

        /** @return the report for people */
        public String toText() {
            StringBuilder out = new StringBuilder();
            out.append("from: ").append(describe(from)).append('\n');
            out.append("to:   ").append(describe(to)).append('\n');
            out.append(cases).append(" cases compared, ").append(changedCases).append(" changed\n");
            for (AspectDiff a : aspects) {
                out.append(String.format("  %-17s %6d cases changed%n", label(a.aspect()), a.count()));
                for (Change c : a.examples()) {
                    out.append("      e.g. ")
                            .append(c.caseId())
                            .append(": ")
                            .append(c.from())
                            .append(" -> ")
                            .append(c.to())
                            .append('\n');
                }
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
            return out.toString();
        }

        private static String describe(RuleSetInfo r) {
            return r.name() + " " + r.version() + " (" + r.checksum() + ")";
        }

        private static String label(Aspect a) {
            return a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private PolicyDiff() {}

    /**
     * @param from the current policy
     * @param to the candidate policy
     * @param cases the corpus
     * @param examples how many examples to keep per aspect
     * @return the report
     */
    public static DiffReport compare(
            ComplaintAdvisor from, ComplaintAdvisor to, List<ComplaintCase> cases, int examples) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be >= 0, was " + examples);
        }
        Map<Aspect, List<Change>> changes = new LinkedHashMap<>();
        Map<Aspect, Integer> counts = new LinkedHashMap<>();
        for (Aspect a : Aspect.values()) {
            changes.put(a, new ArrayList<>());
            counts.put(a, 0);
        }
        BigDecimal exposureFrom = BigDecimal.ZERO;
        BigDecimal exposureTo = BigDecimal.ZERO;
        String currency = "";
        int changed = 0;
        for (ComplaintCase c : cases) {
            CaseResult a = from.tryAdvise(c);
            CaseResult b = to.tryAdvise(c);
            boolean any = false;
            List<Aspect> compared = a instanceof Advice && b instanceof Advice
                    ? List.of(Aspect.COMPLAINANT_TYPE, Aspect.ESCALATION, Aspect.PRIORITY, Aspect.MAX_COMPENSATION)
                    : List.of(Aspect.OUTCOME);
            for (Aspect aspect : compared) {
                String x = aspect.of(a);
                String y = aspect.of(b);
                if (!x.equals(y)) {
                    any = true;
                    counts.merge(aspect, 1, Integer::sum);
                    if (changes.get(aspect).size() < examples) {
                        changes.get(aspect).add(new Change(c.id(), x, y));
                    }
                }
            }
            if (a instanceof Advice x && b instanceof Advice y) {
                exposureFrom = exposureFrom.add(x.compensation().maxAmount().amount());
                exposureTo = exposureTo.add(y.compensation().maxAmount().amount());
                currency = x.compensation().maxAmount().currency().getCurrencyCode();
            }
            if (any) {
                changed++;
            }
        }
        List<AspectDiff> aspects = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            aspects.add(new AspectDiff(a, counts.get(a), changes.get(a)));
        }
        return new DiffReport(
                from.ruleSet(), to.ruleSet(), cases.size(), changed, aspects, exposureFrom, exposureTo, currency);
    }
}
