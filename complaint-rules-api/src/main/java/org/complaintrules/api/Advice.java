package org.complaintrules.api;

import java.util.List;
import java.util.Objects;

/**
 * The advice for one case (CONTRACT.md sections 2 and 5).
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
 * @param vulnerability whether the customer may be vulnerable, and why; {@code null} becomes
 *        {@link Vulnerability#none()}, so it is never {@code null}. Since 0.2
 * @param referral the ombudsman or regulator the customer may turn to, or {@code null} when the
 *        regulatory profile has none (GENERIC). Since 0.2
 * @param reply a draft reply, or {@code null} when the case did not ask for one. Since 0.2
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
        List<String> warnings,
        Vulnerability vulnerability,
        Referral referral,
        Reply reply)
        implements CaseResult {

    /**
     * Validates the components and copies the lists.
     *
     * @throws NullPointerException naming the component when a required one or a list is null
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
     * @param vulnerability the vulnerability
     * @param referral the referral
     * @param reply a draft reply, or {@code null} when the case did not ask for one. Since 0.2
     */
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
        if (vulnerability == null) {
            vulnerability = Vulnerability.none();
        }
    }

    /**
     * The 0.1 advice: no vulnerability found, no referral, no reply draft.
     *
     * @param caseId the complaint id
     * @param ruleSet the policy that produced it
     * @param complainantType the primary type
     * @param traits every type with enough evidence
     * @param evidence what supports each type
     * @param priority how soon to work the case
     * @param strategy what to do and avoid, and the response steps
     * @param compensation how much, in which forms, approved by whom
     * @param escalation whom to involve
     * @param deadlines by when
     * @param followUp follow-up codes
     * @param tags codes to record the case under
     * @param firedRules every rule that fired, in firing order
     * @param warnings guardrail corrections and other notices
     * @throws NullPointerException naming the component when a required one or a list is null
     */
    public Advice(
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
            List<String> warnings) {
        this(
                caseId,
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
                warnings,
                Vulnerability.none(),
                null,
                null);
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
                warnings,
                vulnerability,
                referral,
                reply);
    }

    /**
     * @param newVulnerability the vulnerability, or {@code null} for {@link Vulnerability#none()}
     * @return this advice with another vulnerability
     */
    public Advice withVulnerability(Vulnerability newVulnerability) {
        return new Advice(
                caseId,
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
                warnings,
                newVulnerability,
                referral,
                reply);
    }

    /**
     * @param newReferral the referral, or {@code null} for none
     * @return this advice with another referral
     */
    public Advice withReferral(Referral newReferral) {
        return new Advice(
                caseId,
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
                warnings,
                vulnerability,
                newReferral,
                reply);
    }

    /**
     * @param newReply the reply draft, or {@code null} for none
     * @return this advice with another reply draft
     */
    public Advice withReply(Reply newReply) {
        return new Advice(
                caseId,
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
                warnings,
                vulnerability,
                referral,
                newReply);
    }
}
