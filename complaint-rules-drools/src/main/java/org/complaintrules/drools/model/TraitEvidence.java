package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.ComplainantType;

/**
 * Derived fact: one piece of evidence for a complainant type. Classification rules insert it
 * from input facts only; the trait rule sums the weights per type.
 *
 * @param type the type it supports
 * @param signal a code for what was seen, e.g. {@code SHOUTING} or {@code VIP_SEGMENT}
 * @param detail for a person, e.g. {@code "71% of letters are capitals"}
 * @param weight how much it counts towards the trait threshold
 */
public record TraitEvidence(ComplainantType type, String signal, String detail, int weight) {
    /**
     * Validates the components.
     *
     * @param type what was seen
     * @param signal a code for what was seen, e.g. {@code SHOUTING} or {@code VIP_SEGMENT}
     * @param detail readable evidence
     * @param weight how much it counts towards the trait threshold
     */
    public TraitEvidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(detail, "detail");
    }
}
