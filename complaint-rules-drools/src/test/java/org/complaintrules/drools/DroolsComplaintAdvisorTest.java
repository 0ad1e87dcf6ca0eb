package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleEvaluationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.Segment;
import org.complaintrules.api.Team;
import org.complaintrules.api.UnsupportedCaseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroolsComplaintAdvisorTest {
    private static Path fixtures;
    private static DroolsComplaintAdvisor mini;

    @BeforeAll
    static void load() throws URISyntaxException {
        fixtures = Path.of(
                DroolsComplaintAdvisorTest.class.getResource("/fixtures").toURI());
        mini = DroolsComplaintAdvisor.builder()
                .rulesDirectory(fixtures.resolve("mini"))
                .build();
    }

    @Test
    void advisesAnAggressiveHighRollerWithLegalThreat() {
        Advice advice = mini.advise(TestCases.vipShoutingLegal("C-1"));

        assertThat(advice.caseId()).isEqualTo("C-1");
        assertThat(advice.complainantType()).isEqualTo(ComplainantType.AGGRESSIVE);
        assertThat(advice.traits()).containsExactly(ComplainantType.AGGRESSIVE, ComplainantType.HIGH_ROLLER);
        assertThat(advice.evidence()).extracting(e -> e.signal()).containsExactly("SHOUTING", "VIP_SEGMENT");
        assertThat(advice.escalation().teams()).containsExactly(Team.LEGAL);
        assertThat(advice.escalation().level()).isEqualTo(EscalationLevel.SUPERVISOR);
        assertThat(advice.compensation().maxAmount()).isEqualTo(Money.of("89.99", "EUR"));
        assertThat(advice.compensation().approvals())
                .extracting(a -> a.role() + "<=" + a.upTo())
                .containsExactly("AGENT<=50.00 EUR", "SUPERVISOR<=89.99 EUR");
        assertThat(advice.deadlines().respondBy()).isEqualTo(TestCases.RECEIVED.plusSeconds(24 * 3600));
        assertThat(advice.strategy().responseSteps()).containsExactly("ACKNOWLEDGE", "OFFER_SOLUTION");
        assertThat(advice.warnings()).isEmpty();
    }

    @Test
    void auditTrailListsFiredRulesInFiringOrder() {
        Advice advice = mini.advise(TestCases.vipShoutingLegal("C-1"));
        List<String> ids = advice.firedRules().stream().map(FiredRule::id).toList();

        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "MINI-AGG",
                        "MINI-HR",
                        "MINI-TRAIT",
                        "MINI-TRAIT",
                        "MINI-PRIMARY",
                        "MINI-CAP",
                        "MINI-BASE",
                        "MINI-LEGAL");
        // evidence before traits, traits before the primary type (the salience tiers of the fixture)
        assertThat(ids).containsSubsequence("MINI-AGG", "MINI-TRAIT", "MINI-PRIMARY");
        assertThat(ids).containsSubsequence("MINI-HR", "MINI-TRAIT", "MINI-PRIMARY");
        assertThat(ids.lastIndexOf("MINI-TRAIT")).isLessThan(ids.indexOf("MINI-PRIMARY"));
        assertThat(advice.firedRules()).contains(new FiredRule("MINI-AGG", "Shouting is aggressive"));
        assertThat(mini.rule("MINI-AGG").orElseThrow().description())
                .isEqualTo("Shouting counts two towards AGGRESSIVE.");
        assertThat(mini.rule("MINI-AGG").orElseThrow().file()).isEqualTo("types.drl");
    }

    @Test
    void moderateWhenNoTypeHasEnoughEvidence() {
        Advice advice = mini.advise(TestCases.simple("C-2"));

        assertThat(advice.complainantType()).isEqualTo(ComplainantType.MODERATE);
        assertThat(advice.traits()).isEmpty();
        assertThat(advice.firedRules())
                .extracting(FiredRule::id)
                .contains("MINI-MODERATE")
                .doesNotContain("MINI-PRIMARY");
    }

    @Test
    void ruleSetCarriesNameVersionAndChecksumOverTheFiles(@TempDir Path tmp) throws IOException {
        assertThat(mini.ruleSet().name()).isEqualTo("mini-policy");
        assertThat(mini.ruleSet().version()).isEqualTo("1.2.3");
        assertThat(mini.ruleSet().checksum()).matches("sha256:[0-9a-f]{64}");

        Path copy = copyDir(fixtures.resolve("mini"), tmp.resolve("mini"));
        DroolsComplaintAdvisor same =
                DroolsComplaintAdvisor.builder().rulesDirectory(copy).build();
        assertThat(same.ruleSet()).isEqualTo(mini.ruleSet());

        Files.writeString(copy.resolve("advice.drl"), Files.readString(copy.resolve("advice.drl")) + "\n// edited\n");
        assertThat(same.reload().checksum()).isNotEqualTo(mini.ruleSet().checksum());
    }

    @Test
    void compileErrorsNameFileAndLine() {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(fixtures.resolve("broken"))
                        .build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
                    assertThat(e.problems())
                            .extracting(RuleProblem::file)
                            .contains("syntax.drl", "types.drl")
                            .doesNotContain("good.drl");
                    // the unclosed parenthesis where it was opened, then the parser where it gave up
                    assertThat(e.problems())
                            .filteredOn(p -> p.file().equals("syntax.drl"))
                            .extracting(RuleProblem::line)
                            .containsExactly(8, 9);
                    assertThat(e.getMessage())
                            .contains("syntax.drl:8: '(' opened on this line is not closed before \"then\" at line 9");
                    assertThat(e.problems())
                            .filteredOn(p -> p.file().equals("types.drl"))
                            .extracting(RuleProblem::line)
                            .containsOnly(8);
                    assertThat(e.getMessage()).contains("types.drl:8: ");
                });
    }

    @Test
    void aCompileErrorInAConsequenceIsReportedAtTheLineThatNamesWhatFailed() {
        String drl = """
                package lines;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;
                rule "Follows up" @id(L-1)
                when
                    $d : AdviceDraft()
                then
                    $d.tag( "A" );
                    $d.followUpp( "SURVEY" );
                end
                """;
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("lines.drl", drl)
                        .build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("lines.drl");
                            assertThat(p.message()).contains("followUpp", "is undefined"); // the Java compiler's
                            assertThat(p.line()).isEqualTo(9); // not the rule's first line, 4
                        }));
    }

    @Test
    void duplicateRuleIdsAreACompileError() {
        String rule =
                "package dup;\nimport org.complaintrules.api.*;\nrule \"%s\" @id(SAME) when Complaint() then end\n";
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                        .drl("a.drl", rule.formatted("First"))
                        .drl("b.drl", rule.formatted("Second"))
                        .build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("b.drl");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.message()).contains("@id(SAME)", "\"First\"");
                        }));
    }

    @Test
    void runawayRulesHitTheFiringLimitAndOnlyThatCaseFails() {
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(fixtures.resolve("runaway"))
                .firingLimit(200)
                .build();
        ComplaintCase loop = ComplaintCase.of(TestCases.complaint("C-LOOP").build(), Customer.of("LOOP"));

        List<CaseResult> results = advisor.adviseAll(List.of(TestCases.simple("C-A"), loop, TestCases.simple("C-B")));

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(Advice.class);
        assertThat(results.get(2)).isInstanceOf(Advice.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.caseId()).isEqualTo("C-LOOP");
            assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
            assertThat(e.message()).contains("firing limit of 200", "LOOP-TICK");
        });
    }

    @Test
    void aRuleThatThrowsFailsItsCaseNamingTheRule() {
        ComplaintCase boom = ComplaintCase.of(
                TestCases.complaint("C-BOOM")
                        .category(Category.OTHER)
                        .text("boom")
                        .build(),
                Customer.of("K-1"));

        assertThatThrownBy(() -> mini.advise(boom)).isInstanceOfSatisfying(RuleEvaluationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
            assertThat(e.caseId()).isEqualTo("C-BOOM");
            assertThat(e.ruleId()).isEqualTo("MINI-BOOM");
            assertThat(e.getMessage()).contains("boom rule exploded");
        });
    }

    @Test
    void fourThreadsAgreeWithOneThreadOnTenThousandCases() throws Exception {
        List<ComplaintCase> cases = TestCases.random(42, 10_000);
        List<CaseResult> single = mini.adviseAll(cases);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CaseResult>> futures = cases.stream()
                    .map(c -> pool.submit(() -> mini.tryAdvise(c)))
                    .toList();
            for (int i = 0; i < cases.size(); i++) {
                assertThat(futures.get(i).get()).as("case %d", i).isEqualTo(single.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(single).allSatisfy(r -> assertThat(r).isInstanceOf(Advice.class));
        assertThat(single.stream().map(r -> ((Advice) r).complainantType()).distinct())
                .contains(ComplainantType.AGGRESSIVE, ComplainantType.HIGH_ROLLER, ComplainantType.MODERATE);
    }

    @Test
    void absoluteCapOverridesRulesWithAWarning() {
        ComplaintAdvisor capped = DroolsComplaintAdvisor.builder()
                .rulesDirectory(fixtures.resolve("mini"))
                .absoluteCompensationCap(Money.of("60", "EUR"))
                .build();

        Advice advice = capped.advise(TestCases.simple("C-3"));

        assertThat(advice.compensation().maxAmount()).isEqualTo(Money.of("60.00", "EUR"));
        assertThat(advice.compensation().approvals())
                .extracting(a -> a.role())
                .containsExactly(ApprovalRole.AGENT, ApprovalRole.SUPERVISOR);
        assertThat(advice.warnings()).singleElement().asString().startsWith("GUARDRAIL_COMPENSATION: cap 89.99 EUR");
    }

    @Test
    void deadlinesBeforeReceiptAndTwoPrimaryTypesAreCorrectedWithWarnings() {
        String bad = """
                package bad;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;
                rule "Everything at once" @id(BAD-ALL)
                when $d : AdviceDraft() $p : PolicySettings()
                then
                    $d.acknowledgeWithin( java.time.Duration.ofHours(-2) );
                    $d.respondWithin( java.time.Duration.ofHours(30) );
                    $d.resolveWithin( java.time.Duration.ofHours(20) );
                    $d.followUpAfter( java.time.Duration.ofDays(9) );
                    $d.raisePriority( Priority.LOW );
                    insert( new Trait( ComplainantType.CHRONIC, 3, 2 ) );
                    insert( new PrimaryType( ComplainantType.CHRONIC ) );
                    insert( new PrimaryType( ComplainantType.PASSIVE ) );
                    insert( new CompensationCap( Money.zero( $p.currency() ), "ZERO" ) );
                end
                """;
        Advice advice = DroolsComplaintAdvisor.builder()
                .drl("policy.properties", TestCases.MINIMAL_PROPERTIES)
                .drl("bad.drl", bad)
                .build()
                .advise(TestCases.simple("C-4"));

        assertThat(advice.deadlines().acknowledgeBy()).isEqualTo(TestCases.RECEIVED);
        assertThat(advice.deadlines().respondBy()).isEqualTo(TestCases.RECEIVED.plusSeconds(20 * 3600));
        assertThat(advice.complainantType()).isEqualTo(ComplainantType.CHRONIC);
        assertThat(advice.traits()).containsExactly(ComplainantType.CHRONIC);
        assertThat(advice.warnings())
                .anyMatch(w -> w.startsWith("GUARDRAIL_DEADLINE: acknowledgeBy"))
                .anyMatch(w -> w.startsWith("GUARDRAIL_DEADLINE: respondBy"))
                .anyMatch(w -> w.startsWith("GUARDRAIL_PRIMARY_TYPE: rules chose [CHRONIC, PASSIVE]"));
        assertThat(advice.compensation().approvals()).isEmpty();
    }

    @Test
    void aCurrencyThePolicyHasNoLimitsForIsUnsupported() {
        ComplaintCase usd = ComplaintCase.of(
                TestCases.complaint("C-5").claimedLoss(Money.of("10", "USD")).build(), Customer.of("K-5"));

        assertThatThrownBy(() -> mini.advise(usd)).isInstanceOfSatisfying(UnsupportedCaseException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(e.field()).isEqualTo("complaint.claimedLoss.currency");
            assertThat(e.detail()).isEqualTo("policy mini-policy has limits for EUR only, was USD");
        });
    }

    /**
     * A date the case could only check at the latest date anywhere (no zone given) is checked again
     * in the zone the advisor works out: the jurisdiction's, else UTC.
     */
    @Test
    void aDateAfterTheDayOfReceiptInTheCasesOwnZoneIsInvalid() {
        // 23:30 UTC on 20 November: still the 20th in London and UTC, already the 21st in Sydney
        Instant lateEvening = Instant.parse("2026-11-20T23:30:00Z");
        LocalDate nextDay = LocalDate.parse("2026-11-21");
        Function<String, Complaint.Builder> in = j -> {
            Complaint.Builder b = Complaint.builder("C-6", lateEvening, Channel.EMAIL, Category.BILLING);
            return j == null ? b : b.jurisdiction(Jurisdiction.of(j));
        };

        for (String jurisdiction : new String[] {"GB", null}) {
            ComplaintCase incident = ComplaintCase.of(
                    in.apply(jurisdiction).incidentDate(nextDay).build(), Customer.of("K-6"));
            assertThatThrownBy(() -> mini.advise(incident))
                    .as(String.valueOf(jurisdiction))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                        assertThat(e.field()).isEqualTo("complaint.incidentDate");
                        assertThat(e.detail())
                                .isEqualTo("must not be after receivedAt (2026-11-20 in "
                                        + (jurisdiction == null ? "UTC" : "Europe/London")
                                        + ", the case's time zone), was \"2026-11-21\"");
                    });
            ComplaintCase since = ComplaintCase.of(
                    in.apply(jurisdiction).build(),
                    Customer.builder("K-6", Segment.STANDARD)
                            .customerSince(nextDay)
                            .build());
            assertThatThrownBy(() -> mini.advise(since))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("customer.customerSince"));
        }
        ComplaintCase sydney =
                ComplaintCase.of(in.apply("AU-NSW").incidentDate(nextDay).build(), Customer.of("K-6"));
        assertThat(mini.advise(sydney).caseId()).isEqualTo("C-6");
    }

    /** Something that happens to a rules directory between the build and a reload. */
    private interface Breakage {
        void apply(Path rules) throws IOException;
    }

    /**
     * Builds an advisor on a copy of the mini policy, breaks the copy, and checks that the reload
     * throws while the advisor keeps advising on the rules it had.
     *
     * @return what the reload threw, for the caller's own checks
     */
    private static Throwable reloadAfter(Path tmp, Breakage breakage) throws IOException {
        Path copy = copyDir(fixtures.resolve("mini"), tmp.resolve("mini"));
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(copy).build();
        String before = advisor.ruleSet().checksum();
        breakage.apply(copy);

        Throwable thrown = catchThrowable(advisor::reload);
        assertThat(thrown).isNotNull();
        assertThat(advisor.ruleSet().checksum()).isEqualTo(before);
        assertThat(advisor.advise(TestCases.simple("C-6")).complainantType()).isEqualTo(ComplainantType.MODERATE);
        return thrown;
    }

    @Test
    void reloadKeepsTheOldRulesWhenTheNewOnesDoNotCompile(@TempDir Path tmp) throws IOException {
        Throwable thrown = reloadAfter(
                tmp,
                rules -> Files.writeString(
                        rules.resolve("advice.drl"), "package x; rule \"broken\" when Nope() then end"));

        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void reloadFromARulesDirectoryThatIsGoneKeepsTheOldRules(@TempDir Path tmp) throws IOException {
        Throwable thrown = reloadAfter(tmp, rules -> Files.move(rules, tmp.resolve("mini.moved")));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void callsInFlightDuringReloadsAllGetAdvice(@TempDir Path tmp) throws Exception {
        Path copy = copyDir(fixtures.resolve("mini"), tmp.resolve("mini"));
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(copy).build();
        List<ComplaintCase> cases = TestCases.random(7, 3000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CaseResult>>> running = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(pool.submit(() -> advisor.adviseAll(cases)));
            }
            for (int i = 0; i < 5; i++) {
                advisor.reload();
            }
            for (Future<List<CaseResult>> f : running) {
                assertThat(f.get())
                        .hasSize(cases.size())
                        .allSatisfy(r -> assertThat(r).isInstanceOf(Advice.class));
            }
            assertThat(advisor.advise(TestCases.simple("C-after")).complainantType())
                    .isEqualTo(ComplainantType.MODERATE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void policyPropertiesCanBeOverriddenInTheBuilder() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(fixtures.resolve("mini"))
                .policyProperty("authority.AGENT", "10")
                .build();

        assertThat(advisor.advise(TestCases.simple("C-7"))
                        .compensation()
                        .approvals()
                        .get(0)
                        .upTo())
                .isEqualTo(Money.of("10.00", "EUR"));
        assertThat(advisor.ruleSet().checksum()).isNotEqualTo(mini.ruleSet().checksum());
    }

    @Test
    void builderRejectsBadSettingsNamingTheValue() {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder().firingLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firingLimit must be 1..1000000, was 0");
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder().drl("rules.txt", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"rules.txt\"");
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(Path.of("/no/such/dir"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/no/such/dir");
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complaint-rules-default-policy");
    }

    private static Path copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
