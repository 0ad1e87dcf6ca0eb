package org.complaintrules.api;

import java.util.Objects;

/**
 * One problem found while compiling rule files.
 *
 * @param file the rule file, as named when it was loaded (e.g. {@code classification.drl})
 * @param line the 1-based line, or 0 when the compiler gave none
 * @param message the compiler's message
 */
public record RuleProblem(String file, int line, String message) {
    /**
     * Validates the components.
     *
     * @param file the rule file, as named when it was loaded (e.g. {@code classification.drl})
     * @param line the 1-based line, or 0 when the compiler gave none
     * @param message the compiler's message
     */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** @return {@code file:line: message}, the form editors and CI logs understand */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
