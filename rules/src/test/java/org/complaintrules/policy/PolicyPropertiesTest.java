package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintrules.api.Category;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.Segment;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.model.PolicySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structural promises the default policy's numbers must keep, whatever a policy owner tunes:
 * the guardrails never need to step in, deadlines stay in order, escalation never goes down.
 */
class PolicyPropertiesTest {
    static DroolsComplaintAdvisor advisor;
    static PolicySettings p;

    @BeforeAll
    static void load() {
        advisor = (DroolsComplaintAdvisor) DefaultPolicyScenariosTest.ADVISORS.defaultAdvisor();
        Map<String, String> values = advisor.policySettings();
        p = new PolicySettings(values, RegulatoryProfile.GENERIC);
    }

    @Test
    void everySegmentCapIsBelowTheAbsoluteCapAndWithinAManagersAuthority() {
        for (Segment s : Segment.values()) {
            BigDecimal cap = p.number("cap.segment." + s);
            assertThat(cap)
                    .as("cap.segment." + s)
                    .isLessThanOrEqualTo(p.number("guardrail.absoluteCap"))
                    .isLessThanOrEqualTo(p.number("authority.MANAGER"));
            assertThat(p.number("cap.twelveMonths." + s))
                    .as("cap.twelveMonths." + s)
                    .isPositive();
        }
        assertThat(p.number("cap.noLoss")).isLessThanOrEqualTo(p.number("cap.segment.STANDARD"));
    }

    @Test
    void aStandardCapNeverNeedsAManagerSoRejectionsNeverLowerTheLevel() {
        // With authority.SUPERVISOR >= cap.segment.STANDARD, only premium and VIP caps reach a manager,
        // and ESC-REJ-3 keeps those at MANAGER once offers are rejected (see escalation.drl).
        assertThat(p.number("authority.SUPERVISOR")).isGreaterThanOrEqualTo(p.number("cap.segment.STANDARD"));
        assertThat(p.whole("escalation.manager.offersRejected"))
                .isGreaterThanOrEqualTo(p.whole("escalation.supervisor.offersRejected"));
        assertThat(p.number("authority.AGENT")).isLessThan(p.number("authority.SUPERVISOR"));
        assertThat(p.number("authority.SUPERVISOR")).isLessThan(p.number("authority.MANAGER"));
    }

    @Test
    void everyCategoryHasAFactorAndAPrecedent() {
        for (Category c : Category.values()) {
            assertThat(p.number("factor." + c)).as("factor." + c).isPositive();
            assertThat(p.number("precedent." + c)).as("precedent." + c).isPositive();
        }
    }

    @Test
    void deadlinesStayInOrderWhateverRulesCombine() {
        Duration ack = p.duration("deadline.acknowledge");
        Duration respond = p.duration("deadline.respond");
        assertThat(respond)
                .as("no complaint waits more than 24h for an answer")
                .isLessThanOrEqualTo(Duration.ofHours(24));
        for (String k : List.of(
                "deadline.respond.live",
                "deadline.respond.public",
                "deadline.respond.vip",
                "deadline.respond.urgent",
                "cfpb.response")) {
            assertThat(p.duration(k)).as(k + " >= deadline.acknowledge").isGreaterThanOrEqualTo(ack);
        }
        // FCA: the summary-resolution business days bound respondBy; at least one full business day
        assertThat(p.whole("fca.summaryResolutionBusinessDays")).isPositive();
        for (String k : List.of(
                "deadline.resolve",
                "deadline.resolve.public",
                "deadline.resolve.vip",
                "deadline.resolve.urgent",
                "fca.finalResponse",
                "cfpb.finalResponse",
                "asic.finalResponse")) {
            assertThat(p.duration(k)).as(k + " >= deadline.respond").isGreaterThanOrEqualTo(respond);
        }
        assertThat(p.whole("psd2.finalResponseBusinessDays")).isPositive();
    }

    @Test
    void everyRuleHasAUniqueIdADescriptionAndASentenceName() {
        List<RuleInfo> rules = advisor.rules();
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : rules) {
            assertThat(ids.add(r.id())).as("duplicate id " + r.id()).isTrue();
            assertThat(r.description()).as(r.id() + " description").isNotBlank();
            assertThat(r.name().split(" ")).as(r.id() + " name is a sentence").hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
