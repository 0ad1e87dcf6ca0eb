package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;

/**
 * Correctness at the length limit. Speed is left to the benchmarks (no timed unit tests); the
 * analysis is linear by construction (see {@link DefaultSignalAnalyzer}).
 */
class LongTextTest {

    private static String filler(int length, String piece) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() + piece.length() <= length) {
            text.append(piece);
        }
        while (text.length() < length) {
            text.append(' ');
        }
        return text.toString();
    }

    @Test
    void signalsAtTheVeryEndOfAMaximumLengthTextAreFound() {
        String tail = " my lawyer";
        String text = filler(InputLimits.MAX_TEXT_LENGTH - tail.length(), "The parcel was late again. ") + tail;
        assertThat(text).hasSize(InputLimits.MAX_TEXT_LENGTH);

        TextAnalysis analysis = Analyses.analyse(text);

        int at = InputLimits.MAX_TEXT_LENGTH - "my lawyer".length();
        assertThat(Analyses.detail(analysis, SignalType.LEGAL_THREAT)).contains("'my lawyer' at " + at);
        assertThat(analysis.profile().characters()).isEqualTo(InputLimits.MAX_TEXT_LENGTH);
    }

    @Test
    void aMaximumLengthTextOfOneRepeatedPhraseIsFoundOnce() {
        String text = filler(InputLimits.MAX_TEXT_LENGTH, "caught fire ");

        TextAnalysis analysis = Analyses.analyse(text);

        assertThat(analysis.signals()).extracting(s -> s.type()).containsExactly(SignalType.SAFETY_RISK);
        assertThat(Analyses.detail(analysis, SignalType.SAFETY_RISK)).contains("'caught fire' at 0");
    }

    @Test
    void aMaximumLengthTextOfExcludedPhrasesHasNoSignal() {
        String text = filler(InputLimits.MAX_TEXT_LENGTH, "kindle fire food court ");

        assertThat(Analyses.analyse(text).signals()).isEmpty();
    }

    @Test
    void aMaximumLengthTextOfOneLetterIsShouting() {
        String text = "A".repeat(InputLimits.MAX_TEXT_LENGTH);

        assertThat(Analyses.types(Analyses.analyse(text))).containsExactly(SignalType.SHOUTING);
    }

    @Test
    void aMaximumLengthChineseTextFindsTheEnd() {
        String text = filler(InputLimits.MAX_TEXT_LENGTH - 2, "包裹来晚了。") + "起诉";

        assertThat(Analyses.detail(Analyses.analyse(text), SignalType.LEGAL_THREAT))
                .contains("'起诉' at " + (InputLimits.MAX_TEXT_LENGTH - 2));
    }

    @Test
    void aLongerTextIsRejected() {
        String text = "a".repeat(InputLimits.MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> Analyses.analyse(text)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Analyses.ANALYZER.analyse(text, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + InputLimits.MAX_TEXT_LENGTH);
    }

    @Test
    void theLimitCountsCodePoints() {
        // a character outside the BMP is one character of the limit, though two UTF-16 units
        String atLimit = "\uD83D\uDE00".repeat(InputLimits.MAX_TEXT_LENGTH);

        assertThatCode(() -> Analyses.ANALYZER.analyse(atLimit, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Analyses.ANALYZER.analyse(atLimit + "a", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was " + (InputLimits.MAX_TEXT_LENGTH + 1) + " characters");
    }

    @Test
    void theDetailNeverCarriesMuchOfTheText() {
        String text = "my lawyer" + "x".repeat(500);
        // the stem is not extended past the word boundary; an unbroken word is cut short
        TextAnalysis analysis = Analyses.analyse("They are idiots" + "x".repeat(500));

        assertThat(Analyses.detail(analysis, SignalType.ABUSIVE_LANGUAGE))
                .get()
                .asString()
                .hasSizeLessThanOrEqualTo(80);
        assertThat(Analyses.detail(Analyses.analyse(text), SignalType.LEGAL_THREAT))
                .get()
                .asString()
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void oneAnalyzerGivesTheSameAnswersOnManyThreads() throws Exception {
        List<String> texts = List.of(
                "I will sue you!!!",
                "Подам в суд, идиоты.",
                "我要起诉你们，马上退款。",
                "Annan kohtusse, kohe!",
                "Sorry to bother you, if possible.",
                "");
        List<TextAnalysis> expected = texts.stream().map(Analyses::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<TextAnalysis>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<TextAnalysis> results = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        results.add(Analyses.analyse(texts.get(round % texts.size())));
                    }
                    return results;
                }));
            }
            for (Future<List<TextAnalysis>> future : futures) {
                List<TextAnalysis> results = future.get();
                for (int round = 0; round < results.size(); round++) {
                    assertThat(results.get(round)).isEqualTo(expected.get(round % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createReturnsTheSameInstance() {
        assertThat(DefaultSignalAnalyzer.create()).isSameAs(DefaultSignalAnalyzer.create());
    }
}
