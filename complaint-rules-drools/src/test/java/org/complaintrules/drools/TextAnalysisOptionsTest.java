package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.api.VulnerabilityDriver;
import org.complaintrules.api.VulnerabilityEvidence;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TextProfile;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.drools.signals.SignalAnalyzer;
import org.complaintrules.drools.signals.TextAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text analysis as the advisor uses it: a host's own analyser beside the built-in one, a
 * policy's word-list additions and bad entries, and the thresholds taken from the policy.
 */
class TextAnalysisOptionsTest {

    private static Path mini;

    @BeforeAll
    static void fixtures() throws URISyntaxException {
        mini = Path.of(
                TextAnalysisOptionsTest.class.getResource("/fixtures/mini").toURI());
    }

    private static ComplaintCase caseWith(String id, String text) {
        return ComplaintCase.of(
                TestCases.complaint(id).text(text).language("en").build(), Customer.of("K-" + id));
    }

    /**
     * Stands in for a host's own classifier (say an ONNX model the host holds): it reads a score
     * from the text and reports what the library's word lists would not find.
     */
    private static final class ToyModel implements SignalAnalyzer {
        @Override
        public TextAnalysis analyse(org.complaintrules.api.Complaint complaint) {
            String text = complaint.text() == null ? "" : complaint.text();
            List<Signal> found = new java.util.ArrayList<>();
            if (text.contains("gloomy")) {
                found.add(Signal.fromText(SignalType.VULNERABILITY_HEALTH, "toy model: distress 0.91"));
            }
            if (text.contains("lawyer")) {
                found.add(Signal.fromText(SignalType.LEGAL_THREAT, "toy model: legal 0.88"));
            }
            return new TextAnalysis(TextProfile.empty("en"), found);
        }
    }

    @Test
    void aHostAnalyserAddsItsSignalsBesideTheBuiltInOnes() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .addSignalAnalyzer(new ToyModel())
                .build();

        Advice advice = advisor.advise(caseWith("H-1", "I have felt gloomy since the parcel went missing."));

