package org.complaintrules.tooling.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.model.CaseClock;

/**
 * Runs scenarios against an advisor and reports each result and the rule coverage. Plain Java
 * (no JUnit), so a command line can use it:
 * <pre>{@code
 * List<Scenario> scenarios = ScenarioLoader.create().loadFolder(Path.of("scenarios"));
 * ScenarioReport report = ScenarioRunner.run(Advisors.drools(DroolsComplaintAdvisor::builder), scenarios);
 * System.out.println(report.render());
 * }</pre>
 * A scenario with a {@code "profile"} runs on {@link Advisors#forProfile}; the rest on the default advisor.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    /**
     * @param advisor the advisor; scenarios naming another regulatory profile fail, saying so
     * @param scenarios the scenarios
     * @return the results and the coverage of {@code advisor.rules()}
     */
    public static ScenarioReport run(ComplaintAdvisor advisor, List<Scenario> scenarios) {
        return run(Advisors.of(advisor), scenarios);
    }

    /**
     * @param advisors the advisors, one per profile
     * @param scenarios the scenarios
     * @return the results and the coverage of the default advisor's rules
     */
    public static ScenarioReport run(Advisors advisors, List<Scenario> scenarios) {
        Objects.requireNonNull(advisors, "advisors");
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(runOne(advisors, s));
        }
        return new ScenarioReport(
                results, RuleCoverage.of(advisors.defaultAdvisor().rules(), results));
    }

    /**
     * @param advisors the advisors, one per profile
     * @param scenario one scenario
     * @return its result; a failing advisor is a failed result, never an exception
     */
    public static ScenarioResult runOne(Advisors advisors, Scenario scenario) {
        Advice advice;
        CaseClock clock;
        try {
            ComplaintAdvisor advisor = advisors.forPolicy(scenario.profile(), scenario.policyProperties());
            advice = advisor.advise(scenario.complaintCase());
            clock = clock(advisor, scenario);
        } catch (RuntimeException e) {
            return new ScenarioResult(
                    scenario, List.of(), List.of(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<Mismatch> mismatches = ExpectationMatcher.match(scenario.expectation(), advice, clock);
        List<String> fired =
                advice.firedRules().stream().map(FiredRule::id).distinct().toList();
        return new ScenarioResult(scenario, mismatches, fired, advice, null);
    }

    /**
     * The clock the scenario's {@code ...Within} checks count on: the advisor's own for the complaint, or,
     * for an advisor that is not a {@link DroolsComplaintAdvisor}, the contract's defaults.
     */
    private static CaseClock clock(ComplaintAdvisor advisor, Scenario scenario) {
        if (advisor instanceof DroolsComplaintAdvisor d) {
            return d.clock(scenario.complaintCase().complaint());
        }
        return CaseClock.of(
                scenario.complaintCase().complaint(),
                scenario.profile() == null ? RegulatoryProfile.GENERIC : scenario.profile());
    }
}
