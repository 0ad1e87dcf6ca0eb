package org.complaintrules.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.scenario.Advisors;
import org.complaintrules.tooling.scenario.ScenarioLoader;
import org.complaintrules.tooling.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The JUnit adapter over a tiny policy: one dynamic test per scenario, failing with the diff; coverage. */
class ScenarioTestsTest {
    static final String POLICY = """
            package t;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;
            rule "Everything is normal"
                @id(T-BASE) @description("base")
            when $p : PolicySettings() $d : AdviceDraft()
            then
                $d.raisePriority(Priority.NORMAL);
                $d.acknowledgeWithin(java.time.Duration.ofHours(1));
                $d.respondWithin(java.time.Duration.ofHours(24));
                $d.resolveWithin(java.time.Duration.ofDays(7));
                $d.followUpAfter(java.time.Duration.ofDays(14));
                $d.authority(ApprovalRole.AGENT, $p.money("authority.AGENT"));
                insert(new CompensationCap($p.money("authority.AGENT"), "T"));
                insert(new PrimaryType(ComplainantType.MODERATE));
            end
            rule "Never fires"
                @id(T-NEVER) @description("never")
            when Complaint(category == Category.SAFETY, channel == Channel.SURVEY) $d : AdviceDraft()
            then $d.tag("X");
            end
            """;

    static ComplaintAdvisor advisor() {
        return DroolsComplaintAdvisor.builder()
                .drl("t.drl", POLICY)
                .drl(
                        "policy.properties",
                        "authority.AGENT=50\ncurrency=EUR\ntype.precedence=AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE\n"
                                + "guardrail.absoluteCap=1000\ndeadline.acknowledge=1h\ndeadline.respond=24h\n"
                                + "deadline.resolve=3d\ndeadline.followUp=10d\n")
                .build();
    }

    static String scenario(String name, String expect) {
        return "{\"name\":\"" + name + "\",\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":"
                + "\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\",\"category\":\"OTHER\"},\"customer\":{\"id\":\"K-1\"}},"
                + "\"expect\":" + expect + "}";
    }

    @Test
    void oneDynamicTestPerScenarioFailingWithTheDiff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01-normal.json"), scenario("Normal", "{\"priority\":\"NORMAL\"}"));
        Files.writeString(dir.resolve("02-urgent.json"), scenario("Urgent", "{\"priority\":\"URGENT\"}"));
        List<DynamicTest> tests = ScenarioTests.from(dir, advisor()).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("Normal", "Urgent");
        assertThat(tests.get(0).getExecutable()).isNotNull();
        try {
            tests.get(0).getExecutable().execute();
        } catch (Throwable t) {
            throw new AssertionError("the passing scenario failed", t);
        }
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Scenario \"Urgent\" (02-urgent.json) failed:")
                .hasMessageContaining("priority: expected URGENT, was NORMAL");
    }

    @Test
    void everyRuleFiredFailsNamingTheRulesNeverFired(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01-normal.json"), scenario("Normal", "{}"));
        var report = ScenarioRunner.run(advisor(), ScenarioLoader.create().loadFolder(dir));

        assertThatThrownBy(() -> ScenarioTests.assertEveryRuleFired(report.coverage()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("1 of 2 rules were never fired by any scenario:\nT-NEVER \"Never fires\" (t.drl)");
        assertThatThrownBy(() -> ScenarioTests.assertEveryRuleFired(dir, Advisors.of(advisor())))
                .isInstanceOf(AssertionFailedError.class);
    }
}
