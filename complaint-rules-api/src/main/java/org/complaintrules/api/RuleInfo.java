package org.complaintrules.api;

import java.util.Objects;

/**
 * A rule of the loaded policy, as policy owners wrote it.
 *
 * @param id the rule's {@code @id}
 * @param name the rule's name
 * @param description the rule's {@code @description}, or empty
 * @param file the rule file it is in
 */
public record RuleInfo(String id, String name, String description, String file) {
    /**
     * Validates the components.
     *
     * @param id 1..128 characters
     * @param name the rule's name
     * @param description the rule's {@code @description}, or empty
     * @param file the rule file, as named when it was loaded (e.g. {@code classification.drl})
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
    }
}
