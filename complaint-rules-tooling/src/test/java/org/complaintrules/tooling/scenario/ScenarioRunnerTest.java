package org.complaintrules.tooling.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.Test;

/** The runner against a tiny two-rule policy: results, diffs, coverage, profiles. */
class ScenarioRunnerTest {
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
            rule "A legal threat goes to legal"
                @id(T-LEGAL) @description("legal")
            when Signal(type == SignalType.LEGAL_THREAT) $d : AdviceDraft()
            then $d.involve(Team.LEGAL, "LEGAL_THREAT");
            end
            rule "Never fires"
                @id(T-NEVER) @description("never")
            when Complaint(category == Category.SAFETY, channel == Channel.SURVEY) $d : AdviceDraft()
            then $d.tag("X");
            end
            """;

    static DroolsComplaintAdvisor.Builder builder() {
        return DroolsComplaintAdvisor.builder()
                .drl("t.drl", POLICY)
                .drl(
                        "policy.properties",
                        "authority.AGENT=50\ncurrency=EUR\ntype.precedence=AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE\nguardrail.absoluteCap=1000\ndeadline.acknowledge=1h\ndeadline.respond=24h\ndeadline.resolve=3d\ndeadline.followUp=10d\n");
    }

    static Scenario scenario(String name, String signals, String expect, String profile) {
        return ScenarioLoader.create()
                .parse(
                        "{\"name\":\"" + name + "\"" + (profile == null ? "" : ",\"profile\":\"" + profile + "\"")
                                + ",\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                                + "\"category\":\"OTHER\",\"signals\":[" + signals
                                + "]},\"customer\":{\"id\":\"K-1\"}},\"expect\":" + expect + "}",
                        null);
    }

    @Test
    void reportsResultsDiffsAndCoverage() {
        ComplaintAdvisor advisor = builder().build();
        Scenario pass = scenario(
                "Lawyer goes to legal",
                "\"LEGAL_THREAT\"",
                "{\"escalation\":{\"teams\":[\"LEGAL\"]},\"warnings\":[]}",
                null);
        Scenario fail = scenario(
                "Calm case is urgent", "", "{\"priority\":\"URGENT\",\"complainantType\":\"AGGRESSIVE\"}", null);
        ScenarioReport report = ScenarioRunner.run(advisor, List.of(pass, fail));

        assertThat(report.passed()).isFalse();
        assertThat(report.results().get(0).passed()).isTrue();
        assertThat(report.results().get(0).firedRuleIds()).containsExactlyInAnyOrder("T-BASE", "T-LEGAL");
        ScenarioResult failed = report.failures().get(0);
        assertThat(failed.diff()).isEqualTo("""
                Scenario "Calm case is urgent" (Calm case is urgent) failed:
                  complainantType: expected AGGRESSIVE, was MODERATE
                  priority: expected URGENT, was NORMAL
                Rules fired: T-BASE""");
        assertThat(report.coverage().count("T-BASE")).isEqualTo(2);
        assertThat(report.coverage().count("T-LEGAL")).isEqualTo(1);
        assertThat(report.coverage().neverFired()).extracting(r -> r.id()).containsExactly("T-NEVER");
        assertThat(report.render())
                .endsWith("1 of 2 scenarios passed; 2 of 3 rules fired; never fired:\nT-NEVER \"Never fires\" (t.drl)");
    }

    @Test
    void aProfileScenarioNeedsAnAdvisorForThatProfile() {
        Scenario fca = scenario("Under FCA", "", "{}", "UK_FCA");
        ScenarioResult single =
                ScenarioRunner.run(builder().build(), List.of(fca)).results().get(0);
        assertThat(single.passed()).isFalse();
        assertThat(single.diff())
                .contains("the advisor failed: IllegalArgumentException: the scenario needs regulatory profile UK_FCA");

        Advisors perProfile = Advisors.drools(ScenarioRunnerTest::builder);
        assertThat(ScenarioRunner.run(perProfile, List.of(fca)).passed()).isTrue();
        assertThat(((DroolsComplaintAdvisor) perProfile.forProfile(RegulatoryProfile.UK_FCA)).regulatoryProfile())
                .isEqualTo(RegulatoryProfile.UK_FCA);
        assertThat(perProfile.forProfile(RegulatoryProfile.UK_FCA))
                .isSameAs(perProfile.forProfile(RegulatoryProfile.UK_FCA));
    }
}
