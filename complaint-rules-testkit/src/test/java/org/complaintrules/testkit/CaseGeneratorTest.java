package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {
    private static final int N = 3_000;
    private final CaseReader reader = CaseReader.create();

    private static List<GeneratedCase> cases(long seed, int n) {
        return CaseGenerator.builder().seed(seed).build().stream(n).toList();
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        List<String> a = cases(7, 500).stream().map(GeneratedCase::toString).toList();
        List<String> b = cases(7, 500).stream().map(GeneratedCase::toString).toList();
        List<String> c = cases(8, 500).stream().map(GeneratedCase::toString).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(cases(7, 500))
                .extracting(GeneratedCase::labels)
                .isEqualTo(cases(7, 500).stream().map(GeneratedCase::labels).toList());
    }

    @Test
    void aSeedDrawsTheSameJurisdictionsInEveryJvm() {
        // GENERIC has no jurisdictions of its own: every one given is "any other", drawn from the table
        List<String> drawn = new ArrayList<>();
        for (GeneratedCase g :
                CaseGenerator.builder()
                        .seed(1)
                        .profiles(org.complaintrules.api.RegulatoryProfile.GENERIC)
                        .build()
                        .stream(400)
                        .toList()) {
            org.complaintrules.api.Jurisdiction j =
                    g.complaintCase().complaint().jurisdiction();
            if (j != null && !g.has("jurisdiction=no-calendar") && drawn.size() < 12) {
                drawn.add(j.toString());
            }
        }
        assertThat(drawn)
                .as("the same in every run (the table's order once depended on the JVM's hash salt)")
                .containsExactly(
                        "IE", "GB-WLS", "AU-TAS", "AU-NSW", "GB", "AU-QLD", "IE", "AU-WA", "FR", "IE", "US-TX",
                        "AU-NT");
    }

    @Test
    void thePropertyRunnerDrawsTheSameCasesAsTheGeneratorsOwnStream() {
        CaseGenerator gen = CaseGenerator.builder().build();
        List<GeneratedCase> seen = new ArrayList<>();
        PropertyCheck.run("collect", gen, 50, 99, seen::add);
        assertThat(seen).isEqualTo(gen.stream(99, 50).toList());
        assertThat(seen)
                .isEqualTo(CaseGenerator.builder().seed(99).build().stream(50).toList());
    }

    @Test
    void everyCaseIsValidAndSurvivesAJsonRoundTrip() {
        for (GeneratedCase g : cases(1, N)) {
            ComplaintCase back = reader.readCase(g.json());
            assertThat(back).as(g.json()).isEqualTo(g.complaintCase());
            assertThat(g.json()).doesNotContain("\n");
        }
    }

    @Test
    void moneyIsInEuroWithTwoDecimalsAndReceiptIsIn2025To2027() {
        for (GeneratedCase g : cases(2, N)) {
            ComplaintCase c = g.complaintCase();
            for (Money m : new Money[] {
                c.complaint().claimedLoss(),
                c.complaint().requestedCompensation(),
                c.customer().lifetimeValue(),
                c.customer().compensationLast12Months(),
                c.conversation().lastOffer()
            }) {
                if (m != null) {
                    assertThat(m.currency().getCurrencyCode()).isEqualTo("EUR");
                    assertThat(m.amount().scale()).as(g.json()).isEqualTo(2);
                }
            }
            assertThat(c.complaint().receivedAt())
                    .isBetween(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2027-12-31T23:59:59Z"));
            if (c.customer().customerSince() != null) {
                assertThat(c.customer().customerSince().atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
                        .isBefore(c.complaint().receivedAt());
            }
        }
    }

    @Test
    void correlationsAreRealistic() {
        for (GeneratedCase g : cases(3, N)) {
            ComplaintCase c = g.complaintCase();
            assertThat(c.customer().upheldComplaintsLast12Months())
                    .isLessThanOrEqualTo(c.customer().complaintsLast12Months());
            if (c.customer().segment() == Segment.VIP) {
                assertThat(c.customer().lifetimeValue().amount()).isGreaterThanOrEqualTo(new BigDecimal("8000"));
            }
            if (c.customer().segment() == Segment.PREMIUM && c.customer().lifetimeValue() != null) {
                assertThat(c.customer().lifetimeValue().amount())
                        .isBetween(new BigDecimal("1500"), new BigDecimal("20000"));
            }
            if (g.has("persona=RIP_OFF")) {
                assertThat(c.conversation().offersRejected()).isGreaterThanOrEqualTo(2);
                assertThat(c.complaint().requestedCompensation()).isNotNull();
                if (c.complaint().claimedLoss() != null) {
                    assertThat(c.complaint().requestedCompensation())
                            .isGreaterThan(c.complaint().claimedLoss());
                }
            }
            if (g.has("persona=CHRONIC")) {
                assertThat(c.customer().complaintsLast12Months()).isGreaterThanOrEqualTo(4);
                assertThat(4 * c.customer().upheldComplaintsLast12Months())
                        .isLessThanOrEqualTo(c.customer().complaintsLast12Months() + 4);
            }
        }
    }

    @Test
    void textsCarryExactlyTheWritingSignalsTheyAreLabelledWith() {
        for (GeneratedCase g : cases(4, N)) {
            String text = g.complaintCase().complaint().text();
            if (text == null) {
                assertThat(g.labels()).contains("text=none").noneMatch(l -> l.startsWith("text-signal="));
                continue;
            }
            boolean exclaims = text.contains("!!") || text.contains("！！");
            assertThat(exclaims).as(text).isEqualTo(g.has("text-signal=EXCLAMATION"));
            if (!g.has("text-signal=EXCLAMATION")) {
                assertThat(text).doesNotContain("!", "！");
            }
            boolean shouting =
                    text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
            assertThat(shouting).as(text).isEqualTo(g.has("text-signal=SHOUTING"));
            Phrases p = Phrases.of(g.textLanguage());
            for (SignalType s : p.sentenceSignals()) {
                boolean carries = p.carrying(s).stream().anyMatch(sentence -> contains(text, sentence));
                assertThat(carries).as(s + " in " + text).isEqualTo(g.has("text-signal=" + s));
            }
        }
    }

    private static boolean contains(String text, String sentence) {
        String core = sentence.substring(0, sentence.length() - 1).toLowerCase(Locale.ROOT);
        return text.toLowerCase(Locale.ROOT).contains(core);
    }

    @Test
    void everyRequiredLabelIsProducedByAtLeastOnePercentOfCases() {
        Coverage coverage = new Coverage();
        cases(5, N).forEach(coverage::record);
        coverage.assertCovered(Labels.generated(), 0.01);
        coverage.assertCovered(Labels.signalSources(), 0.002);
        coverage.assertCovered(
                List.of(
                        "weekend=yes",
                        "weekend=no",
                        "year=2025",
                        "year=2026",
                        "year=2027",
                        "text=none",
                        "text=short",
                        "text=long",
                        "shape=rip-off",
                        "has=publiclyVisible",
                        "has=lastOffer"),
                0.005);
        assertThat(coverage.fraction("weekend=yes")).isBetween(0.2, 0.36);
    }

    @Test
    void builderOptionsNarrowWhatIsGenerated() {
        CaseGenerator gen = CaseGenerator.builder()
                .seed(6)
                .profiles(org.complaintrules.api.RegulatoryProfile.UK_FCA)
                .languageWeight("en", 0)
                .languageWeight("ru", 0)
                .languageWeight("et", 0)
                .languageWeight(Labels.ABSENT, 0)
                .personaWeight(CaseGenerator.Persona.MODERATE, 0)
                .hostSignalProbability(0)
                .textProbability(1)
                .build();
        for (GeneratedCase g : gen.stream(300).toList()) {
            assertThat(g.profile()).isEqualTo(org.complaintrules.api.RegulatoryProfile.UK_FCA);
            assertThat(g.has("lang=zh")).isTrue();
            assertThat(g.has("persona=MODERATE")).isFalse();
            assertThat(g.labels()).noneMatch(l -> l.startsWith("host-signal="));
            assertThat(g.complaintCase().complaint().signals()).isEmpty();
        }
    }

    @Test
    void aLanguageOfWeightZeroIsNeverGeneratedNorWrittenIn() {
        CaseGenerator gen = CaseGenerator.builder()
                .seed(1)
                .languageWeight("ru", 0)
                .languageWeight(Labels.ABSENT, 0)
                .textProbability(0.5)
                .build();
        for (GeneratedCase g : gen.stream(N).toList()) {
            String tag = g.complaintCase().complaint().language();
            assertThat(tag).as("a text-less case keeps its language too").isNotNull();
            assertThat(tag).doesNotStartWith("ru");
            assertThat(g.labels()).doesNotContain("lang=absent", "lang=ru", "textlang=ru");
        }
        CaseGenerator absentOnly =
                CaseGenerator.builder().seed(1).languageWeight("ru", 0).build();
        List<GeneratedCase> absent =
                absentOnly.stream(N).filter(g -> g.has("lang=absent")).toList();
        assertThat(absent).hasSizeGreaterThan(100);
        assertThat(absent)
                .as("the text of a case without a language tag is not Russian either")
                .allMatch(g -> !"ru".equals(g.textLanguage()) && !g.has("textlang=ru"));
    }

    @Test
    void noHostSignalsAtProbabilityZeroNotEvenForTextsThatCannotShout() {
        CaseGenerator gen = CaseGenerator.builder()
                .seed(1)
                .languageWeight("en", 0)
                .languageWeight("ru", 0)
                .languageWeight("et", 0)
                .personaWeight(CaseGenerator.Persona.MODERATE, 0)
                .hostSignalProbability(0)
                .build();
        List<GeneratedCase> cases = gen.stream(N).toList();
        assertThat(cases).anyMatch(g -> g.has("persona=AGGRESSIVE") && g.has("textlang=zh"));
        for (GeneratedCase g : cases) {
            assertThat(g.complaintCase().complaint().signals()).as(g.json()).isEmpty();
            assertThat(g.labels()).noneMatch(l -> l.startsWith("host-signal="));
        }
        assertThat(CaseGenerator.builder()
                        .seed(1)
                        .languageWeight("en", 0)
                        .languageWeight("ru", 0)
                        .languageWeight("et", 0)
                        .personaWeight(CaseGenerator.Persona.MODERATE, 0)
                        .build()
                        .stream(N))
                .as("with host signals, a zh text meant to shout carries SHOUTING as a host signal")
                .anyMatch(g -> g.has("host-signal=SHOUTING") && g.has("textlang=zh"));
    }
}
