package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.Money;

/**
 * Derived fact: one upper bound on compensation; the lowest bound becomes the cap.
 *
 * @param amount the bound
 * @param reason a code saying where it comes from, e.g. {@code CLAIMED_LOSS} or {@code TWELVE_MONTH_CAP}
 */
public record CompensationLimit(Money amount, String reason) {
    /**
     * Validates the components.
     *
     * @param amount the bound
     * @param reason a code saying where it comes from, e.g. {@code CLAIMED_LOSS} or {@code TWELVE_MONTH_CAP}
     */
    public CompensationLimit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }
}
