package org.complaintrules.drools.internal;

import java.util.Objects;

/**
 * One file of a policy as loaded: a DRL file, a decision table converted to DRL,
 * {@code policy.properties}, or another text file that lives with the policy (a message file, a
 * reply template...).
 *
 * @param name the name shown in errors, relative to where the policy was loaded from
 * @param content the text (for a decision table: the DRL it was converted to)
 * @param origin for a decision table, where each DRL line came from in the table; else {@code null}
 */
public record PolicyFile(String name, String content, DecisionTables.Origin origin) {
    /** Validates the components. */
    public PolicyFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /**
     * @param name the name shown in errors
     * @param content the text
     */
    public PolicyFile(String name, String content) {
        this(name, content, null);
    }

    /** @return whether this is a rule file (DRL, or a decision table converted to DRL) */
    public boolean isDrl() {
        return name.endsWith(".drl") || origin != null;
    }

    /** @return whether this is the policy's {@code policy.properties} */
    public boolean isPolicyProperties() {
        return name.equals(PolicyLoader.PROPERTIES);
    }
}
