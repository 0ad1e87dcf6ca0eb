package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of the text analysis give the same answers as the plain code they stand in for,
 * on generated texts: the fold's table fast path against the general per-code-point path, and the
 * function-word tables against the word sets.
 */
class FastPathTest {

    /** Pieces a generated text is made of: plain words, capitals, spaces, digits, marks, odd folds. */
    private static final String[] PIECES = {
        "lawyer",
        "Refund",
        "WHERE IS MY",
        "уйду",
        "Ёжик",
        "ещё",
        "投诉",
        "我打了",
        "põles",
        "Tänan",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u2028",
        "\u00A0",
        "\u3000",
        "12",
        "0042",
        "５",
        "٣",
        "①",
        ".",
        "!",
        "！",
        "？",
        "'",
        "’",
        "don’t",
        "f*ck",
        "F&$K",
        "@united",
        "#fail",
        "\u0301",
        "e\u0301",
        "o\u0303",
        "\uFB01",
        "\uFB03",
        "\u0130",
        "ß",
        "ǅ",
        "Ω",
        "㎏",
        "ｱ",
        "ﾊﾟ",
        "\uD83D\uDE00",
        "\uD83D",
        "\uDE00",
        "\uD834\uDD65",
        "\uE000",
        "\uFFFD",
        "\uFFFF",
        "X"
    };

    private static String generate(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(1, 40);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(5) == 0) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x110000);
                text.appendCodePoint(cp);
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }

    @Test
    void theFoldsFastPathEqualsTheGeneralPath() {
        SplittableRandom random = new SplittableRandom(20261126L);
        for (int i = 0; i < 20_000; i++) {
            String text = generate(random);
            NormalizedText fast = NormalizedText.fold(text, true);
            NormalizedText general = NormalizedText.fold(text, false);

            assertThat(fast.toString()).as(text).isEqualTo(general.toString());
            assertThat(fast.unspacedCount()).as(text).isEqualTo(general.unspacedCount());
            for (int k = 0; k < fast.length(); k++) {
                assertThat(fast.from(k)).as(text).isEqualTo(general.from(k));
                assertThat(fast.to(k)).as(text).isEqualTo(general.to(k));
                if (fast.symbol(k) == NormalizedText.NUMBER) {
                    assertThat(fast.digits(k)).as(text).isEqualTo(general.digits(k));
                }
            }
        }
    }

    @Test
    void theFoldsFastPathHandlesEveryBmpCharacterAsTheGeneralPathDoes() {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c < 0x10000; c++) {
            all.append((char) c).append(c % 7 == 0 ? "1" : "a");
        }
        String text = all.toString();

        NormalizedText fast = NormalizedText.fold(text, true);
        NormalizedText general = NormalizedText.fold(text, false);

        assertThat(fast.toString()).isEqualTo(general.toString());
        for (int k = 0; k < fast.length(); k++) {
            assertThat(fast.to(k)).isEqualTo(general.to(k));
        }
    }

    @Test
    void theFunctionWordTablesAgreeWithTheirSets() {
        TextStats.WordTable english = new TextStats.WordTable(TextStats.ENGLISH_WORDS);
        TextStats.WordTable estonian = new TextStats.WordTable(TextStats.ESTONIAN_WORDS);
        TreeSet<String> words = new TreeSet<>(TextStats.ENGLISH_WORDS);
        words.addAll(TextStats.ESTONIAN_WORDS);
        SplittableRandom random = new SplittableRandom(7L);
        for (String w : TextStats.ENGLISH_WORDS) {
            words.add(w.substring(1));
            words.add(w + "s");
        }
        for (int i = 0; i < 5_000; i++) {
            StringBuilder w = new StringBuilder();
            int len = random.nextInt(1, 9);
            for (int k = 0; k < len; k++) {
                w.append("aehilmnorstuwäõü".charAt(random.nextInt(16)));
            }
            words.add(w.toString());
        }
        for (String w : words) {
            char[] padded = ("xy" + w + "z").toCharArray();
            assertThat(english.contains(padded, 2, w.length())).as(w).isEqualTo(TextStats.ENGLISH_WORDS.contains(w));
            assertThat(estonian.contains(padded, 2, w.length())).as(w).isEqualTo(TextStats.ESTONIAN_WORDS.contains(w));
        }
    }
}
