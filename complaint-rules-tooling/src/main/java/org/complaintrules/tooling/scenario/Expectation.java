package org.complaintrules.tooling.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Team;

/**
 * What a scenario expects of the advice (the {@code expect} object of a scenario file). Every
 * part is optional: {@code null} means "not checked". Lists named {@code ...Include} must all be
 * present, {@code ...Exclude} must all be absent; {@code traits}, {@code responseSteps},
 * {@code warnings}, {@code compensation.forms} and {@code escalation.teams} are exact
 * ({@code traits}, {@code forms} and {@code teams} in any order, {@code responseSteps} and
 * {@code warnings} in order).
 *
 * @param complainantType the primary type
 * @param traits exactly these traits, in any order
 * @param traitsInclude at least these traits
 * @param traitsExclude none of these traits
 * @param priority the priority
 * @param doInclude the {@code "do"} list: strategy actions that must be present
 * @param doExclude strategy actions that must be absent
 * @param avoid things to avoid that must be present
 * @param avoidExclude things to avoid that must be absent
 * @param responseSteps exactly these response steps, in this order
 * @param compensation compensation expectations
 * @param escalation escalation expectations
 * @param deadlines deadline expectations
 * @param firedRulesInclude rule ids that must have fired
 * @param firedRulesExclude rule ids that must not have fired
 * @param tagsInclude tags that must be present
 * @param tagsExclude tags that must be absent
 * @param followUpInclude follow-up codes that must be present
 * @param followUpExclude follow-up codes that must be absent
 * @param warnings exactly these warnings (usually {@code []})
 * @param referral referral expectations (since 0.2)
 */
public record Expectation(
        ComplainantType complainantType,
        List<ComplainantType> traits,
        List<ComplainantType> traitsInclude,
        List<ComplainantType> traitsExclude,
        Priority priority,
        List<String> doInclude,
        List<String> doExclude,
        List<String> avoid,
        List<String> avoidExclude,
        List<String> responseSteps,
        CompensationExpectation compensation,
        EscalationExpectation escalation,
        DeadlinesExpectation deadlines,
        List<String> firedRulesInclude,
        List<String> firedRulesExclude,
        List<String> tagsInclude,
        List<String> tagsExclude,
        List<String> followUpInclude,
        List<String> followUpExclude,
        List<String> warnings,
        ReferralExpectation referral) {

    /** @return an expectation that checks nothing */
    public static Expectation none() {
        return new Expectation(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /**
     * The {@code expect.compensation} object.
     *
     * @param maxAmount the cap, exactly (compared as a number: "89.9" equals "89.90")
     * @param maxAmountAtMost the cap is at most this
     * @param maxAmountAtLeast the cap is at least this
     * @param forms exactly these allowed forms, in any order
     * @param formsInclude at least these forms
     * @param formsExclude none of these forms
     * @param topApprover the role on the last rung of the approval ladder ({@code null} when the cap is 0)
     */
    public record CompensationExpectation(
            BigDecimal maxAmount,
            BigDecimal maxAmountAtMost,
            BigDecimal maxAmountAtLeast,
            List<CompensationForm> forms,
            List<CompensationForm> formsInclude,
            List<CompensationForm> formsExclude,
            ApprovalRole topApprover) {}

    /**
     * The {@code expect.escalation} object.
     *
     * @param level the level, exactly
     * @param levelAtLeast the level is at least this
     * @param levelAtMost the level is at most this
     * @param teams exactly these teams, in any order ({@code []} for none)
     * @param teamsInclude at least these teams
     * @param teamsExclude none of these teams
     * @param reasonsInclude at least these reason codes
     * @param reasonsExclude none of these reason codes
     */
    public record EscalationExpectation(
            EscalationLevel level,
            EscalationLevel levelAtLeast,
            EscalationLevel levelAtMost,
            List<Team> teams,
            List<Team> teamsInclude,
            List<Team> teamsExclude,
            List<String> reasonsInclude,
            List<String> reasonsExclude) {}

    /**
     * The {@code expect.deadlines} object: {@code ...Within} means "at most that long after receipt"
     * ({@link Within}, counted on the complaint's clock); {@code ...By} is an exact instant.
     * {@code regulatoryLimit} is an exact instant, or {@code "none"} for no limit
     * ({@code regulatoryLimitAbsent}); {@code basisInclude} lists entries of {@code deadlines.basis} that
     * must be present, each {@code {"deadline": "resolveBy", "ruleId": "DL-FCA-PSD-1"}} with an optional
     * {@code "citation"} it must contain.
     *
     * @param acknowledgeWithin acknowledgement at most this long after receipt
     * @param respondWithin response at most this long after receipt
     * @param resolveWithin resolution at most this long after receipt
     * @param followUpWithin follow-up at most this long after receipt
     * @param acknowledgeBy the acknowledgement deadline, exactly
     * @param respondBy the response deadline, exactly
     * @param resolveBy the resolution deadline, exactly
     * @param followUpAt the follow-up time, exactly
     * @param regulatoryLimit the regulatory limit, exactly
     * @param regulatoryLimitWithin the regulatory limit at most this long after receipt
     * @param regulatoryLimitAbsent {@code true} when there must be no regulatory limit
     * @param basisInclude basis entries that must be present
     */
    public record DeadlinesExpectation(
            Within acknowledgeWithin,
            Within respondWithin,
            Within resolveWithin,
            Within followUpWithin,
            Instant acknowledgeBy,
            Instant respondBy,
            Instant resolveBy,
            Instant followUpAt,
            Instant regulatoryLimit,
            Within regulatoryLimitWithin,
            Boolean regulatoryLimitAbsent,
            List<BasisExpectation> basisInclude) {}

    /**
     * One entry of {@code expect.deadlines.basisInclude}.
     *
     * @param deadline the deadline it is for, e.g. {@code resolveBy}
     * @param ruleId the rule that set it
     * @param citationContains text the citation must contain, or {@code null}
     */
    public record BasisExpectation(String deadline, String ruleId, String citationContains) {
        @Override
        public String toString() {
            return deadline + " by " + ruleId + (citationContains == null ? "" : " citing " + citationContains);
        }
    }

    /**
     * The {@code expect.referral} object, or {@code "none"} for no referral ({@code absent}).
     *
     * @param absent {@code true} when there must be no referral
     * @param body the body, exactly
     * @param availableFrom when it is available, exactly
     * @param availableWithin available at most this long after receipt
     * @param windowAfterFinalResponse the window, exactly (ISO-8601 period such as {@code P6M})
     * @param timeBarred whether it is time-barred
     * @param citationContains text the citation must contain
     */
    public record ReferralExpectation(
            boolean absent,
            String body,
            Instant availableFrom,
            Within availableWithin,
            java.time.Period windowAfterFinalResponse,
            Boolean timeBarred,
            String citationContains) {}
}
