package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Money;

/**
 * Fact the engine inserts once every limit is final (the rules' {@link CompensationCap} and the
 * guardrails' absolute cap): the cap the advice offers and the role whose approval it needs, the last
 * rung of the approval ladder in the advice. Rules that escalate for approval match this fact, never
 * the cap, so the escalation always matches the ladder:
 * <pre>{@code
 * FinalCompensation( approver == ApprovalRole.MANAGER )
 * }</pre>
 *
 * @param cap the most that may be offered, final
 * @param approver the role that approves the whole cap; {@link ApprovalRole#AGENT} when nothing needs approval
 */
public record FinalCompensation(Money cap, ApprovalRole approver) {
    /**
     * Validates the components.
     *
     * @param cap the most that may be offered, final
     * @param approver the role that approves the whole cap; {@link ApprovalRole#AGENT} when nothing needs approval
     */
    public FinalCompensation {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(approver, "approver");
    }
}
