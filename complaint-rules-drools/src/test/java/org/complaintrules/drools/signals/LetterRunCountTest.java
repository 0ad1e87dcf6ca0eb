package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The counts of a text are the same whether a run of plain letters (lower-case Latin or Cyrillic,
 * Han; at a word's start too, unless a handle or an address may start there) is counted in one
 * step and a space in a step of its own, or everything character by character, on generated texts that mix
 * scripts, capitals, Estonian letters, redaction placeholders, handles, addresses, combining marks,
 * characters outside the BMP and exclamation marks.
 */
class LetterRunCountTest {

    private static final String[] PIECES = {
        "refund",
        "Refund",
        "REFUND",
        "XXXX",
        "XX/XX",
        "x",
        "X",
        "xXx",
        "pesumasin",
        "kuupäeval",
        "öeldi",
        "lõpetan",
        "ŠOKK",
        "žürii",
        "Üle",
        "возврат",
        "Возврат",
        "ВОЗВРАТ",
        "ёлка",
        "我的包裹",
        "晚到了",
        "一周",
        "さくら",
        "カタカナ",
        "@united",
        "#fail",
        "https://example.com/path",
        "www.example.org",
        "hello",
        "with",
        "hTTps://a.example/b",
        "http://example.net",
        "web.ee",
        "wow",
        "ht",
        "e\u0301te",
        "cafe\u0301",
        "\uD835\uDC00bc",
        "\uD83D\uDE00",
        "don't",
        "f*ck",
        "12315",
        "٣٤",
        "!",
        "!!",
        "！",
        "‼",
        "﹗",
        "ＡＢＣ",
        "ﬁne",
        "İstanbul",
        "Σίσυφος"
    };

    private static final String[] SEPARATORS = {" ", "  ", "\n", ", ", ". ", "", "，", "。", "-", "\t"};

    private static List<Integer> counts(TextStats s) {
        return List.of(
                s.characters,
                s.words,
                s.allLetters,
                s.casedLetters,
                s.capitals,
                s.exclamations,
                s.longestExclamationRun,
                s.han,
                s.cyrillic,
                s.latin,
                s.estonianLetterWeight,
                s.englishWords,
                s.estonianWords,
                s.shoutedRunWords,
                s.shoutedRunLetters,
                s.shoutedRunStart,
                s.shoutedRunEnd);
    }

    @Test
    void countingPlainLetterRunsInOneStepGivesTheLetterByLetterCounts() {
        SplittableRandom random = new SplittableRandom(20261127L);
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int estonian = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(1, 40);
            for (int w = 0; w < count; w++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                text.append(random.nextInt(10) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String s = text.toString();
            NormalizedText folded = NormalizedText.of(s);
            Tokens tokens = Tokens.of(folded, false);
            for (boolean functionWords : new boolean[] {false, true}) {
                TextStats fast = TextStats.of(s, folded, tokens, functionWords, true);
                TextStats plain = TextStats.of(s, folded, tokens, functionWords, false);
                assertThat(counts(fast)).as(s).isEqualTo(counts(plain));
            }
            TextStats stats = TextStats.of(s, folded, tokens, false);
            han += stats.han > 0 ? 1 : 0;
            cyrillic += stats.cyrillic > 0 ? 1 : 0;
            latin += stats.latin > 0 ? 1 : 0;
            estonian += stats.estonianLetterWeight > 0 ? 1 : 0;
        }
        // every kind of letter run was generated often
        assertThat(List.of(han, cyrillic, latin, estonian))
                .allSatisfy(n -> assertThat(n).isGreaterThan(1_000));
    }
}
