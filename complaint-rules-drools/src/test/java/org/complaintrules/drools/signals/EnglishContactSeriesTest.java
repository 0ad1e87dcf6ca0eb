package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * REPEATED_CONTACT told as a series of the customer's own contacts, without a count or "again" ("I
 * called on Monday ... I called on Wednesday", as the Estonian list already reads "Helistasin
 * esmaspäeval ... helistasin teisipäeval"): the same verb with a date or the company twice, or with
 * anything three times; two contacts with two different parties are no series.
 */
class EnglishContactSeriesTest {

    /** Each failed before. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I called on Monday and was promised a refund. I called on Wednesday and nobody knew anything.",
        "We emailed you on 3 May about the leak. We emailed you on 10 May. Still nothing.",
        "I called customer service to report the outage. A week later I called customer service to ask for"
                + " a credit, and they had no record of it.",
        "I called to cancel the add-on. I called when the bill still showed it. I called a third day and was"
                + " put on hold for an hour.",
        "I contacted the branch by phone, I contacted the manager by letter and I contacted head office by"
                + " email."
    })
    void seriesIsRepeatedContact(String text) {
        assertThat(types(analyse(text, "en"))).contains(SignalType.REPEATED_CONTACT);
    }

    /** Two contacts with two parties, or a contact the customer received. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I called the credit bureau and they told me to dispute it. So I called the lender and opened a"
                + " dispute.",
        "I called my insurer about the damage, and I emailed the landlord a photo.",
        "They called me on Monday and they called me on Tuesday about a debt I do not owe."
    })
    void twoPartiesAreNoSeries(String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(SignalType.REPEATED_CONTACT);
    }
}
