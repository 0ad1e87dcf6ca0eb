package org.complaintrules.tooling.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.diff.PolicyDiff.Aspect;
import org.complaintrules.tooling.diff.PolicyDiff.DiffReport;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
    private static final String POLICY = """
            package diff;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;
            rule "VIPs are high-rollers" @id(D-VIP)
            when Customer( segment == Segment.VIP )
            then insert( new PrimaryType( ComplainantType.HIGH_ROLLER ) ); insert( new Trait( ComplainantType.HIGH_ROLLER, 2, 0 ) );
            end
            rule "Others are moderate" @id(D-MOD)
            when not Customer( segment == Segment.VIP )
            then insert( new PrimaryType( ComplainantType.MODERATE ) );
            end
            rule "Cap and deadlines" @id(D-BASE)
            when $p : PolicySettings() $d : AdviceDraft()
            then
                insert( new CompensationCap( $p.money("cap"), "CAP" ) );
                $d.raisePriority( Priority.NORMAL );
                $d.acknowledgeWithin( java.time.Duration.ofHours(1) );
                $d.respondWithin( java.time.Duration.ofHours(2) );
                $d.resolveWithin( java.time.Duration.ofHours(3) );
                $d.followUpAfter( java.time.Duration.ofHours(4) );
            end
            """;

    /** The keys the engine needs in every policy. */
    private static java.util.Map<String, String> required(String currency) {
        return java.util.Map.of(
                "currency", currency,
                "type.precedence", "AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE",
                "guardrail.absoluteCap", "1000",
                "deadline.acknowledge", "1h",
                "deadline.respond", "24h",
                "deadline.resolve", "3d",
                "deadline.followUp", "10d");
    }

    private static ComplaintAdvisor policy(String cap, String extra) {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder()
                .drl("p.drl", POLICY)
                .policyProperties(required("EUR"))
                .policyProperty("cap", cap);
        if (extra != null) {
            b.drl("extra.drl", extra);
        }
        return b.build();
    }

    private static ComplaintCase c(String id, Segment segment) {
        return ComplaintCase.of(
                Complaint.builder(id, Instant.parse("2026-11-20T10:00:00Z"), Channel.EMAIL, Category.BILLING)
                        .build(),
                Customer.builder("K-" + id, segment).build());
    }

    /** A case with an amount in dollars, which a policy in euros cannot advise. */
    private static ComplaintCase usdCase() {
        return ComplaintCase.of(
                Complaint.builder("U", Instant.parse("2026-11-20T10:00:00Z"), Channel.EMAIL, Category.BILLING)
                        .claimedLoss(Money.of("5", "USD"))
                        .build(),
                Customer.of("K-U"));
    }

    @Test
    void identicalPoliciesChangeNothing() {
        List<ComplaintCase> cases = List.of(c("A", Segment.VIP), c("B", Segment.STANDARD));

        DiffReport r = PolicyDiff.compare(policy("50", null), policy("50", null), cases, 3);

        assertThat(r.cases()).isEqualTo(2);
        assertThat(r.changedCases()).isZero();
        assertThat(r.aspects()).allSatisfy(a -> assertThat(a.count()).isZero());
        assertThat(r.exposureDelta()).isEqualByComparingTo("0");
    }

    @Test
    void reportsCountsExamplesAndExposureDelta() {
        String urgentVip = """
                package diff;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;
                rule "VIPs are urgent" @id(D-URGENT)
                when Customer( segment == Segment.VIP ) $d : AdviceDraft()
                then $d.raisePriority( Priority.URGENT ); $d.escalate( EscalationLevel.MANAGER, "VIP" );
                end
                """;
        List<ComplaintCase> cases = List.of(c("A", Segment.VIP), c("B", Segment.STANDARD), c("C", Segment.VIP));

        DiffReport r = PolicyDiff.compare(policy("50", null), policy("75.50", urgentVip), cases, 1);

        assertThat(r.changedCases()).isEqualTo(3);
        assertThat(r.aspect(Aspect.COMPLAINANT_TYPE).count()).isZero();
        assertThat(r.aspect(Aspect.PRIORITY).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.PRIORITY).examples())
                .containsExactly(new PolicyDiff.Change("A", "NORMAL", "URGENT"));
        assertThat(r.aspect(Aspect.ESCALATION).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.MAX_COMPENSATION).count()).isEqualTo(3);
        assertThat(r.exposureFrom()).isEqualByComparingTo("150");
        assertThat(r.exposureTo()).isEqualByComparingTo(new BigDecimal("226.50"));
        assertThat(r.toText()).contains("priority", "e.g. A: NORMAL -> URGENT", "150.00 -> 226.50 EUR (+76.50 EUR)");
    }

    /** Rules that change, for VIP customers, the forms, the steps, a deadline and the tags of the advice. */
    private static final String MORE_FOR_VIPS = """
                package diff;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;
                rule "VIPs may get a voucher" @id(D-VOUCHER)
                when Customer( segment == Segment.VIP ) $d : AdviceDraft()
                then $d.allowForm( CompensationForm.VOUCHER );
                end
                rule "VIPs are thanked first" @id(D-THANK)
                when Customer( segment == Segment.VIP ) $d : AdviceDraft()
                then $d.placeStep( "THANK", 0 );
                end
                rule "VIPs hear back sooner" @id(D-SOONER)
                when Customer( segment == Segment.VIP ) $d : AdviceDraft()
                then $d.respondWithin( java.time.Duration.ofMinutes(90) );
                end
                rule "VIPs are tagged" @id(D-TAG)
                when Customer( segment == Segment.VIP ) $d : AdviceDraft()
                then $d.tag( "VIP" );
                end
                """;

    @Test
    void formsStepsDeadlinesAndTheRestOfTheAdviceCountAsChangesToo() {
        List<ComplaintCase> cases = List.of(c("A", Segment.VIP), c("B", Segment.STANDARD), c("C", Segment.VIP));

        DiffReport r = PolicyDiff.compare(policy("50", null), policy("50", MORE_FOR_VIPS), cases, 1);

        assertThat(r.changedCases()).isEqualTo(2);
        assertThat(r.aspect(Aspect.COMPENSATION_TERMS).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.COMPENSATION_TERMS).examples().get(0).to()).contains("VOUCHER");
        assertThat(r.aspect(Aspect.STRATEGY).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.DEADLINES).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.OTHER).count()).isEqualTo(2);
        assertThat(r.aspect(Aspect.MAX_COMPENSATION).count()).isZero();
        assertThat(r.aspect(Aspect.PRIORITY).count()).isZero();
        assertThat(r.toText()).contains("2 changed", "compensation terms", "strategy", "deadlines");
        // every aspect's count in one column, the longest label's ("compensation terms") included
        List<Integer> columns = r.toText()
                .lines()
                .filter(l -> l.endsWith(" cases changed"))
                .map(l -> l.indexOf(" cases changed"))
                .distinct()
                .toList();
        assertThat(columns).hasSize(1);
    }

    @Test
    void anExampleShowsOnlyThePartsOfItsAspectThatChangedByName() {
        DiffReport r =
                PolicyDiff.compare(policy("50", null), policy("50", MORE_FOR_VIPS), List.of(c("A", Segment.VIP)), 1);

        PolicyDiff.Change terms = r.aspect(Aspect.COMPENSATION_TERMS).examples().get(0);
        assertThat(terms.from()).startsWith("allowedForms [").doesNotContain("VOUCHER", "approvals");
        assertThat(terms.to()).startsWith("allowedForms [").contains("VOUCHER").doesNotContain("approvals");
        PolicyDiff.Change other = r.aspect(Aspect.OTHER).examples().get(0);
        assertThat(other.to()).startsWith("tags [").contains("VIP").doesNotContain("evidence", "traits", "Evidence[");
        assertThat(other.from()).startsWith("tags [").doesNotContain("VIP");
        assertThat(r.toText()).contains("e.g. A: " + other.from() + " -> " + other.to());
        assertThat(r.aspect(Aspect.STRATEGY).examples())
                .containsExactly(new PolicyDiff.Change("A", "responseSteps []", "responseSteps [THANK]"));
    }

    @Test
    void withoutACaseAdvisedUnderBothPoliciesTheExposureSaysSoInsteadOfAnAmountWithoutCurrency() {
        ComplaintCase usd = usdCase();

        DiffReport r = PolicyDiff.compare(policy("50", null), policy("50", null), List.of(usd), 1);

        assertThat(r.toText())
                .contains("total exposure: no case was advised under both policies")
                .doesNotContain("(+0 )");
    }

    @Test
    void aCaseOnlyOnePolicyCanAdviseIsAnOutcomeChange() {
        ComplaintCase usd = usdCase();
        ComplaintAdvisor usdPolicy = DroolsComplaintAdvisor.builder()
                .drl("p.drl", POLICY)
                .policyProperties(required("USD"))
                .policyProperty("cap", "50")
                .build();

        DiffReport r = PolicyDiff.compare(policy("50", null), usdPolicy, List.of(usd), 5);

        assertThat(r.aspect(Aspect.OUTCOME).examples())
                .containsExactly(new PolicyDiff.Change("U", "error UNSUPPORTED", "advised"));
    }
}
