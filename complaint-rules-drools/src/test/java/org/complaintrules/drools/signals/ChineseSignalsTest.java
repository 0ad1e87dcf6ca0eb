package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.DEMANDS_IMMEDIACY;
import static org.complaintrules.api.SignalType.EXCLAMATION;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.MILD_WORDING;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.api.SignalType.RECURRING_FAULT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.REPEATED_CONTACT;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.api.SignalType.SHOUTING;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "你们客服都是傻逼吗？"),
                Arguments.of(ABUSIVE_LANGUAGE, "这个经理就是个混蛋。"),
                Arguments.of(ABUSIVE_LANGUAGE, "一群白痴，连订单号都查不到。"),
                Arguments.of(ABUSIVE_LANGUAGE, "他妈的，三天了还没发货。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你们这些垃圾客服就会推卸责任。"),
                Arguments.of(LEGAL_THREAT, "我已经找了律师。"),
                Arguments.of(LEGAL_THREAT, "不退款我就起诉你们。"),
                Arguments.of(LEGAL_THREAT, "我们法院见。"),
                Arguments.of(LEGAL_THREAT, "再不处理我就告你们。"),
                Arguments.of(REGULATOR_MENTION, "我要向消费者协会投诉。"),
                Arguments.of(REGULATOR_MENTION, "已经打了12315。"),
                Arguments.of(REGULATOR_MENTION, "我会向监管部门反映。"),
                Arguments.of(REGULATOR_MENTION, "我去消协投诉你们。"),
                Arguments.of(SAFETY_RISK, "充电器着火了，差点烧了房子。"),
                Arguments.of(SAFETY_RISK, "孩子被烫伤了。"),
                Arguments.of(SAFETY_RISK, "电水壶漏电，我被触电了。"),
                Arguments.of(SAFETY_RISK, "充电宝突然爆炸。"),
                Arguments.of(SAFETY_RISK, "吃了以后过敏住院了。"),
                Arguments.of(CHURN_THREAT, "我要注销账户。"),
                Arguments.of(CHURN_THREAT, "以后再也不买你们家的东西了。"),
                Arguments.of(CHURN_THREAT, "我会换别家。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我会把这件事发到微博上。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我要把这件事告诉记者。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我要找媒体曝光你们。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我要发到微博上让大家都知道。"),
                Arguments.of(DEMANDS_IMMEDIACY, "请立刻退款。"),
                Arguments.of(DEMANDS_IMMEDIACY, "马上给我处理！"),
                Arguments.of(DEMANDS_IMMEDIACY, "立即给我回电话。"),
                Arguments.of(REPEATED_CONTACT, "这是我第三次打电话了。"),
                Arguments.of(REPEATED_CONTACT, "我已经多次联系你们。"),
                Arguments.of(REPEATED_CONTACT, "一直没人回复。"),
                Arguments.of(REPEATED_CONTACT, "打了5次电话都没人接。"),
                Arguments.of(RECURRING_FAULT, "洗衣机又坏了。"),
                Arguments.of(RECURRING_FAULT, "还是同样的问题，屏幕闪烁。"),
                Arguments.of(RECURRING_FAULT, "修了又坏，已经第三次了。"),
                Arguments.of(MILD_WORDING, "不好意思，打扰一下，包装有点破损。"),
                Arguments.of(MILD_WORDING, "如果可以的话，请帮我换一个。"),
                Arguments.of(MILD_WORDING, "对颜色有点失望。"),
                Arguments.of(MILD_WORDING, "麻烦您帮我查一下物流。"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachSentenceCarriesItsSignal(SignalType type, String sentence) {
        TextAnalysis analysis = analyse(sentence);

        assertThat(analysis.profile().language()).isEqualTo("zh");
        assertThat(types(analysis)).contains(type);
        assertThat(detail(analysis, type))
                .get()
                .asString()
                .matches("'.+' at \\d+")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void phrasesMatchInsideRunningTextWithoutSpaces() {
        assertThat(detail(analyse("我要起诉你们"), LEGAL_THREAT)).contains("'起诉' at 2");
    }

    @Test
    void hopingForAQuickFixIsNotADemand() {
        assertThat(types(analyse("我知道你们也在努力，希望这次也能尽快解决。"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("希望尽快处理。"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("请尽快给我退款。"))).contains(DEMANDS_IMMEDIACY);
    }

    @Test
    void rubbishAboutTheProductIsNotAbuse() {
        // 垃圾 on its own is product criticism or literal rubbish; only 垃圾 aimed at people counts (abuse.txt)
        TextAnalysis analysis = analyse("这是什么垃圾产品，质量太垃圾了，我把它扔进了垃圾桶，连垃圾袋都不如。");

        assertThat(types(analysis)).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void rubbishAimedAtStaffIsAbuse() {
        assertThat(detail(analyse("垃圾客服，问什么都不知道。"), ABUSIVE_LANGUAGE)).contains("'垃圾客服' at 0");
    }

    @Test
    void myMothersPhoneIsNotASwearWord() {
        TextAnalysis analysis = analyse("我妈的手机屏幕碎了，操作也很卡。");

        assertThat(types(analysis)).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void reportingToYouIsNotSuingYou() {
        TextAnalysis analysis = analyse("我想报告你们网站的一个问题，广告你们可以少发一点。");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void fullWidthExclamationMarksCountAndChineseIsNeverShouting() {
        TextAnalysis analysis = analyse("退款！！！我的VIP账户APP登录不了，USB接口也坏了，WIFI也不行");

        assertThat(analysis.profile().exclamations()).isEqualTo(3);
        assertThat(types(analysis)).contains(EXCLAMATION).doesNotContain(SHOUTING);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("您好，我在3月3日订购了一件蓝色夹克，收到的是绿色的。请问怎么办理换货？订单号是447122。谢谢。");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("zh");
    }
}