        assertThat(advice.vulnerability().drivers()).containsExactly(VulnerabilityDriver.HEALTH);
        assertThat(advice.vulnerability().evidence())
                .containsExactly(
                        new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, "toy model: distress 0.91"));
    }

    @Test
    void aHostAnalyserThatFailsFailsOnlyItsCaseWithoutQuotingTheText() {
        DroolsComplaintAdvisor throwing = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .addSignalAnalyzer(c -> {
                    if (c.text().contains("boom")) {
                        throw new IllegalStateException("model crashed on: " + c.text());
                    }
                    return new TextAnalysis(TextProfile.empty("en"), List.of());
                })
                .build();
        DroolsComplaintAdvisor nothing = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .signalAnalyzer(c -> null)
                .build();

        List<CaseResult> results = throwing.adviseAll(List.of(
                caseWith("F-1", "calm"), caseWith("F-2", "boom: my secret account 12345"), caseWith("F-3", "calm")));

        assertThat(results.get(0)).isInstanceOf(Advice.class);
        assertThat(results.get(2)).isInstanceOf(Advice.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.caseId()).isEqualTo("F-2");
            assertThat(e.message())
                    .contains("the signal analyser", "failed (java.lang.IllegalStateException")
                    .doesNotContain("secret", "12345", "model crashed");
        });
        assertThat(nothing.tryAdvise(caseWith("F-4", "calm")))
                .isInstanceOfSatisfying(
                        CaseError.class, e -> assertThat(e.message()).contains("returned no analysis (null)"));
    }

    @Test
    void forATypeBothFindTheBuiltInDetailWinsAndTheSignalCountsOnce() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .addSignalAnalyzer(new ToyModel())
                .build();

        Advice advice = advisor.advise(caseWith("H-2", "My lawyer will be in touch."));

        assertThat(advice.escalation().teams()).containsExactly(Team.LEGAL);
        assertThat(advice.firedRules())
                .filteredOn(r -> r.id().equals("MINI-LEGAL"))
                .hasSize(1);
        // the built-in analysis found it too, and its evidence is what the rules saw
        assertThat(DefaultSignalAnalyzer.create()
                        .analyse("My lawyer will be in touch.", "en")
                        .signals())
                .extracting(Signal::type)
                .contains(SignalType.LEGAL_THREAT);
    }

    @Test
    void withoutTheHostAnalyserNothingIsInvented() {
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(mini).build();

        Advice advice = advisor.advise(caseWith("H-3", "I have felt gloomy since the parcel went missing."));

        assertThat(advice.vulnerability().drivers()).isEmpty();
    }

    @Test
    void theBuiltInVulnerabilityEvidenceQuotesTheText() {
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(mini).build();

        Advice advice = advisor.advise(caseWith("V-1", "Since my wife passed away I cannot pay the bills."));

        assertThat(advice.vulnerability().drivers())
                .containsExactly(VulnerabilityDriver.LIFE_EVENT, VulnerabilityDriver.RESILIENCE);
        assertThat(advice.vulnerability().evidence())
                .extracting(VulnerabilityEvidence::detail)
                .containsExactly("'wife passed away' at 9", "'cannot pay the' at 28");
    }

    @Test
    void aPolicyExtendsTheBuiltInWordLists() {
        String text = "I have frobnitis and the form is too small to read.";
        DroolsComplaintAdvisor plain =
                DroolsComplaintAdvisor.builder().rulesDirectory(mini).build();
        DroolsComplaintAdvisor extended = DroolsComplaintAdvisor.builder()
                .rulesDirectory(mini)
                .lexicon(
                        "lexicon/en/health.txt",
                        "# a made-up condition, for the test\nfrobnitis | needs=first-person\n")
                .build();

        assertThat(plain.advise(caseWith("L-1", text)).vulnerability().drivers())
                .isEmpty();
        assertThat(extended.advise(caseWith("L-1", text)).vulnerability().evidence())
                .containsExactly(new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, "'frobnitis' at 7"));
        assertThat(extended.ruleSet().checksum()).isNotEqualTo(plain.ruleSet().checksum());
    }

    @Test
    void aPolicyFolderMayCarryItsOwnWordLists(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("policy");
        Files.createDirectories(copy.resolve("lexicon/en"));
        try (Stream<Path> files = Files.list(mini)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(copy.resolve("lexicon/en/legal.txt"), "# our own phrase\nsmall claims tribunal\n");
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(copy).build();

        Advice advice = advisor.advise(caseWith("L-2", "This goes to the small claims tribunal next."));

        assertThat(advice.escalation().teams()).containsExactly(Team.LEGAL);
    }

    @Test
    void aBadEntryFailsTheBuildWithFileAndLine() {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .lexicon(
                                "lexicon/en/churn.txt", "# ok\nleave you\n{never|again\nstay | needs=no-such-context\n")
                        .build())
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .containsExactly(new RuleProblem("lexicon/en/churn.txt", 3, "'{' without '}'")));
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .lexicon("lexicon/en/churn.txt", "stay | needs=no-such-context\n")
                        .build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/en/churn.txt:1: no context is called \"no-such-context\"");
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .lexicon("lexicon/en/grumbles.txt", "moan\n")
                        .build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/en/grumbles.txt:0: no word list is called \"grumbles\"");
    }

    @Test
    void theShareOfCapitalsForShoutingComesFromThePolicy() {
        // 14 of 34 letters (41%) are capitals (short words in capitals, "LATE", would be read as acronyms)
        String text = "The parcel is DELAYED and NOBODY answers";
        DefaultSignalAnalyzer builtIn = DefaultSignalAnalyzer.create();
        DefaultSignalAnalyzer strict = builtIn.withPolicy(Map.of("aggressive.shoutingPercent", "30"), Map.of());

        assertThat(builtIn.analyse(text, "en").signals())
                .extracting(Signal::type)
                .doesNotContain(SignalType.SHOUTING);
        assertThat(strict.analyse(text, "en").signals())
                .extracting(Signal::type)
                .contains(SignalType.SHOUTING);
        assertThat(strict.shoutingPercent()).isEqualTo(30);
        assertThat(builtIn.withPolicy(Map.of(), Map.of())).isSameAs(builtIn);
    }

    @Test
    void aThresholdOutOfRangeNamesTheKey() {
        assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                        .rulesDirectory(mini)
                        .policyProperty("aggressive.shoutingPercent", "0")
                        .build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("aggressive.shoutingPercent must be 1..100, was 0");
    }
}
