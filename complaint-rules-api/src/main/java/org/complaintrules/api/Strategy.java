package org.complaintrules.api;

import java.util.List;

/**
 * How to respond. Codes are stable identifiers; wording for people is a separate layer.
 *
 * @param actions what to do; written to JSON as {@code "do"}, which is a Java keyword
 * @param avoid what not to do
 * @param responseSteps the response steps, in order
 */
public record Strategy(List<String> actions, List<String> avoid, List<String> responseSteps) {
    /**
     * Copies the lists; {@code null} becomes empty.
     *
     * @param actions what to do; written to JSON as {@code "do"}, which is a Java keyword
     * @param avoid what not to do
     * @param responseSteps the response steps, in order
     */
    public Strategy {
        actions = actions == null ? List.of() : List.copyOf(actions);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
        responseSteps = responseSteps == null ? List.of() : List.copyOf(responseSteps);
    }
}
