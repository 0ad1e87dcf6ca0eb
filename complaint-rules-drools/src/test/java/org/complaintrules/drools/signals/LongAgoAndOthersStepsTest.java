package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step taken long ago and unrelated to the complaint, a relative's step, a step staff only said
 * the customer could take, and a question that denies the step are no threats (contexts
 * {@code long-ago}, {@code relative}, {@code advised}, {@code this-matter} and {@code plan} of the
 * word lists). Each of these was a threat before. The customer's own current or recent step, an old
 * one about this matter, one against the company itself and one they will take again still are.
 */
class LongAgoAndOthersStepsTest {

    static Stream<Arguments> noThreats() {
        return Stream.of(
                // long ago
                Arguments.of(
                        "en",
                        LEGAL_THREAT,
                        "Twenty years ago I had to go to court over a fence, so I know how draining it is."),
                Arguments.of("en", LEGAL_THREAT, "Years ago I sued a plumber who flooded our flat."),
                Arguments.of(
                        "en",
                        REGULATOR_MENTION,
                        "Back in 2012 I complained to the ombudsman about an insurer; you have been far better."),
                Arguments.of("en", REGULATOR_MENTION, "As a teenager I reported a shop to the Better Business Bureau."),
                Arguments.of("en", CHURN_THREAT, "When I was at university I closed my account with a different bank."),
                Arguments.of(
                        "en", PUBLIC_EXPOSURE_THREAT, "Decades ago I went to the local newspaper about a landlord."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "Много лет назад я подал в суд на застройщика, так что знаю, как это тяжело."),
                Arguments.of(
                        "ru", REGULATOR_MENTION, "Десять лет назад я жаловался в ЦБ на другой банк, вы гораздо лучше."),
                Arguments.of("ru", CHURN_THREAT, "В студенчестве я закрыла счёт в другом банке."),
                Arguments.of("et", LEGAL_THREAT, "Kümme aastat tagasi läksin kohtusse naabri aia pärast."),
                Arguments.of(
                        "et",
                        REGULATOR_MENTION,
                        "Aastaid tagasi pöördusin teise panga pärast tarbijakaitsesse, teie olete palju paremad."),
                Arguments.of("et", CHURN_THREAT, "Tudengina sulgesin konto ühes teises pangas."),
                Arguments.of("zh", LEGAL_THREAT, "十年前我因为车祸去法院打官司，知道这有多累。"),
                Arguments.of("zh", REGULATOR_MENTION, "早在2015年我向消协投诉过另一家银行，你们好多了。"),
                Arguments.of("zh", PUBLIC_EXPOSURE_THREAT, "十年前我找过记者曝光另一家公司。"),
                // someone else's step, or someone who works at the body
                Arguments.of(
                        "en", CHURN_THREAT, "My wife moved to another bank last spring, but I am staying with you."),
                Arguments.of("en", REGULATOR_MENTION, "My cousin works for the FCA and explained the rules to me."),
                Arguments.of(
                        "ru",
                        CHURN_THREAT,
                        "В прошлом году сын закрыл счёт и перешёл к другому оператору, а я осталась."),
                Arguments.of("ru", REGULATOR_MENTION, "Моя покойная мама работала бухгалтером в прокуратуре."),
                Arguments.of("et", CHURN_THREAT, "Mu naine sulges oma konto ja läks mujale, mina jään teie kliendiks."),
                Arguments.of("et", REGULATOR_MENTION, "Mu kadunud isa töötas tarbijakaitseametis inspektorina."),
                Arguments.of("zh", CHURN_THREAT, "我老公去年换成别的银行了，我还留着。"),
                Arguments.of("zh", REGULATOR_MENTION, "我已故的父亲在消协工作过。"),
                // staff said the customer could take the step
                Arguments.of("en", LEGAL_THREAT, "Your advisor said I could take the seller to small claims court."),
                Arguments.of("ru", REGULATOR_MENTION, "Оператор ответил, что можно обратиться в ЦБ."),
                Arguments.of("ru", LEGAL_THREAT, "Оператор ответил, что я могу обратиться в суд."),
                Arguments.of("ru", REGULATOR_MENTION, "Менеджер объяснил, что я могу написать в Роспотребнадзор."),
                Arguments.of("et", LEGAL_THREAT, "Müüja ütles, et võin kohtusse pöörduda."),
                Arguments.of("zh", REGULATOR_MENTION, "客服说可以去12315投诉。"),
                // a question that denies the step
                Arguments.of(
                        "en", CHURN_THREAT, "Why would I ever switch to another bank? You have always been great."),
                Arguments.of("ru", CHURN_THREAT, "Зачем мне переходить в другой банк, если у вас всё хорошо?"));
    }

