package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.ComplainantType;

/**
 * Derived fact: a complainant type with enough evidence.
 *
 * @param type the type
 * @param score the summed evidence weight
 * @param rank its place in the policy's precedence, 0 first
 */
public record Trait(ComplainantType type, int score, int rank) {
    /**
     * Validates the components.
     *
     * @param type what was seen
     * @param score the summed evidence weight
     * @param rank its place in the policy's precedence, 0 first
     */
    public Trait {
        Objects.requireNonNull(type, "type");
    }
}
