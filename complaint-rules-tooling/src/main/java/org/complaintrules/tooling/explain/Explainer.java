package org.complaintrules.tooling.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Money;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.EvaluationTrace;
import org.complaintrules.drools.model.CompensationLimit;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TraitEvidence;

/**
 * Advises a case and explains the advice ({@link Explanation}). With a {@link DroolsComplaintAdvisor}
 * the explanation has the numbers: setting values in descriptions, evidence weights and totals
 * against {@code trait.threshold}, and every compensation limit; with any other advisor it has the
 * fired rules and the evidence as the advice shows them.
 *
 * <pre>{@code
 * Explainer explainer = Explainer.of(advisor);
 * System.out.print(ExplainText.render(explainer.explain(complaintCase)));
 * }</pre>
 */
public final class Explainer {
    /** The setting that makes a type a trait. */
    public static final String THRESHOLD = "trait.threshold";

    private final ComplaintAdvisor advisor;
    private final Settings settings;
    private final String profile;

    private Explainer(ComplaintAdvisor advisor) {
        this.advisor = advisor;
        if (advisor instanceof DroolsComplaintAdvisor d) {
            this.settings = new Settings(d.policySettings());
            this.profile = d.regulatoryProfile().name();
        } else {
            this.settings = new Settings(Map.of());
            this.profile = null;
        }
    }

    /**
     * @param advisor the advisor whose advice is explained
     * @return an explainer
     */
    public static Explainer of(ComplaintAdvisor advisor) {
        return new Explainer(Objects.requireNonNull(advisor, "advisor"));
    }

    /** @return the policy's settings (empty for an advisor that is not a {@link DroolsComplaintAdvisor}) */
    public Settings settings() {
        return settings;
    }

    /**
     * Advises a case and explains the advice; an error is explained as itself.
     *
     * @param complaintCase the case
     * @return the explanation
     */
    public Explanation explain(ComplaintCase complaintCase) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        AtomicReference<EvaluationTrace.Facts> facts = new AtomicReference<>();
        CaseResult result = EvaluationTrace.capture(() -> advisor.tryAdvise(complaintCase), facts::set);
        return explain(complaintCase, result, facts.get());
    }

    /**
     * Explains an input that could not be advised (e.g. invalid JSON): the error only.
     *
     * @param error the error answering the input
     * @return the explanation
     */
    public Explanation explainError(CaseResult error) {
        return new Explanation(null, error, List.of(), List.of(), null);
    }

    private Explanation explain(ComplaintCase c, CaseResult result, EvaluationTrace.Facts facts) {
        if (!(result instanceof Advice a)) {
            return new Explanation(c, result, List.of(), List.of(), null);
        }
        return new Explanation(c, a, steps(a, c), tallies(a, c, facts), cap(a, facts), signals(c, facts));
    }

    /** @return every signal the rules were given, quoted where it points into the text */
    private static List<Explanation.EvidenceItem> signals(ComplaintCase c, EvaluationTrace.Facts facts) {
        if (facts == null) {
            return List.of();
        }
        String text = c.complaint().text();
        List<Explanation.EvidenceItem> out = new ArrayList<>();
        for (Signal s : facts.signals()) {
            out.add(new Explanation.EvidenceItem(
                    s.type().name(), s.detail(), -1, Quote.of(s.detail(), text).orElse(null)));
        }
        return out;
    }

    private List<Explanation.RuleStep> steps(Advice a, ComplaintCase c) {
        List<Explanation.RuleStep> out = new ArrayList<>();
        List<FiredRule> fired = a.firedRules();
        for (int i = 0; i < fired.size(); ) {
            FiredRule r = fired.get(i);
            int times = 1;
            while (i + times < fired.size() && fired.get(i + times).equals(r)) {
                times++;
            }
            RuleInfo info = advisor.rule(r.id()).orElse(null);
            String description = info == null ? "" : settings.annotate(info.description(), c, profile);
            out.add(new Explanation.RuleStep(r.id(), r.name(), times, description, info == null ? "" : info.file()));
            i += times;
        }
        return out;
    }

    private List<Explanation.TypeTally> tallies(Advice a, ComplaintCase c, EvaluationTrace.Facts facts) {
        int threshold = threshold();
        String text = c.complaint().text();
        Map<ComplainantType, List<Explanation.EvidenceItem>> items = new EnumMap<>(ComplainantType.class);
        Map<ComplainantType, Integer> totals = new EnumMap<>(ComplainantType.class);
        List<TraitEvidence> weighed = facts == null ? List.of() : new ArrayList<>(facts.evidence());
        for (Evidence e : a.evidence()) {
            int weight = -1;
            for (TraitEvidence t : weighed) {
                if (t.type() == e.type()
                        && t.signal().equals(e.signal())
                        && t.detail().equals(e.detail())) {
                    weight = t.weight();
                    weighed.remove(t);
                    break;
                }
            }
            items.computeIfAbsent(e.type(), k -> new ArrayList<>())
                    .add(new Explanation.EvidenceItem(
                            e.signal(),
                            e.detail(),
                            weight,
                            Quote.of(e.detail(), text).orElse(null)));
            if (weight >= 0) {
                totals.merge(e.type(), weight, Integer::sum);
            }
        }
        List<Explanation.TypeTally> out = new ArrayList<>();
        for (Map.Entry<ComplainantType, List<Explanation.EvidenceItem>> en : items.entrySet()) {
            ComplainantType type = en.getKey();
            boolean weightsKnown = en.getValue().stream().allMatch(i -> i.weight() >= 0);
            out.add(new Explanation.TypeTally(
                    type,
                    weightsKnown ? totals.getOrDefault(type, 0) : -1,
                    threshold,
                    a.traits().contains(type),
                    en.getValue()));
        }
        out.sort(Comparator.comparing((Explanation.TypeTally t) -> !t.trait())
                .thenComparing(t -> -t.total())
                .thenComparing(Explanation.TypeTally::type));
        return out;
    }

    private int threshold() {
        String v = settings.values().get(THRESHOLD);
        if (v == null) {
            return -1;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Explanation.CapReason cap(Advice a, EvaluationTrace.Facts facts) {
        if (facts == null || facts.caps().isEmpty() || facts.limits().isEmpty()) {
            return null;
        }
        var cap = facts.caps().get(0);
        List<CompensationLimit> limits = new ArrayList<>(facts.limits());
        limits.sort(Comparator.comparing((CompensationLimit l) -> l.amount().amount())
                .thenComparing(CompensationLimit::reason));
        boolean skipped = false;
        List<Explanation.Limit> others = new ArrayList<>();
        for (CompensationLimit l : limits) {
            if (!skipped
                    && l.reason().equals(cap.reason())
                    && l.amount().amount().compareTo(cap.amount().amount()) == 0) {
                skipped = true;
                continue;
            }
            BigDecimal above =
                    l.amount().amount().subtract(cap.amount().amount()).max(BigDecimal.ZERO);
            others.add(new Explanation.Limit(
                    l.reason(), l.amount(), new Money(above, l.amount().currency())));
        }
        return new Explanation.CapReason(
                cap.amount(), cap.reason(), others, a.compensation().maxAmount());
    }
}
