package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English look-alikes found in a second audit of the word lists on fresh real texts (pet insurance reviews, airline
 * reviews, vehicle safety complaints), written here as sentences of our own: a pet's illness or, in an insurance
 * claim, its injury, "ill informed" and window blinds read as health; the size of an insurance claim read as the
 * small claims court; cooking, tobacco, a car part, surprise and figures of speech read as harm; seats apart on a
 * flight, other people's jobs and firing a company read as life events; staff's English, an insult, a company's
 * computer system and reading in the dark read as the customer's capability; an insurer that barely pays and phrases
 * with "make" read as hardship; things that are immediate, "now that" and product updates read as demands; and the
 * review itself (writing, reading, wishing or answering one, Trustpilot as its site) read as going public. Found: a
 * complaint to the aviation regulator by its acronym and to a state regulatory body. The guards hold on the lists
 * before the audit and keep the fixes from taking the real cases.
 */
class EnglishSecondAuditTest {

    // each row was missed on the lists before the audit
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            REGULATOR_MENTION        | A separate complaint was raised to the CAA about the seating.
            REGULATOR_MENTION        | My complaint has now been turned over to CAA and the national aviation authority.
            REGULATOR_MENTION        | I filed a complaint with my state regulatory committee.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    // guards: found before and after the audit
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            LEGAL_THREAT             | If they do not refund me I will take them to small claims.
            LEGAL_THREAT             | I filed in small claims court last week.
            VULNERABILITY_HEALTH     | My husband had surgery in March, so we missed the payment.
            VULNERABILITY_HEALTH     | I am a disabled veteran and my service dog helps me every day.
            SAFETY_RISK              | The groomer cut my dog and he needed stitches.
            SAFETY_RISK              | The coffee was so hot it burned my hand.
            SAFETY_RISK              | The charger shocked me when I plugged it in.
            VULNERABILITY_LIFE_EVENT | I recently separated from my husband and cannot pay alone.
            VULNERABILITY_LIFE_EVENT | I was fired last month.
            VULNERABILITY_CAPABILITY | My mother speaks little English and needed a translator.
            VULNERABILITY_RESILIENCE | I can barely pay my rent this month.
            VULNERABILITY_RESILIENCE | I am going bankrupt because of these charges.
            DEMANDS_IMMEDIACY        | I need an immediate refund.
            DEMANDS_IMMEDIACY        | Please refund me as soon as possible.
            PUBLIC_EXPOSURE_THREAT   | I will leave a bad review everywhere I can.
            PUBLIC_EXPOSURE_THREAT   | I'm posting my review everywhere so people can see.
            PUBLIC_EXPOSURE_THREAT   | I will post this on Yelp if it is not fixed.
            PUBLIC_EXPOSURE_THREAT   | I will tell everyone I know to avoid you.
            VULNERABILITY_HEALTH     | My wife was very ill so we had to change the flight.
            VULNERABILITY_HEALTH     | I am legally blind and asked for help at the gate.
            PUBLIC_EXPOSURE_THREAT   | I will post this on Trustpilot if nobody calls me back.
            """)
    void guardIsStillFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    // each row was found on the lists before the audit
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            LEGAL_THREAT             | We have only ever made small claims for our cat, and they paid those.
            LEGAL_THREAT             | They reimbursed my small claim for the ear drops within a week.
            VULNERABILITY_HEALTH     | My dog was diagnosed with cancer in the spring.
            VULNERABILITY_HEALTH     | Our kitten needed surgery after swallowing a toy.
            VULNERABILITY_HEALTH     | The vet said our old cat has a heart condition.
            VULNERABILITY_HEALTH     | When my puppy got sick, the claim was refused.
            SAFETY_RISK              | My claim for the puppy's leg injury was refused as pre-existing.
            SAFETY_RISK              | The policy says it covers your pet's accidents, injuries and illnesses.
            SAFETY_RISK              | The toast was burnt and the eggs were cold.
            SAFETY_RISK              | The vegetables tasted burnt and the bread was stale.
            SAFETY_RISK              | Lunch was a smoked trout salad and a dry roll.
            SAFETY_RISK              | We stepped outside for a smoke before boarding.
            SAFETY_RISK              | The garage replaced the spark plugs twice.
            SAFETY_RISK              | They offered sparking wine at boarding.
            SAFETY_RISK              | What shocked me most was how rude the agent was.
            SAFETY_RISK              | The product has clearly been hit by cost cutting.
            SAFETY_RISK              | My old car burns a quart of oil every week.
            SAFETY_RISK              | The cabin was overheated for the whole flight.
            SAFETY_RISK              | I nearly exploded with anger at the desk.
            SAFETY_RISK              | Not a stitch of goodwill was shown by the staff.
            VULNERABILITY_LIFE_EVENT | I am firing this insurer after ten years.
            VULNERABILITY_LIFE_EVENT | On the flight home I was separated from my wife because they moved our seats.
            VULNERABILITY_LIFE_EVENT | We paid for seats together and I was still separated from my husband.
            VULNERABILITY_LIFE_EVENT | So many people are out of work this year and you still raise prices.
            VULNERABILITY_LIFE_EVENT | They told us the airline had laid off half its staff.
            VULNERABILITY_LIFE_EVENT | I booked a widow seat but got the aisle.
            VULNERABILITY_CAPABILITY | The crew spoke poor English and could not explain the delay.
            VULNERABILITY_CAPABILITY | Two passengers with limited English were left without help.
            VULNERABILITY_CAPABILITY | These agents are illiterate, they never read my letters.
            VULNERABILITY_CAPABILITY | My reading light was broken so I couldn't read on the night flight.
            VULNERABILITY_CAPABILITY | Their clinic does not have a computer system for claims.
            VULNERABILITY_RESILIENCE | They barely cover half of the vet bill.
            VULNERABILITY_RESILIENCE | This plan barely covers anything.
            VULNERABILITY_RESILIENCE | The crew had to work hard covering both cabins.
            VULNERABILITY_RESILIENCE | You can't make this stuff up.
            VULNERABILITY_RESILIENCE | I hope your company goes bankrupt.
            VULNERABILITY_RESILIENCE | The dental cover is only an add-on benefit.
            VULNERABILITY_RESILIENCE | I was unable to make the evening flight because the first one was late.
            DEMANDS_IMMEDIACY        | The vet could not give an immediate diagnosis.
            DEMANDS_IMMEDIACY        | I plan to cancel the policy now that the price has doubled.
            DEMANDS_IMMEDIACY        | We just wanted to get to the hotel as soon as possible.
            DEMANDS_IMMEDIACY        | They want you to finish your meal as fast as possible.
            DEMANDS_IMMEDIACY        | The seats are in urgent need of a revamp.
            DEMANDS_IMMEDIACY        | The entertainment system needs an urgent update.
            PUBLIC_EXPOSURE_THREAT   | I rarely write reviews but this one is needed.
            PUBLIC_EXPOSURE_THREAT   | Look at all the other one star reviews before you buy.
            PUBLIC_EXPOSURE_THREAT   | After leaving my review, someone from the company called me.
            PUBLIC_EXPOSURE_THREAT   | Read the reviews on Yelp before you sign up.
            PUBLIC_EXPOSURE_THREAT   | I got in touch with them on Twitter about the refund.
            PUBLIC_EXPOSURE_THREAT   | The crew tell people there will be a short delay.
            PUBLIC_EXPOSURE_THREAT   | A steward kept telling people to move their bags.
            VULNERABILITY_HEALTH     | Their customer service is ill informed and slow.
            VULNERABILITY_HEALTH     | The new seat layout is ill thought out.
            VULNERABILITY_HEALTH     | The crew asked me to pull my window blind down.
            VULNERABILITY_HEALTH     | Our old dog got leukemia last winter.
            PUBLIC_EXPOSURE_THREAT   | Thanks for the quick response to my Trustpilot.
            PUBLIC_EXPOSURE_THREAT   | I would like to write a review about my flight to Rome.
            PUBLIC_EXPOSURE_THREAT   | If I could leave a zero star review I would.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }
}
