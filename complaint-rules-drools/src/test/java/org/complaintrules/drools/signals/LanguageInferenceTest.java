package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.List;
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
    void aTagInTheTextsScriptWinsOverTheText() {
        // Estonian letters, tagged English: both are written in Latin, so the tag is followed
        TextProfile profile =
                analyse("Pakk jõudis hilja kohale ja karp oli katki.", "en-GB").profile();

        assertThat(profile.language()).isEqualTo("en");
        assertThat(profile.languageInferred()).isFalse();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Если деньги не вернёте до пятницы, я подам на вас в суд.   | et-EE | ru
            Если деньги не вернёте до пятницы, я подам на вас в суд.   | en    | ru
            如果周五前不退款，我就去法院起诉你们。                            | en    | zh
            If the money is not back by Friday I will sue you.         | ru    | en
            Kui raha reedeks tagasi ei tule, pöördun kohtusse.         | zh    | et
            """)
    void aTagOfAnotherScriptIsNotFollowed(String text, String tag, String language) {
        // hosts often send the customer's account language; the script of the text says otherwise
        TextAnalysis analysis = analyse(text, tag);

        assertThat(analysis.profile().language()).isEqualTo(language);
        assertThat(analysis.profile().languageInferred()).isTrue();
        assertThat(types(analysis)).contains(SignalType.LEGAL_THREAT);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The parcel is two weeks late. Иначе подам на вас в суд.                  | en
            The parcel is two weeks late. Иначе подам на вас в суд.                  |
            Pakk on kaks nädalat hiljaks jäänud. Иначе подам на вас в суд.           | et
            Посылка опаздывает на две недели. Otherwise I will take you to court.    | ru
            Посылка опаздывает на две недели. Muidu pöördun teie peale kohtusse.     | ru
            包裹已经晚了两个星期还没有到。 Otherwise I will take you to court.          | zh
            The parcel is two weeks late and nobody answers. 不退款我就起诉你们。       | en
            Посылка опаздывает на неделю. I will sue you.                            | ru
            Посылка опаздывает на неделю. I will sue you.                            |
            """)
    void aTextPartlyInAnotherScriptIsReadInThatLanguageToo(String text, String tag) {
        TextAnalysis analysis = analyse(text, tag);

        assertThat(types(analysis)).contains(SignalType.LEGAL_THREAT);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            My parcel is late again, вы уроды.                                                  | en | ABUSIVE_LANGUAGE
            The courier left the box in the rain for the third time this month and nobody at your call centre has answered my emails, so I am done. Подам на вас в суд. | en | LEGAL_THREAT
            Pakk jäi jälle hiljaks, вы уроды.                                                   | et | ABUSIVE_LANGUAGE
            Посылка опять опоздала, 你们是骗子                                                   | ru | ABUSIVE_LANGUAGE
            包裹又晚了，вы уроды                                                                 | zh | ABUSIVE_LANGUAGE
            """)
    void aWordOrTwoInCyrillicOrHanAreReadInTheirLanguageWhateverTheirShare(String text, String tag, SignalType type) {
        assertThat(types(analyse(text, tag))).contains(type);
    }

    @Test
    void aNameInCyrillicIsReadInRussianAndGivesNothing() {
        String text = "I ordered the Матрёшка set from your shop but got a teapot instead.";
        NormalizedText folded = NormalizedText.of(text);
        TextStats stats = TextStats.of(text, folded, Tokens.of(folded, false), false);

        assertThat(LanguageDetector.alsoWrittenIn("en", stats)).containsExactly("ru");
        assertThat(analyse(text, "en").signals()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мой Samsung Galaxy не включается после обновления, верните деньги за ремонт или замените телефон. | ru |
            我的iPhone屏幕坏了，请帮我换一个                                                   | zh |
            I ordered the Мишка set but got a teapot instead.                             | en |
            Мой заказ из магазина Zalando пришёл без чека, верните разницу за доставку.  | ru |
            The parcel is two weeks late. Посылка опаздывает на две недели.              | en | ru
            包裹已经晚了两个星期还没有到。 The parcel is two weeks late.                     | zh | en
            Посылка опаздывает на две недели. Pakk on kaks nädalat hiljaks jäänud.       | ru | et
            """)
    void aFewWordsInAnotherScriptDoNotMakeATextBilingual(String text, String language, String also) {
        NormalizedText folded = NormalizedText.of(text);
        TextStats stats = TextStats.of(text, folded, Tokens.of(folded, false), false);

        assertThat(LanguageDetector.alsoWrittenIn(language, stats)).isEqualTo(also == null ? List.of() : List.of(also));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-Hans, zh", "zh-Hant-TW, zh", "EN-us, en", "RU, ru", "et-EE, et", "de-AT, de"})
    void theTagsPrimarySubtagIsUsedLowerCased(String tag, String language) {
        // no letters: nothing in the text speaks against the tag
        assertThat(analyse("12345 / 678!", tag).profile().language()).isEqualTo(language);
    }

    @Test
    void undeterminedIsInferred() {
        TextProfile profile = analyse("Посылка пришла поздно.", "und").profile();

        assertThat(profile.language()).isEqualTo("ru");
        assertThat(profile.languageInferred()).isTrue();
    }

    @Test
    void aShortTextKeepsItsTagWhateverItsScript() {
        // under 8 letters the script says too little to overrule the tag; its six Cyrillic letters are
        // still read with the Russian lists
        assertThat(analyse("Иду в суд!", "en").profile().language()).isEqualTo("en");
        assertThat(analyse("Иду в суд!", "en").profile().languageInferred()).isFalse();
        assertThat(types(analyse("Иду в суд!", "en"))).contains(SignalType.LEGAL_THREAT);
        // five are not: "В суд!" tagged English stays English
        assertThat(types(analyse("В суд!", "en"))).doesNotContain(SignalType.LEGAL_THREAT);
        assertThat(types(analyse("В суд!", "ru"))).contains(SignalType.LEGAL_THREAT);
    }

    @Test
    void plainEnglishTaggedEstonianIsReadAsEnglish() {
        // three common English words and no trace of Estonian: the account's language, not the text's
        TextAnalysis english = analyse("I will never order from your shop again.", "et-EE");

        assertThat(english.profile().language()).isEqualTo("en");
        assertThat(english.profile().languageInferred()).isTrue();
        assertThat(types(english)).contains(SignalType.CHURN_THREAT);

        // Estonian with an English shop name in it stays Estonian
        TextProfile estonian = analyse("Tellisin The Body Shop kreemi, aga see ei tulnud kohale.", "et")
                .profile();
        assertThat(estonian.language()).isEqualTo("et");
        assertThat(estonian.languageInferred()).isFalse();
        // and English tagged English is never counted for Estonian
        assertThat(analyse("Ma ei tea, kas see on okei.", "en").profile().language())
                .isEqualTo("en");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            If you do not refund me by Friday I will take you to court.       | de    | LEGAL_THREAT
            The third parcel lost this month. I will never order from your shop again. | fr-CA | CHURN_THREAT
            Если вы не вернёте деньги, я подам на вас в суд.                   | de    | LEGAL_THREAT
            如果不退款，我就起诉你们。                                            | es    | LEGAL_THREAT
            """)
    void aTagWithoutWordListsIsReadInTheLanguageItsTextIsPlainlyIn(String text, String tag, SignalType type) {
        TextAnalysis analysis = analyse(text, tag);

        assertThat(types(analysis)).contains(type);
        // the host's tag stays the profile's language
        assertThat(analysis.profile().language()).isEqualTo(LanguageDetector.fromTag(tag));
        assertThat(analysis.profile().languageInferred()).isFalse();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ich war am Montag in Berlin, was ist mit meinem Paket? Es ist nicht angekommen. | de | false
            Je suis allé à la poste, mais le colis est introuvable depuis une semaine.       | fr | false
            I was in Berlin on Monday and the parcel is not there, where is it?              | de | true
            """)
    void onlyAPlainlyEnglishTextIsReadInEnglish(String text, String tag, boolean english) {
        NormalizedText folded = NormalizedText.of(text);
        TextStats stats = TextStats.of(text, folded, Tokens.of(folded, false), true);

        assertThat(LanguageDetector.alsoWrittenIn(tag, stats).contains("en")).isEqualTo(english);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Посилка прийшла із запізненням, коробка зім'ята, я подам до суду. | uk
            荷物が遅れています。訴訟を起こします。                                | ja
            """)
    void aTagWhoseLanguageIsWrittenInThatScriptIsNotReadWithItsNeighboursLists(String text, String tag) {
        NormalizedText folded = NormalizedText.of(text);
        TextStats stats = TextStats.of(text, folded, Tokens.of(folded, false), true);

        assertThat(LanguageDetector.alsoWrittenIn(tag, stats)).isEmpty();
    }

    @Test
    void aTagWithoutWordListsIsFollowedWhateverTheScript() {
        // Ukrainian is written in Cyrillic too: it is not read as Russian
        TextProfile profile = analyse("Посилка прийшла із запізненням, коробка зім'ята.", "uk")
                .profile();

        assertThat(profile.language()).isEqualTo("uk");
        assertThat(profile.languageInferred()).isFalse();
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
