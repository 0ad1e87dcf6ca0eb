package org.complaintrules.api;

import java.util.List;
import java.util.Objects;

/**
 * How much compensation may be offered, in which forms, and who approves it.
 *
 * @param maxAmount the most that may be offered
 * @param allowedForms the forms it may take
 * @param approvals the approval ladder, lowest authority first; the last rung reaches {@code maxAmount}
 */
public record Compensation(Money maxAmount, List<CompensationForm> allowedForms, List<Approval> approvals) {
    /**
     * Validates the components and copies the lists.
     *
     * @param maxAmount the most that may be offered
     * @param allowedForms the forms it may take
     * @param approvals the approval ladder, lowest authority first; the last rung reaches {@code maxAmount}
     */
    public Compensation {
        Objects.requireNonNull(maxAmount, "maxAmount");
        allowedForms = allowedForms == null ? List.of() : List.copyOf(allowedForms);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }
}
