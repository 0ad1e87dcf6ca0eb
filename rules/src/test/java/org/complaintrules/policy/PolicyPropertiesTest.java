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
import org.complaintrules.drools.model.Term;
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
        // acknowledge and respond targets are elapsed hours; every other deadline is at least as long
        Duration ack = hours(p.term("deadline.acknowledge"));
        Duration respond = hours(p.term("deadline.respond"));
        assertThat(respond)
                .as("no complaint waits more than 24h for an answer")
                .isLessThanOrEqualTo(Duration.ofHours(24));
        for (String k : List.of(
                "deadline.respond.live",
                "deadline.respond.public",
                "deadline.respond.vip",
                "deadline.respond.urgent",
                "cfpb.response",
                "fca.summaryResolution")) {
            assertThat(atLeast(p.term(k))).as(k + " >= deadline.acknowledge").isGreaterThanOrEqualTo(ack);
        }
        for (String k : List.of(
                "deadline.resolve",
                "deadline.resolve.public",
                "deadline.resolve.vip",
                "deadline.resolve.urgent",
                "fca.finalResponse",
                "fca.psd.finalResponse",
                "cfpb.finalResponse",
                "psd2.finalResponse",
                "asic.finalResponse",
                "asic.finalResponse.hardship",
                "asic.finalResponse.superannuation",
                "cbi.finalResponse")) {
            assertThat(atLeast(p.term(k))).as(k + " >= deadline.respond").isGreaterThanOrEqualTo(respond);
        }
        for (String k : List.of("asic.acknowledge", "cbi.acknowledge")) {
            assertThat(atLeast(p.term(k))).as(k + " >= deadline.acknowledge").isGreaterThanOrEqualTo(ack);
        }
        // the exceptional extensions are extensions
        assertThat(p.term("fca.psd.finalResponse.exceptional").amount())
                .isGreaterThan(p.term("fca.psd.finalResponse").amount());
        assertThat(p.term("psd2.finalResponse.exceptional").amount())
                .isGreaterThan(p.term("psd2.finalResponse").amount());
    }

    /** A term in elapsed hours or minutes, as the acknowledge and respond targets must be. */
    private static Duration hours(Term t) {
        assertThat(t.unit()).as(t.code()).isIn(Term.Unit.HOURS, Term.Unit.MINUTES);
        return atLeast(t);
    }

    /**
     * The shortest elapsed time a term can mean: a calendar day may be 23 hours across a daylight-saving
     * change, and the n-th business day after the day of receipt ends at least n - 1 days and 23 hours
     * after a receipt at the very end of a day (with the default close of business at 23:59:59).
     */
    private static Duration atLeast(Term t) {
        long n = t.amount();
        return switch (t.unit()) {
            case MINUTES -> Duration.ofMinutes(n);
            case HOURS -> Duration.ofHours(n);
            case DAYS -> Duration.ofDays(n).minusHours(1);
            case WEEKS -> Duration.ofDays(7 * n).minusHours(1);
            case MONTHS -> Duration.ofDays(28 * n).minusHours(1);
            case YEARS -> Duration.ofDays(365 * n).minusHours(1);
            case BUSINESS_DAYS -> Duration.ofDays(n - 1).plusHours(23);
        };
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
