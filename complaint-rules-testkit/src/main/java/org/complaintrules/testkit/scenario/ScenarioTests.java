package org.complaintrules.testkit.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.tooling.scenario.Advisors;
import org.complaintrules.tooling.scenario.RuleCoverage;
import org.complaintrules.tooling.scenario.Scenario;
import org.complaintrules.tooling.scenario.ScenarioLoadException;
import org.complaintrules.tooling.scenario.ScenarioLoader;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioResult;
import org.complaintrules.tooling.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 adapter for scenario files:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(Path.of("src/test/resources/scenarios"), ADVISORS);
 * }
 *
 * @Test
 * void everyRuleIsFiredBySomeScenario() {
 *     ScenarioTests.assertEveryRuleFired(Path.of("src/test/resources/scenarios"), ADVISORS);
 * }
 * }</pre>
 */
public final class ScenarioTests {
    private ScenarioTests() {}

    /**
     * @param folder a folder of scenario files
     * @param advisor the advisor
     * @return one test per scenario, named by the scenario's name, failing with the readable diff
     * @throws ScenarioLoadException when a file cannot be read
     */
    public static Stream<DynamicTest> from(Path folder, ComplaintAdvisor advisor) {
        return from(folder, Advisors.of(advisor));
    }

    /**
     * @param folder a folder of scenario files
     * @param advisors the advisors, one per regulatory profile
     * @return one test per scenario, named by the scenario's name, failing with the readable diff
     * @throws ScenarioLoadException when a file cannot be read
     */
    public static Stream<DynamicTest> from(Path folder, Advisors advisors) {
        List<Scenario> scenarios = ScenarioLoader.create().loadFolder(folder);
        // No test source URI on purpose: Maven Surefire 3.5 silently drops dynamic tests whose source is a
        // file URI (they neither run in its report nor fail the build), so the file is named in the diff instead.
        return scenarios.stream()
                .map(s -> DynamicTest.dynamicTest(s.name(), () -> {
                    ScenarioResult r = ScenarioRunner.runOne(advisors, s);
                    if (!r.passed()) {
                        throw new AssertionFailedError(r.diff());
                    }
                }));
    }

    /**
     * Fails, listing every rule that no scenario fired.
     *
     * @param folder a folder of scenario files
     * @param advisors the advisors
     * @return the report, for further checks
     */
    public static ScenarioReport assertEveryRuleFired(Path folder, Advisors advisors) {
        ScenarioReport report =
                ScenarioRunner.run(advisors, ScenarioLoader.create().loadFolder(folder));
        assertEveryRuleFired(report.coverage());
        return report;
    }

    /**
     * Fails, listing every rule that no scenario fired.
     *
     * @param coverage a coverage
     * @throws AssertionFailedError naming each rule never fired, with its name and file
     */
    public static void assertEveryRuleFired(RuleCoverage coverage) {
        if (!coverage.complete()) {
            throw new AssertionFailedError(
                    coverage.neverFired().size() + " of " + coverage.rules().size()
                            + " rules were never fired by any scenario:\n" + coverage.renderNeverFired());
        }
    }
}
