package org.complaintrules.tooling.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

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

    /** The audit's p-usd: EUR and USD totals were subtracted and both labelled EUR. */
    @Test
    void totalsInTwoCurrenciesAreEachInTheirOwnAndHaveNoDelta() {
        ComplaintAdvisor dollars = DroolsComplaintAdvisor.builder()
                .drl("p.drl", POLICY)
                .policyProperties(required("USD"))
                .policyProperty("cap", "50")
                .build();
        List<ComplaintCase> cases = List.of(c("A", Segment.VIP), c("B", Segment.STANDARD));

        DiffReport r = PolicyDiff.compare(policy("50", null), dollars, cases, 3);

        assertThat(r.currency()).isEqualTo("EUR");
        assertThat(r.currencyTo()).isEqualTo("USD");
        assertThat(r.currenciesDiffer()).isTrue();
        assertThat(r.exposureDelta()).isNull();
        assertThat(r.toText())
                .contains("total exposure: 100.00 EUR -> 100.00 USD (the currencies differ: no delta)")
                .doesNotContain("+0");
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

    /** A policy folder with {@link #POLICY}, its settings and the given extra files (relative name to text). */
    private static Path folder(Path dir, java.util.Map<String, String> extra) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("p.drl"), POLICY);
        StringBuilder props = new StringBuilder("cap=50\n");
        required("EUR").forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve("policy.properties"), props);
        for (var e : extra.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        return dir;
    }

    @Test
    void wordListsWordingAndRepliesThatChangedAreListedWithTheirLines(@TempDir Path tmp) throws IOException {
        Path a = folder(
                tmp.resolve("a"),
                java.util.Map.of(
                        "lexicon/en/regulator.txt", "# consumer bodies\ncitizens advice\n",
                        "lexicon/en/legal.txt", "small claims court\n"));
        Path b = folder(
                tmp.resolve("b"),
                java.util.Map.of(
                        "lexicon/en/regulator.txt",
                                "# consumer bodies\ncitizens advice\nconsumer council\nwhich? legal\n",
                        "lexicon/en/churn.txt", "taking my savings elsewhere\n"));

        DiffReport r = PolicyDiff.compare(
                PolicySide.directory(a, x -> x),
                PolicySide.directory(b, x -> x),
                List.of(c("A", Segment.STANDARD)),
                1,
                () -> {});

        assertThat(r.changes().files())
                .containsExactly(
                        new PolicyChanges.FileChange("lexicon/en/churn.txt", "word list", 1, 0, "added"),
                        new PolicyChanges.FileChange("lexicon/en/legal.txt", "word list", 0, 1, "removed"),
                        new PolicyChanges.FileChange("lexicon/en/regulator.txt", "word list", 2, 0, "changed"));
        assertThat(r.changes().isEmpty()).isFalse();
        assertThat(r.toText())
                .contains("Word lists, wording and reply templates changed (3):\n"
                        + "  + lexicon/en/churn.txt (word list, added, +1 -0 lines)\n"
                        + "  - lexicon/en/legal.txt (word list, removed, +0 -1 lines)\n"
                        + "  ~ lexicon/en/regulator.txt (word list, +2 -0 lines)\n");
        assertThat(PolicyChanges.FileChange.kindOf("messages/messages_en.txt")).isEqualTo("wording");
        assertThat(PolicyChanges.FileChange.kindOf("replies/response_en.txt")).isEqualTo("reply template");

        DiffReport same = PolicyDiff.compare(
                PolicySide.directory(a, x -> x), PolicySide.directory(a, x -> x), List.of(), 1, () -> {});
        assertThat(same.changes().files()).isEmpty();
        assertThat(same.toText()).contains("Word lists, wording and reply templates changed (0)\n");
    }

    @Test
    void casesThatFailOnEitherSideAreCountedAndSaidToBeLeftOutOfTheTotals() {
        DiffReport r = PolicyDiff.compare(
                policy("50", null), policy("50", null), List.of(c("A", Segment.STANDARD), usdCase()), 1);

        assertThat(r.failedFrom()).isOne();
        assertThat(r.failedTo()).isOne();
        assertThat(r.toText())
                .containsPattern("total exposure: 50.00 -> 50.00 EUR \\(\\+0.00 EUR\\)\n"
                        + "    1 case failed under .+ \\(from\\), 1 case failed under .+ \\(to\\); "
                        + "they are left out of the totals\n");

        DiffReport clean =
                PolicyDiff.compare(policy("50", null), policy("50", null), List.of(c("A", Segment.STANDARD)), 1);
        assertThat(clean.leftOut()).isEmpty();
        assertThat(clean.toText()).doesNotContain("left out");
    }

    @Test
    void oneCaseIsOneCaseInTheCounts() {
        DiffReport r = PolicyDiff.compare(policy("50", null), policy("70", null), List.of(c("A", Segment.STANDARD)), 1);

        assertThat(r.toText())
                .contains("Effects: 1 case compared, 1 changed\n")
                .containsPattern("max compensation +1 case changed\n")
                .containsPattern("priority +0 cases changed\n")
                .doesNotContain("1 cases");
    }
}
