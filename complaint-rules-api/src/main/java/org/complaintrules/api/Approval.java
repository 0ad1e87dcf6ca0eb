package org.complaintrules.api;

import java.util.Objects;

/**
 * One rung of the approval ladder: {@code role} may approve compensation up to {@code upTo}.
 *
 * @param upTo the highest amount this role may approve
 * @param role who approves
 */
public record Approval(Money upTo, ApprovalRole role) {
    /**
     * Validates the components.
     *
     * @param upTo the highest amount this role may approve
     * @param role who approves
     */
    public Approval {
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(role, "role");
    }
}
