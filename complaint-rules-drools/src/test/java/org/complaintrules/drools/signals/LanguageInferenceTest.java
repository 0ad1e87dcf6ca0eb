package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.TextProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageInferenceTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The parcel arrived late and the box was crushed.           | en
            Посылка пришла поздно, коробка смята.                      | ru
            包裹来晚了，盒子被压坏了。                                      | zh
            Pakk jõudis hilja kohale ja karp oli katki.                | et
            Tellisin kaks asja ja mul on probleem                      | et
            Mr Müller from Köln sent me the wrong item, it is broken.  | en
            我的iPhone屏幕坏了，请帮我换一个                                  | zh
            Мой iPhone 15 Pro не включается после обновления iOS       | ru
            I ordered 茶 but got coffee instead, please fix this.       | en
            12345 !!! 67890                                            | en
            """)
    void infersFromScriptAndLetters(String text, String language) {
        TextProfile profile = analyse(text).profile();

        assertThat(profile.language()).isEqualTo(language);
        assertThat(profile.languageInferred()).isTrue();
    }

    @Test
    void shortEstonianWithoutEstonianLettersOrCommonWordsIsReadAsEnglish() {
        // a known limit of inference; hosts that know the language should tag it
        assertThat(analyse("Pakk tuli hilja").profile().language()).isEqualTo("en");
    }

    @Test
    void inferenceOnlyAnswersSupportedLanguages() {
        // German shares ä, ö, ü with Estonian; inference never answers "de"
        assertThat(analyse("Mein Paket kam zu spät und der Karton war zerdrückt.")
                        .profile()
                        .language())
                .isIn(LanguageDetector.SUPPORTED);
    }

    @Test
    void noTextAndNoLanguageIsEnglish() {
        TextAnalysis analysis = analyse(null);

        assertThat(analysis.profile()).isEqualTo(new TextProfile("en", true, 0, 0, 0, 0, 0));
        assertThat(analysis.signals()).isEmpty();
    }

    @Test
    void emptyTextIsEnglish() {
        assertThat(analyse("").profile().language()).isEqualTo("en");
    }

    @Test
    void noTextKeepsTheGivenLanguage() {
        assertThat(analyse(null, "et").profile()).isEqualTo(new TextProfile("et", false, 0, 0, 0, 0, 0));
    }

    @Test
    void anExplicitTagWinsOverTheText() {
        TextProfile profile = analyse("Посылка пришла поздно.", "en-GB").profile();

        assertThat(profile.language()).isEqualTo("en");
        assertThat(profile.languageInferred()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-Hans, zh", "zh-Hant-TW, zh", "EN-us, en", "RU, ru", "et-EE, et", "de-AT, de"})
    void theTagsPrimarySubtagIsUsedLowerCased(String tag, String language) {
        assertThat(analyse("Some text.", tag).profile().language()).isEqualTo(language);
    }

    @Test
    void undeterminedIsInferred() {
        TextProfile profile = analyse("Посылка пришла поздно.", "und").profile();

        assertThat(profile.language()).isEqualTo("ru");
        assertThat(profile.languageInferred()).isTrue();
    }

    @Test
    void theTaggedLanguageChoosesTheWordLists() {
        // Russian text tagged English: the Russian word lists are not used
        assertThat(types(analyse("Подам в суд!", "en"))).doesNotContain(SignalType.LEGAL_THREAT);
        assertThat(types(analyse("Подам в суд!", "ru"))).contains(SignalType.LEGAL_THREAT);
    }

    @Test
    void anUnsupportedLanguageGetsScriptSignalsAndUniversalListsOnly() {
        TextAnalysis analysis = analyse("ICH WILL MEIN GELD ZURÜCK!!! Ich gehe zum Anwalt und zur CFPB. Fuck.", "de");

        assertThat(analysis.profile().language()).isEqualTo("de");
        assertThat(types(analysis))
                .containsExactly(
                        SignalType.SHOUTING,
                        SignalType.EXCLAMATION,
                        SignalType.ABUSIVE_LANGUAGE,
                        SignalType.REGULATOR_MENTION);
    }
}
