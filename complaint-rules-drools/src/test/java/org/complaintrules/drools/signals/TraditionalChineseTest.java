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
import static org.complaintrules.api.SignalType.VULNERABILITY_HEALTH;
import static org.complaintrules.api.SignalType.VULNERABILITY_LIFE_EVENT;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Traditional Chinese reads as Simplified: the Chinese word lists are written in Simplified, and
 * {@link NormalizedText} folds Traditional characters to Simplified ones in texts and lists alike.
 */
class TraditionalChineseTest {

    private static final Pattern DETAIL = Pattern.compile("'(.+)' at (\\d+)");

    /** @return a signal, a Traditional sentence and the same sentence in Simplified */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "你們這群騙子！", "你们这群骗子！"),
                Arguments.of(DEMANDS_IMMEDIACY, "請立刻給我退款。", "请立刻给我退款。"),
                Arguments.of(DEMANDS_IMMEDIACY, "請馬上處理！", "请马上处理！"),
                Arguments.of(LEGAL_THREAT, "再拖下去我會請律師告你們。", "再拖下去我会请律师告你们。"),
                Arguments.of(REGULATOR_MENTION, "我明天就去消費者協會投訴。", "我明天就去消费者协会投诉。"),
                Arguments.of(REGULATOR_MENTION, "我要向銀保監會舉報。", "我要向银保监会举报。"),
                // Taiwan's and Hong Kong's own bodies
                Arguments.of(REGULATOR_MENTION, "這件事我會請消基會評評理。", "这件事我会请消基会评评理。"),
                Arguments.of(REGULATOR_MENTION, "再不退款就向金管會檢舉。", "再不退款就向金管会检举。"),
                Arguments.of(REGULATOR_MENTION, "我已去信金融糾紛調解中心。", "我已去信金融纠纷调解中心。"),
                Arguments.of(CHURN_THREAT, "以後再也不在這家店買東西了。", "以后再也不在这家店买东西了。"),
                Arguments.of(CHURN_THREAT, "以後不會再光顧了。", "以后不会再光顾了。"),
                // 著 is 着 in Simplified
                Arguments.of(SAFETY_RISK, "電熱毯著火了，床單都燒黑了。", "电热毯着火了，床单都烧黑了。"),
                Arguments.of(SAFETY_RISK, "充電器冒煙了。", "充电器冒烟了。"),
                Arguments.of(REPEATED_CONTACT, "我已經多次聯繫你們客服。", "我已经多次联系你们客服。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我要找記者曝光你們。", "我要找记者曝光你们。"),
                Arguments.of(RECURRING_FAULT, "冰箱修了又壞。", "冰箱修了又坏。"),
                Arguments.of(MILD_WORDING, "麻煩您幫我查一下訂單。", "麻烦您帮我查一下订单。"),
                Arguments.of(VULNERABILITY_HEALTH, "我媽媽剛做完手術，還在醫院。", "我妈妈刚做完手术，还在医院。"),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "我爸爸上週過世了，帳戶要關掉。", "我爸爸上周过世了，账户要关掉。"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void aTraditionalSentenceCarriesTheSignalOfItsSimplifiedForm(
            SignalType type, String traditional, String simplified) {
        String simplifiedDetail = detail(analyse(simplified), type).orElseThrow();
        TextAnalysis analysis = analyse(traditional);

        assertThat(analysis.profile().language()).isEqualTo("zh");
        assertThat(types(analysis)).contains(type);
        // the same place, quoted in the customer's own characters
        Matcher m = DETAIL.matcher(simplifiedDetail);
        assertThat(m.matches()).as(simplifiedDetail).isTrue();
        int at = Integer.parseInt(m.group(2));
        String quote = traditional.substring(at, at + m.group(1).length());
        assertThat(quote).isNotEqualTo(m.group(1));
        assertThat(detail(analysis, type)).contains("'" + quote + "' at " + at);
    }

    /** @return a signal and a Traditional sentence that looks like it but is not it, as in Simplified */
    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                // nearly falling is not a fall (差点摔倒)
                Arguments.of(SAFETY_RISK, "浴室地板沒有防滑墊，我差點摔倒。", "浴室地板没有防滑垫，我差点摔倒。"),
                // no explosion, or the fear of one (没有爆炸, 担心会爆炸)
                Arguments.of(SAFETY_RISK, "行動電源發燙，還好沒有爆炸。", "移动电源发烫，还好没有爆炸。"),
                Arguments.of(SAFETY_RISK, "瓦斯爐一直漏氣，我很擔心會爆炸。", "燃气灶一直漏气，我很担心会爆炸。"),
                // fuming (气炸了) is no blast
                Arguments.of(SAFETY_RISK, "等了兩個小時，我都快氣炸了。", "等了两个小时，我都快气炸了。"),
                // not going to the Consumers' Foundation, and staff sending the customer there
                Arguments.of(REGULATOR_MENTION, "我不打算找消基會，只想退款。", "我不打算找消基会，只想退款。"),
                Arguments.of(REGULATOR_MENTION, "店員叫我自己去找消保官。", "店员叫我自己去找消保官。"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookAlikes")
    void aTraditionalLookAlikeStaysSilentAsItsSimplifiedFormDoes(
            SignalType type, String traditional, String simplified) {
        assertThat(types(analyse(simplified))).doesNotContain(type);
        assertThat(types(analyse(traditional))).doesNotContain(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW"})
    void aTraditionalTagIsReadAsChinese(String tag) {
        TextAnalysis analysis = analyse("請立刻給我退款，不然我就找律師。", tag);

        assertThat(analysis.profile().language()).isEqualTo("zh");
        assertThat(types(analysis)).contains(DEMANDS_IMMEDIACY, LEGAL_THREAT);
    }

    @Test
    void aMixOfBothScriptsMatchesAcrossThem() {
        // a list's Simplified phrase found in a text that mixes the two scripts (请立刻 + 給我退款)
        assertThat(detail(analyse("请立刻給我退款。"), DEMANDS_IMMEDIACY)).contains("'立刻給我退款' at 1");
    }

    @Test
    void aTraditionalEntryInAPolicysListFindsASimplifiedText() {
        TokenMatcher matcher =
                new TokenMatcher("zh", Lexicon.parse("legal", "policy/lexicon/zh/legal.txt", "# lawyers\n\n訴訟律師\n"));
        NormalizedText folded = NormalizedText.of("我已经请了诉讼律师。");

        TokenMatcher.Match match =
                matcher.find(folded, Tokens.of(folded, false), null).matches().get(LEGAL_THREAT);

        assertThat(match).isNotNull();
        assertThat(matcher.origin(match)).isEqualTo("policy/lexicon/zh/legal.txt:3");
    }
}
