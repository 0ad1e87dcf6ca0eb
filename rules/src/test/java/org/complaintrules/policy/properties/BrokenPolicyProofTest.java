package org.complaintrules.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.json.CaseReader;
import org.complaintrules.policy.DefaultPolicyCopy;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.CaseProperty;
import org.complaintrules.testkit.PropertyCheck;
import org.complaintrules.testkit.PropertyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that the properties catch a broken policy: a copy of the default policy with a deliberate
 * break fails the property that guards it, with a minimised counterexample, while the unbroken copy
 * passes the same property.
 */
class BrokenPolicyProofTest {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"[^\"]*\".*?^end[ \\t]*$");
    // one profile: each broken copy compiles into one advisor, not five
    private final CaseGenerator cases =
            CaseGenerator.builder().profiles(RegulatoryProfile.GENERIC).build();

    @TempDir
    Path dir;

    private Path copyOfTheDefaultPolicy() {
        return DefaultPolicyCopy.into(dir);
    }

    private static void assertCaughtWithAMinimalCounterexample(PropertyResult r) {
        assertThat(r.failed()).as("the property should catch the break").isTrue();
        ComplaintCase minimal = CaseReader.create().readCase(r.minimalJson());
        assertThat(minimal).isEqualTo(r.minimal().complaintCase());
        assertThat(r.minimalJson()).doesNotContain("\n");
        assertThat(r.minimalJson().length()).isLessThan(r.originalJson().length());
        assertThat(r.report()).contains("seed=" + r.seed(), r.minimalJson());
    }

    /** (a) every segment and twelve-month cap raised to three times the absolute cap. */
    private Path withCapsAboveTheAbsoluteCap() throws Exception {
        Path policy = copyOfTheDefaultPolicy();
        Path props = policy.resolve("policy.properties");
        List<String> lines = Files.readAllLines(props, StandardCharsets.UTF_8);
        String absolute = lines.stream()
                .filter(l -> l.startsWith("guardrail.absoluteCap="))
                .findFirst()
                .map(l -> l.substring(l.indexOf('=') + 1).trim())
                .orElseThrow();
        String raised = new BigDecimal(absolute).multiply(BigDecimal.valueOf(3)).toPlainString();
        // the policy's own checks refuse raised segment caps at build (see PolicyNumberRegressionTest);
        // drop them here to prove the property catches the break on its own
        List<String> broken = lines.stream()
                .filter(l -> !(l.startsWith("check.") && l.contains("cap.segment")))
                .map(l -> l.startsWith("cap.segment.") || l.startsWith("cap.twelveMonths.")
                        ? l.substring(0, l.indexOf('=') + 1) + raised
                        : l)
                .toList();
        assertThat(broken).as("the break changed the caps").isNotEqualTo(lines);
        Files.write(props, broken, StandardCharsets.UTF_8);
        return policy;
    }

    /** (b) the rule that sends legal threats to LEGAL deleted. */
    private Path withoutTheLegalRule() throws Exception {
        Path policy = copyOfTheDefaultPolicy();
        int removed = 0;
        try (Stream<Path> files = Files.list(policy)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = RULE.matcher(drl);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    boolean legal =
                            m.group().contains("Team.LEGAL") && m.group().contains("LEGAL_THREAT");
                    m.appendReplacement(out, legal ? "" : Matcher.quoteReplacement(m.group()));
                    removed += legal ? 1 : 0;
                }
                m.appendTail(out);
                Files.writeString(f, out.toString(), StandardCharsets.UTF_8);
            }
        }
        assertThat(removed)
                .as("rules deleted that send LEGAL_THREAT to Team.LEGAL")
                .isPositive();
        return policy;
    }

    private PropertyResult run(String name, CaseProperty p) {
        return PropertyCheck.run(name, cases, PropertyCheck.cases(), PropertyCheck.seed(), p);
    }

    @Test
    void capsRaisedAboveTheAbsoluteCapAreCaughtByTheNoGuardrailWarningProperty() throws Exception {
        Advisors broken = Advisors.fromDirectory(withCapsAboveTheAbsoluteCap());
        PropertyResult r = run("broken (a): no GUARDRAIL_* warning", PolicyProperties.noGuardrailWarning(broken));
        assertCaughtWithAMinimalCounterexample(r);
        assertThat(r.minimalFailure()).hasMessageContaining("GUARDRAIL_COMPENSATION");
        assertThat(r.minimal().complaintCase().complaint().claimedLoss())
                .as("a loss above the absolute cap")
                .isNotNull();
    }

    @Test
    void capsRaisedAboveTheAbsoluteCapAreCaughtByTheCompensationLimitsPropertyToo() throws Exception {
        Advisors broken = Advisors.fromDirectory(withCapsAboveTheAbsoluteCap());
        PropertyResult caps = run("broken (a): compensation within every cap", c -> {
            PolicyProperties.compensationWithinEveryCap(broken).check(c);
            PolicyProperties.noGuardrailWarning(broken).check(c);
        });
        assertCaughtWithAMinimalCounterexample(caps);
    }

    @Test
    void theLegalRuleDeletedIsCaughtByTheLegalThreatProperty() throws Exception {
        Advisors broken = Advisors.fromDirectory(withoutTheLegalRule());
        PropertyResult r = run("broken (b): a legal threat adds LEGAL", PolicyProperties.legalThreatAddsLegal(broken));
        assertCaughtWithAMinimalCounterexample(r);
        assertThat(r.minimalFailure()).hasMessageContaining("LEGAL");
    }

    @Test
    void theUnbrokenCopyPassesBothProperties() throws Exception {
        Advisors unbroken = Advisors.fromDirectory(copyOfTheDefaultPolicy());
        run("unbroken copy: no GUARDRAIL_* warning", PolicyProperties.noGuardrailWarning(unbroken))
                .throwIfFailed();
        run("unbroken copy: a legal threat adds LEGAL", PolicyProperties.legalThreatAddsLegal(unbroken))
                .throwIfFailed();
    }
}
