package org.complaintrules.tooling.scenario;

import java.util.List;
import java.util.Objects;
import org.complaintrules.api.Advice;

/**
 * The outcome of one scenario.
 *
 * @param scenario the scenario
 * @param mismatches every difference between the advice and the expectation; empty when it passed
 * @param firedRuleIds the ids of the rules that fired, each once, in first-firing order
 * @param advice the advice, or {@code null} when the advisor failed
 * @param error why the advisor failed (exception class and message), or {@code null}
 */
public record ScenarioResult(
        Scenario scenario, List<Mismatch> mismatches, List<String> firedRuleIds, Advice advice, String error) {

    /**
     * Validates the components and copies the lists.
     *
     * @param scenario one scenario
     * @param mismatches every difference between the advice and the expectation; empty when it passed
     * @param firedRuleIds the ids of the rules that fired, each once, in first-firing order
     * @param advice the advice, or {@code null} when the advisor failed
     * @param error the error answering the input
     */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        mismatches = List.copyOf(mismatches);
        firedRuleIds = List.copyOf(firedRuleIds);
    }

    /** @return whether the advice matched every expectation */
    public boolean passed() {
        return error == null && mismatches.isEmpty();
    }

    /**
     * @return a readable diff for a person, e.g.
     * <pre>
     * Scenario "A VIP with a lawyer goes to legal" (vip-legal.json) failed:
     *   escalation.teamsInclude: expected to include [LEGAL], was [ACCOUNT_MANAGEMENT] (missing [LEGAL])
     *   priority: expected URGENT, was HIGH
     * Rules fired: CLS-HR-1, ESC-VIP-1, ...
     * </pre>
     * or a one-line confirmation when it passed
     */
    public String diff() {
        String head = "Scenario \"" + scenario.name() + "\" (" + scenario.source()
                + (scenario.profile() == null ? "" : ", profile " + scenario.profile()) + ")";
        if (passed()) {
            return head + " passed";
        }
        StringBuilder sb = new StringBuilder(head).append(" failed:");
        if (error != null) {
            sb.append("\n  the advisor failed: ").append(error);
        }
        for (Mismatch m : mismatches) {
            sb.append("\n  ").append(m.render());
        }
        if (advice != null) {
            sb.append("\nRules fired: ").append(String.join(", ", firedRuleIds));
        }
        return sb.toString();
    }
}
