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
import static org.complaintrules.api.SignalType.VULNERABILITY_HEALTH;
import static org.complaintrules.api.SignalType.VULNERABILITY_LIFE_EVENT;
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

class ChineseSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABUSIVE_LANGUAGE, "你们客服都是傻逼吗？"),
                Arguments.of(ABUSIVE_LANGUAGE, "这个经理就是个混蛋。"),
                Arguments.of(ABUSIVE_LANGUAGE, "一群白痴，连订单号都查不到。"),
                Arguments.of(ABUSIVE_LANGUAGE, "他妈的，三天了还没发货。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你们这些垃圾客服就会推卸责任。"),
                Arguments.of(ABUSIVE_LANGUAGE, "送错了两次，那个收银员实在垃圾。"),
                Arguments.of(ABUSIVE_LANGUAGE, "汤洒了一半，骑手太垃圾了。"),
                Arguments.of(ABUSIVE_LANGUAGE, "垃圾的导购，问什么都不理。"),
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
                // 在 written for 再 with the verbs of food delivery and hotels, without 以后 or 下次 before it
                Arguments.of(CHURN_THREAT, "饺子又送错了，真的不会在点了。"),
                Arguments.of(CHURN_THREAT, "空调一直漏水，不会在住了。"),
                Arguments.of(CHURN_THREAT, "这家的面太咸了，以后不会要了。"),
                Arguments.of(CHURN_THREAT, "打死不喝这家的奶茶。"),
                Arguments.of(CHURN_THREAT, "送得慢还难吃，后会无期。"),
                Arguments.of(CHURN_THREAT, "坚决抵制这家奶茶店。"),
                Arguments.of(CHURN_THREAT, "这种服务，不会再有下一次了。"),
                Arguments.of(CHURN_THREAT, "这家外卖早就不点了。"),
                Arguments.of(CHURN_THREAT, "下次来肯定不住这儿了。"),
                Arguments.of(CHURN_THREAT, "以后不会用这个平台订餐了。"),
                Arguments.of(CHURN_THREAT, "太难吃了，绝不再吃。"),
                Arguments.of(ABUSIVE_LANGUAGE, "真是垃圾到家的旅馆。"),
                Arguments.of(CHURN_THREAT, "不想再买第二次了，质量太差。"),
                Arguments.of(CHURN_THREAT, "饭菜太咸，以后不能再订了。"),
                Arguments.of(CHURN_THREAT, "第一次买他家的，也绝对是最后一次。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你脑子坏了吧，地址写得清清楚楚。"),
                Arguments.of(CHURN_THREAT, "汤全洒了，不会在订了。"),
                // a brand given up, refused or blacklisted; a lifetime; once was enough; another hotel next time
                Arguments.of(CHURN_THREAT, "酸奶又胀袋了，以后不喝伊利了。"),
                Arguments.of(CHURN_THREAT, "我们全家早就不吃双汇这个牌子了。"),
                Arguments.of(CHURN_THREAT, "为了孩子，坚持拒绝双汇。"),
                Arguments.of(CHURN_THREAT, "这家烧烤已经被我拉进黑名单了。"),
                Arguments.of(CHURN_THREAT, "床单有污渍，这辈子都不住了。"),
                Arguments.of(CHURN_THREAT, "这种酒店住一次就够了。"),
                Arguments.of(CHURN_THREAT, "等了三个星期才到货，一次就够了！"),
                Arguments.of(CHURN_THREAT, "隔音太差，以后决不能再选这种宾馆。"),
                Arguments.of(CHURN_THREAT, "早餐太简陋，下回出差一定要换个酒店。"),
                Arguments.of(CHURN_THREAT, "包子是凉的，以后不会吃了。"),
                Arguments.of(CHURN_THREAT, "水果一半是烂的，以后还得去超市买。"),
                Arguments.of(CHURN_THREAT, "面条坨成一团，以后不点了。"),
                Arguments.of(CHURN_THREAT, "等了快两个小时，下次真心不敢订了。"),
                Arguments.of(CHURN_THREAT, "纸巾一拆就碎，不想再回购了。"),
                // farewells with 选 and 回来, the trip named first, no next time, rather anything else
                Arguments.of(CHURN_THREAT, "房间太吵，下次不会再选这家酒店。"),
                Arguments.of(CHURN_THREAT, "下次来一定不会选这里了。"),
                Arguments.of(CHURN_THREAT, "价格贵还不好吃，以后不回来了。"),
                Arguments.of(CHURN_THREAT, "送餐慢得离谱，没有下一次了。"),
                Arguments.of(CHURN_THREAT, "下次宁愿多走几步也不来了。"),
                // 下回 for 下次, an oath with the speaker in it, the place named by its use, banned for good
                Arguments.of(CHURN_THREAT, "下回不住了，太吵。"),
                Arguments.of(CHURN_THREAT, "打死我都不会去住第二次了。"),
                Arguments.of(CHURN_THREAT, "这家店永远封杀了。"),
                // the company or its staff called rubbish with 很 (the commonest adverb), the delivery man too
                Arguments.of(ABUSIVE_LANGUAGE, "京东很垃圾，客服也很垃圾。"),
                Arguments.of(ABUSIVE_LANGUAGE, "配送员太垃圾了，饭都洒了。"),
                // the staff asked for several times, with 叫
                Arguments.of(REPEATED_CONTACT, "空调坏了，叫了几次前台都没人来修。"),
                Arguments.of(REPEATED_CONTACT, "叫服务员叫了好几次，没人理。"),
                // round 17: staff called deaf or blind, coming back with sarcasm, 就是了 after the farewell, days of
                // contact with no answer, a stomach upset counted
                Arguments.of(ABUSIVE_LANGUAGE, "你们客服是聋子吗？说了三遍。"),
                Arguments.of(ABUSIVE_LANGUAGE, "前台是瞎子还是傻子，房卡都给错。"),
                Arguments.of(CHURN_THREAT, "配送慢成这样，还会再点才怪。"),
                Arguments.of(CHURN_THREAT, "房间一股霉味，以后不住就是了。"),
                Arguments.of(CHURN_THREAT, "质量太差，以后我再不买了。"),
                // round 19: the first and last time far apart, with the speaker's guess; a person called a pig's head
                Arguments.of(CHURN_THREAT, "第一次住这个牌子的连锁酒店，我相信也是最后一次。"),
                Arguments.of(ABUSIVE_LANGUAGE, "那个猪头客服一问三不知。"),
                // round 21: 是 before 不会, the switch as the only way left, 京东's nickname
                Arguments.of(CHURN_THREAT, "以后是不会买了。"),
                Arguments.of(CHURN_THREAT, "以后只能换别的外卖了。"),
                Arguments.of(ABUSIVE_LANGUAGE, "狗东又涨价了。"),
                Arguments.of(REPEATED_CONTACT, "退款的事找客服三天了都没人回。"),
                Arguments.of(SAFETY_RISK, "昨晚吃了他家的烤鱼，闹了一晚上肚子。"),
                Arguments.of(SAFETY_RISK, "吃完他家的凉面，拉了两次肚子。"),
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
                Arguments.of(MILD_WORDING, "麻烦您帮我查一下物流。"),
                // staying away without 再: 入住/选择/考虑, 绝对不/坚决不, 没有下次了, 一生黑, switching shops
                Arguments.of(CHURN_THREAT, "下次不会入住了，房间太吵。"),
                Arguments.of(CHURN_THREAT, "以后绝对不住这家了。"),
                Arguments.of(CHURN_THREAT, "坚决不用他们家的外卖了。"),
                Arguments.of(CHURN_THREAT, "以后再来出差，不会选择这家了。"),
                Arguments.of(CHURN_THREAT, "没有下次了。"),
                Arguments.of(CHURN_THREAT, "太失望了，以后都不会考虑了。"),
                Arguments.of(CHURN_THREAT, "这个牌子一生黑。"),
                Arguments.of(CHURN_THREAT, "下次会改其他酒店。"),
                Arguments.of(CHURN_THREAT, "不会再跟这种商家打交道了。"),
                // told, asked or negotiated several times; calls counted after the word
                Arguments.of(REPEATED_CONTACT, "跟前台说了好几次，还是没人来修。"),
                Arguments.of(REPEATED_CONTACT, "和物业反复交涉，才给换。"),
                Arguments.of(REPEATED_CONTACT, "打电话四次才有人接。"),
                Arguments.of(REPEATED_CONTACT, "问了好几遍都说不知道。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你们特么的送了两个小时。"),
                Arguments.of(ABUSIVE_LANGUAGE, "服务太TMD差了。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这他吗的是什么服务。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你们配送员有病啊，把汤放在门口就走。"),
                Arguments.of(CHURN_THREAT, "隔音太差，下次不会住了。"),
                Arguments.of(REPEATED_CONTACT, "打了无数电话催单，还是没人管。"),
                Arguments.of(LEGAL_THREAT, "如果不赔偿，我将采取法律措施。"),
                Arguments.of(REGULATOR_MENTION, "我要去工商投诉你们。"),
                Arguments.of(REGULATOR_MENTION, "已经向当地旅游局举报了。"),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "我要投诉到电视台。"),
                Arguments.of(DEMANDS_IMMEDIACY, "请你们赶快把空调修好。"),
                Arguments.of(SAFETY_RISK, "孩子的手被桌角划伤了。"),
                Arguments.of(SAFETY_RISK, "昨晚吃了你们的凉皮，闹肚子一整夜。"),
                Arguments.of(SAFETY_RISK, "卫生间地面太滑，我妈洗澡时摔倒了。"),
                Arguments.of(SAFETY_RISK, "米饭里有颗小石子，硌得我牙疼了三天。"),
                Arguments.of(SAFETY_RISK, "床单上有跳蚤，早上起来腿上全是红肿的包。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这就是一家黑店，专门坑外地人。"),
                Arguments.of(ABUSIVE_LANGUAGE, "再也不来这种垃圾酒店了。"),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "我妈妈上个月走了，我在处理她的账户。"),
                // the merchant, the platform or the staff called names
                Arguments.of(ABUSIVE_LANGUAGE, "这种黑心商家迟早倒闭。"),
                Arguments.of(ABUSIVE_LANGUAGE, "不良商家，缺斤少两还不认账。"),
                Arguments.of(ABUSIVE_LANGUAGE, "卖假货的死全家。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你们公司就是一群流氓。"),
                Arguments.of(ABUSIVE_LANGUAGE, "送餐员是猪脑子吗，地址写得清清楚楚。"),
                Arguments.of(ABUSIVE_LANGUAGE, "说好的赠品一个没有，真是大忽悠。"),
                Arguments.of(ABUSIVE_LANGUAGE, "乱收停车费，简直是强盗。"),
                Arguments.of(ABUSIVE_LANGUAGE, "垃圾京东，退款拖了一个月。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这家垃圾菜馆，上菜等了一个小时。"),
                Arguments.of(ABUSIVE_LANGUAGE, "泥马，汤全洒了。"),
                Arguments.of(ABUSIVE_LANGUAGE, "骗老人钱的不得好死。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这种服务还开什么店，滚吧。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这家狗屎外卖店把我的订单弄丢了。"),
                // a stomach ache after eating or drinking
                Arguments.of(SAFETY_RISK, "吃完他们家的烤串，半夜肚子疼得睡不着。"),
                Arguments.of(SAFETY_RISK, "喝了那杯奶茶以后胃就不舒服。"),
                Arguments.of(SAFETY_RISK, "晚饭吃了他们的凉菜，夜里肚子就坏了。"),
                // urging or reporting counted: 催单三次, 反映两次, 催过无数次
                Arguments.of(REPEATED_CONTACT, "催单三次都没反应。"),
                Arguments.of(REPEATED_CONTACT, "热水器不热，我向前台反映两次。"),
                Arguments.of(REPEATED_CONTACT, "这个月我催过无数次，货还是没发。"),
                // regulators' local bureaus, hotlines and full names
                Arguments.of(REGULATOR_MENTION, "我已经向银保监局投诉。"),
                Arguments.of(REGULATOR_MENTION, "不处理我就打12378。"),
                Arguments.of(REGULATOR_MENTION, "我已经拨打市长热线反映。"),
                Arguments.of(REGULATOR_MENTION, "只能去找工商了。"),
                Arguments.of(REGULATOR_MENTION, "已向市场监督管理总局举报。"),
                Arguments.of(REGULATOR_MENTION, "已向国家金融监管总局投诉。"),
                // recurring across rounds: the hotel left during the stay or switched (换了酒店, 匆忙离开)
                Arguments.of(CHURN_THREAT, "空调整夜不制冷，第二天一早我们立刻换了酒店。"),
                Arguments.of(CHURN_THREAT, "房间里全是霉味，住了半晚就匆忙离开了。"),
                // recurring across rounds: a firm refusal with 是 and two adverbs, with 去, or with 到 and the place
                Arguments.of(CHURN_THREAT, "这种服务，我以后是绝对不会去了。"),
                Arguments.of(CHURN_THREAT, "收费这么乱，下次决不到这里住了。"),
                // recurring across rounds: 不敢 and 不能 without 再 (下次不敢购买, 以后不能订了)
                Arguments.of(CHURN_THREAT, "鞋子开胶了，下次不敢购买了。"),
                Arguments.of(CHURN_THREAT, "汤里有头发，以后不能订了。"),
                // recurring across rounds: next time elsewhere, said as a preference (还不如, 还是用回 ... 吧)
                Arguments.of(CHURN_THREAT, "隔音太差，下次还不如去住快捷酒店。"),
                Arguments.of(CHURN_THREAT, "用了两周就掉色，以后还是用回原来的牌子吧。"),
                Arguments.of(CHURN_THREAT, "以后日用品还是要去超市买了。"),
                // round 22: a certainty word before 不 with the clause ending after the verb; asked again and again
                Arguments.of(CHURN_THREAT, "房间太吵，下次一定不入住了。"),
                Arguments.of(CHURN_THREAT, "以后肯定不住的了，太脏。"),
                Arguments.of(REPEATED_CONTACT, "我再三要求换房，前台就是不理。"),
                // recurring across rounds: never again as a taunt or a question (宁可, 还怎么买)
                Arguments.of(CHURN_THREAT, "再点这家外卖我宁可饿着。"),
                Arguments.of(CHURN_THREAT, "这样对待老顾客，叫我以后还怎么买你们家的东西？"),
                // recurring across rounds: the farewell on its own (也是最后一次 in a sentence of its own, 不再爱了)
                Arguments.of(CHURN_THREAT, "第一次点他们家。也是最后一次。"),
                Arguments.of(CHURN_THREAT, "这家火锅店，不再爱了。"),
                // recurring across rounds: B words (2B, B样, 傻缺)
                Arguments.of(ABUSIVE_LANGUAGE, "送错三次，那个骑手真是个2B。"),
                Arguments.of(ABUSIVE_LANGUAGE, "什么B样的服务，东西少了还不认账。"),
                Arguments.of(ABUSIVE_LANGUAGE, "谁买谁就是傻缺。"),
                // recurring across rounds: rubbish said of people, the courier or the platform after a comma
                Arguments.of(ABUSIVE_LANGUAGE, "这家快递真垃圾，包裹扔在门口就走。"),
                Arguments.of(ABUSIVE_LANGUAGE, "差评是给美团的，垃圾！"),
                Arguments.of(ABUSIVE_LANGUAGE, "那些垃圾人就知道骗钱。"),
                // recurring across rounds: one more call or one more telling (再打过去, 又交代了一遍)
                Arguments.of(REPEATED_CONTACT, "下午再打过去，对方还是说在路上。"),
                Arguments.of(REPEATED_CONTACT, "热水还是不来，我到前台又交代了一遍。"),
                // recurring across rounds: calls counted with "nearly", as the n-th call, or with what they were for
                Arguments.of(REPEATED_CONTACT, "我前后打了将近二十次，问题还是没解决。"),
                Arguments.of(REPEATED_CONTACT, "一直打到第四个电话才有人理我。"),
                Arguments.of(REPEATED_CONTACT, "我打电话确认了三次，结果还是送错。"),
                // recurring across rounds: an itch after washing with the product, the gap before the itch longer
                Arguments.of(SAFETY_RISK, "用完这瓶洗发水，头皮特别痒。"),
                Arguments.of(SAFETY_RISK, "住了一晚，身上还是时不时地发痒。"),
                // recurring across rounds: diarrhoea counted in days or nights after a meal
                Arguments.of(SAFETY_RISK, "吃了他们的凉皮，拉了两天肚子。"),
                Arguments.of(SAFETY_RISK, "喝完那杯奶茶，拉了一晚上。"),
                // recurring across rounds: not again with 用 or 要 and the thing named before 了, guests not sent again
                Arguments.of(CHURN_THREAT, "质量太差，以后不会用那个团购软件了。"),
                Arguments.of(CHURN_THREAT, "等了两个钟头，以后再也不会要那家的烧烤了。"),
                Arguments.of(CHURN_THREAT, "隔音差还漏水，以后不会再安排朋友住这里了。"),
                // recurring across rounds: a spitting or obscene interjection on its own (我呸, 呸！, 艹 between spaces)
                Arguments.of(ABUSIVE_LANGUAGE, "这种客服，我呸！"),
                Arguments.of(ABUSIVE_LANGUAGE, "差评，呸！"),
                Arguments.of(ABUSIVE_LANGUAGE, "又漏发了 艹 真服了"),
                // recurring across rounds: a family curse in a softened form (送你妹, 妈个鸡, 你丫)
                Arguments.of(ABUSIVE_LANGUAGE, "等了一个小时，送你妹啊！"),
                Arguments.of(ABUSIVE_LANGUAGE, "妈个鸡，又少送一份。"),
                Arguments.of(ABUSIVE_LANGUAGE, "你丫就不能快点？"),
                // round 23: 在 written for 再 in a farewell (在也不, 不会在选择) and 下回 as the time
                Arguments.of(CHURN_THREAT, "菜量太少，下回不会在选择这家了。"),
                Arguments.of(CHURN_THREAT, "这家面馆太咸，我在也不来吃了。"),
                // round 23: chasing stretched over time (the verb doubled up to a time, the days counted)
                Arguments.of(REPEATED_CONTACT, "外卖两小时没到，催餐催到半夜才送来。"),
                Arguments.of(REPEATED_CONTACT, "退款一直不到账，我催了好几天都没人管。"),
                // round 23: a cold or fever told by the day after the stay
                Arguments.of(SAFETY_RISK, "房间暖气坏了，次日就发烧了。"),
                Arguments.of(SAFETY_RISK, "浴室热水时有时无，第二天早上就着凉了。"),
                // round 24: no second time, with 不会有 or 不可能 after a word of for-ever
                Arguments.of(CHURN_THREAT, "这家烧烤又贵又难吃，永远不会有第二次了。"),
                Arguments.of(CHURN_THREAT, "送来的粥全洒了，再也不可能有第二回。"),
                // round 24: 叫, the verb of ordering a meal, in the farewell
                Arguments.of(CHURN_THREAT, "饺子送到时全坨了，以后再也不会叫了。"),
                Arguments.of(CHURN_THREAT, "米饭是夹生的，不会再叫他家了。"),
                // round 24: checked out and moved to another hotel
                Arguments.of(CHURN_THREAT, "空调整夜都有噪音，我们天一亮就退房，搬到隔壁的宾馆。"),
                // round 24: the company or its staff growing worse, called rubbish
                Arguments.of(ABUSIVE_LANGUAGE, "淘宝客服越来越垃圾，问什么都敷衍。"),
                Arguments.of(ABUSIVE_LANGUAGE, "美团真是越来越垃圾了，又送错了。"),
                // round 24: the customer contacting the shop, counted, still counts
                Arguments.of(REPEATED_CONTACT, "我跟商家联系了三次都没人回。"),
                // round 25: the company or its staff called shameless with the idiom
                Arguments.of(ABUSIVE_LANGUAGE, "收了钱还不发货，这家店真不要脸。"),
                Arguments.of(ABUSIVE_LANGUAGE, "退款拖了一个月，你们还要不要脸？"),
                // round 25: an obscenity as an intensifier
                Arguments.of(ABUSIVE_LANGUAGE, "这个耳机音质真几把差。"),
                Arguments.of(ABUSIVE_LANGUAGE, "包装破成这样，太TM气人了。"),
                Arguments.of(ABUSIVE_LANGUAGE, "这双鞋做工粗糙，难看的一逼。"),
                // round 25: not even for free, said without 就算
                Arguments.of(CHURN_THREAT, "床单发黄有味道，这种旅馆以后免费也不来了。"),
                Arguments.of(CHURN_THREAT, "隔音差得要命，这家宾馆倒贴都不住。"),
                // round 25: the count before the verb with other words than 多次
                Arguments.of(REPEATED_CONTACT, "空调不制冷，好几次打电话到前台，都说马上来。"),
                Arguments.of(REPEATED_CONTACT, "水龙头一直滴水，三次让前台派人来看，还是没修好。"),
                // round 26: the hotel left during the stay, for another one or for one named
                Arguments.of(CHURN_THREAT, "住得很难受，第二天一早就换到了旁边的如家。"),
                Arguments.of(CHURN_THREAT, "实在受不了，换了一家宾馆住。"),
                Arguments.of(CHURN_THREAT, "隔音太差，我们只住了一晚就换了。"),
                // round 26: 再不 for 再也不, and the shop banned by the customer
                Arguments.of(CHURN_THREAT, "这种质量，再不光顾了。"),
                Arguments.of(CHURN_THREAT, "从此封杀这家店，说到做到。"),
                // round 26: the harm told as what happened to the body
                Arguments.of(SAFETY_RISK, "浴室的玻璃门掉下来，砸到脚，肿了一大块。"),
                Arguments.of(SAFETY_RISK, "抽屉的铁皮边太锋利，刮破了手指。"),
                Arguments.of(SAFETY_RISK, "昨晚吃了他家的烧烤，半夜拉了肚子。"),
                // round 26: a harm that happened still counts where a feared one does not
                Arguments.of(SAFETY_RISK, "用了这个面霜第二天脸上就过敏了。"),
                // round 26: the count in digits or other words before the verb, counted after it in other forms, and
                // the contacts told one after another
                Arguments.of(REPEATED_CONTACT, "半夜空调不制冷，4次打电话到前台也没人来修。"),
                Arguments.of(REPEATED_CONTACT, "两次向前台反映热水的事，都说马上来。"),
                Arguments.of(REPEATED_CONTACT, "几次三番地催，外卖还是没到。"),
                Arguments.of(REPEATED_CONTACT, "热水不热，和经理谈过好几次，一点改善都没有。"),
                Arguments.of(REPEATED_CONTACT, "客服电话拨了这么多遍，就是没人接。"),
                Arguments.of(REPEATED_CONTACT, "下午交涉了一回，说晚上修好。晚上回来照样不行，再交涉，还是推脱。"));
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

    /**
     * Look-alikes of the staff called rubbish and of 在 written for 再 (sentences() has the real ones): the
     * rubbish they carry or the bin at the desk; 在 as "at", what a hotel does not do at check-in; fruit and
     * vegetables black inside (黑心 next to them); the courier, not the customer, not coming (才怪 without 还会 or 再).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ABUSIVE_LANGUAGE | 前台垃圾桶满了也没人倒，骑手把垃圾带走了。
            ABUSIVE_LANGUAGE | 服务员倒垃圾的时候很客气。
            CHURN_THREAT     | 正规的酒店不会在入住时多收押金。
            CHURN_THREAT     | 服务员说不会在点餐的时候推销酒水。
            ABUSIVE_LANGUAGE | 买的橙子有好几个是黑心的，切开就扔了。
            ABUSIVE_LANGUAGE | 黑心的土豆不能吃。
            CHURN_THREAT     | 快递会来才怪，都三天了。
            ABUSIVE_LANGUAGE | 这箱梨放了一周，好几个出现黑心。
            ABUSIVE_LANGUAGE | 随手拿了一个，黑心且不熟。
            ABUSIVE_LANGUAGE | 点了一份猪头肉，师傅切得很薄。
            """)
    void staffAndCheckInLookAlikesAreNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text))).doesNotContain(type);
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
    void aCounterfactualOrTheShopBlockingYouIsNotLeaving() {
        // "had the other hotels not been full, I would never have picked this one": no threat
        assertThat(types(analyse("要不是别的宾馆都满了，根本不会选择这家。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("客服把我拉黑了，联系不上。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("你绝对不用担心质量。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("下次不会选择这家了。"))).contains(CHURN_THREAT);
        // "but for the early flight, I would never stay here"; "I won't ask for a refund" is no farewell
        assertThat(types(analyse("房间很吵，不是因为第二天要赶飞机的话打死不住。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("以后不会要求退款了，算了。"))).doesNotContain(CHURN_THREAT);
        // resisting a temptation, a product not bought again, not knowing how to use an app
        assertThat(types(analyse("我抵制不了诱惑，又买了一盒。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("下次不买这款了，味道一般。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("我不会用这个软件，请教一下。"))).doesNotContain(CHURN_THREAT);
        // waiting no longer or a doctor's advice is not leaving; calling oneself a fool is no insult
        assertThat(types(analyse("快一个小时了，不想再等了。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("医生说以后不能再吃辣了。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("我脑子坏了才订这家。"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void aBrandNeverBoughtOrAQuestionOrTheShopsBlacklistIsNotLeaving() {
        // never a customer; someone else; a question still open; why not buy it
        assertThat(types(analyse("我从来不喝伊利，只喝本地的奶。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("我一直不吃双汇的火腿肠。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("正在犹豫以后还买不买华为。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("同事问我为什么不买小米。"))).doesNotContain(CHURN_THREAT);
        // the hotel turning the platform's guests away; the customer on the shop's blacklist; advice to the platform
        assertThat(types(analyse("前台说他们拒绝美团客户，只收现金。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("我被商家拉入黑名单了，发不了消息。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("建议平台把这种商家列入黑名单。"))).doesNotContain(CHURN_THREAT);
        // a need gone, a charger's habit
        assertThat(types(analyse("有了这台投影仪，这辈子不用去电影院了。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这个手环一周充一次就够了。"))).doesNotContain(CHURN_THREAT);
        // a dish not ordered again names the dish
        assertThat(types(analyse("下次不点这个菜了，换个口味。"))).doesNotContain(CHURN_THREAT);
        // choosing again, coming back from somewhere, and food ordered several times
        assertThat(types(analyse("下次来还会选这里，很满意。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("我们回来了以后发现房间没打扫。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("叫了好几次外卖，每次都很好吃。"))).doesNotContain(REPEATED_CONTACT);
        // rubbish said of the product stays product criticism
        assertThat(types(analyse("这个手机质量很垃圾。"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void theCompanyCallingOrOthersRepeatingIsNotRepeatedContact() {
        assertThat(types(analyse("酒店经理多次给我电话道歉。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("客服说了好几次会处理。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("为了挂失信用卡，我打了好几个小时的长途。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("这款手机多次打折，屏幕也多次出现问题。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("我多次给客服打电话。"))).contains(REPEATED_CONTACT);
    }

    @Test
    void leavingOrWalkingIsNotABereavement() {
        // 走了 is "left" or "walked"; only said of a relative, and not of a walk, it is "passed away"
        assertThat(types(analyse("我们第二天一早就走了。"))).doesNotContain(VULNERABILITY_LIFE_EVENT);
        assertThat(types(analyse("我和我妈走了二十分钟才到。"))).doesNotContain(VULNERABILITY_LIFE_EVENT);
        assertThat(types(analyse("这个服务员居然没有被辞退。"))).doesNotContain(VULNERABILITY_LIFE_EVENT);
        assertThat(types(analyse("我爸爸已经走了三年了。"))).contains(VULNERABILITY_LIFE_EVENT);
    }

    @Test
    void scratchesOnAProductAndSlangExplosionsAreNoSafetyRisk() {
        assertThat(types(analyse("平板背部有划伤，屏幕也有小划伤。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("系统烂到爆炸，等得都炸了。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("用了两个月屏幕就炸了。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("浴室没有防滑垫，差点摔倒。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("米饭没淘干净，有点硌牙。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("充电器炸了。"))).contains(SAFETY_RISK);
    }

    @Test
    void theShopsLawyerOrThePlatformsArbitrationIsNoLegalThreat() {
        assertThat(types(analyse("经理说要先问问酒店律师。"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("在京东仲裁下商家才发货。"))).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void aLandmarkOrTalkingToTheReadersIsNotGoingPublic() {
        assertThat(types(analyse("酒店离电视台很近。"))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("我可以负责任地告诉大家，这家店很差。"))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void whatTheCustomerDidAtOnceIsNotADemand() {
        assertThat(types(analyse("房间有异味，我马上要求换房。"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("希望京东尽快处理。"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("医生说这颗牙必须马上就要拔掉。"))).doesNotContain(DEMANDS_IMMEDIACY);
    }

    @Test
    void beingTreatedAsASwindlerIsNotNameCalling() {
        assertThat(types(analyse("前台态度生硬，好像客人都是骗子似的。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("其他么，都还行。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("负责倒垃圾的店员态度还不错。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("我真是脑子进水了才订这家。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("你们就是骗子！"))).contains(ABUSIVE_LANGUAGE);
    }

    @Test
    void aBureauNamedWithoutAComplaintIsNoRegulatorMention() {
        assertThat(types(analyse("一定要住旅游局挂牌的酒店。"))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("我去工商银行投诉了柜员。"))).doesNotContain(REGULATOR_MENTION);
    }

    @Test
    void notBuyingAgainWithoutZaiIsLeavingButWonderingOrSkippingADishIsNot() {
        assertThat(types(analyse("分量少了一半，很失望，以后再也不会回购了。"))).contains(CHURN_THREAT);
        assertThat(types(analyse("橙子又小又酸，下次不会买了。"))).contains(CHURN_THREAT);
        assertThat(types(analyse("等了一个小时才上菜，真的不会来第二次了。"))).contains(CHURN_THREAT);
        assertThat(types(analyse("第一次买，味道一般，还不知道会不会回购。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这道菜太咸，下次不会点这个了，别的都好吃。"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("说明书写清楚了，以后不会用错了。"))).doesNotContain(CHURN_THREAT);
    }

    @Test
    void wordsHoldingAnInsultWithoutOneAreNotAbuse() {
        assertThat(types(analyse("给爸妈的礼物，包装很好。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("被子里填的是黑心棉，一股怪味。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("电脑里装了很多流氓软件，卸载不掉。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("今天真是走了狗屎运，抽中了免单。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("酒店门口是一条水泥马路。"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("这个老板太黑心了。"))).contains(ABUSIVE_LANGUAGE);
    }

    @Test
    void hungerAngerAnOldStomachAcheOrARiskIsNoSafetyRisk() {
        assertThat(types(analyse("送了两个小时，饿得胃疼，饭也凉了不想吃。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("我本来就胃疼，所以只点了白粥喝。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("插头时间长了有松动的危险。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("菜很难吃，气得我胃疼。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("吃饭时朋友讲笑话，笑得肚子疼。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("喝完他们的汤我就胃疼。"))).contains(SAFETY_RISK);
    }

    @Test
    void nobodyRepairingOneCallOrFewCallsIsNotRepeatedContact() {
        assertThat(types(analyse("空调坏了三天，一直无人维修。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("我根本没打几次长途，账单却很贵。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("昨天投诉过1次，客服说会处理。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("我发了邮件，结果石沉大海。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("我已经投诉3次了。"))).contains(REPEATED_CONTACT);
    }

    @Test
    void businessStudiesAreNoRegulator() {
        assertThat(types(analyse("我明天去工商管理学院报到。"))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("我明天去工商局反映。"))).contains(REGULATOR_MENTION);
    }

    @Test
    void notGoingToARegulatorOrBeingSentThereIsNoRegulatorMention() {
        assertThat(types(analyse("我们不打算去消协投诉，只希望尽快换货。"))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("商家叫我自己去12315投诉，真是不负责任。"))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("我没有去消协投诉，只是想问问进度。"))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("店员说我可以去12315投诉。"))).doesNotContain(REGULATOR_MENTION);
        // a condition makes it a threat again; "让我只能去" is the customer's own step; "还没有去" (not yet) announces it
        assertThat(types(analyse("我还没有去消协投诉，但如果再拖我就去。"))).contains(REGULATOR_MENTION);
        assertThat(types(analyse("我不会去消协投诉，除非你们今天还不退款。"))).contains(REGULATOR_MENTION);
        assertThat(types(analyse("你们这样让我只能去12315投诉了。"))).contains(REGULATOR_MENTION);
    }

    @Test
    void otherPeoplesSuitsAnAddressOrAContractClauseAreNoLegalThreat() {
        assertThat(types(analyse("邻居去年起诉过这家快递公司，我只关心我的包裹。"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("放心，不会请律师的，只想换货。"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("包裹请寄到法院街8号。"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("合同写着：纠纷由当地法院管辖。"))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("我朋友是律师，我会起诉你们。"))).contains(LEGAL_THREAT);
    }

    @Test
    void nothingCatchingFireAFearOfItOrAFireAcrossAWordBoundaryIsNoSafetyRisk() {
        assertThat(types(analyse("柜子倒了，所幸无人受伤。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("插头发热但并没有起火。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("还好没有发生火灾，只是插座坏了。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("这个充电器插一晚上会不会起火？"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("充电器插了一晚上就起火了。"))).contains(SAFETY_RISK);
        assertThat(types(analyse("我们几个一起火锅，发票开错了。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("网页上写着火红款，发来的是黑色。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("我买了一顶爆炸头假发。"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("电池鼓包后起火了。"))).contains(SAFETY_RISK);
        assertThat(types(analyse("楼道里发生了一起火灾。"))).contains(SAFETY_RISK);
    }

    @Test
    void aFastDeliveryIsNotADemand() {
        assertThat(types(analyse("骑手火速送达，可惜汤洒了。"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("请火速处理我的退款！"))).contains(DEMANDS_IMMEDIACY);
    }

    @Test
    void theCompanyCallingTheCustomerIsNotRepeatedContact() {
        assertThat(types(analyse("你们客服一周给我打了六次电话推销信用卡。"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("请给我回电，我已经打了五次电话了。"))).contains(REPEATED_CONTACT);
    }

    @Test
    void notWantingToGoPublicOrNewsOfAnExposureIsNotGoingPublic() {
        assertThat(types(analyse("我不想发到网上曝光，私下处理就行。"))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("这家厂又被曝光质量问题了。"))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("我要发微博曝光你们。"))).contains(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("我要让你们被曝光。"))).contains(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void noDisabilityIsNoHealthVulnerability() {
        assertThat(types(analyse("我没有残疾，只是需要大一号的鞋。"))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("我刚做完手术，不能下楼。"))).contains(VULNERABILITY_HEALTH);
    }

    @Test
    void aWishToSwitchOrARoomMoveIsNotLeavingTheHotel() {
        assertThat(types(analyse("我本想换酒店，但携程说订单不能取消。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("第二天我们就搬到了楼上的套房。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这家店换地方了，找了半天才找到。", "zh"))).doesNotContain(CHURN_THREAT);
    }

    @Test
    void lookAlikesOfFirmOrPreferredFarewellsAreNotChurn() {
        assertThat(types(analyse("事情绝对不会到这种地步。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("医生说我以后不能吃辣了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这款很好用，以后还是用这个吧。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("看来还是错了，早该听朋友的。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("再等一个小时就是傻子了吗？", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这也是最后一次机会了。", "zh"))).doesNotContain(CHURN_THREAT);
    }

    @Test
    void pencilsSamplesAndParcelWasteAreNotAbuse() {
        assertThat(types(analyse("考试要带2B铅笔。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("先寄一份B样品给我看看。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("快递垃圾太多，包装很浪费。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void theStaffRepeatingOrACallToComeIsNotRepeatedContact() {
        assertThat(types(analyse("服务员又说了一遍菜名。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("客服又打电话过来道歉。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("明天再打过去问问。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("第二个电话号码是空号。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("电话打了大约两个小时。", "zh"))).doesNotContain(REPEATED_CONTACT);
        // hours of playing or calling, counted by any number, are no calls counted (the exclusion took two and three
        // only)
        assertThat(types(analyse("周末我打了五个小时的游戏。", "zh"))).doesNotContain(REPEATED_CONTACT);
        // the shop for next time only after 以后, 下次 or 今后
        assertThat(types(analyse("日用品还是要去超市买才放心。", "zh"))).doesNotContain(CHURN_THREAT);
        // round 22: an object after the verb, the staff insisting, 操 of 操心
        assertThat(types(analyse("下次一定不住高层，太晃。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("服务员再三强调不能退。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("我操的什么心啊，人家根本不管。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("我操，又送错了。", "zh"))).contains(ABUSIVE_LANGUAGE);
    }

    @Test
    void nowOrReallyBeforeAlsoNotIsNoFarewellBeingUrgedIsNoChasingAndAColdGoneIsNoRisk() {
        // round 23: 现在也/实在也 are no 再也; 在也不用 is no more need; 在选择 as "when choosing"
        assertThat(types(analyse("现在也不来电话说明一下。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这种事我实在也不想去计较。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("有了平板，出差在也不用带电脑了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("以后在选择酒店的时候要多看评价。", "zh"))).doesNotContain(CHURN_THREAT);
        // the customer urged, not chasing
        assertThat(types(analyse("被催了两天，我也很着急。", "zh"))).doesNotContain(REPEATED_CONTACT);
        // the fever gone the next day
        assertThat(types(analyse("吃了这个药，第二天就不发烧了。", "zh"))).doesNotContain(SAFETY_RISK);
    }

    @Test
    void anItchTheProductTreatsOrHaulingIsNotASafetyRisk() {
        assertThat(types(analyse("这款洗发水能止头皮痒，用完很舒服。", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("洗完以后头皮不痒了。", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("吃了饭以后司机拉了一天的货。", "zh"))).doesNotContain(SAFETY_RISK);
    }

    @Test
    void aSlipNotRepeatedOrTheHotelsArrangementIsNoFarewellAndBadLuckSpatAwayIsNoCurse() {
        assertThat(types(analyse("以后不会用错了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("下次不会再要求退款了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("以后不会用完了再买。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("前台说不会安排我们入住。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("呸呸呸，乌鸦嘴。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("艹字头的字很多。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("小丫头很可爱，你丫头几岁了？", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void aHopeOrAPromiseIsNoFarewellAndBeingContactedIsNoRepeatedContact() {
        // round 24: a hope or the staff's promise that it will not happen again; 叫 with a request after it; a room
        // in the same hotel; rubbish as rubbish
        assertThat(types(analyse("希望不会有第二次，这次只是运气不好。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("经理说以后不会有第二次了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("经理保证以后绝对不会再有第二次。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("房间太吵，又不敢再叫服务员了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("第二天退房，搬到了三楼的房间。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("小区里的垃圾越来越多了。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        // someone else contacting the customer, counted
        assertThat(types(analyse("出差在外，家人担心，跟我电话联系了好几次。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("酒店和我们沟通了两次，最后同意退款。", "zh"))).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void aWashbasinFewRoundsOrTheHotelsCallsAreNoAbuseFarewellOrRepeatedContact() {
        // round 25: 不要脸盆 is a washbasin; 几把 counts rounds or things; food refused even for free is the product;
        // the platform or the desk counted before the verb is not the customer
        assertThat(types(analyse("出门旅行不要脸盆，酒店都有。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("周末和朋友玩了几把游戏，手机有点热。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("仓库里还有好几把椅子。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("这种苹果白给都不吃，太酸了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("携程几次找酒店沟通，才给我们换了房。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("前台两次打电话到房间催我们退房。", "zh"))).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void aRoomChangedAFearedHarmOrOthersContactsAreNoFarewellInjuryOrRepeatedContact() {
        // round 26: a room, a floor or a product changed is no hotel left; a condition with 再不; a ban by others
        assertThat(types(analyse("第二天换了个房间，好一些。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("第二天换到14楼，安静多了。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("第二天就换了一台新的，用着还行。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("酒店给我换了个地方吃早餐。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("你们再不来我就取消订单。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这种卖假货的店应该直接被封杀。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("这套漫画我已经封杀了，不给孩子看。", "zh"))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("本来打算第二天换地方，后来还是住下了。", "zh"))).doesNotContain(CHURN_THREAT);
        // a device hot to the touch, a harm feared or avoided
        assertThat(types(analyse("充电器用一会就烫手，担心会烧坏。", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("不知道成分，要是过敏了怎么办，万一中毒了呢？", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("手机发烫到手不敢碰。", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("幸好没有砸到脚。", "zh"))).doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("小心烫到手。", "zh"))).doesNotContain(SAFETY_RISK);
        // the desk or the platform counted, staff talking, the customer sent from one desk to another
        assertThat(types(analyse("酒店3次打电话到房间催我们退房。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("携程4次联系酒店都没结果。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("他们谈了两次就散了。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("服务员说找前台，前台说找客服。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("前台让我自己打电话去交涉，我只好联系客服。", "zh"))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("这个牌子三番两次出问题。", "zh"))).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("您好，我在3月3日订购了一件蓝色夹克，收到的是绿色的。请问怎么办理换货？订单号是447122。谢谢。");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("zh");
    }
}
