package org.complaintrules.api;

import java.util.Objects;

/**
 * One entry of the audit trail.
 *
 * @param id the rule's {@code @id}
 * @param name the rule's name, a business sentence
 */
public record FiredRule(String id, String name) {
    /**
     * Validates the components.
     *
     * @param id 1..128 characters
     * @param name the rule's name
     */
    public FiredRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
