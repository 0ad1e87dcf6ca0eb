package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese phrasings found missing or misread in a fourth audit, on a blind sample of shopping, food
 * delivery and hotel reviews, written here as sentences of our own: farewells without 会 or 再 ("以后不去了",
 * "下次不住了"), "not even for free", resolving not to buy there again ("以后不能在网上买"); obscenities
 * abbreviated or spoken out (NND, md, 日了狗, 操 standing alone, 装B said of the company) and the hotel
 * called rotten (烂酒店); a complaint verb right before the bureau (投诉物价局); calls counted after whom they
 * went to ("打电话给店家3次") and calling or asking again ("我又打电话", "又问客服"); the customer who cannot
 * read ("我不识字", from a check of the contract); and the look-alikes: a fire
 * feared after 万一, anger (冒火), slang (慢到爆炸), disgust (快吐了), 坑爹 said of a dish, fruit rotten
 * inside (黑心), rogue apps, and (guards) the MiniDisc player, 装B as praise of a product, a clause ending in
 * 很烂, a morning exercise (早操), a dish not ordered again, a later contact offered, the courier calling again
 * and "我不识字吗" as a retort.
 */
class ChineseFourthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CHURN_THREAT      | 这家店以后不去了，菜太难吃。
            CHURN_THREAT      | 房间又小又吵，下次不住了。
            CHURN_THREAT      | 这种酒店就算是免费我都不住了。
            CHURN_THREAT      | 衣服质量这么差，看来以后不能在网上买衣服了。
            CHURN_THREAT      | 送得太慢，以后都不订了。
            ABUSIVE_LANGUAGE  | NND，等了三个小时才送到。
            ABUSIVE_LANGUAGE  | 客服他md根本不理人。
            ABUSIVE_LANGUAGE  | 真是日了狗了，又送错了。
            ABUSIVE_LANGUAGE  | 操！汤全洒在袋子里了。
            ABUSIVE_LANGUAGE  | 什么烂酒店，连热水都没有。
            ABUSIVE_LANGUAGE  | 你们就知道装B，问题一个都不解决。
            REGULATOR_MENTION | 再不退钱我就投诉物价局。
            REPEATED_CONTACT  | 打电话给店家3次，还是没送来。
            REPEATED_CONTACT  | 致电总台两次都说马上来。
            REPEATED_CONTACT  | 打了客服好几个电话才有人接。
            REPEATED_CONTACT  | 等了一小时，我又打电话去问。
            REPEATED_CONTACT  | 换货没消息，又问客服，还是说在处理。
            VULNERABILITY_CAPABILITY | 我不识字，你们的应用程序我根本不会用。
            VULNERABILITY_CAPABILITY | 本人是文盲，合同上的字都看不懂。
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "zh"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK       | 万一半夜着火了怎么办，走廊连个灭火器都没有。
            SAFETY_RISK       | 前台的态度真的是太冒火了。
            SAFETY_RISK       | 这家快递慢到爆炸了。
            SAFETY_RISK       | 看着就恶心，吃了一口都快吐了。
            ABUSIVE_LANGUAGE  | 这个套餐太坑爹了，肉就三块。
            ABUSIVE_LANGUAGE  | 火龙果切开发现里面黑心了。
            ABUSIVE_LANGUAGE  | 手机里的流氓应用删都删不掉。
            # guards (main does not find these either): the MiniDisc player, 装B as praise, a clause ending in 很烂,
            # a morning exercise, a dish not ordered again, a contact offered, the courier calling
            ABUSIVE_LANGUAGE  | 用md听歌，音质比手机好。
            ABUSIVE_LANGUAGE  | 外形很酷，装B必备。
            ABUSIVE_LANGUAGE  | 东西很烂 商家也不管。
            ABUSIVE_LANGUAGE  | 孩子们在楼下做早操，吵死了。
            CHURN_THREAT      | 这道凉菜太咸，下次不点了。
            REPEATED_CONTACT  | 有什么问题再联系客服吧。
            REPEATED_CONTACT  | 快递员又打电话说送错了。
            VULNERABILITY_CAPABILITY | 我不识字吗？页面上明明写着包邮。
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "zh"))).doesNotContain(type);
    }
}
