package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words in quotation marks that are not the customer's own: a title or name ("the "Fire Starter"
 * kit", «Пожар», 《火灾》) and the company's text quoted ("Your terms say: "..."", "合同上写着「……」").
 * Each look-alike here fired before; next to each, a close case in the customer's own words (often
 * quoting themselves) still fires.
 */
class QuotedWordsTest {

    static Stream<Arguments> notTheCustomersWords() {
        return Stream.of(
                // titles and names
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "I bought the \"Fire Starter\" kit for my son and half the parts were missing.",
                        "I bought the kit for my son and it caught fire on the first day."),
                Arguments.of(
                        "en",
                        LEGAL_THREAT,
                        "I ordered the book \"How to Sue Your Landlord\" and got a cookbook instead.",
                        "I ordered a book, got a cookbook instead, and I told your agent \"I will sue you\"."),
                Arguments.of(
                        "ru",
                        SAFETY_RISK,
                        "Заказал книгу «Пожар», пришла другая.",
                        "Заказал обогреватель, а он загорелся."),
                Arguments.of(
                        "ru",
                        SAFETY_RISK,
                        "Заказал в магазине «Пожарный» форму, привезли не тот размер.",
                        "Заказал в магазине форму, она загорелась от утюга."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "Книга «Как подать в суд на соседа» пришла мятой.",
                        "Книга пришла мятой, подам в суд."),
                Arguments.of(
                        "et",
                        SAFETY_RISK,
                        "Tellisin raamatu „Tulekahju“, aga saadeti vale raamat.",
                        "Tellisin ahju, aga köögis puhkes tulekahju."),
                Arguments.of(
                        "et",
                        SAFETY_RISK,
                        "Tellisin raamatu \"Tulekahju\", aga saadeti vale raamat.",
                        "Tellisin ahju, aga köögis puhkes tulekahju."),
                Arguments.of("zh", SAFETY_RISK, "我买的《火灾》这本书没收到。", "我买的电暖器着火了，差点发生火灾。"),
                Arguments.of("zh", SAFETY_RISK, "我买了〈火灾〉这本杂志，缺页了。", "我买的电暖器着火了，差点发生火灾。"),
                Arguments.of("zh", SAFETY_RISK, "「火灾」这本书没收到。", "我买的电暖器着火了，差点发生火灾。"),
                // the company's text
                Arguments.of(
                        "en",
                        LEGAL_THREAT,
                        "Your terms say: \"Any dispute will be settled in court in Dublin.\" I only want the delivery date.",
                        "I told your agent: \"I will take you to court in Dublin.\" I only want the delivery date."),
                Arguments.of(
                        "en",
                        LEGAL_THREAT,
                        "The letter from you states \"we may take legal action to recover the debt\", but I paid in March.",
                        "I paid in March, and my letter to you states \"I will take legal action if the debt is not removed\"."),
                Arguments.of(
                        "en",
                        REGULATOR_MENTION,
                        "Your website says \"We will report unpaid balances to the ombudsman\", but I owe nothing.",
                        "I owe nothing, and I said \"I will report you to the ombudsman\"."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The manual says \"Danger: risk of fire if the filter is not cleaned\", so I cleaned it.",
                        "The filter was cleaned and still the dryer is a fire risk."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "На сайте указано: «При нарушении условий мы обратимся в суд». Я ничего не нарушал.",
                        "Я ничего не нарушал и написал вам: «Обращусь в суд»."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "Оператор сказал: «Идите в суд, если не согласны».",
                        "Я сказал оператору: «Пойду в суд, если не вернёте деньги»."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "Оператор мне сказал: «Идите в суд».",
                        "Написал в поддержку: «подам в суд», ответа нет."),
                Arguments.of(
                        "ru",
                        LEGAL_THREAT,
                        "Мне пришло смс: «Ваша карта заблокирована, обратитесь в суд».",
                        "Я написал: «подам в суд», карта до сих пор заблокирована."),
                Arguments.of(
                        "et",
                        LEGAL_THREAT,
                        "Klienditeenindaja ütles: „Minge kohtusse, kui tahate.“",
                        "Ma ütlesin teenindajale: „Lähen kohtusse.“"),
                Arguments.of(
                        "et",
                        LEGAL_THREAT,
                        "Lepingus on kirjas: „Vaidluste korral pöördutakse kohtusse.“ Ma tahan ainult arvet.",
                        "Kirjutasin neile: „Pöördun kohtusse, kui raha ei tagastata.“"),
                Arguments.of("zh", LEGAL_THREAT, "短信说「您的账户将被起诉」，我根本没有欠款。", "我跟客服说“我要起诉你们”，到现在没人理。"),
                Arguments.of("zh", LEGAL_THREAT, "我收到短信说「逾期将起诉」，可我已经还款了。", "我在邮件里说“我要起诉你们”。"),
                Arguments.of("zh", SAFETY_RISK, "页面显示「存在火灾隐患，请停止使用」，我买的充电宝才用一天。", "充电宝才用一天就冒烟了，有火灾隐患。"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("notTheCustomersWords")
    void quotedTitlesAndTheCompanysTextAreNotTheCustomersWords(
            String language, SignalType type, String quoted, String own) {
        assertThat(types(analyse(quoted, language))).doesNotContain(type);
        assertThat(types(analyse(own, language))).as("%s", own).contains(type);
    }

    @Test
    void aLaterMatchOutsideTheQuotesIsStillFound() {
        TextAnalysis en = analyse("I bought the \"Fire Starter\" kit and it caught fire on the first day.", "en");
        assertThat(detail(en, SAFETY_RISK)).contains("'caught fire' at 39");
        TextAnalysis ru = analyse("Заказал книгу «Пожар», пришла другая, а обогреватель загорелся.", "ru");
        assertThat(detail(ru, SAFETY_RISK)).contains("'загорелся' at 53");
        TextAnalysis zh = analyse("我买的《火灾》这本书没收到，电暖器还着火了。", "zh");
        assertThat(detail(zh, SAFETY_RISK)).contains("'着火' at 18");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I bought the "Fire Starter kit and it is broken.          | en | 'Fire' at 14
            Заказал книгу «Пожар, пришла другая.                       | ru | 'Пожар' at 15
            I bought the "Fire\\nStarter" kit and it is broken.        | en | 'Fire' at 14
            """)
    void aQuoteNeverClosedOnItsLineDiscountsNothing(String text, String language, String shown) {
        assertThat(detail(analyse(text.replace("\\n", "\n"), language), SAFETY_RISK))
                .contains(shown);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I told them "I will sue" and nothing happened.                         | en
            Я написал: «Подам в суд», но ответа нет.                                 | ru
            I said "I WILL SUE" twice on the phone.                                | en
            My letter said "I will take legal action" and you ignored it.          | en
            В письме написал: «Обращусь в суд».                                      | ru
            跟客服说“我要起诉你们”，到现在没人理。                                            | zh
            """)
    void theCustomerQuotingThemselvesStillThreatens(String text, String language) {
        assertThat(types(analyse(text, language))).contains(LEGAL_THREAT);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Вы меня обманули. «Мошенники» — иначе вас не назвать.               | ru
            You lost my parcel again. "Idiots" is the only word for your staff. | en
            """)
    void aCapitalisedQuoteThatOpensASentenceIsNoName(String text, String language) {
        assertThat(types(analyse(text, language))).contains(ABUSIVE_LANGUAGE);
        // the same word as a name in the sentence is a title
        assertThat(types(analyse("We bought the game \"Idiots Unite\" and the disc was scratched.", "en")))
                .doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void anInchMarkOpensNoQuote() {
        // the 27" of a screen size does not pair with the quote that opens later
        String text = "My 27\" monitor from the \"Fire Starter\" bundle caught fire.";
        assertThat(detail(analyse(text, "en"), SAFETY_RISK)).contains("'caught fire' at 46");
    }

    @Test
    void twoApostrophesCloseAStraightQuote() {
        // as some complaint forms write quotes: " ... ''
        String text = "Your letter says \" we may take legal action '' but I paid in full.";
        assertThat(types(analyse(text, "en"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse(text.replace("Your letter says", "I told you"), "en")))
                .contains(LEGAL_THREAT);
    }
}
