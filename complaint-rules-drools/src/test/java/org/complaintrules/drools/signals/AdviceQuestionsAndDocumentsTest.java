package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The company's own document or warning retold without quotation marks (contexts {@code document},
 * {@code happened} and {@code despite}), a question that seeks advice ({@code advice}, {@code
 * hazard-asked}, {@code asked}, {@code against-you}) and slang "fire" ({@code fire-literal}) are no
 * threats or safety reports. Each of these fired before. What happened in spite of the warning or
 * after it, a threat put as a question and a real fire still fire.
 */
class AdviceQuestionsAndDocumentsTest {

    static Stream<Arguments> noSignal() {
        return Stream.of(
                // the company's document or warning
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The booklet says the iron may cause burns if left face down, so I always stand it up; my issue is the leaking tank."),
                Arguments.of(
                        "en", SAFETY_RISK, "The packaging warns that the magnets are a choking hazard for toddlers."),
                Arguments.of(
                        "en", SAFETY_RISK, "Your site says the power bank could overheat if it is left in a hot car."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The instructions state that the kettle can overheat when empty, but mine simply leaks."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "According to the user guide the blender may spark when overloaded; my problem is the lid."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "It says on the box that the lamp can get very hot and cause a fire, and the delivery was two weeks late."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The leaflet warned about electric shock if the cover is removed, so we never opened it."),
                Arguments.of(
                        "ru",
                        SAFETY_RISK,
                        "На сайте написано, что при использовании другого кабеля возможен перегрев."),
                Arguments.of(
                        "ru",
                        SAFETY_RISK,
                        "Согласно инструкции, при перегреве возможно возгорание, так что я не оставляю его включённым."),
                Arguments.of("zh", SAFETY_RISK, "包装上写着小零件有窒息危险。"),
                Arguments.of("zh", SAFETY_RISK, "官网上标明暖手宝长时间贴着皮肤会烫伤，所以我一直隔着衣服用，问题是它不发热。"),
                Arguments.of("et", SAFETY_RISK, "Pakendil on hoiatus, et mänguasi võib põhjustada lämbumist."),
                Arguments.of(
                        "et",
                        SAFETY_RISK,
                        "Tootja hoiatab, et aku võib plahvatada, kui seda valesti laadida, kuid minu mure on tarne."),
                // advice sought
                Arguments.of("en", SAFETY_RISK, "Might this heater catch fire if it is left on all night?"),
                Arguments.of("en", SAFETY_RISK, "Can the battery explode if it gets wet?"),
                Arguments.of("en", CHURN_THREAT, "Should I close my account? My brother thinks it is a waste of time."),
                Arguments.of("en", CHURN_THREAT, "Should I switch to another provider or wait for the fix?"),
                Arguments.of("en", LEGAL_THREAT, "Do we need a solicitor for something like this?"),
                Arguments.of("en", LEGAL_THREAT, "Should I get a lawyer to sort out the deposit?"),
                Arguments.of("ru", CHURN_THREAT, "Стоит ли мне закрыть счёт? Друг говорит, что не стоит."),
                Arguments.of(
                        "ru", CHURN_THREAT, "Имеет ли смысл переходить к другому оператору или подождать ремонта?"),
                Arguments.of("ru", LEGAL_THREAT, "Нужен ли мне юрист в этой ситуации?"),
                Arguments.of("ru", CHURN_THREAT, "Стоит ли уходить к другому провайдеру или подождать?"),
                Arguments.of("ru", LEGAL_THREAT, "Стоит ли обращаться в суд из-за такой суммы?"),
                Arguments.of("zh", CHURN_THREAT, "我要不要注销账户？朋友说不值得。"),
                Arguments.of("zh", CHURN_THREAT, "有没有必要注销账号？还是等你们修好再说。"),
                Arguments.of("zh", LEGAL_THREAT, "这种情况我需要请律师吗？"),
                Arguments.of("zh", LEGAL_THREAT, "有必要打官司吗？"),
                Arguments.of("et", SAFETY_RISK, "Kas laadija võib süttida, kui see on öö läbi vooluvõrgus?"),
                Arguments.of("et", CHURN_THREAT, "Kas tasub vahetada operaatorit või oodata parandust?"),
                Arguments.of("et", LEGAL_THREAT, "Kas ma vajan selle jaoks juristi?"),
                Arguments.of("et", LEGAL_THREAT, "Kas mul on vaja advokaati?"),
                // slang "fire"
                Arguments.of("en", SAFETY_RISK, "Your new menu is fire 🔥 but the delivery took two hours."),
                Arguments.of("en", SAFETY_RISK, "Those trainers are straight fire, shame the box was crushed."),
                Arguments.of("en", SAFETY_RISK, "The new menu is fire, but the wait was an hour."),
                Arguments.of("en", SAFETY_RISK, "honestly that sale was pure fire, shame the app crashed"),
                Arguments.of("en", SAFETY_RISK, "That's fire, love the new colours, but my order is missing a sock."));
    }

