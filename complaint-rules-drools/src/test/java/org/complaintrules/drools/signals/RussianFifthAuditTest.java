package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian phrasings found missing in a fifth audit, measured blind on other reviews of the development
 * set's own sources (bank reviews from sravni.ru and banki.ru, bank and telecom tweets), written here as
 * sentences of our own. Repeated contacts: requests counted in the passive ("написано несколько
 * заявлений") or as "массу", "N запроса", requests in the plural that brought nothing,
 * still trying to get through ("пытаюсь дозвониться", "после долгих попыток"), requests left
 * again and again in the present, a trip or a call made again ("опять поехала", "ещё раз набрала"), an
 * ordinal visit or call ("второй раз я позвонил"), getting through only at the fifth try, counts next to
 * "создавала"/"приезжал". Leaving: an application to close an account with its kind named, coming to
 * close all accounts, a loan refinanced in another bank, "уйду ... из банка", "мы тоже уйдём", a
 * farewell to the operator by name, "больше не буду хранить", "не подключусь". Name-calling: "лохотрон",
 * "шарашкина контора", "хамы". Going public on a media platform or "придадим публичность"; "прошу
 * ускорить" and "в срочном порядке"; bankruptcy as the way out left. And the look-alikes: a single
 * application or a monthly one, the bank's own attempts to call, "второй раз в
 * жизни", a payment that went through at the third try, the bank's instructions for closing, the story
 * of joining, a holiday, staff being rude, a manager's promise, someone else's bankruptcy.
 */
class RussianFifthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | Было написано несколько заявлений, всё без толку.
            REPEATED_CONTACT         | Отправила массу писем и совершила массу звонков.
            REPEATED_CONTACT         | Оставил в офисе 3 запроса по одному вопросу.
            REPEATED_CONTACT         | Обращения в контакт-центр ни к чему не привели.
            REPEATED_CONTACT         | Звонки на горячую линию результата не дали.
            REPEATED_CONTACT         | Третий день пытаюсь дозвониться до горячей линии.
            REPEATED_CONTACT         | Несколько дней пыталась связаться с менеджером.
            REPEATED_CONTACT         | После долгих попыток дозвониться ответил робот.
            REPEATED_CONTACT         | Оставляем заявки на обратный звонок, тишина.
            REPEATED_CONTACT         | Каждый день оставляю заявку на связь с менеджером.
            REPEATED_CONTACT         | Через неделю я опять поехала в отделение.
            REPEATED_CONTACT         | Ещё раз набрала номер поддержки, снова сбросили.
            REPEATED_CONTACT         | Несколько раз написала в чат, потом позвонила.
            REPEATED_CONTACT         | Второй раз я позвонил в пятницу вечером.
            REPEATED_CONTACT         | С пятого раза дозвонилась до оператора.
            REPEATED_CONTACT         | Создавала заявку уже четыре раза.
            REPEATED_CONTACT         | Трижды приезжал подписывать документы.
            CHURN_THREAT             | Подал заявление на закрытие текущего счёта.
            CHURN_THREAT             | Пришла в офис с целью закрытия всех счетов.
            CHURN_THREAT             | Рефинансировал ипотеку в другом банке и забыл про вас.
            CHURN_THREAT             | Кредит был погашен путём рефинансирования в другом банке.
            CHURN_THREAT             | Уйду после всего этого из вашего банка.
            CHURN_THREAT             | Раз так, мы тоже уйдём.
            CHURN_THREAT             | Прощай, Билайн, теперь только Йота.
            CHURN_THREAT             | Больше не буду хранить деньги в этом банке.
            CHURN_THREAT             | Больше не подключусь к этому оператору.
            ABUSIVE_LANGUAGE         | Не банк, а лохотрон какой-то.
            ABUSIVE_LANGUAGE         | Настоящая шарашкина контора.
            ABUSIVE_LANGUAGE         | В отделении сидят одни хамы.
            PUBLIC_EXPOSURE_THREAT   | Решила поделиться этой историей на Пикабу.
            PUBLIC_EXPOSURE_THREAT   | Мы обязательно придадим этой истории публичность.
            DEMANDS_IMMEDIACY        | Прошу ускорить выдачу закладной.
            DEMANDS_IMMEDIACY        | Прошу банк вернуть мне списанную по ошибке комиссию в срочном порядке.
            VULNERABILITY_RESILIENCE | Иначе придется идти в процедуру банкротства.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # guards: look-alikes of the new entries (each was checked against the new lists while writing them);
            # none is found on main either, except the holiday, which main read as leaving
            REPEATED_CONTACT         | Подаю заявку на вторую ипотеку, жду ответа.
            REPEATED_CONTACT         | Каждый месяц оставляю заявку на досрочное погашение.
            REPEATED_CONTACT         | Банк сам предпринимал попытки связаться со мной.
            REPEATED_CONTACT         | Второй раз в жизни вижу такой сервис.
            REPEATED_CONTACT         | Платёж прошёл только с третьей попытки.
            CHURN_THREAT             | Для закрытия счёта необходимо приехать в офис.
            CHURN_THREAT             | Изначально начал рефинансирование в другом банке, но перешёл к вам.
            CHURN_THREAT             | Уйду в отпуск на две недели.
            CHURN_THREAT             | Больше не буду держать в голове эти условия.
            ABUSIVE_LANGUAGE         | Сотрудница мне нахамила.
            DEMANDS_IMMEDIACY        | Менеджер обещал ускорить процесс.
            VULNERABILITY_RESILIENCE | Застройщику придется идти в процедуру банкротства.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).doesNotContain(type);
    }
}
