package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English phrasings found missing or misread in a fifth audit, measured blind on other rows of the
 * development set's own sources (airline tweets, customer-support tweets, CFPB narratives), written here as
 * sentences of our own: contacts counted by an ordinal without "my" (the second call to, a third letter sent,
 * a fourth attempt to correct), a few times, the customer's own verb with a count a few words on, a follow-up
 * sent, trying to get through for hours, hung up on twice, reaching out again; leaving for good (officially
 * done, done flying with, the reason I switched to, switching back to, paying off and closing the account, a
 * membership to be cancelled, a goodbye hashtag); a CFPB narrative speaking to the bureau itself; the loss of
 * a family member; an account to bring current; a request for the company to act immediately and an
 * ultimatum ("if you do not immediately"); and the look-alike of a past need ("I needed it urgently").
 */
class EnglishFifthAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | That was the second call to your helpline about the fee.
            REPEATED_CONTACT         | It was the fourth email to support and still nothing.
            REPEATED_CONTACT         | Last month we mailed the servicer a second letter about the escrow.
            REPEATED_CONTACT         | We wrote the bureau a third letter in June.
            REPEATED_CONTACT         | This is a fourth attempt to correct the balance.
            REPEATED_CONTACT         | We phoned the branch a few times before it closed.
            REPEATED_CONTACT         | I have contacted the card issuer about the charge multiple times.
            REPEATED_CONTACT         | We have asked the servicer for the original contract several times.
            REPEATED_CONTACT         | I sent a follow-up email to the billing team on Monday.
            REPEATED_CONTACT         | Been trying to reach your desk for hours about my booking.
            REPEATED_CONTACT         | Your reps hung up on me twice this morning.
            REPEATED_CONTACT         | I reached out to the lender again after the deadline passed.
            CHURN_THREAT             | After that weekend we are officially done.
            CHURN_THREAT             | We're done flying with this airline.
            CHURN_THREAT             | That delay is the reason I switched to a rival carrier.
            CHURN_THREAT             | Honestly I'll be switching back to my old bank.
            CHURN_THREAT             | I plan to pay the remaining balance and close the account.
            CHURN_THREAT             | Please have my membership cancelled today.
            CHURN_THREAT             | So long and #byebyeskyways
            REGULATOR_MENTION        | I am filing this complaint with your agency because the lender will not answer.
            REGULATOR_MENTION        | We would like your bureau to investigate how this servicer treats borrowers.
            VULNERABILITY_LIFE_EVENT | The missed payment came after the loss of a family member.
            VULNERABILITY_LIFE_EVENT | We were losing a loved one at the time and missed the letter.
            VULNERABILITY_RESILIENCE | They will not release the hold until I bring my loan current.
            DEMANDS_IMMEDIACY        | This letter is a request for you to immediately contact the bureaus and fix my file.
            DEMANDS_IMMEDIACY        | If you do not immediately delete this entry, I will escalate.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DEMANDS_IMMEDIACY        | I needed it urgently for a trip, so the delay hurt.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }

    /** Guards: already right before the audit; kept so that the new exclusions do not take them. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | I have called your office several times.
            CHURN_THREAT             | I will never fly with you again.
            DEMANDS_IMMEDIACY        | Please remove this account from my report immediately.
            """)
    void stillFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    /**
     * Guards: already right before the audit; kept so that the new entries (a count a few words after the
     * verb, an ordinal letter, disconnected twice, closing the account, switching back, done with, immediately
     * contact, your agency, a lost loved one, an account current) do not take them.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REPEATED_CONTACT         | I have been called several times by the collector.
            REPEATED_CONTACT         | I received a second letter from the collector.
            REPEATED_CONTACT         | My internet disconnected twice last night.
            CHURN_THREAT             | They closed the account without telling me.
            CHURN_THREAT             | Can we go back to the gate now?
            CHURN_THREAT             | When I am done with my report I will send it.
            CHURN_THREAT             | They switched me back to a basic account.
            DEMANDS_IMMEDIACY        | I immediately contacted the bank when I saw the charge.
            REGULATOR_MENTION        | Your agency has failed to validate this debt.
            VULNERABILITY_LIFE_EVENT | The airline lost my wife's luggage on the way home.
            VULNERABILITY_RESILIENCE | The bank says my account is current.
            """)
    void stillNotFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }
}
