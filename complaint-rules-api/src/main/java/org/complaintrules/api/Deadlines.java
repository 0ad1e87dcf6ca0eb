package org.complaintrules.api;

import java.time.Instant;
import java.util.Objects;

/**
 * By when, all computed from {@link Complaint#receivedAt()}.
 *
 * @param acknowledgeBy acknowledge receipt by
 * @param respondBy first substantive response by
 * @param resolveBy final response by
 * @param followUpAt when to follow up with the customer
 */
public record Deadlines(Instant acknowledgeBy, Instant respondBy, Instant resolveBy, Instant followUpAt) {
    /** Validates the components. */
    public Deadlines {
        Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(resolveBy, "resolveBy");
        Objects.requireNonNull(followUpAt, "followUpAt");
    }
}
