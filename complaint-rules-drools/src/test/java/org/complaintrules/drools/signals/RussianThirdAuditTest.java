package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian phrasings found missing or misread in a third audit, on short complaints about mobile
 * operators and internet providers, written here as sentences of our own: mat and name-calling with
 * another prefix or spelling ("нихуя", "гавно", "сцуко", "рукожопы", "пошел ты нахер"), a count written onto
 * the word ("3раза"), leaving said as
 * "вы потеряли клиентов", "нам не по пути", "будем отказываться", "как отказаться от тв"; and the
 * look-alikes: the operator offering another tariff, the customer's own hurry to switch, a person (not the
 * company) or nobody at all reachable on the network, the company calling the customer, payments made
 * again and again, the company's "жалуйтесь в Роспотребнадзор", a ministry suing the company and a suit received by a court, as news,
 * the customer's fear of being sued ("а меня потом не засудят?"), staff who "не умеют читать письма".
 */
class RussianThirdAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ABUSIVE_LANGUAGE | Интернет у вас нихуя не работает третий день.
            ABUSIVE_LANGUAGE | Провайдер гавно, а не компания.
            ABUSIVE_LANGUAGE | Оператор сцуко опять снял деньги.
            ABUSIVE_LANGUAGE | Какие рукожопы делали это приложение?
            ABUSIVE_LANGUAGE | Жопорукие монтажники оборвали мне кабель.
            ABUSIVE_LANGUAGE | Пошел ты нахер со своей турбо-кнопкой, оператор.
            ABUSIVE_LANGUAGE | Идите на хрен с такими тарифами.
            CHURN_THREAT     | Вы потеряли своих давних клиентов, поздравляю.
            CHURN_THREAT     | Сегодня вы потеряли еще одного абонента.
            CHURN_THREAT     | Нам с вами больше не по пути.
            CHURN_THREAT     | Связь ужасная, будем отказываться.
            CHURN_THREAT     | Как нам отказаться от интернета, если договор на мужа?
            CHURN_THREAT     | Прощай, старый оператор, здравствуй, новая сим-карта!
            REPEATED_CONTACT | Звонила на горячую линию 3раза, все без толку.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CHURN_THREAT      | Мне позвонили и предложили перейти на семейный тариф.
            CHURN_THREAT      | Менеджер уговаривал нас переходить на пакет с телевидением.
            # guard: a refusal to give up the service, kept as it was
            CHURN_THREAT      | Я не буду отказываться от вашего интернета, почините роутер.
            DEMANDS_IMMEDIACY | Тариф грабительский, надо срочно переходить на другой.
            DEMANDS_IMMEDIACY | Похоже, нужно срочно менять оператора.
            REPEATED_CONTACT  | Сестра сменила номер, и до нее теперь невозможно дозвониться.
            REPEATED_CONTACT  | Я со вчерашнего дня никому в городе не могу дозвониться.
            REPEATED_CONTACT  | Всю неделю звонили из отдела продаж и предлагали роутер.
            REPEATED_CONTACT  | Подключили услугу без спроса, а через месяц звонят и спрашивают, довольна ли я.
            REPEATED_CONTACT  | Я неоднократно платил за оборудование, а долг все висит.
            LEGAL_THREAT      | Министерство юстиции подало иск, а затем прокуратура подала в суд на оператора.
            LEGAL_THREAT      | Прокурор подал в суд на оператора за навязанные подписки.
            LEGAL_THREAT      | В суд Москвы поступил иск антимонопольщиков к оператору.
            VULNERABILITY_CAPABILITY | Ваши операторы не умеют читать письма клиентов.
            VULNERABILITY_CAPABILITY | Они там не умеют читать обращения, отвечают шаблоном.
            LEGAL_THREAT      | Если я не заплачу за роуминг, меня потом не засудят?
            LEGAL_THREAT      | Перестану платить, и нас ведь засудят за этот долг.
            REGULATOR_MENTION | Мне ответили: жалуйтесь, пожалуйста, в Роспотребнадзор, все равно не докажете.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "ru"))).doesNotContain(type);
    }
}
