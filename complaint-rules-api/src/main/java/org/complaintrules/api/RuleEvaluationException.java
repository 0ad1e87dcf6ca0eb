package org.complaintrules.api;

/** Running the rules on one case failed: a rule threw, or the firing limit was reached. */
public final class RuleEvaluationException extends ComplaintRulesException {
    private static final long serialVersionUID = 1L;
    /** The case being evaluated, or {@code null}. */
    private final String caseId;
    /** The rule that failed, or {@code null}. */
    private final String ruleId;

    /**
     * @param caseId the case being advised
     * @param ruleId the rule that failed or was firing when the limit was hit, or {@code null}
     * @param message what happened
     * @param cause the underlying failure, or {@code null}
     */
    public RuleEvaluationException(String caseId, String ruleId, String message, Throwable cause) {
        super(ErrorCode.RULES_FAILED, message, cause);
        this.caseId = caseId;
        this.ruleId = ruleId;
    }

    /** @return the id of the case being advised */
    public String caseId() {
        return caseId;
    }

    /** @return the id of the rule at fault, or {@code null} when no single rule is */
    public String ruleId() {
        return ruleId;
    }
}
