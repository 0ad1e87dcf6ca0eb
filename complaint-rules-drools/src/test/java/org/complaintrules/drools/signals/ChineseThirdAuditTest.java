package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese phrasings found missing in a third audit, on car owners' complaint records, written here as
 * sentences of our own: a hazard to driving stated in other words than 安全隐患 ("影响行车安全", "影响安全",
 * "存在隐患", "存在严重隐患"), brakes or steering failing or out of control, an airbag that did not open, a
 * crash or a broken bone the product caused; and the look-alikes: the safety of money or an account, a
 * feeling of safety, a denial, a question, a button or a remote that fails, an accident as the reason of an
 * insurance claim or of hardship, a fall of the customer's own.
 */
class ChineseThirdAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK | 这辆车的轮胎开裂了，影响安全
            SAFETY_RISK | 天窗异响严重影响行车安全
            SAFETY_RISK | 异响太大影响安全驾驶
            SAFETY_RISK | 大灯起雾，晚上影响夜间行车安全
            SAFETY_RISK | 车架焊点断裂存在隐患
            SAFETY_RISK | 发动机漏油存在严重隐患
            SAFETY_RISK | 行驶中刹车失灵差点追尾
            SAFETY_RISK | 底盘螺丝脱落导致方向失控
            SAFETY_RISK | 启动后转向系统失灵
            SAFETY_RISK | 刹车失效导致追尾
            SAFETY_RISK | 变速箱故障，高速上差点出车祸
            SAFETY_RISK | 行驶中方向盘突然锁死
            SAFETY_RISK | 撞车后安全气囊没有弹出
            SAFETY_RISK | 店里的货架倒下来把我的脚砸骨折了
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "zh"))).contains(type);
    }

    // All guards: none of these fires on main's lists either; they keep the entries above from reaching them.
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK | 新系统会不会影响行车安全？
            SAFETY_RISK | 这次升级不影响行车安全
            SAFETY_RISK | 密码泄露影响账户安全
            SAFETY_RISK | 频繁掉线影响资金安全
            SAFETY_RISK | 门锁坏了影响安全感
            SAFETY_RISK | 方向盘按键失灵
            SAFETY_RISK | 遥控钥匙失灵，锁不了车
            SAFETY_RISK | 车机系统不存在隐患吗？
            SAFETY_RISK | 检查后发现没有失控的情况
            SAFETY_RISK | 检测结果显示制动没有失效
            SAFETY_RISK | 车辆发生交通事故后保险公司拒赔
            SAFETY_RISK | 出了车祸没法按时还款，请求延期
            SAFETY_RISK | 我上个月摔骨折了，快递能不能送上楼
            SAFETY_RISK | 撞车后气囊弹出了，人没事
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "zh"))).doesNotContain(type);
    }
}
