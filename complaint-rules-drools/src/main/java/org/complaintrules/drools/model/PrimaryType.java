package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.ComplainantType;

/**
 * Derived fact: the primary complainant type, exactly one per case.
 *
 * @param type the type; {@link ComplainantType#MODERATE} when no type has enough evidence
 */
public record PrimaryType(ComplainantType type) {
    /**
     * Validates the component.
     *
     * @param type what was seen
     */
    public PrimaryType {
        Objects.requireNonNull(type, "type");
    }
}
