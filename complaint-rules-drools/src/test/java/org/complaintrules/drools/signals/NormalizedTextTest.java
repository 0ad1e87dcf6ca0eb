package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void foldsCaseWidthAndSpace() {
        assertThat(NormalizedText.of("Ｌａｗｙｅｒ\t  SUE").toString()).isEqualTo("lawyer sue");
        // a run of white space with a line break in it is one line break: the end of a sentence
        assertThat(NormalizedText.of("Ｌａｗｙｅｒ\t\n  SUE").toString()).isEqualTo("lawyer\nsue");
    }

    @Test
    void mapsEachSymbolBackToTheOriginal() {
        String text = "A  ﬁre"; // the ligature ﬁ folds to two letters
        NormalizedText folded = NormalizedText.of(text);

        assertThat(folded.toString()).isEqualTo("a fire");
        assertThat(folded.from(1)).isEqualTo(1);
        assertThat(folded.to(1)).isEqualTo(3);
        assertThat(folded.from(2)).isEqualTo(3);
        assertThat(folded.from(3)).isEqualTo(3);
        assertThat(folded.to(3)).isEqualTo(4);
        assertThat(folded.from(5)).isEqualTo(5);
    }

    @Test
    void composesDecomposedLetters() {
        // "õ" written as o + combining tilde folds like the precomposed letter
        assertThat(NormalizedText.of("Põles").toString())
                .isEqualTo(NormalizedText.of("P\u006F\u0303les").toString());
        assertThat(NormalizedText.of("P\u006F\u0303les").length()).isEqualTo(5);
    }

    @Test
    void readsYoAsYeAndTypographicApostrophes() {
        assertThat(NormalizedText.of("Ёжик ещё").toString()).isEqualTo("ежик еще");
        assertThat(NormalizedText.of("don’t").toString()).isEqualTo("don't");
    }

    @Test
    void collapsesDigitRunsIntoOneNumber() {
        NormalizedText folded = NormalizedText.of("called ５ times, order 12315");

        assertThat(folded.toString()).isEqualTo("called \uE000 times, order \uE000");
        assertThat(folded.digits(7)).isEqualTo("5");
        assertThat(folded.digits(folded.length() - 1)).isEqualTo("12315");
        assertThat(folded.from(folded.length() - 1)).isEqualTo(22);
        assertThat(folded.to(folded.length() - 1)).isEqualTo(27);
    }

    @Test
    void theNumberSymbolInTheTextIsNotANumber() {
        assertThat(NormalizedText.of("\uE000").toString()).isEqualTo("\uFFFD");
    }

    @Test
    void hanAndKanaAreNotWordSymbols() {
        assertThat(NormalizedText.isWordSymbol('a')).isTrue();
        assertThat(NormalizedText.isWordSymbol('ж')).isTrue();
        assertThat(NormalizedText.isWordSymbol('õ')).isTrue();
        assertThat(NormalizedText.isWordSymbol(NormalizedText.NUMBER)).isTrue();
        assertThat(NormalizedText.isWordSymbol('起')).isFalse();
        assertThat(NormalizedText.isWordSymbol('カ')).isFalse();
        assertThat(NormalizedText.isWordSymbol(' ')).isFalse();
        assertThat(NormalizedText.isWordSymbol('\'')).isFalse();
    }

    @Test
    void supplementaryCharactersPassThrough() {
        NormalizedText folded = NormalizedText.of("a😀b");

        assertThat(folded.toString()).isEqualTo("a😀b");
        assertThat(folded.from(3)).isEqualTo(3);
    }

    @Test
    void theFoldTableAgreesWithFoldingEachCharacterAlone() {
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                assertThat(NormalizedText.foldOf((char) c))
                        .as("U+%04X", c)
                        .isEqualTo(NormalizedText.foldSlow(String.valueOf((char) c)));
            }
        }
    }

    @Test
    void noncharactersAndControlsAreFoldedNotFatal() {
        // regression: U+FFFF once collided with an internal marker of the fold table
        NormalizedText folded = NormalizedText.of("a\uFFFF\uFFFE\u0000b\uD800");

        assertThat(folded.toString()).isEqualTo("a\uFFFF\uFFFE\u0000b\uD800");
        assertThat(Analyses.analyse("I will sue \uFFFF I will sue").signals()).hasSize(1);
    }
}
