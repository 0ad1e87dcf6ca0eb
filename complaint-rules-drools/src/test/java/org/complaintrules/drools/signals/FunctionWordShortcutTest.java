package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The text's counts skip the common English and Estonian words when they cannot decide the
 * language (Cyrillic or Han letters win); the inferred language is still the one the documented
 * rule gives with every such word counted, on generated texts that mix the scripts.
 */
class FunctionWordShortcutTest {

    private static final String[] PIECES = {
        "the", "and", "my", "please", "ja", "ei", "palun", "mul", "väga", "lõpetan", "šokk", "refund", "я", "не",
        "уйду", "счёт", "我", "投诉", "电话", "XXXX", "@united", "3", "!", ".", "ü", "Ž"
    };

    @Test
    void theInferredLanguageIsTheRulesWithEveryFunctionWordCounted() {
        SplittableRandom random = new SplittableRandom(41L);
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(1, 25);
            for (int k = 0; k < words; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            }
            String text = b.toString();
            NormalizedText folded = NormalizedText.of(text);
            Tokens tokens = Tokens.of(folded, false);
            TextStats stats = TextStats.of(text, folded, tokens, true);
            int english = 0;
            int estonian = 0;
            for (int t = 0; t < tokens.size(); t++) {
                String w = tokens.text(folded, t);
                if (tokens.kind(t) == Tokens.WORD && TextStats.ENGLISH_WORDS.contains(w)) {
                    english++;
                } else if (tokens.kind(t) == Tokens.WORD && TextStats.ESTONIAN_WORDS.contains(w)) {
                    estonian++;
                }
            }
            assertThat(LanguageDetector.infer(stats))
                    .as(text)
                    .isEqualTo(rule(
                            stats.han, stats.cyrillic, stats.latin, stats.estonianLetterWeight, english, estonian));
        }
    }

    /** The rule of {@link LanguageDetector}'s documentation, with the words counted by the test. */
    private static String rule(int han, int cyrillic, int latin, int estonianLetters, int english, int estonian) {
        if (han == 0 && cyrillic == 0 && latin == 0) {
            return "en";
        }
        if (2L * han >= cyrillic && 2L * han >= latin) {
            return "zh";
        }
        if (cyrillic >= latin) {
            return "ru";
        }
        return 2L * estonian + estonianLetters > 2L * english ? "et" : "en";
    }
}
