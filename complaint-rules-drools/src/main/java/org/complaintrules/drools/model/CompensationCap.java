package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.Money;

/**
 * Derived fact: the compensation cap, the lowest {@link CompensationLimit}.
 *
 * @param amount the most that may be offered
 * @param reason the code of the limit that set it
 */
public record CompensationCap(Money amount, String reason) {
    /**
     * Validates the components.
     *
     * @param amount the bound
     * @param reason a code saying where it comes from, e.g. {@code CLAIMED_LOSS} or {@code TWELVE_MONTH_CAP}
     */
    public CompensationCap {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }
}