    static Stream<Arguments> threats() {
        return Stream.of(
                // the customer's own current or recent step
                Arguments.of(
                        "en", REGULATOR_MENTION, "I complained to the ombudsman on Monday and I am still waiting."),
                Arguments.of("en", REGULATOR_MENTION, "I have already reported this to the CFPB."),
                Arguments.of("ru", REGULATOR_MENTION, "Я уже подал жалобу в Роспотребнадзор."),
                Arguments.of("et", REGULATOR_MENTION, "Pöördusin eelmisel nädalal tarbijakaitsesse."),
                Arguments.of("zh", REGULATOR_MENTION, "我已经向消协投诉了。"),
                // an old step about this matter, or one still going on
                Arguments.of(
                        "en",
                        REGULATOR_MENTION,
                        "I complained to the CFPB about this two years ago and nothing has changed."),
                Arguments.of("en", CHURN_THREAT, "I closed my account years ago and you still charge me a fee."),
                Arguments.of(
                        "ru",
                        REGULATOR_MENTION,
                        "Два года назад я пожаловался в ЦБ по этому вопросу, ничего не изменилось."),
                Arguments.of("ru", CHURN_THREAT, "Закрыл счёт пять лет назад, а списания до сих пор идут."),
                Arguments.of(
                        "et",
                        REGULATOR_MENTION,
                        "Kaks aastat tagasi pöördusin selle asja pärast tarbijakaitsesse ja siiani pole midagi muutunud."),
                Arguments.of("zh", REGULATOR_MENTION, "两年前就这件事向消协投诉过，至今没有解决。"),
                Arguments.of("en", REGULATOR_MENTION, "Years ago I complained to the BBB about your company."),
                Arguments.of(
                        "en",
                        REGULATOR_MENTION,
                        "Two years ago I filed a complaint with the CFPB regarding this mortgage."),
                Arguments.of("ru", REGULATOR_MENTION, "Два года назад я уже жаловался на вас в ЦБ."),
                // against the company itself, or a step the customer will take
                Arguments.of("en", LEGAL_THREAT, "I sued you four years ago and I will happily do it again."),
                Arguments.of("en", LEGAL_THREAT, "Years ago I sued a builder, and now I will sue you too."),
                Arguments.of("en", LEGAL_THREAT, "I will take you to small claims court."),
                Arguments.of("en", PUBLIC_EXPOSURE_THREAT, "I will go to the local newspaper."),
                Arguments.of(
                        "ru", LEGAL_THREAT, "Много лет назад я судился с застройщиком, теперь подам в суд и на вас."),
                Arguments.of("et", LEGAL_THREAT, "Aastaid tagasi käisin kohtus, nüüd pöördun kohtusse teiega."),
                Arguments.of("zh", LEGAL_THREAT, "十年前打过官司，这次我要起诉你们。"),
                // a farewell now after an old memory: long ago cancels only a step told in the past
                Arguments.of("en", CHURN_THREAT, "Years ago I loved this shop, but never again."),
                Arguments.of("zh", CHURN_THREAT, "三年前来过一次很好，没想到变这么差，再也不会来了。"),
                // the customer with the relative, or the relative's plan
                Arguments.of("en", CHURN_THREAT, "My husband and I moved to another bank, we are done with you."),
                Arguments.of("en", CHURN_THREAT, "My wife will close our account if this is not fixed."),
                Arguments.of("ru", CHURN_THREAT, "Муж и я закроем счёт в вашем банке."),
                Arguments.of("ru", CHURN_THREAT, "Муж решил перейти в другой банк, и я тоже уйду."),
                Arguments.of("et", CHURN_THREAT, "Mu mees ja mina suleme konto."),
                Arguments.of("zh", CHURN_THREAT, "我老公和我要换成别的银行。"),
                // the advice set aside by the customer's own step
                Arguments.of(
                        "ru",
                        REGULATOR_MENTION,
                        "Менеджер сказал, что я могу пожаловаться, но я всё равно напишу в Роспотребнадзор."),
                Arguments.of("zh", REGULATOR_MENTION, "我说我要去消协投诉。"),
                // the customer's own lawyer said so: preparing a suit
                Arguments.of("ru", LEGAL_THREAT, "Юрист сказал, что я могу подать в суд."),
                // a question that is a threat
                Arguments.of("en", CHURN_THREAT, "Why shouldn't I just cancel and go elsewhere?"),
                Arguments.of("ru", CHURN_THREAT, "Почему бы мне не перейти в другой банк?"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("noThreats")
    void aStepLongAgoSomeoneElsesOrOnlyAdvisedIsNoThreat(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).doesNotContain(type);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("threats")
    void theCustomersOwnStepStillIs(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).contains(type);
    }
}
