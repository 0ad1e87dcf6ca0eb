package org.complaintrules.tooling.explain;

import java.util.List;
import java.util.Objects;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Money;

/**
 * Why one case got its advice, for a person: the rules that fired with their descriptions (the
 * value of every policy setting they name filled in), each complainant type's evidence total
 * against the threshold, which limit set the compensation cap, and text evidence quoted in
 * context. Made by {@link Explainer}; rendered by {@link ExplainText} and {@link ExplainHtml}.
 *
 * @param complaintCase the case, or {@code null} when the input could not be read
 * @param result the advice or the error
 * @param rules each fired rule once per run of consecutive firings, in firing order
 * @param types per complainant type with any evidence: the items, their total and the threshold
 * @param cap how the compensation cap was set, or {@code null} when the engine's facts are not available
 * @param signals every signal the rules were given, in the text (quoted) or from the host, whether or
 *     not it counted as evidence for a type (a legal threat escalates; the advice does not quote it);
 *     empty when the engine's facts are not available
 */
public record Explanation(
        ComplaintCase complaintCase,
        CaseResult result,
        List<RuleStep> rules,
        List<TypeTally> types,
        CapReason cap,
        List<EvidenceItem> signals) {

    /**
     * Validates the components and copies the lists.
     *
     * @param complaintCase the case
     * @param result the advice or error
     * @param rules its rules (for a check without scenarios)
     * @param types per complainant type with any evidence: the items, their total and the threshold
     * @param cap how the compensation cap was set, or {@code null} when the engine's facts are not available
     * @param signals every signal the rules were given (weights -1)
     */
    public Explanation {
        Objects.requireNonNull(result, "result");
        rules = List.copyOf(rules);
        types = List.copyOf(types);
        signals = List.copyOf(signals);
    }

    /**
     * An explanation without the signals (as before they were listed).
     *
     * @param complaintCase the case
     * @param result the advice or error
     * @param rules its rules
     * @param types per complainant type with any evidence
     * @param cap how the compensation cap was set, or {@code null}
     */
    public Explanation(
            ComplaintCase complaintCase,
            CaseResult result,
            List<RuleStep> rules,
            List<TypeTally> types,
            CapReason cap) {
        this(complaintCase, result, rules, types, cap, List.of());
    }

    /** @return the advice, or {@code null} when the case was answered with an error */
    public Advice advice() {
        return result instanceof Advice a ? a : null;
    }

    /** @return the case id, or {@code null} when it could not be read */
    public String caseId() {
        return result.caseId();
    }

    /**
     * A fired rule.
     *
     * @param id its {@code @id}
     * @param name its name
     * @param times how many times it fired in a row
     * @param description its {@code @description} with the value behind each setting it names, e.g.
     *     {@code "A score of passive.lowScore (2) or less"}; empty when it has none
     * @param file the rule file it comes from, or empty
     */
    public record RuleStep(String id, String name, int times, String description, String file) {
        /**
         * Validates the components.
         *
         * @param id its {@code @id}
         * @param name its name
         * @param times how many times it fired in a row
         * @param description an optional longer explanation, or {@code null}
         * @param file the rule file it comes from, or empty
         */
        public RuleStep {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * The evidence for one complainant type.
     *
     * @param type the type
     * @param total the sum of the weights
     * @param threshold the policy's {@code trait.threshold}, or -1 when unknown
     * @param trait whether the type became a trait
     * @param items the evidence, in the advice's order
     */
    public record TypeTally(ComplainantType type, int total, int threshold, boolean trait, List<EvidenceItem> items) {
        /**
         * Validates the components and copies the list.
         *
         * @param type the type
         * @param total the sum of the weights
         * @param threshold the policy's {@code trait.threshold}, or -1 when unknown
         * @param trait whether the type became a trait
         * @param items the evidence, in the advice's order
         */
        public TypeTally {
            Objects.requireNonNull(type, "type");
            items = List.copyOf(items);
        }
    }

    /**
     * One piece of evidence.
     *
     * @param signal its code, e.g. {@code SHOUTING}
     * @param detail as the rules wrote it, e.g. {@code 'lawyer' at 112}
     * @param weight how much it counted, or -1 when unknown
     * @param quote the words in their surroundings, when the detail points into the complaint text; else {@code null}
     */
    public record EvidenceItem(String signal, String detail, int weight, Quote quote) {
        /**
         * Validates the components.
         *
         * @param signal its code, e.g. {@code SHOUTING}
         * @param detail as the rules wrote it, e.g. {@code 'lawyer' at 112}
         * @param weight how much it counted, or -1 when unknown
         * @param quote the words in their surroundings, when the detail points into the complaint text; else {@code null}
         */
        public EvidenceItem {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * How the compensation cap was set: the lowest of the limits the rules stated.
     *
     * @param cap the cap the rules set (before any guardrail correction)
     * @param reason the code of the limit that set it
     * @param others every other limit, lowest first, with how much higher it was
     * @param advised the cap in the advice (lower than {@code cap} when a guardrail stepped in)
     */
    public record CapReason(Money cap, String reason, List<Limit> others, Money advised) {
        /**
         * Validates the components and copies the list.
         *
         * @param cap how the compensation cap was set, or {@code null} when the engine's facts are not available
         * @param reason the code of the limit that set it
         * @param others every other limit, lowest first, with how much higher it was
         * @param advised the cap in the advice (lower than {@code cap} when a guardrail stepped in)
         */
        public CapReason {
            Objects.requireNonNull(cap, "cap");
            Objects.requireNonNull(reason, "reason");
            others = List.copyOf(others);
            Objects.requireNonNull(advised, "advised");
        }
    }

    /**
     * A compensation limit that did not set the cap.
     *
     * @param reason its code
     * @param amount the limit
     * @param above how much higher than the cap it was
     */
    public record Limit(String reason, Money amount, Money above) {}
}
