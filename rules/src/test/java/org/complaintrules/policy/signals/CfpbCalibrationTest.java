package org.complaintrules.policy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.policy.CfpbLegalMentions;
import org.complaintrules.testkit.data.CfpbSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibrates the text analysis (of {@code complaint-rules-drools}) on 101 real consumer narratives from the CFPB complaint database
 * (mostly calm, formal complaints about credit reports and debt collection). They carry little
 * abuse or shouting, so signals there are mostly false positives; the test bounds them and prints
 * every signal type's count so changes to the word lists can be compared. It lives here, not in
 * the drools module, because it reads the sample with the testkit's {@link CfpbSample}.
 */
class CfpbCalibrationTest {

    private static List<String> narratives;
    private static List<String> ids;
    private static List<List<Signal>> signals;

    @BeforeAll
    static void analyseAll() {
        List<CfpbSample.Narrative> rows = CfpbSample.read(Path.of(System.getProperty("complaint.data.dir")));
        narratives = rows.stream().map(CfpbSample.Narrative::narrative).toList();
        ids = rows.stream().map(CfpbSample.Narrative::complaintId).toList();
        DefaultSignalAnalyzer analyzer = DefaultSignalAnalyzer.create();
        signals = new ArrayList<>();
        for (String narrative : narratives) {
            signals.add(analyzer.analyse(narrative, null).signals());
        }
    }

    @Test
    void theSampleHas101NarrativesAllReadAsEnglish() {
        assertThat(narratives).hasSize(101);
        assertThat(narratives)
                .allSatisfy(n -> assertThat(DefaultSignalAnalyzer.create()
                                .analyse(n, null)
                                .profile()
                                .language())
                        .isEqualTo("en"));
        assertThat(narratives).anySatisfy(n -> assertThat(n).contains("\n")); // quoted fields with line breaks
        assertThat(narratives).anySatisfy(n -> assertThat(n).contains("\"")); // doubled quotes
    }

    @Test
    void abusiveLanguageIsAlmostNeverFound() {
        // The one hit is "the workers are stupid" (narrative 85): an insult aimed at staff.
        assertThat(count(SignalType.ABUSIVE_LANGUAGE)).isLessThanOrEqualTo(1);
    }

    @Test
    void shoutingIsFoundOnlyInNarrativesWrittenInCapitals() {
        // Two narratives are written entirely in capitals; redaction placeholders (XXXX) do not count.
        // Five more shout one sentence ("THIS STATEMENT IS A LIE. I REPEAT.", "PLEASE DELETE REMOVE THE
        // FOLLOWING", "TAKE THIS ... OFF MY ...", "THIS IS A CONSUMER TRANSACTION", a "NOTICE OF PENDING
        // LITIGATION" heading). Company names and acronym lists in capitals ("CAPITAL ONE BANK USA",
        // "FCBA, FCRA, HIPAA PRIVACY RULE") are not shouting and must stay out.
        assertThat(count(SignalType.SHOUTING)).isLessThanOrEqualTo(8);
    }

    @Test
    void calmSignalsStayRare() {
        assertThat(count(SignalType.SAFETY_RISK)).isLessThanOrEqualTo(1);
        assertThat(count(SignalType.PUBLIC_EXPOSURE_THREAT)).isLessThanOrEqualTo(1);
        assertThat(count(SignalType.CHURN_THREAT)).isLessThanOrEqualTo(2);
        assertThat(count(SignalType.EXCLAMATION)).isLessThanOrEqualTo(3);
    }

    @Test
    void everyNarrativeNamingALawyerOrLawsuitIsALegalThreat() {
        int mentions = 0;
        int flagged = 0;
        int legal = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < narratives.size(); i++) {
            boolean mentioned =
                    CfpbLegalMentions.LEGAL_MENTION.matcher(narratives.get(i)).find();
            boolean threat = signals.get(i).stream().anyMatch(s -> s.type() == SignalType.LEGAL_THREAT);
            mentions += mentioned ? 1 : 0;
            flagged += mentioned && threat ? 1 : 0;
            legal += threat ? 1 : 0;
            if (mentioned && !threat) {
                missed.add(ids.get(i));
            }
        }
        System.out.printf(
                "CFPB: %d narratives name a lawyer, attorney or lawsuit; %d of them got LEGAL_THREAT;"
                        + " LEGAL_THREAT on %d narratives in all%n",
                mentions, flagged, legal);
        // every one, but those where the lawyer or the suit is someone else's
        assertThat(missed).containsExactlyInAnyOrderElementsOf(CfpbLegalMentions.NAMED_BUT_NO_THREAT.keySet());
    }

    @Test
    void printsTheCountOfEverySignalType() {
        Map<SignalType, Integer> counts = new EnumMap<>(SignalType.class);
        for (SignalType type : SignalType.values()) {
            counts.put(type, count(type));
        }
        StringBuilder out = new StringBuilder("CFPB signal counts over " + narratives.size() + " narratives:");
        counts.forEach((type, n) ->
                out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-24s %3d", type, n)));
        System.out.println(out);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    private static int count(SignalType type) {
        return (int) signals.stream()
                .filter(list -> list.stream().anyMatch(s -> s.type() == type))
                .count();
    }
}
