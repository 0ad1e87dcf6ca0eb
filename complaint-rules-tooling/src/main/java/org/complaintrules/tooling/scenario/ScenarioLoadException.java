package org.complaintrules.tooling.scenario;

import java.util.List;

/**
 * Scenario files could not be read. The message lists every problem, one a line, each as
 * {@code file: json.path: what is wrong}, e.g.
 * {@code vip-legal.json: expect.escalation.teamz: unknown key "teamz"; allowed here: [...]}.
 */
public final class ScenarioLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Every problem found, one a line. */
    private final List<String> problems;

    /** @param problems every problem found, each naming the file and the JSON path */
    public ScenarioLoadException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : problems.size() + " scenario files have problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, each as {@code file: json.path: what is wrong} */
    public List<String> problems() {
        return problems;
    }
}
