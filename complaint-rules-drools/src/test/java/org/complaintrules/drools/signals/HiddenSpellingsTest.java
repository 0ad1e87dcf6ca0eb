package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words written so that a plain word list would miss them: split by characters that show as
 * nothing (a zero-width space, a soft hyphen, a joiner), or stretched by a letter written many
 * times. The signals stay those of the plain text.
 */
class HiddenSpellingsTest {

    /** Each default-ignorable kind: zero-width space, soft hyphen, joiners, direction marks, word joiner, BOM. */
    private static final List<String> INVISIBLE =
            List.of("\u200B", "\u00AD", "\u200C", "\u200D", "\u200E", "\u202E", "\u2060", "\uFEFF", "\u034F");

    /** The four languages' sentences of their tests: the language, the signal it carries, the sentence. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                        withLanguage("en", EnglishSignalsTest.sentences()),
                        withLanguage("ru", RussianSignalsTest.sentences()),
                        withLanguage("et", EstonianSignalsTest.sentences()),
                        withLanguage("zh", ChineseSignalsTest.sentences()))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> withLanguage(String language, Stream<Arguments> sentences) {
        return sentences.map(a -> Arguments.of(language, a.get()[0], a.get()[1]));
    }

    @Test
    void invisibleCharactersFoldToNothingAndMapBackToTheOriginal() {
        for (String invisible : INVISIBLE) {
            String text = "my law" + invisible + "yer";
            NormalizedText folded = NormalizedText.of(text);
            assertThat(folded.toString())
                    .as("U+%04X", (int) invisible.charAt(0))
                    .isEqualTo("my lawyer");
            // the word's last letter still points at its own place in the text
            assertThat(folded.from(folded.length() - 1)).isEqualTo(text.length() - 1);
        }
        // outside the BMP (a tag character), and a variation selector after a letter
        assertThat(NormalizedText.of("law\uDB40\uDC41yer").toString()).isEqualTo("lawyer");
        assertThat(NormalizedText.of("law\uFE0Fyer").toString()).isEqualTo("lawyer");
        // visible format-like signs stay
        assertThat(NormalizedText.of("a\u00A0b").toString()).isEqualTo("a b");
        assertThat(NormalizedText.isIgnorable('a')).isFalse();
        assertThat(NormalizedText.isIgnorable(0x00AC)).isFalse();
        assertThat(NormalizedText.isIgnorable(0x00AD)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void invisibleCharactersInsideWordsHideNoSignal(String language, SignalType type, String sentence) {
        for (String invisible : INVISIBLE) {
            String hidden = insideEveryWord(sentence, invisible);
            assertThat(types(analyse(hidden, language)))
                    .as("U+%04X in %s", (int) invisible.charAt(0), hidden)
                    .contains(type);
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void aLetterWrittenManyTimesHidesNoSignal(String language, SignalType type, String sentence) {
        Set<SignalType> plain = new TreeSet<>(types(analyse(sentence, language)));
        for (int copies : new int[] {3, 6}) {
            String stretched = stretchEveryWord(sentence, copies);
            assertThat(new TreeSet<>(types(analyse(stretched, language))))
                    .as("%d copies: %s", copies, stretched)
                    .contains(type)
                    .isEqualTo(plain);
        }
    }

    @Test
    void aRunIsReadWrittenOnceAndWrittenTwice() {
        // once: "suuuue" is "sue"; twice: "smallll" is "small", not "smal"
        assertThat(types(analyse("I will suuuue you for this.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("I'm filing in smallll claims next week.", "en")))
                .contains(LEGAL_THREAT);
        assertThat(types(analyse("You are all idiooooots.", "en"))).contains(ABUSIVE_LANGUAGE);
        // a stretched word that is no entry in either form stays unmatched
        assertThat(types(analyse("Sooooo the parcel came on Tuesdayyyy.", "en")))
                .isEmpty();
        // the evidence quotes the text as written
        assertThat(detail(analyse("I will suuuue you for this.", "en"), LEGAL_THREAT))
                .hasValueSatisfying(d -> assertThat(d).contains("suuuue"));
    }

    @Test
    void theEvidenceQuotesTheTextWithItsInvisibleCharacters() {
        String text = "I will call my law\u200Byer tomorrow.";
        assertThat(detail(analyse(text, "en"), LEGAL_THREAT))
                .hasValueSatisfying(d -> assertThat(d).contains("law\u200Byer"));
    }

    /** Inserts {@code invisible} after the first letter of every word of three letters or more (not in Chinese). */
    private static String insideEveryWord(String sentence, String invisible) {
        return eachWord(sentence, w -> w.length() >= 3 ? w.charAt(0) + invisible + w.substring(1) : w);
    }

    /** Writes the last letter of every word of three letters or more {@code copies} times. */
    private static String stretchEveryWord(String sentence, int copies) {
        return eachWord(
                sentence,
                w -> w.length() >= 3
                        ? w + String.valueOf(w.charAt(w.length() - 1)).repeat(copies - 1)
                        : w);
    }

    private static String eachWord(String sentence, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sentence.length()) {
            int j = i;
            while (j < sentence.length() && isWordLetter(sentence.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(change.apply(sentence.substring(i, j)));
                i = j;
            } else {
                out.append(sentence.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