    static Stream<Arguments> stillSignals() {
        return Stream.of(
                // what happened despite or after the document, or in another sentence
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The instructions say it is perfectly safe, but it caught fire on the second day."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "Despite the sticker on the lid, my daughter burned her fingers on the steam."),
                Arguments.of(
                        "en",
                        SAFETY_RISK,
                        "The manual says it may overheat. Yesterday it overheated and melted the socket."),
                Arguments.of(
                        "en", SAFETY_RISK, "The instructions say nothing about overheating and it burned my hand."),
                Arguments.of("ru", SAFETY_RISK, "В инструкции написано, что он безопасен, но он загорелся."),
                Arguments.of("ru", SAFETY_RISK, "Несмотря на предупреждение на упаковке, ребёнок обжёгся."),
                Arguments.of(
                        "ru", SAFETY_RISK, "На сайте написано, что перегрев исключён, однако вчера из него пошёл дым."),
                Arguments.of("ru", SAFETY_RISK, "В инструкции написано про перегрев. Вчера он задымился."),
                Arguments.of("zh", SAFETY_RISK, "说明书上说很安全，但是它着火了。"),
                Arguments.of("zh", SAFETY_RISK, "尽管有警告标签，我儿子还是被烫伤了。"),
                Arguments.of("zh", SAFETY_RISK, "官网上说可能会起火。昨天真的起火了。"),
                Arguments.of("et", SAFETY_RISK, "Juhendis on kirjas, et see on ohutu, aga see süttis põlema."),
                Arguments.of("et", SAFETY_RISK, "Hoolimata hoiatusest sai mu poeg põletuse."),
                Arguments.of(
                        "et",
                        SAFETY_RISK,
                        "Kodulehel on kirjas, et ülekuumenemist ei esine. Eile aga hakkas seade suitsu ajama."),
                Arguments.of(
                        "en", SAFETY_RISK, "The manual says it may overheat and it did overheat, burning my fingers."),
                Arguments.of("en", SAFETY_RISK, "My son burned his hand; the label says it may cause burns."),
                Arguments.of(
                        "ru",
                        SAFETY_RISK,
                        "На сайте написано, что может быть возгорание, и у меня был пожар на кухне."),
                Arguments.of("zh", SAFETY_RISK, "说明书上写着可能会过热，结果真的着火了。"),
                Arguments.of(
                        "et", SAFETY_RISK, "Juhendis on kirjas, et see võib üle kuumeneda, ja see süttiski põlema."),
                // a threat or an event put as a question
                Arguments.of("en", LEGAL_THREAT, "Would you like me to phone my lawyer?"),
                Arguments.of("en", CHURN_THREAT, "Why shouldn't I just close my account and go elsewhere?"),
                Arguments.of("en", LEGAL_THREAT, "Shall I take you to court, then?"),
                Arguments.of("en", LEGAL_THREAT, "Do I need to sue you to get my money back?"),
                Arguments.of("en", REGULATOR_MENTION, "Did you really think I would not report this to the FCA?"),
                Arguments.of("en", SAFETY_RISK, "Could this be why my charger caught fire last night?"),
                Arguments.of("en", SAFETY_RISK, "Is the kettle still safe to use after it burned my hand?"),
                Arguments.of("en", CHURN_THREAT, "I am cancelling my account. Why would I stay?"),
                Arguments.of("ru", LEGAL_THREAT, "Вы хотите, чтобы я обратился к юристу?"),
                Arguments.of("ru", LEGAL_THREAT, "Мне что, подать на вас в суд?"),
                Arguments.of("ru", LEGAL_THREAT, "Может, мне стоит подать на вас в суд?"),
                Arguments.of("ru", CHURN_THREAT, "Почему бы мне не уйти к другому оператору?"),
                // leaving the company itself, asked of it, is still a threat
                Arguments.of("ru", CHURN_THREAT, "Может, стоит мне уйти от вас навсегда?"),
                Arguments.of("ru", CHURN_THREAT, "Стоит ли нам уйти от вас после такого?"),
                Arguments.of("ru", CHURN_THREAT, "Я закрою счёт. Зачем мне оставаться?"),
                Arguments.of("zh", LEGAL_THREAT, "你们是想让我找律师吗？"),
                Arguments.of("zh", LEGAL_THREAT, "难道要我去法院起诉你们吗？"),
                Arguments.of("zh", LEGAL_THREAT, "要不要我起诉你们？"),
                Arguments.of("zh", CHURN_THREAT, "我要注销账户。凭什么还留着？"),
                Arguments.of("et", LEGAL_THREAT, "Kas te tahate, et ma pöörduksin advokaadi poole?"),
                Arguments.of("et", LEGAL_THREAT, "Kas ma pean teid kohtusse kaebama?"),
                Arguments.of("et", SAFETY_RISK, "Kas see on normaalne, et laadija süttis põlema?"),
                Arguments.of("et", CHURN_THREAT, "Lõpetan lepingu. Miks ma peaksin jääma?"),
                // a real fire
                Arguments.of("en", SAFETY_RISK, "the toaster was on fire when I came back"),
                Arguments.of("en", SAFETY_RISK, "there was a fire in your warehouse shop"),
                Arguments.of("en", SAFETY_RISK, "the microwave caught fire"),
                Arguments.of("en", SAFETY_RISK, "There was fire everywhere within a minute."),
                Arguments.of("en", SAFETY_RISK, "The flat is fire damaged because of your faulty boiler."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("noSignal")
    void aDocumentAQuestionForAdviceOrSlangIsNoSignal(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).doesNotContain(type);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("stillSignals")
    void anEventAThreatInAQuestionOrARealFireStillIs(String language, SignalType type, String text) {
        assertThat(types(analyse(text, language))).contains(type);
    }
}
