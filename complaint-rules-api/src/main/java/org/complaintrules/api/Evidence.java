package org.complaintrules.api;

import java.util.Objects;

/**
 * One piece of evidence for a complainant type.
 *
 * @param type the type it supports
 * @param signal what was seen, a signal code or a policy code such as {@code VIP_SEGMENT}
 * @param detail for a person, e.g. {@code "71% of letters are capitals"}
 */
public record Evidence(ComplainantType type, String signal, String detail) {
    /**
     * Validates the components.
     *
     * @param type the type it supports
     * @param signal one more host-supplied signal code
     * @param detail why, quoting the value
     */
    public Evidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(detail, "detail");
    }
}
