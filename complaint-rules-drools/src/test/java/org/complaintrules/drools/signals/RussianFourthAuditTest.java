package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian phrasings found missing or misread in a fourth audit, measured blind on other reviews of the
 * development set's own sources (bank reviews from sravni.ru and banki.ru, bank and telecom tweets),
 * written here as sentences of our own: leaving told object first ("вклад ... закрываю"), as "не стану
 * работать с банком", "не буду больше обращаться", "откажусь от этого банка", "такой оператор нам не
 * нужен", "пользоваться больше не стану", a loan refinanced elsewhere, the misspelling "рассторгать";
 * repeated contacts told with the adverb first ("вновь обратился"), every few days, to a generic "you",
 * as complaints written again and again, days of trips, "недозвоны", a digit ordinal ("после 4го
 * письма"), a question asked several times; a demand whose word of speed ends a long sentence;
 * "рассказывать всем"; Estonia's consumer body in a Russian text; "сброд", "поебень". And the
 * look-alikes: a court's ruling of bankruptcy on someone else in the news, the company's press office,
 * a hurry the customer had, an old account closed as no longer needed, a contract with the developer, a
 * debt paid off on a card, a service refused, a single application, a call days ago, the company calling
 * every few days.
 */
class RussianFourthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CHURN_THREAT           | Свой вклад в пятницу закрываю.
            CHURN_THREAT           | Я больше не стану работать с вашим банком, хватит.
            CHURN_THREAT           | Не буду больше обращаться к вам за кредитами.
            CHURN_THREAT           | После этой истории откажусь от этого банка.
            CHURN_THREAT           | Такой оператор нам не нужен.
            CHURN_THREAT           | Больше не хочу иметь дело с вашей компанией.
            CHURN_THREAT           | Картой пользоваться больше не стану.
            CHURN_THREAT           | Оформила ипотеку в другом банке и погасила вашу.
            CHURN_THREAT           | Я буду рассторгать договор обслуживания.
            CHURN_THREAT           | Погасим остаток по кредиту и уйдём.
            CHURN_THREAT           | Подала заявление о закрытии вклада.
            CHURN_THREAT           | Завтра буду выводить все свои сбережения.
            REPEATED_CONTACT       | Вновь обратился в поддержку, ответили шаблоном.
            REPEATED_CONTACT       | Опять связалась с отделением, там только извинились.
            REPEATED_CONTACT       | Пишу в чат каждые три дня.
            REPEATED_CONTACT       | Звонишь им каждый день, а толку нет.
            REPEATED_CONTACT       | Писала жалобы в приложении, всё впустую.
            REPEATED_CONTACT       | Написала жалобу в чат. Потом написала жалобу в офисе.
            REPEATED_CONTACT       | Ездила пять дней подряд в офис.
            REPEATED_CONTACT       | Одни недозвоны, больше ничего.
            REPEATED_CONTACT       | После 4го письма так и сидим без денег.
            REPEATED_CONTACT       | Задавал этот вопрос раза три, по существу ни слова.
            DEMANDS_IMMEDIACY      | Требую вернуть комиссию, отключить услугу и прислать ответ незамедлительно.
            PUBLIC_EXPOSURE_THREAT | Стану рассказывать всем про ваши комиссии.
            REGULATOR_MENTION      | Напишу жалобу в Tarbijakaitseamet.
            REGULATOR_MENTION      | Пожалуюсь в Департамент защиты потребителей.
            ABUSIVE_LANGUAGE       | В офисе набрали какой-то сброд.
            ABUSIVE_LANGUAGE       | Не банк, а поебень какая-то.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            VULNERABILITY_RESILIENCE | Арбитраж признал банкротом застройщика нашего дома.
            PUBLIC_EXPOSURE_THREAT   | Как уточнили в пресс-службе оператора, сбой устранён.
            DEMANDS_IMMEDIACY        | Прошу объяснить, почему мне пришлось срочно снимать наличные.
            CHURN_THREAT             | Старую карту я закрыла за ненадобностью ещё в прошлом году.
            CHURN_THREAT             | Расторгну договор с застройщиком, если сдачу дома снова сдвинут.
            # guards: look-alikes of the new entries, never found on main either
            CHURN_THREAT             | По карте долг закрою в следующем месяце.
            CHURN_THREAT             | Навязали две страховки, я откажусь от них через приложение.
            REPEATED_CONTACT         | Подавала заявку на ипотеку в марте.
            REPEATED_CONTACT         | Звонил три дня назад, обещали перезвонить.
            REPEATED_CONTACT         | Он каждые два дня звонит мне с предложениями.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).doesNotContain(type);
    }
}
