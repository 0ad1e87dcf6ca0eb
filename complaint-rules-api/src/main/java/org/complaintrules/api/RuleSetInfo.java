package org.complaintrules.api;

import java.util.Objects;

/**
 * Which policy produced an advice.
 *
 * @param name the policy's name, e.g. {@code default-policy}
 * @param version the policy's version
 * @param checksum {@code sha256:} and the hex digest over the rule files and policy properties
 */
public record RuleSetInfo(String name, String version, String checksum) {
    /**
     * Validates the components.
     *
     * @param name the rule's name
     * @param version the policy's version
     * @param checksum {@code sha256:} and the hex digest over the rule files and policy properties
     */
    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(checksum, "checksum");
    }
}
