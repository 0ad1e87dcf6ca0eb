package org.complaintrules.api;

import java.time.Instant;
import java.util.List;

/**
 * By when, all computed from {@link Complaint#receivedAt()}.
 *
 * @param acknowledgeBy acknowledge receipt by
 * @param respondBy first substantive response by
 * @param resolveBy final response by: the policy's own target, never later than {@code regulatoryLimit}
 * @param followUpAt when to follow up with the customer
 * @param regulatoryLimit the latest moment the regulatory profile allows for the final response in
 *        the normal case, or {@code null} when no profile sets one (GENERIC). Since 0.2
 * @param basis for each deadline that a regulatory or service rule set, the rule and its citation;
 *        empty when none; never {@code null}. Since 0.2
 */
public record Deadlines(
        Instant acknowledgeBy,
        Instant respondBy,
        Instant resolveBy,
        Instant followUpAt,
        Instant regulatoryLimit,
        List<DeadlineBasis> basis) {

    /**
     * Validates the components and copies the list; a {@code null} basis becomes empty.
     *
     * @throws InvalidInputException naming the field when one of the four deadlines is missing, a
     *         basis entry is null, or a basis entry refers to {@code regulatoryLimit} while it is null
     * @param acknowledgeBy acknowledge receipt by
     * @param respondBy first substantive response by
     * @param resolveBy final response by: the policy's own target, never later than {@code regulatoryLimit}
     * @param followUpAt when to follow up with the customer
     * @param regulatoryLimit the regulatory limit
     * @param basis the basis
     */
    public Deadlines {
        Checks.required(acknowledgeBy, "acknowledgeBy");
        Checks.required(respondBy, "respondBy");
        Checks.required(resolveBy, "resolveBy");
        Checks.required(followUpAt, "followUpAt");
        basis = Checks.list(basis, "basis");
        if (regulatoryLimit == null) {
            for (int i = 0; i < basis.size(); i++) {
                if (basis.get(i).deadline().equals("regulatoryLimit")) {
                    throw new InvalidInputException(
                            "basis[" + i + "].deadline",
                            "refers to regulatoryLimit, which is absent, was \"regulatoryLimit\"");
                }
            }
        }
    }

    /**
     * The 0.1 deadlines: no regulatory limit, no basis.
     *
     * @param acknowledgeBy acknowledge receipt by
     * @param respondBy first substantive response by
     * @param resolveBy final response by
     * @param followUpAt when to follow up with the customer
     * @throws InvalidInputException naming the field when one is missing
     */
    public Deadlines(Instant acknowledgeBy, Instant respondBy, Instant resolveBy, Instant followUpAt) {
        this(acknowledgeBy, respondBy, resolveBy, followUpAt, null, List.of());
    }
}
