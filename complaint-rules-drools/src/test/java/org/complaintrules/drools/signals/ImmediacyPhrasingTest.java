package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demand for speed put as a wish with "right now", or as a date set against a later one; and the
 * same words telling what happened.
 */
class ImmediacyPhrasingTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            We want this sorted right now.                           | en
            I expect it replaced right now, not after another call.  | en
            I need my money back today.                              | en
            We want our order sent tonight. I need my order sent today. | en
            Please ship the charger this week, not next month.       | en
            Refund the fee now, not in two weeks.                    | en
            Пришлите замену сегодня, а не на следующей неделе.       | ru
            Исправьте ошибку сейчас, а не потом.                     | ru
            Palun saatke raha tagasi täna, mitte homme.              | et
            Parandage viga kohe, mitte kuu pärast.                   | et
            """)
    void aDemandForSpeedIsFound(String text, String language) {
        assertThat(types(analyse(text, language))).contains(SignalType.DEMANDS_IMMEDIACY);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I want to know why the fee was charged today.            | en
            The engineer came today, not next week as they had said. | en
            They promised to deliver today, not next month.          | en
            I am not happy with this right now.                      | en
            Мастер пришёл сегодня, а не через неделю, спасибо.       | ru
            Kuller tuli täna, mitte homme.                           | et
            """)
    void aDateThatTellsWhatHappenedIsNoDemand(String text, String language) {
        assertThat(types(analyse(text, language))).doesNotContain(SignalType.DEMANDS_IMMEDIACY);
    }
}
