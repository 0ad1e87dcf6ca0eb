package org.complaintrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 0.2 advice parts (CONTRACT.md 5.1-5.3) and the 0.1 constructors kept beside them. */
class AdviceAdditionsTest {
    static final Instant T = Instant.parse("2026-11-20T10:15:00Z");

    static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidInputException");
    }

    static Advice zeroPointOneAdvice() {
        return new Advice(
                "C-1",
                new RuleSetInfo("p", "1", "sha256:x"),
                ComplainantType.MODERATE,
                List.of(),
                List.of(),
                Priority.NORMAL,
                new Strategy(List.of(), List.of(), List.of()),
                new Compensation(Money.of("0", "EUR"), List.of(), List.of()),
                new Escalation(EscalationLevel.NONE, List.of(), List.of()),
                new Deadlines(T, T, T, T),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void theZeroPointOneAdviceHasNoVulnerabilityReferralOrReply() {
        Advice a = zeroPointOneAdvice();
        assertThat(a.vulnerability()).isEqualTo(Vulnerability.none());
        assertThat(a.referral()).isNull();
        assertThat(a.reply()).isNull();
        assertThat(a.deadlines().regulatoryLimit()).isNull();
        assertThat(a.deadlines().basis()).isEmpty();
    }

    @Test
    void withersChangeOnePartAndKeepTheRest() {
        Referral fos = new Referral("FOS", T, Period.ofMonths(6), false, "FCA DISP 1.6.2R");
        Reply reply = new Reply(ReplyKind.RESPONSE, "en", "s", "b", List.of("APOLOGY"), List.of());
        Vulnerability v = Vulnerability.of(
                List.of(new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, "'chemotherapy' at 112")));
        Advice a = zeroPointOneAdvice()
                .withReferral(fos)
                .withReply(reply)
                .withVulnerability(v)
                .withCaseId("C-2");
        assertThat(a.caseId()).isEqualTo("C-2");
        assertThat(a.referral()).isEqualTo(fos);
        assertThat(a.reply()).isEqualTo(reply);
        assertThat(a.vulnerability()).isEqualTo(v);
        assertThat(a.withVulnerability(null).vulnerability()).isEqualTo(Vulnerability.none());
    }

    @Test
    void aBasisNamesOneOfTheFiveDeadlines() {
        for (String d : DeadlineBasis.DEADLINES) {
            assertThat(new DeadlineBasis(d, "DL-1", "FCA DISP 1.6.2AR", "x").deadline())
                    .isEqualTo(d);
        }
        InvalidInputException e = invalid(() -> new DeadlineBasis("closeBy", "DL-1", "c", "r"));
        assertThat(e.field()).isEqualTo("deadline");
        assertThat(e.detail())
                .isEqualTo("must be one of acknowledgeBy, respondBy, resolveBy, followUpAt, regulatoryLimit,"
                        + " was \"closeBy\"");
        assertThat(invalid(() -> new DeadlineBasis("resolveBy", " ", "c", "r")).field())
                .isEqualTo("ruleId");
        assertThat(invalid(() -> new DeadlineBasis("resolveBy", "DL-1", null, "r"))
                        .field())
                .isEqualTo("citation");
    }

    @Test
    void aBasisForTheRegulatoryLimitNeedsOne() {
        DeadlineBasis limit = new DeadlineBasis("regulatoryLimit", "DL-FCA-1", "FCA DISP 1.6.2R", "8 weeks");
        assertThat(new Deadlines(T, T, T, T, T.plusSeconds(1), List.of(limit)).basis())
                .containsExactly(limit);
        InvalidInputException e = invalid(() -> new Deadlines(T, T, T, T, null, List.of(limit)));
        assertThat(e.field()).isEqualTo("basis[0].deadline");
        assertThat(new Deadlines(T, T, T, T, null, null).basis()).isEmpty();
        assertThat(new Deadlines(T, T, T, T)).isEqualTo(new Deadlines(T, T, T, T, null, List.of()));
    }

    @Test
    void aReferralNeedsABodyAndACitationAndNoNegativeWindow() {
        assertThat(invalid(() -> new Referral("", null, null, false, "c")).field())
                .isEqualTo("body");
        assertThat(invalid(() -> new Referral("FOS", null, null, false, null)).field())
                .isEqualTo("citation");
        InvalidInputException e = invalid(() -> new Referral("FOS", null, Period.ofMonths(-6), false, "c"));
        assertThat(e.field()).isEqualTo("windowAfterFinalResponse");
        assertThat(e.detail()).isEqualTo("must not be negative, was \"P-6M\"");
    }

    @Test
    void aReplyIsValidated() {
        assertThat(invalid(() -> new Reply(null, "en", "s", "b", null, null)).field())
                .isEqualTo("kind");
        InvalidInputException lang = invalid(() -> new Reply(ReplyKind.HOLDING, "english!", "s", "b", null, null));
        assertThat(lang.field()).isEqualTo("language");
        assertThat(lang.detail()).endsWith("was \"english!\"");
        assertThat(invalid(() -> new Reply(ReplyKind.HOLDING, "en", "s", "b", List.of(" "), null))
                        .field())
                .isEqualTo("clauses[0]");
        Reply r = new Reply(ReplyKind.HOLDING, "et", "", "", null, null);
        assertThat(r.clauses()).isEmpty();
        assertThat(r.missingFacts()).isEmpty();
    }

    @Test
    void eachDriverHasItsSignalAndBack() {
        for (VulnerabilityDriver d : VulnerabilityDriver.values()) {
            assertThat(d.signal().name()).isEqualTo("VULNERABILITY_" + d.name());
            assertThat(VulnerabilityDriver.forSignal(d.signal())).contains(d);
        }
        assertThat(VulnerabilityDriver.forSignal(SignalType.SHOUTING)).isEmpty();
        long vulnerabilitySignals = List.of(SignalType.values()).stream()
                .filter(s -> s.name().startsWith("VULNERABILITY_"))
                .count();
        assertThat(vulnerabilitySignals).isEqualTo(VulnerabilityDriver.values().length);
    }

    @Test
    void vulnerabilityEvidenceTakesOnlyVulnerabilitySignals() {
        InvalidInputException e = invalid(() -> new VulnerabilityEvidence(SignalType.LEGAL_THREAT, "x"));
        assertThat(e.field()).isEqualTo("signal");
        assertThat(e.detail()).endsWith("was \"LEGAL_THREAT\"");
        assertThat(invalid(() -> new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, null))
                        .field())
                .isEqualTo("detail");
    }

    @Test
    void driversDerivedFromEvidenceAreDistinctAndInDeclarationOrder() {
        List<VulnerabilityEvidence> evidence = new ArrayList<>();
        evidence.add(new VulnerabilityEvidence(SignalType.VULNERABILITY_CAPABILITY, "a"));
        evidence.add(new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, "b"));
        evidence.add(new VulnerabilityEvidence(SignalType.VULNERABILITY_CAPABILITY, "c"));
        Vulnerability v = Vulnerability.of(evidence);
        assertThat(v.drivers()).containsExactly(VulnerabilityDriver.HEALTH, VulnerabilityDriver.CAPABILITY);
        assertThat(v.evidence()).containsExactlyElementsOf(evidence);
        assertThat(Vulnerability.of(List.of())).isEqualTo(Vulnerability.none());
        assertThat(Vulnerability.none().drivers()).isEmpty();
    }

    @Test
    void driversOutOfOrderRepeatedOrWithoutTheirEvidencesDriverAreRejected() {
        assertThat(invalid(() -> new Vulnerability(
                                List.of(VulnerabilityDriver.RESILIENCE, VulnerabilityDriver.HEALTH), List.of()))
                        .field())
                .isEqualTo("drivers[1]");
        assertThat(invalid(() -> new Vulnerability(
                                List.of(VulnerabilityDriver.HEALTH, VulnerabilityDriver.HEALTH), List.of()))
                        .field())
                .isEqualTo("drivers[1]");
        InvalidInputException e = invalid(() -> new Vulnerability(
                List.of(VulnerabilityDriver.HEALTH),
                List.of(new VulnerabilityEvidence(SignalType.VULNERABILITY_RESILIENCE, "debt"))));
        assertThat(e.field()).isEqualTo("evidence[0].signal");
        assertThat(Vulnerability.of(null)).isEqualTo(Vulnerability.none());
        assertThat(new Vulnerability(null, null)).isEqualTo(Vulnerability.none());
    }
}
