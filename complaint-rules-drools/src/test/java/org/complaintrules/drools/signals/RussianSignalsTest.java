package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.DEMANDS_IMMEDIACY;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.MILD_WORDING;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.api.SignalType.RECURRING_FAULT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.REPEATED_CONTACT;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RussianSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "Ваши операторы просто идиоты, ничего не понимают."),
                Arguments.of(ABUSIVE_LANGUAGE, "Таких идиотов я ещё не встречал."),
                Arguments.of(ABUSIVE_LANGUAGE, "Менеджер — полный дебил, бросил трубку."),
                Arguments.of(ABUSIVE_LANGUAGE, "Сволочи, верните деньги!"),
                Arguments.of(ABUSIVE_LANGUAGE, "Вы там все бездельники!"),
                Arguments.of(ABUSIVE_LANGUAGE, "Дармоеды, а не операторы."),
                Arguments.of(ABUSIVE_LANGUAGE, "Что за ёбаный сервис, третий день без интернета."),
                Arguments.of(LEGAL_THREAT, "Если деньги не вернут, я подам в суд."),
                Arguments.of(LEGAL_THREAT, "Мой адвокат уже готовит документы."),
                Arguments.of(LEGAL_THREAT, "Увидимся в суде."),
                Arguments.of(LEGAL_THREAT, "Я проконсультировался с юристом, это нарушение закона."),
                Arguments.of(LEGAL_THREAT, "Готовлю исковое заявление."),
                Arguments.of(REGULATOR_MENTION, "Я направил жалобу в Роспотребнадзор."),
                Arguments.of(REGULATOR_MENTION, "Напишу в прокуратуру и в ЦБ."),
                Arguments.of(REGULATOR_MENTION, "Обращусь к финансовому уполномоченному."),
                Arguments.of(REGULATOR_MENTION, "Будет жалоба в Центробанк."),
                Arguments.of(SAFETY_RISK, "Чайник загорелся прямо на кухне."),
                Arguments.of(SAFETY_RISK, "Ребёнок получил ожог от горячего корпуса."),
                Arguments.of(SAFETY_RISK, "Меня ударило током, когда я включил утюг."),
                Arguments.of(SAFETY_RISK, "Аккумулятор взорвался во время зарядки."),
                Arguments.of(SAFETY_RISK, "Из розетки пошёл дым."),
                Arguments.of(CHURN_THREAT, "Я закрою счёт и уйду к конкурентам."),
                Arguments.of(CHURN_THREAT, "Больше никогда не куплю у вас ничего."),
                Arguments.of(CHURN_THREAT, "Хочу расторгнуть договор."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Напишу отзыв на всех площадках."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Расскажу всем знакомым, как вы работаете."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Выложу видео в соцсети."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Обращусь в СМИ."),
                Arguments.of(DEMANDS_IMMEDIACY, "Требую немедленно вернуть деньги."),
                Arguments.of(DEMANDS_IMMEDIACY, "Перезвоните мне сейчас же."),
                Arguments.of(DEMANDS_IMMEDIACY, "Срочно решите вопрос."),
                Arguments.of(REPEATED_CONTACT, "Пишу вам уже в третий раз."),
                Arguments.of(REPEATED_CONTACT, "Я уже звонил вчера и позавчера."),
                Arguments.of(REPEATED_CONTACT, "Это уже третий звонок за неделю!"),
                Arguments.of(REPEATED_CONTACT, "Это моё четвёртое обращение."),
                Arguments.of(REPEATED_CONTACT, "Сколько можно ждать ответа?"),
                Arguments.of(REPEATED_CONTACT, "Звонил 5 раз, никто не отвечает."),
                Arguments.of(RECURRING_FAULT, "Стиральная машина снова сломалась после ремонта."),
                Arguments.of(RECURRING_FAULT, "Опять та же проблема с зарядкой."),
                Arguments.of(RECURRING_FAULT, "Холодильник постоянно ломается."),
                Arguments.of(MILD_WORDING, "Извините за беспокойство, но в заказе не хватает одной позиции."),
                Arguments.of(MILD_WORDING, "Если возможно, замените, пожалуйста, крышку."),
                Arguments.of(MILD_WORDING, "Я немного разочарована качеством ткани."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachSentenceCarriesItsSignal(SignalType type, String sentence) {
        TextAnalysis analysis = analyse(sentence);

        assertThat(analysis.profile().language()).isEqualTo("ru");
        assertThat(types(analysis)).contains(type);
        assertThat(detail(analysis, type))
                .get()
                .asString()
                .matches("'.+' at \\d+")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void inflectedFormsMatchTheStem() {
        assertThat(detail(analyse("Там работают одни идиоты."), ABUSIVE_LANGUAGE))
                .contains("'идиоты' at 18");
        assertThat(detail(analyse("Я устал от идиотов."), ABUSIVE_LANGUAGE)).contains("'идиотов' at 11");
    }

    @Test
    void yoAndYeAreTheSameLetter() {
        assertThat(types(analyse("Всё взорвалось, пошёл чёрный дым."))).contains(SAFETY_RISK);
        assertThat(types(analyse("Ебаный сервис и ёбаный сайт."))).contains(ABUSIVE_LANGUAGE);
    }

    @Test
    void fateIsNotCourt() {
        TextAnalysis analysis = analyse("Такова судьба: посылка пришла в судьбоносный день, в субботу.");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void anIndicatorLightingUpIsNotAFire() {
        TextAnalysis analysis =
                analyse("После обновления загорелась лампочка ошибки, и на табло загорелся индикатор E4.");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("Здравствуйте. Я заказал синюю куртку размера M, а получил зелёную. "
                + "Подскажите, пожалуйста, как оформить обмен? Номер заказа 4471-22. Спасибо.");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("ru");
    }
}
