package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Russian customer who has closed their own account or ended the relationship has left (as "I
 * closed my account" in English); the bank closing it is not the customer leaving.
 */
class ClosedAccountTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Мы закрыли все счета в этом банке ещё весной.",
                "Свои вклады мы уже закрыли, больше денег не держим.",
                "Кредитку я закрыла сразу после этого звонка.",
                "Мы с вами отношения закончили, ответ можете не присылать.",
                "Разорвала отношения с банком после третьего списания."
            })
    void theCustomerWhoClosedTheirAccountHasLeft(String text) {
        assertThat(types(analyse(text, "ru"))).contains(SignalType.CHURN_THREAT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Банк закрыл мой счёт без объяснений, деньги заблокированы.",
                "Банк без предупреждения закрыл мою карту в отпуске.",
                "Менеджер закрыла вклад раньше срока, проценты пропали.",
                "Я закрыл кредит досрочно, а проценты не пересчитали.",
                "Я разорвала отношения с бывшим мужем, а он до сих пор в доверенности."
            })
    void theBankClosingItOrAnotherRelationshipIsNoChurn(String text) {
        assertThat(types(analyse(text, "ru"))).doesNotContain(SignalType.CHURN_THREAT);
    }
}
