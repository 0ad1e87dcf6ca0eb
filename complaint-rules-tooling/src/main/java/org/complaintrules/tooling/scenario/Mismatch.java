package org.complaintrules.tooling.scenario;

import java.util.Objects;

/**
 * One way the advice differs from what a scenario expects.
 *
 * @param path what was checked, e.g. {@code escalation.level} or {@code do}
 * @param expected what the scenario expects, in words, e.g. {@code SUPERVISOR} or {@code to include [LEGAL]}
 * @param actual what the advice shows, e.g. {@code NONE}
 */
public record Mismatch(String path, String expected, String actual) {
    /**
     * Validates the components.
     *
     * @param path what was checked, e.g. {@code escalation.level} or {@code do}
     * @param expected what the scenario expects, in words, e.g. {@code SUPERVISOR} or {@code to include [LEGAL]}
     * @param actual what the advice shows, e.g. {@code NONE}
     */
    public Mismatch {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** @return e.g. {@code escalation.level: expected SUPERVISOR, was NONE} */
    public String render() {
        return path + ": expected " + expected + ", was " + actual;
    }

    @Override
    public String toString() {
        return render();
    }
}
