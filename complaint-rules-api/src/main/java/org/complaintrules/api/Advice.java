package org.complaintrules.api;

import java.util.List;
import java.util.Objects;

/**
 * The advice for one case (CONTRACT.md section 2).
 *
 * @param caseId the complaint id
 * @param ruleSet the policy that produced it
 * @param complainantType the primary type; {@link ComplainantType#MODERATE} when no type has enough evidence
 * @param traits every type with enough evidence; holds the primary type unless it is MODERATE
 * @param evidence what supports each type
 * @param priority how soon to work the case
 * @param strategy what to do and avoid, and the response steps
 * @param compensation how much, in which forms, approved by whom
 * @param escalation whom to involve
 * @param deadlines by when
 * @param followUp follow-up codes
 * @param tags codes to record the case under
 * @param firedRules every rule that fired, in firing order
 * @param warnings guardrail corrections and other notices; empty when none
 */
public record Advice(
        String caseId,
        RuleSetInfo ruleSet,
        ComplainantType complainantType,
        List<ComplainantType> traits,
        List<Evidence> evidence,
        Priority priority,
        Strategy strategy,
        Compensation compensation,
        Escalation escalation,
        Deadlines deadlines,
        List<String> followUp,
        List<String> tags,
        List<FiredRule> firedRules,
        List<String> warnings)
        implements CaseResult {

    /** Validates the components and copies the lists. */
    public Advice {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(complainantType, "complainantType");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(compensation, "compensation");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(deadlines, "deadlines");
        traits = List.copyOf(traits);
        evidence = List.copyOf(evidence);
        followUp = List.copyOf(followUp);
        tags = List.copyOf(tags);
        firedRules = List.copyOf(firedRules);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param newCaseId another case id
     * @return this advice answering under another case id
     */
    public Advice withCaseId(String newCaseId) {
        return new Advice(
                newCaseId,
                ruleSet,
                complainantType,
                traits,
                evidence,
                priority,
                strategy,
                compensation,
                escalation,
                deadlines,
                followUp,
                tags,
                firedRules,
                warnings);
    }
}
