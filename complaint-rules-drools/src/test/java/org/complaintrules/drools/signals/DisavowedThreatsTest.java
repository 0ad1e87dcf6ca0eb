package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A customer who says right before the step that they will not take it ("I'm not going to sue
 * you") makes no threat; one who will not hesitate to take it, or who refuses something else and
 * then threatens, still does.
 */
class DisavowedThreatsTest {

    static Stream<Arguments> disavowed() {
        return Stream.of(
                Arguments.of("en", LEGAL_THREAT, "I am not going to sue you, I only want my deposit back."),
                Arguments.of("en", LEGAL_THREAT, "We have no intention of taking you to court over this."),
                Arguments.of("en", LEGAL_THREAT, "I'm not planning to take legal action, just fix the meter."),
                Arguments.of("en", LEGAL_THREAT, "I won't be calling a lawyer, but I expect an answer."),
                Arguments.of("en", CHURN_THREAT, "I am not going to close my account, I just want the fee back."),
                Arguments.of("en", CHURN_THREAT, "I have no intention of switching to another bank."),
                Arguments.of("en", PUBLIC_EXPOSURE_THREAT, "I won't post this online, I just want it sorted."),
                Arguments.of("en", LEGAL_THREAT, "I don't want to sue you, I want the fault fixed."),
                Arguments.of("en", LEGAL_THREAT, "I do not want to take legal action over a kettle."),
                Arguments.of("en", LEGAL_THREAT, "I do n't want to go to court over this."),
                Arguments.of("en", SignalType.REGULATOR_MENTION, "I don't want to report you to the CFPB over this."),
                Arguments.of("en", PUBLIC_EXPOSURE_THREAT, "I don't want to post this online."),
                Arguments.of("en", CHURN_THREAT, "I do n't want to cancel my account, just the fee."),
                Arguments.of("ru", LEGAL_THREAT, "Я не собираюсь подавать в суд, просто верните деньги."),
                Arguments.of("ru", LEGAL_THREAT, "В суд не пойду, но прошу разобраться."),
                Arguments.of("ru", CHURN_THREAT, "Я не собираюсь закрывать счёт, исправьте ошибку."),
                Arguments.of("ru", CHURN_THREAT, "Я не уйду к конкурентам, но так нельзя."),
                Arguments.of("et", LEGAL_THREAT, "Ma ei kavatse kohtusse minna, tahan lihtsalt raha tagasi."),
                Arguments.of("et", LEGAL_THREAT, "Me ei lähe kohtusse, aga palume vastust."),
                Arguments.of("et", CHURN_THREAT, "Ma ei lõpeta lepingut, palun parandage viga."),
                Arguments.of("zh", LEGAL_THREAT, "我不打算起诉你们，只想退款。"),
                Arguments.of("zh", LEGAL_THREAT, "我们不会去法院，只希望尽快解决。"),
                Arguments.of("zh", CHURN_THREAT, "我不会注销账户，请把问题处理好。"),
                Arguments.of("ru", PUBLIC_EXPOSURE_THREAT, "Не буду выкладывать видео в соцсети, но прошу ответить."),
                Arguments.of("ru", PUBLIC_EXPOSURE_THREAT, "Я не стану обращаться в СМИ."),
                Arguments.of("et", PUBLIC_EXPOSURE_THREAT, "Ma ei kavatse negatiivset arvustust kirjutada."),
                Arguments.of("zh", PUBLIC_EXPOSURE_THREAT, "我不会曝光你们，只希望退款。"),
                Arguments.of("zh", PUBLIC_EXPOSURE_THREAT, "我不打算发到网上。"));
    }

    static Stream<Arguments> threats() {
        return Stream.of(
                Arguments.of("en", LEGAL_THREAT, "I won't hesitate to take legal action."),
                Arguments.of("en", LEGAL_THREAT, "If you won't refund me I'll sue."),
                Arguments.of("en", LEGAL_THREAT, "I won't accept this, I'll see you in court."),
                Arguments.of("en", LEGAL_THREAT, "I'm not going to wait any longer: I will sue you."),
                Arguments.of("en", CHURN_THREAT, "I won't be buying from you again."),
                Arguments.of("en", CHURN_THREAT, "I'm not going to stay, I will close my account."),
                Arguments.of("en", PUBLIC_EXPOSURE_THREAT, "I won't hesitate to go to the press."),
                Arguments.of("en", LEGAL_THREAT, "I don't want to sue you, but I will if I have to."),
                Arguments.of("ru", LEGAL_THREAT, "Если не вернёте деньги, подам в суд."),
                Arguments.of("ru", CHURN_THREAT, "Больше не буду покупать у вас ничего."),
                Arguments.of("et", LEGAL_THREAT, "Kui raha ei tagastata, annan asja kohtusse."),
                Arguments.of("zh", LEGAL_THREAT, "如果不退款，我就起诉你们。"),
                Arguments.of("zh", CHURN_THREAT, "我再也不会在你们店买东西了。"),
                Arguments.of("ru", PUBLIC_EXPOSURE_THREAT, "Ждать больше не буду, иду в СМИ."),
                // a condition next to the refusal: a threat all the same
                Arguments.of("en", LEGAL_THREAT, "I won't take legal action if you refund me by Friday."),
                Arguments.of("en", CHURN_THREAT, "As long as this is fixed, I am not going to close my account."),
                Arguments.of("ru", LEGAL_THREAT, "В суд не пойду, если вернёте деньги."),
                Arguments.of("et", LEGAL_THREAT, "Ma ei lähe kohtusse, kui raha tagastatakse."),
                Arguments.of("zh", LEGAL_THREAT, "我不会起诉你们，只要马上退款。"),
                Arguments.of("zh", PUBLIC_EXPOSURE_THREAT, "如果不解决，我就曝光你们。"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("disavowed")
    void aStepDisownedRightBeforeItIsNoThreat(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).doesNotContain(type);
        // the same step without the words that disown it is a threat: the list covers it
        assertThat(types(analyse(withoutDisowning(text), language)))
                .as("%s", withoutDisowning(text))
                .contains(type);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("threats")
    void aThreatNextToARefusalOfSomethingElseIsStillAThreat(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).contains(type);
    }

    /** The text with the words that disown the step replaced by ones that announce it. */
    private static String withoutDisowning(String text) {
        return text.replace("am not going to", "am going to")
                .replace("have no intention of", "are thinking of")
                .replace("I'm not planning to", "I'm planning to")
                .replace("don't want to", "want to")
                .replace("do not want to", "want to")
                .replace("do n't want to", "want to")
                .replace("won't be", "will be")
                .replace("won't", "will")
                .replace("не собираюсь", "собираюсь")
                .replace("не пойду", "пойду")
                .replace("Не буду выкладывать", "Буду выкладывать")
                .replace("не стану", "стану")
                .replace("ei kavatse negatiivset", "kavatsen negatiivset")
                .replace("不会曝光", "会曝光")
                .replace("не уйду", "уйду")
                .replace("ei kavatse", "kavatsen")
                .replace("ei lähe", "läheme")
                .replace("Ma ei lõpeta lepingut", "Ma lõpetan lepingu")
                .replace("不打算", "打算")
                .replace("不会去", "会去")
                .replace("不会注销", "会注销");
    }
}
