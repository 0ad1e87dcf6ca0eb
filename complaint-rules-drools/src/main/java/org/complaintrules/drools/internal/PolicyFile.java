package org.complaintrules.drools.internal;

import java.util.Objects;

/**
 * One file of a policy as loaded: a DRL file, {@code policy.properties}, or another text file that
 * lives with the policy (a message file, a reply template...).
 *
 * @param name the name shown in errors, relative to where the policy was loaded from
 * @param content the text
 */
public record PolicyFile(String name, String content) {
    /** Validates the components. */
    public PolicyFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** @return whether this is a rule file */
    public boolean isDrl() {
        return name.endsWith(".drl");
    }

    /** @return whether this is the policy's {@code policy.properties} */
    public boolean isPolicyProperties() {
        return name.equals(PolicyLoader.PROPERTIES);
    }
}
