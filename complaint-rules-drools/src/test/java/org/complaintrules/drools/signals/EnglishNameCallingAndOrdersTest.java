package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two English classes the other languages' lists already had: calling the company or its staff crooks
 * (as "мошенники" and 骗子公司 are name-calling in the Russian and Chinese lists), with the crooks,
 * thieves and scammers the customer reports left alone; and an order to reach the customer at once
 * with no "please" or "I need" before it ("call me back ASAP"), with the company's own promise to call
 * left alone.
 */
class EnglishNameCallingAndOrdersTest {

    /** Each row failed before: name-calling aimed at the company, or a bare order. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ABUSIVE_LANGUAGE  | You are thieves and I want my deposit back.
            ABUSIVE_LANGUAGE  | They're all crooks at that branch.
            ABUSIVE_LANGUAGE  | What a bunch of scammers, charging me twice for one parcel.
            ABUSIVE_LANGUAGE  | Your billing team is nothing but con artists.
            ABUSIVE_LANGUAGE  | I spent three hours on the phone with these clowns.
            ABUSIVE_LANGUAGE  | Northwind Lending is a crooked company.
            ABUSIVE_LANGUAGE  | Stay away, it is a scam company.
            ABUSIVE_LANGUAGE  | Absolute jokers, the lot of you.
            ABUSIVE_LANGUAGE  | You people are pathetic clowns.
            DEMANDS_IMMEDIACY | Call me back ASAP, my card is blocked.
            DEMANDS_IMMEDIACY | @skyline call me asap about my lost bag
            DEMANDS_IMMEDIACY | Get back to me immediately with a refund date.
            DEMANDS_IMMEDIACY | Email me right away when the fee is reversed.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    /**
     * Thieves, scammers and crooks the customer reports, and the company's promise to call: silent before
     * too, and each fires when the new entries are written more broadly (by stem, without the exclusions
     * or the contexts they carry).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ABUSIVE_LANGUAGE  | Identity thieves opened a card in my name.
            ABUSIVE_LANGUAGE  | The scammer used my card details at a petrol station.
            ABUSIVE_LANGUAGE  | I got a call from a scam company posing as my bank.
            ABUSIVE_LANGUAGE  | I fell victim to a scam company last spring.
            ABUSIVE_LANGUAGE  | The police said they are criminals who steal card numbers.
            ABUSIVE_LANGUAGE  | They are under criminal investigation, according to the news.
            ABUSIVE_LANGUAGE  | They are not crooks, but they are painfully slow.
            ABUSIVE_LANGUAGE  | Call me a moron, but I thought next-day meant the next day.
            DEMANDS_IMMEDIACY | They said they would call me back asap and nobody did.
            DEMANDS_IMMEDIACY | The agent made a note to have them call me ASAP.
            DEMANDS_IMMEDIACY | Her manager would call me back right away, she promised.
            DEMANDS_IMMEDIACY | A supervisor was supposed to contact me immediately after the visit.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }
}
