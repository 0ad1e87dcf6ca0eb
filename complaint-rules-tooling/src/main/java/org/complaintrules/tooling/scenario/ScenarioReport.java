package org.complaintrules.tooling.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scenario run.
 *
 * @param results one result per scenario, in the order given
 * @param coverage how often each rule of the policy was fired
 */
public record ScenarioReport(List<ScenarioResult> results, RuleCoverage coverage) {

    /**
     * Validates the components and copies the list.
     *
     * @param results one result per scenario, in the order given
     * @param coverage a coverage
     */
    public ScenarioReport {
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    /** @return whether every scenario passed */
    public boolean passed() {
        return results.stream().allMatch(ScenarioResult::passed);
    }

    /** @return the scenarios that failed */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return each failure's diff, then a summary line */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult r : failures()) {
            sb.append(r.diff()).append("\n\n");
        }
        sb.append(results.size() - failures().size())
                .append(" of ")
                .append(results.size())
                .append(" scenarios passed; ")
                .append(coverage.rules().size() - coverage.neverFired().size())
                .append(" of ")
                .append(coverage.rules().size())
                .append(" rules fired");
        if (!coverage.complete()) {
            sb.append("; never fired:\n").append(coverage.renderNeverFired());
        }
        return sb.toString();
    }
}
