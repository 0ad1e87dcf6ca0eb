package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.scenario.ScenarioTests;
import org.complaintrules.tooling.scenario.Advisors;
import org.complaintrules.tooling.scenario.Scenario;
import org.complaintrules.tooling.scenario.ScenarioLoader;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled default policy against the scenario files in {@code src/test/resources/scenarios}:
 * each scenario passes, every rule is fired by some scenario, and no scenario needs a guardrail.
 * Scenarios with a {@code "profile"} run on an advisor built once for that profile.
 */
class DefaultPolicyScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    /** Compiled once for the class: the default advisor, plus one per profile on first use. */
    static final Advisors ADVISORS = Advisors.drools(DroolsComplaintAdvisor::builder);

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return ScenarioTests.from(SCENARIOS, ADVISORS);
    }

    @Test
    void thereAreAtLeastFortyScenarios() {
        assertThat(ScenarioLoader.create().loadFolder(SCENARIOS)).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyRuleOfThePolicyIsFiredBySomeScenario() {
        ScenarioReport report =
                ScenarioRunner.run(ADVISORS, ScenarioLoader.create().loadFolder(SCENARIOS));
        // rules that read TextProfile measurements (SIG-AGG-8) are fired by text-only scenarios
        List<RuleInfo> never = report.coverage().neverFired();
        assertThat(never)
                .as(
                        "rules no scenario fires:\n%s",
                        never.stream()
                                .map(r -> r.id() + " \"" + r.name() + "\" (" + r.file() + ")")
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void noScenarioTriggersAGuardrailWarning() {
        List<Scenario> scenarios = ScenarioLoader.create().loadFolder(SCENARIOS);
        ScenarioReport report = ScenarioRunner.run(ADVISORS, scenarios);
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.error()).as(r.scenario().source()).isNull();
            assertThat(r.advice().warnings())
                    .as("warnings of %s", r.scenario().source())
                    .noneMatch(w -> w.startsWith("GUARDRAIL_"));
        });
    }
}
