package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.junit.jupiter.api.Test;

/** Property: any text up to the limit is analysed without failure, with short evidence pointing into the text. */
class HostileTextTest {

    private static final Pattern PHRASE_DETAIL = Pattern.compile("'(.+)' at (\\d+)");
    private static final String[] PIECES = {
        "lawyer",
        "Lawyer's",
        "идиот",
        "ёбаный",
        "起诉",
        "垃圾",
        "kohtusse",
        "idioodid",
        "fire",
        "Kindle Fire",
        "12315",
        "１２３",
        "<n>",
        "{a|b}",
        "*",
        "!",
        "！",
        "‼",
        "XXXX",
        "\u0303",
        "\u0301",
        "o\u0303",
        "\uD83D\uDE00",
        "\uD800",
        "\uDC00",
        "\uFFFF",
        "\uE000",
        "\u0000",
        "\u0130",
        "ﬁ",
        "㍱",
        " ",
        "\n",
        "\t",
        "\u00A0",
        "'",
        "’",
        "a",
        "Z",
        "ж",
        "Ж",
        "õ",
        "sue",
        "court",
        "7",
        "called",
        "times",
        "I WANT",
        "again",
        "第",
        "次",
        // hidden spellings: invisible characters, stretched, spelled out, look-alikes, leet
        "\u200B",
        "\u00AD",
        "\uDB40\uDC41",
        "\uFE0F",
        "ooooo",
        "ааааа",
        ".",
        "-",
        "_",
        "l",
        "а",
        "о",
        "0",
        "1",
        "sh1t",
        "id10t",
        "1111"
    };

    @Test
    void anyTextIsAnalysedWithShortEvidenceInsideTheText() {
        long seed = 20250301L;
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(round % 100 == 0 ? 5000 : 40);
            for (int p = 0; p < pieces; p++) {
                text.append(
                        random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : (char) random.nextInt(0x10000));
            }
            String value = text.toString();
            String language = List.of("", "en", "ru", "zh", "et", "de").get(random.nextInt(6));

            TextAnalysis analysis = Analyses.ANALYZER.analyse(value, language.isEmpty() ? null : language);

            assertThat(analysis.profile().capitals())
                    .isLessThanOrEqualTo(analysis.profile().letters());
            assertThat(analysis.signals())
                    .extracting(Signal::type)
                    .doesNotHaveDuplicates()
                    .isSortedAccordingTo(Enum::compareTo);
            for (Signal signal : analysis.signals()) {
                assertThat(signal.detail()).as("seed %d round %d", seed, round).hasSizeLessThanOrEqualTo(80);
                if (signal.type() != SignalType.SHOUTING && signal.type() != SignalType.EXCLAMATION) {
                    Matcher m = PHRASE_DETAIL.matcher(signal.detail());
                    assertThat(m.matches())
                            .as("seed %d round %d: %s", seed, round, signal.detail())
                            .isTrue();
                    assertThat(Integer.parseInt(m.group(2))).isBetween(0, value.length() - 1);
                }
            }
        }
    }
}
