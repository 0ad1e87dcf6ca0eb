package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English phrasings found missing or misread in a fourth audit, measured blind on other rows of the
 * development set's own sources (airline tweets, customer-support tweets, CFPB narratives), written here as
 * sentences of our own: leaving an airline, a hotel or a bank (the last time we book, no longer flying with
 * you, future flights with another carrier, a rival from now on, a frequent flyer lost, a no-fly list),
 * contacts counted in other words (countless calls with the company, several representatives talked to, two
 * different reps, more calls made, calling twice a day, emailing repeatedly, ignored letters, a couple of
 * times), demands phrased as a request or an order (request that, may I ask you, let us know asap, reply asap,
 * immediately before more damage, the marks immediately removed), claims for damages and escalation to legal
 * action, no income or benefits only, payments that cannot be kept up, a death in the family, a sick child,
 * name-calling in the singular or by likeness (the lender is a crook, no better than crooks, you bozos) and
 * taking it to the media (on blast, the media, a social media blast); and the look-alikes: a regulator cited
 * for the law, a rhetorical "am I illiterate", a collector "dangerous to deal with", an account closed as paid
 * in full, loyalty from now on, a rebooking on another airline, the collector calling again, what the company
 * removed at once, a statute's damages, a vaguer "family emergency", a sick pilot.
 */
class EnglishFourthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CHURN_THREAT             | I closed this card because of the way you treated me.
            CHURN_THREAT             | After this trip we won't fly with you anymore.
            CHURN_THREAT             | We won't be booking with you any longer.
            CHURN_THREAT             | Not spending another dime with you after this.
            CHURN_THREAT             | Using a different bank from now on.
            CHURN_THREAT             | So that is one frequent flyer now lost.
            CHURN_THREAT             | This is honestly the last time we book your hotels.
            CHURN_THREAT             | We will no longer shop at your outlet.
            CHURN_THREAT             | Our future flights will be with another carrier.
            CHURN_THREAT             | Next time we'd rather fly a different carrier.
            CHURN_THREAT             | We decided to never book that hotel chain.
            CHURN_THREAT             | Time to start looking for a different provider.
            CHURN_THREAT             | Your airline is now on my no-fly list.
            REPEATED_CONTACT         | We have had countless phone calls with your billing team and no fix.
            REPEATED_CONTACT         | Every one of the several representatives who I talked to gave a new story.
            REPEATED_CONTACT         | Two different reps gave me two different answers.
            REPEATED_CONTACT         | Five more calls were made before anyone listened.
            REPEATED_CONTACT         | My son and I then called again to check on it.
            REPEATED_CONTACT         | We were calling twice a day for news of the refund.
            REPEATED_CONTACT         | We had to make numerous calls to get the fee waived.
            REPEATED_CONTACT         | We emailed the landlord's office repeatedly about the deposit.
            REPEATED_CONTACT         | Your team ignored my multiple letters about the refund.
            REPEATED_CONTACT         | We wrote to the office serveral times.
            REPEATED_CONTACT         | We phoned them a couple of times before noon.
            DEMANDS_IMMEDIACY        | Correct the balance immediately before any more damage is done.
            DEMANDS_IMMEDIACY        | May I ask you to review the file as soon as possible.
            DEMANDS_IMMEDIACY        | We formally request that the collection entry be corrected immediately.
            DEMANDS_IMMEDIACY        | Let us know asap which desk handles this.
            DEMANDS_IMMEDIACY        | Kindly reply asap with a case number.
            DEMANDS_IMMEDIACY        | We need to talk with somebody immediately.
            DEMANDS_IMMEDIACY        | The bank must see that the late marks are immediately removed.
            DEMANDS_IMMEDIACY        | We are seeking that the duplicate charge is refunded immediately.
            LEGAL_THREAT             | I will claim damages for every month of this error.
            LEGAL_THREAT             | If this drags on, it will come to the point of legal action.
            LEGAL_THREAT             | I have been looking into legal options since March.
            LEGAL_THREAT             | Refund the fee before legal action becomes necessary.
            VULNERABILITY_RESILIENCE | Since the layoff we have no income at all.
            VULNERABILITY_RESILIENCE | Stranded at the airport, no funds to eat.
            VULNERABILITY_RESILIENCE | Our sole income is disability.
            VULNERABILITY_RESILIENCE | The whole household lives off my SS.
            VULNERABILITY_RESILIENCE | After the accident we were unable to keep up with the car payments.
            VULNERABILITY_RESILIENCE | We are struggling to meet the loan payments.
            VULNERABILITY_RESILIENCE | With my hours cut there is no way for us to afford this.
            VULNERABILITY_RESILIENCE | Your hold has left me weeks behind on the card.
            VULNERABILITY_HEALTH     | We are stuck at the gate with a sick toddler.
            VULNERABILITY_LIFE_EVENT | Due to a death in our family we need to move the booking.
            VULNERABILITY_LIFE_EVENT | A family death means the wedding trip is off.
            ABUSIVE_LANGUAGE         | Frankly this lender is a crook.
            ABUSIVE_LANGUAGE         | Honestly, you bozos lost my bag again.
            ABUSIVE_LANGUAGE         | Charging that fee makes you no better than crooks.
            PUBLIC_EXPOSURE_THREAT   | Refund me today or I am putting you on blast.
            PUBLIC_EXPOSURE_THREAT   | I have reached out to the media about this.
            PUBLIC_EXPOSURE_THREAT   | Expect a social media blast about this hotel.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REGULATOR_MENTION        | According to the FTC, charging that fee is unlawful.
            VULNERABILITY_CAPABILITY | Am I illiterate, or does your form simply not work?
            SAFETY_RISK              | Your collector is dangerous to deal with.
            CHURN_THREAT             | Please close my account as paid in full after this payment.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }

    /** Guards: already right before the audit; kept so that the new exclusions do not take them. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | My wife and I called again to make sure it was fixed.
            DEMANDS_IMMEDIACY        | I ask that you correct my report as soon as possible.
            VULNERABILITY_RESILIENCE | I am two weeks behind on my mortgage.
            PUBLIC_EXPOSURE_THREAT   | I have contacted the press about your fees.
            """)
    void stillFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    /**
     * Guards: already right before the audit; kept so that the new entries (from now on, another airline,
     * called again, calling twice a day, immediately removed, damages, a death in the family, sick children,
     * scammer) do not take them.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CHURN_THREAT             | I'll be flying with you from now on, the crew was lovely.
            CHURN_THREAT             | We were forced to find another airline for the last leg.
            CHURN_THREAT             | Why is there no free snack anymore?
            REPEATED_CONTACT         | I was called again by the collector this morning.
            REPEATED_CONTACT         | They called again at dinner time.
            REPEATED_CONTACT         | The collector is calling me twice a day.
            DEMANDS_IMMEDIACY        | The late payment was immediately removed after my call.
            DEMANDS_IMMEDIACY        | The agent immediately hung up when I asked for a refund.
            DEMANDS_IMMEDIACY        | We landed immediately before the storm hit.
            LEGAL_THREAT             | Federal law lets consumers recover actual damages.
            VULNERABILITY_LIFE_EVENT | We had a family emergency and needed to rebook.
            VULNERABILITY_HEALTH     | A sick pilot delayed our flight.
            ABUSIVE_LANGUAGE         | The scammer who stole my card used a fake name.
            DEMANDS_IMMEDIACY        | Please note they immediately removed the charge when I called.
            """)
    void stillNotFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }
}
