package org.complaintrules.tooling.scenario;

import java.util.Locale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.RuleInfo;

/**
 * For each rule of a policy, how many scenarios fired it (at least once).
 *
 * @param rules the policy's rules, in file and source order
 * @param scenariosFiring rule id to the number of scenarios that fired it, in {@code rules} order
 */
public record RuleCoverage(List<RuleInfo> rules, Map<String, Integer> scenariosFiring) {

    /**
     * Copies the components.
     *
     * @param rules its rules (for a check without scenarios)
     * @param scenariosFiring rule id to the number of scenarios that fired it, in {@code rules} order
     */
    public RuleCoverage {
        rules = List.copyOf(rules);
        scenariosFiring = Collections.unmodifiableMap(new LinkedHashMap<>(scenariosFiring));
    }

    /**
     * @param rules the policy's rules
     * @param results the scenario results
     * @return the coverage
     */
    public static RuleCoverage of(List<RuleInfo> rules, List<ScenarioResult> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rules.forEach(r -> counts.put(r.id(), 0));
        for (ScenarioResult r : results) {
            for (String id : r.firedRuleIds()) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return new RuleCoverage(rules, counts);
    }

    /**
     * @param ruleId a rule id
     * @return how many scenarios fired it
     */
    public int count(String ruleId) {
        return scenariosFiring.getOrDefault(ruleId, 0);
    }

    /** @return the rules no scenario fired, in file and source order */
    public List<RuleInfo> neverFired() {
        return rules.stream().filter(r -> count(r.id()) == 0).toList();
    }

    /** @return whether every rule was fired by some scenario */
    public boolean complete() {
        return neverFired().isEmpty();
    }

    /** @return one line per rule never fired, e.g. {@code ESC-LEGAL-1 "A legal threat goes to legal" (escalation.drl)} */
    public String renderNeverFired() {
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : neverFired()) {
            sb.append(sb.length() == 0 ? "" : "\n")
                    .append(r.id())
                    .append(" \"")
                    .append(r.name())
                    .append("\" (")
                    .append(r.file())
                    .append(')');
        }
        return sb.toString();
    }

    /** @return a table: each rule's id, scenario count and name, then the summary */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : rules) {
            sb.append(String.format(Locale.ROOT, "%4d  %-18s %s (%s)%n", count(r.id()), r.id(), r.name(), r.file()));
        }
        int never = neverFired().size();
        sb.append(rules.size() - never).append(" of ").append(rules.size()).append(" rules fired by some scenario");
        if (never > 0) {
            sb.append("; never fired:\n").append(renderNeverFired());
        }
        return sb.toString();
    }
}
