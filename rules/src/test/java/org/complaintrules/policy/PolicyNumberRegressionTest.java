package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.Segment;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.model.PolicySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests, one per policy-number defect of issue 8: each broke a copy of the default policy
 * in the way a policy owner might, and the policy used to build and then fail (or silently misjudge)
 * case after case. Now each is a build error with file and line, or the defect is gone.
 */
class PolicyNumberRegressionTest {
    @TempDir
    Path dir;

    private Path copy(UnaryOperator<String> properties) throws IOException {
        DefaultPolicyCopy.into(dir);
        Path props = dir.resolve("policy.properties");
        Files.writeString(props, properties.apply(Files.readString(props, StandardCharsets.UTF_8)));
        return dir;
    }

    private static int lineOf(Path file, String startsWith) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startsWith)) {
                return i + 1;
            }
        }
        throw new AssertionError(startsWith + " not in " + file);
    }

    private static RuleCompilationException refused(Path policy) {
        return DefaultPolicyCopy.refusal(policy);
    }

    private static List<String> problemMessages(Path policy) {
        return refused(policy).problems().stream().map(RuleProblem::message).toList();
    }

    @Test
    void aMisspelledWeightKeyInARuleIsABuildErrorAtTheRulesLine() throws Exception {
        Path policy = copy(p -> p);
        Files.writeString(policy.resolve("extra.drl"), """
                package org.complaintrules.policy;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;

                rule "Swearing twice is evidence of an aggressive complainant"
                    @id(EXTRA-1)
                    @description("A misspelled weight key.")
                when
                    $settings : PolicySettings()
                    Signal( type == SignalType.ABUSIVE_LANGUAGE, $detail : detail )
                then
                    insert( new TraitEvidence( ComplainantType.AGGRESSIVE, "AGAIN", $detail,
                            $settings.whole("weight.AGGRESSIVE.ABUSIVE_LANGAUGE") ) );
                end
                """);

        assertThat(refused(policy).problems())
                .containsExactly(new RuleProblem(
                        "extra.drl",
                        13,
                        "policy.properties has no key \"weight.AGGRESSIVE.ABUSIVE_LANGAUGE\" (read by whole(...)); "
                                + "did you mean \"weight.AGGRESSIVE.ABUSIVE_LANGUAGE\"?"));
    }

    @Test
    void aMisspelledKeyInPolicyPropertiesIsAnUnknownKeyAndTheRealOneIsMissing() throws Exception {
        Path policy = copy(p -> p.replace("cap.noLoss=", "cap.noLos="));

        RuleCompilationException e = refused(policy);

        assertThat(e.problems())
                .contains(
                        new RuleProblem(
                                "policy.properties",
                                lineOf(policy.resolve("policy.properties"), "cap.noLos="),
                                "unknown key \"cap.noLos\": no rule and no part of the engine reads it; did you mean \"cap.noLoss\"?"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("compensation.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("policy.properties has no key \"cap.noLoss\"");
        });
    }

    @Test
    void aMisspelledCopyOfAKeyThatIsSetTooIsPointedToTheRealOne() throws Exception {
        Path policy = copy(p -> p + "\ntrait.treshold=4\n");

        assertThat(refused(policy).problems())
                .contains(new RuleProblem(
                        "policy.properties",
                        lineOf(policy.resolve("policy.properties"), "trait.treshold="),
                        "unknown key \"trait.treshold\": no rule and no part of the engine reads it; did you mean"
                                + " \"trait.threshold\"? (it is set too)"));
    }

    @Test
    void aKeySetTwiceIsABuildErrorNotTheLastValueSilently() throws Exception {
        Path policy = copy(p -> p + "\n# a second value, far below the first\ntrait.threshold = 4\n");
        Path file = policy.resolve("policy.properties");
        int first = lineOf(file, "trait.threshold=");
        int second = lineOf(file, "trait.threshold = ");

        assertThat(refused(policy).problems())
                .containsExactly(new RuleProblem(
                        "policy.properties",
                        second,
                        "key \"trait.threshold\" is set more than once (lines [" + first + ", " + second
                                + "]): each key has one value; remove all but one"));
    }

    @Test
    void aNonNumericValueIsABuildErrorAtItsLine() throws Exception {
        Path policy = copy(p -> p.replace("trait.threshold=3", "trait.threshold=three"));

        assertThat(refused(policy).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("policy.properties");
            assertThat(p.line()).isEqualTo(lineOf(policy.resolve("policy.properties"), "trait.threshold="));
            assertThat(p.message())
                    .startsWith("trait.threshold must be a whole number (read by whole(...) at classification.drl:")
                    .endsWith("was \"three\"");
        });
    }

    @Test
    void aValueOfTheWrongTypeIsOneProblemNotOnePerReaderAndCheck() throws Exception {
        // deadline.respond is read by the engine and by a rule, and named by eight declared checks
        Path policy = copy(p -> p.replace("deadline.respond=24h", "deadline.respond=one day"));

        assertThat(refused(policy).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(policy.resolve("policy.properties"), "deadline.respond="));
            assertThat(p.message()).startsWith("deadline.respond must be").endsWith("was \"one day\"");
        });
    }

    @Test
    void aNegativeAbsoluteCapIsABuildError() throws Exception {
        Path policy = copy(p -> p.replace("guardrail.absoluteCap=5000", "guardrail.absoluteCap=-5"));

        assertThat(refused(policy).problems())
                .anySatisfy(p -> assertThat(p.toString())
                        .startsWith("policy.properties:"
                                + lineOf(policy.resolve("policy.properties"), "guardrail.absoluteCap="))
                        .contains("guardrail.absoluteCap must be an amount >= 0"));
    }

    @Test
    void anAgentAuthorityAboveTheSupervisorsBreaksTheDeclaredLadder() throws Exception {
        Path policy = copy(p -> p.replace("authority.AGENT=50", "authority.AGENT=500"));

        assertThat(refused(policy).problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(policy.resolve("policy.properties"), "check.approvalLadder="));
            assertThat(p.message())
                    .isEqualTo(
                            "check.approvalLadder does not hold: authority.AGENT (500) < authority.SUPERVISOR (250)");
        });
    }

    @Test
    void deadlineBasesOutOfOrderBreakTheDeclaredCheck() throws Exception {
        Path policy = copy(p -> p.replace("deadline.acknowledge=2h", "deadline.acknowledge=2d"));

        assertThat(problemMessages(policy))
                .anyMatch(m -> m.startsWith(
                        "check.deadlineBases does not hold: deadline.acknowledge (2d) <= deadline.respond (24h)"));
    }

    @Test
    void deletingTypePrecedenceIsABuildErrorNotAJavaFallback() throws Exception {
        Path policy = copy(p -> p.replaceAll("(?m)^type\\.precedence=.*$", ""));

        assertThat(problemMessages(policy))
                .contains(
                        "policy.properties has no key \"type.precedence\"; the engine needs it: the order of the complainant types");
        Map<String, String> values = new HashMap<>(Map.of("currency", "EUR"));
        assertThatThrownBy(() -> new PolicySettings(values, RegulatoryProfile.GENERIC))
                .hasMessageContaining("type.precedence");
    }

    @Test
    void deletingABaseDeadlineIsABuildErrorNotAJavaFallback() throws Exception {
        Path policy = copy(p -> p.replaceAll("(?m)^deadline\\.resolve=.*$", ""));

        assertThat(problemMessages(policy))
                .anyMatch(m -> m.startsWith("policy.properties has no key \"deadline.resolve\""));
    }

    private static ComplaintCase vipWithALargeLoss() {
        return ComplaintCase.of(
                Complaint.builder(
                                "C-VIP", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                        .claimedLoss(Money.of("900", "EUR"))
                        .build(),
                Customer.builder("K-VIP", Segment.VIP).build());
    }

    @Test
    void anAbsoluteCapOf100GivesAVipTheSupervisorEscalationItsLadderEndsWith() {
        Advice advice = DroolsComplaintAdvisor.builder()
                .absoluteCompensationCap(Money.of("100", "EUR"))
                .build()
                .advise(vipWithALargeLoss());

        assertThat(advice.compensation().maxAmount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(advice.compensation().approvals())
                .last()
                .satisfies(a -> assertThat(a.role()).isEqualTo(ApprovalRole.SUPERVISOR));
        assertThat(advice.escalation().level()).isEqualTo(EscalationLevel.SUPERVISOR);
        assertThat(advice.escalation().reasons())
                .contains("COMPENSATION_ABOVE_AGENT_AUTHORITY")
                .doesNotContain("COMPENSATION_ABOVE_SUPERVISOR_AUTHORITY");
        assertThat(advice.warnings()).anyMatch(w -> w.startsWith("GUARDRAIL_COMPENSATION: cap 900.00 EUR"));
    }

    @Test
    void anAbsoluteCapOf100InThePolicyFileIsRefusedByTheSegmentCapCheck() throws Exception {
        Path policy = copy(p -> p.replace("guardrail.absoluteCap=5000", "guardrail.absoluteCap=100"));

        assertThat(problemMessages(policy))
                .contains(
                        "check.segmentCapsUnderAbsoluteCap does not hold: cap.segment.VIP (1000) <= guardrail.absoluteCap (100)");
    }

    @Test
    void theDefaultPolicyPassesEveryCheckAndTheSandbox() {
        assertThat(DroolsComplaintAdvisor.builder().build().rules()).isNotEmpty();
    }
}
