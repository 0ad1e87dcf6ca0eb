package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.EXCLAMATION;
import static org.complaintrules.api.SignalType.SHOUTING;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.drools.model.TextProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShoutingAndExclamationTest {

    @Test
    void shortAllCapsIsNotShouting() {
        assertThat(types(analyse("OK"))).doesNotContain(SHOUTING);
        assertThat(types(analyse("WHY NOT NOW"))).doesNotContain(SHOUTING); // 9 letters
    }

    @Test
    void anAllCapsDemandIsShouting() {
        TextAnalysis analysis = analyse("I WANT MY MONEY BACK NOW");

        assertThat(detail(analysis, SHOUTING)).contains("100% of letters are capitals");
        assertThat(analysis.profile().letters()).isEqualTo(19);
        assertThat(analysis.profile().capitals()).isEqualTo(19);
    }

    @Test
    void theThresholdIsHalfTheLetters() {
        // 12 capitals and 12 small letters: exactly 50%
        assertThat(detail(analyse("ABCDEFGHIJKL abcdefghijkl"), SHOUTING)).contains("50% of letters are capitals");
        // 11 capitals and 13 small letters: 45%
        assertThat(types(analyse("ABCDEFGHIJK abcdefghijklm"))).doesNotContain(SHOUTING);
    }

    @Test
    void twelveLettersAreEnough() {
        assertThat(types(analyse("REFUND IT NOW!"))).doesNotContain(SHOUTING); // 11 letters
        assertThat(types(analyse("REFUND IT NOW!!"))).doesNotContain(SHOUTING).contains(EXCLAMATION);
        assertThat(types(analyse("REFUND ME NOW!!"))).doesNotContain(SHOUTING);
        assertThat(types(analyse("REFUND ALL NOW"))).contains(SHOUTING); // 12 letters
    }

    @Test
    void cyrillicCapitalsCount() {
        assertThat(detail(analyse("ВЕРНИТЕ ДЕНЬГИ НЕМЕДЛЕННО"), SHOUTING)).contains("100% of letters are capitals");
    }

    @Test
    void acronymsInACalmTextAreNotShouting() {
        assertThat(types(analyse("My ATM card from HSBC UK was charged twice by the POS terminal at IKEA last week, "
                        + "please check the transaction.")))
                .doesNotContain(SHOUTING);
    }

    @Test
    void redactionPlaceholdersAreNotShouting() {
        TextAnalysis analysis = analyse("I wrote to XXXX XXXX on XX/XX/XXXX and XXXX XXXX XXXX replied on XX/XX/2019.");

        assertThat(types(analysis)).doesNotContain(SHOUTING);
        assertThat(analysis.profile().capitals()).isEqualTo(1);
    }

    @Test
    void theProfileCountsLettersWordsAndCharacters() {
        TextProfile profile = analyse("Hello WORLD, 42 times!").profile();

        assertThat(profile.characters()).isEqualTo(22);
        assertThat(profile.words()).isEqualTo(4);
        assertThat(profile.letters()).isEqualTo(15);
        assertThat(profile.capitals()).isEqualTo(6);
        assertThat(profile.exclamations()).isEqualTo(1);
        assertThat(profile.capitalsPercent()).isEqualTo(40);
    }

    @Test
    void charactersAreCodePoints() {
        assertThat(analyse("ok 😀😀").profile().characters()).isEqualTo(5);
    }

    @Test
    void threeMarksAreExclamation() {
        assertThat(detail(analyse("Broken! Late! Wrong colour!"), EXCLAMATION)).contains("3 exclamation marks");
    }

    @Test
    void twoSeparateMarksAreNot() {
        assertThat(types(analyse("Thanks! It works now, great!"))).doesNotContain(EXCLAMATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Where is my parcel!!", "Where is my parcel！！", "Where is my parcel‼"})
    void aRunOfTwoIsExclamation(String text) {
        assertThat(detail(analyse(text), EXCLAMATION)).contains("2 exclamation marks");
    }

    @Test
    void fullWidthMarksCount() {
        TextAnalysis analysis = analyse("Refund！ Now！ Please！");

        assertThat(analysis.profile().exclamations()).isEqualTo(3);
        assertThat(detail(analysis, EXCLAMATION)).contains("3 exclamation marks");
    }
}
