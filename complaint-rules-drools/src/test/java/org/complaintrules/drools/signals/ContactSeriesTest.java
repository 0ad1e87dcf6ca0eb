package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * REPEATED_CONTACT told as a series of the customer's own contacts, without a count ("I called on
 * Monday ... I called on Wednesday", "Звонила в понедельник ... звонила в среду", 周三又打了客服电话), as the
 * Estonian list already read "Helistasin esmaspäeval ... helistasin teisipäeval". In English the same
 * verb with a date or the company twice, or with anything three times; in Russian the customer's own past
 * verb twice; in Chinese "again" with whom. Two contacts with two parties, and the company's or a
 * courier's calls, are no series.
 */
class ContactSeriesTest {

    /** Each failed before. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | I called on Monday and was promised a refund. I called on Wednesday and nobody knew anything.
            en | We emailed you on 3 May about the leak. We emailed you on 10 May. Still nothing.
            en | I called customer service to report the outage. A week later I called customer service to ask for a credit, and they had no record of it.
            en | I called to cancel the add-on. I called when the bill still showed it. I called a third day and was put on hold for an hour.
            en | I contacted the branch by phone, I contacted the manager by letter and I contacted head office by email.
            ru | Звонила в понедельник, обещали перезвонить. Звонила в среду, никто ничего не знает.
            ru | Звонил вчера, звонил сегодня, толку ноль.
            ru | Обращался в отделение в мае, обращался в июне, карту так и не выдали.
            zh | 周一打了电话说会处理，周三又打了客服电话，还是没人管。
            zh | 上周反映过一次，今天又给售后打了电话，还是说等通知。
            """)
    void seriesIsRepeatedContact(String language, String text) {
        assertThat(types(analyse(text, language))).contains(SignalType.REPEATED_CONTACT);
    }

    /** Two contacts with two parties, or contacts the customer received. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | I called the credit bureau and they told me to dispute it. So I called the lender and opened a dispute.
            en | I called my insurer about the damage, and I emailed the landlord a photo.
            en | They called me on Monday and they called me on Tuesday about a debt I do not owe.
            ru | Мне звонили из банка в понедельник и звонили в среду, предлагали кредит.
            ru | Курьер звонил утром, потом звонил вечером, но так и не приехал.
            zh | 快递员又打了电话给我，说明天再送。
            """)
    void otherContactsAreNoSeries(String language, String text) {
        assertThat(types(analyse(text, language))).doesNotContain(SignalType.REPEATED_CONTACT);
    }
}
