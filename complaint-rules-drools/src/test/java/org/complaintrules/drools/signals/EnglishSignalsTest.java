package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.CHURN_THREAT;
import static org.complaintrules.api.SignalType.DEMANDS_IMMEDIACY;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.api.SignalType.MILD_WORDING;
import static org.complaintrules.api.SignalType.PUBLIC_EXPOSURE_THREAT;
import static org.complaintrules.api.SignalType.RECURRING_FAULT;
import static org.complaintrules.api.SignalType.REGULATOR_MENTION;
import static org.complaintrules.api.SignalType.REPEATED_CONTACT;
import static org.complaintrules.api.SignalType.SAFETY_RISK;
import static org.complaintrules.api.SignalType.VULNERABILITY_HEALTH;
import static org.complaintrules.api.SignalType.VULNERABILITY_LIFE_EVENT;
import static org.complaintrules.api.SignalType.VULNERABILITY_RESILIENCE;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishSignalsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(
                        ABUSIVE_LANGUAGE, "Your support staff are useless idiots who cannot read an order number."),
                Arguments.of(ABUSIVE_LANGUAGE, "What the fuck is wrong with you people, I paid for next-day delivery."),
                Arguments.of(ABUSIVE_LANGUAGE, "The manager was a complete moron and hung up on me."),
                Arguments.of(ABUSIVE_LANGUAGE, "You bunch of clowns lost my parcel again, this is sh*t service."),
                Arguments.of(ABUSIVE_LANGUAGE, "Your agents are stupid and keep asking the same questions."),
                Arguments.of(LEGAL_THREAT, "If this is not refunded by Friday my lawyer will be in touch."),
                Arguments.of(LEGAL_THREAT, "I am prepared to take you to court over the missing deposit."),
                Arguments.of(LEGAL_THREAT, "I will sue you for every penny of the repair costs."),
                Arguments.of(LEGAL_THREAT, "I'm filing in small claims next week unless this is fixed."),
                Arguments.of(LEGAL_THREAT, "Expect a lawsuit if my data was shared with third parties."),
                Arguments.of(REGULATOR_MENTION, "I have copied this complaint to the Financial Ombudsman."),
                Arguments.of(REGULATOR_MENTION, "I will report this to the CFPB and the Better Business Bureau."),
                Arguments.of(REGULATOR_MENTION, "Trading Standards will hear about your pricing."),
                Arguments.of(REGULATOR_MENTION, "My next letter goes to the state Attorney General."),
                Arguments.of(SAFETY_RISK, "The charger caught fire on my desk last night."),
                Arguments.of(SAFETY_RISK, "The kettle gave my daughter an electric shock when she touched it."),
                Arguments.of(SAFETY_RISK, "The handle snapped and I cut myself on the blade."),
                Arguments.of(SAFETY_RISK, "My son had an allergic reaction to the snack labelled nut-free."),
                Arguments.of(SAFETY_RISK, "The battery exploded while it was charging."),
                Arguments.of(SAFETY_RISK, "There was smoke coming out of the back of the TV."),
                Arguments.of(CHURN_THREAT, "Please cancel my subscription, I am done with this."),
                Arguments.of(CHURN_THREAT, "One more mistake and I will switch to a competitor."),
                Arguments.of(CHURN_THREAT, "I will never buy from you again."),
                Arguments.of(CHURN_THREAT, "I want to close my account today."),
                Arguments.of(CHURN_THREAT, "Otherwise we will move our company account to another supplier."),
                Arguments.of(CHURN_THREAT, "Thinking twice before buying here again."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I am going to post this on Twitter with photos."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Expect a 1-star review from me on every site I can find."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I will tell everyone I know how you treat customers."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "Next stop is the local newspaper."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I'll go to the press if I have to."),
                Arguments.of(DEMANDS_IMMEDIACY, "I want a replacement sent immediately."),
                Arguments.of(DEMANDS_IMMEDIACY, "Fix it right now."),
                Arguments.of(DEMANDS_IMMEDIACY, "I need a refund ASAP."),
                Arguments.of(DEMANDS_IMMEDIACY, "Please call me back as soon as possible."),
                Arguments.of(DEMANDS_IMMEDIACY, "I expect a reply by the end of the day."),
                Arguments.of(REPEATED_CONTACT, "I have called you 6 times this week about the same order."),
                Arguments.of(REPEATED_CONTACT, "This is the third time I am writing to you."),
                Arguments.of(REPEATED_CONTACT, "I keep asking again and again and nobody answers."),
                Arguments.of(REPEATED_CONTACT, "I emailed three times and never got a reply."),
                Arguments.of(RECURRING_FAULT, "The washing machine broke again two weeks after the repair."),
                Arguments.of(RECURRING_FAULT, "Same problem again: the screen flickers and goes black."),
                Arguments.of(RECURRING_FAULT, "The app keeps crashing when I open my basket."),
                Arguments.of(RECURRING_FAULT, "This is the second time it broke this year."),
                Arguments.of(RECURRING_FAULT, "The replacement has the same keyboard fault as the first one."),
                Arguments.of(REPEATED_CONTACT, "I have written to you before about this charge."),
                Arguments.of(MILD_WORDING, "Sorry to bother you, but the lid was cracked when it arrived."),
                Arguments.of(MILD_WORDING, "I don't want to make a fuss, just wanted to let you know."),
                Arguments.of(MILD_WORDING, "Could you send a new one, if possible?"),
                Arguments.of(MILD_WORDING, "I was a little disappointed with the colour."),
                Arguments.of(MILD_WORDING, "It's not a big deal, the box was dented."),
                Arguments.of(CHURN_THREAT, "I finally cancelled my membership after the third price rise."),
                Arguments.of(CHURN_THREAT, "After this trip you have lost two loyal customers."),
                Arguments.of(CHURN_THREAT, "I asked them to cancel my contract last week."),
                Arguments.of(REPEATED_CONTACT, "I have phoned your team on several occasions."),
                Arguments.of(REPEATED_CONTACT, "I have made several attempts to get this corrected."),
                Arguments.of(REPEATED_CONTACT, "I am once again asking you to refund the deposit."),
                Arguments.of(REPEATED_CONTACT, "I emailed the support desk twice last month."),
                Arguments.of(REPEATED_CONTACT, "This is my third complaint about the same charge."),
                Arguments.of(LEGAL_THREAT, "If this is not fixed I will be filing a civil suit."),
                Arguments.of(LEGAL_THREAT, "I am getting a lawyer involved next week."),
                Arguments.of(LEGAL_THREAT, "Otherwise I will escalate this matter to federal court."),
                Arguments.of(LEGAL_THREAT, "You leave us no option but to seek legal help."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I am going to share this story with the public."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I will put out a public press release about this."),
                Arguments.of(REGULATOR_MENTION, "I will be filing a complaint with the FDIC."),
                Arguments.of(REGULATOR_MENTION, "A copy of this letter goes to the state Department of Banking."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I fell behind on making payments last winter."),
                Arguments.of(DEMANDS_IMMEDIACY, "Give me my money back now!"),
                Arguments.of(REPEATED_CONTACT, "I spoke with them on three separate occasions."),
                Arguments.of(REPEATED_CONTACT, "I only got through to a person on the second call."),
                Arguments.of(LEGAL_THREAT, "My next step is to sue the furnisher."),
                Arguments.of(LEGAL_THREAT, "I am now in the process of filing a civil lawsuit against the servicer."),
                Arguments.of(LEGAL_THREAT, "I retain my right to personally sue the credit bureau."),
                Arguments.of(LEGAL_THREAT, "I will be forced to join a class action against them."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I can not afford that payment anymore."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I cant afford the new monthly payment."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I have been struggling with these payments since March."),
                Arguments.of(VULNERABILITY_RESILIENCE, "If they refused I would have to file bankruptcy."),
                Arguments.of(REPEATED_CONTACT, "I have called them daily for two weeks."),
                Arguments.of(CHURN_THREAT, "Never to book with them again."),
                Arguments.of(CHURN_THREAT, "Looks like I'll be switching over to another app."),
                Arguments.of(CHURN_THREAT, "One more crash and I will switch to another player."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I'm broke, how do you expect me to pay this?"),
                Arguments.of(DEMANDS_IMMEDIACY, "Can you look into this ASAP?"),
                Arguments.of(CHURN_THREAT, "Stuck in Denver for the second night. #neveragain"),
                Arguments.of(CHURN_THREAT, "Lost my bag twice this month #NeverFlyBadAir"),
                Arguments.of(CHURN_THREAT, "Maybe next time I'll fly another carrier."),
                Arguments.of(CHURN_THREAT, "Long time flyer switching airlines after this."),
                Arguments.of(CHURN_THREAT, "I will never fly Delta or its partners again."),
                Arguments.of(DEMANDS_IMMEDIACY, "Refund me immediately, the parcel never came."),
                Arguments.of(REPEATED_CONTACT, "I have written and called about the missing refund."),
                Arguments.of(REPEATED_CONTACT, "We called and called but the engineer never turned up."),
                Arguments.of(REPEATED_CONTACT, "I have phoned you 4 x since the boiler broke."),
                Arguments.of(REPEATED_CONTACT, "Second time cut off by your helpline this morning."),
                Arguments.of(REPEATED_CONTACT, "The 3rd time being put on hold for an hour today."),
                Arguments.of(REPEATED_CONTACT, "I then called back and asked for a manager."),
                Arguments.of(REPEATED_CONTACT, "I spoke to another agent who promised the same thing."),
                Arguments.of(REPEATED_CONTACT, "We repeatedly advised the bank that the charge was fraud."),
                Arguments.of(REPEATED_CONTACT, "I have sent several validation requests and got nothing back."),
                Arguments.of(REPEATED_CONTACT, "Twice now I've tried to call the store."),
                Arguments.of(REPEATED_CONTACT, "I have told them many times that the card was stolen."),
                Arguments.of(REPEATED_CONTACT, "I continued to ask for a supervisor for weeks."),
                Arguments.of(REPEATED_CONTACT, "I have been disputing this account since March."),
                Arguments.of(REPEATED_CONTACT, "I submitted the form once again in June."),
                Arguments.of(REPEATED_CONTACT, "I got through after at least 12 calls."),
                Arguments.of(REPEATED_CONTACT, "This is the third time I have written about the fee."),
                // the word after the subject, a count without its verb, "a number of", two contacts in one
                // sentence, and the channel named between the verb and its count
                Arguments.of(REPEATED_CONTACT, "I once again called the lender about the escrow."),
                Arguments.of(REPEATED_CONTACT, "We yet again, wrote to the servicer."),
                Arguments.of(REPEATED_CONTACT, "I have 4 times and still nobody fixed the billing."),
                Arguments.of(REPEATED_CONTACT, "I filed a number of complaints about the late fee."),
                Arguments.of(REPEATED_CONTACT, "I phoned them a number of times about my card."),
                Arguments.of(REPEATED_CONTACT, "I mailed a dispute in March and then called them in April."),
                Arguments.of(REPEATED_CONTACT, "We contacted the branch and later emailed the head office."),
                Arguments.of(REPEATED_CONTACT, "I contacted the bank via phone multiple times about the deposit."),
                // a new airline or carrier, found or to be found, a move to another account; a suit carried on;
                // urgency as a phrase; the bureau by its web site
                Arguments.of(CHURN_THREAT, "After this delay it is time to find new airline."),
                Arguments.of(CHURN_THREAT, "I have a new carrier now, thanks for nothing."),
                Arguments.of(CHURN_THREAT, "We are moving to @OtherAir after this."),
                Arguments.of(CHURN_THREAT, "I will be closing my account with you soon."),
                Arguments.of(CHURN_THREAT, "Your airline has lost mine and my families business."),
                Arguments.of(CHURN_THREAT, "After this I am going to stop being a customer."),
                Arguments.of(CHURN_THREAT, "I will do my best never to utilize you again."),
                Arguments.of(CHURN_THREAT, "I moved my account to BB&T last week."),
                // round 17: papers sent twice, requests counted without a verb, attempts counted, contacts over a
                // span or on a list of dates, a count in words and digits, a second written request, "I been"
                Arguments.of(REPEATED_CONTACT, "I mailed the forms to them twice."),
                Arguments.of(REPEATED_CONTACT, "Despite my numerous written requests the fee is still there."),
                Arguments.of(REPEATED_CONTACT, "After multiple failed attempts to reach a supervisor I gave up."),
                Arguments.of(REPEATED_CONTACT, "I tried to get through to billing at least 6 times."),
                Arguments.of(REPEATED_CONTACT, "Over the past two weeks I have contacted the branch."),
                Arguments.of(REPEATED_CONTACT, "We wrote to them on 03/04/2024 and 03/18/2024 about the escrow."),
                Arguments.of(REPEATED_CONTACT, "I have asked them three (3) times for the payoff letter."),
                Arguments.of(REPEATED_CONTACT, "This is my second formal complaint about the same charge."),
                Arguments.of(REPEATED_CONTACT, "We been emailing the claims team since June."),
                Arguments.of(CHURN_THREAT, "So I finally found a better bank across the street."),
                Arguments.of(CHURN_THREAT, "Never going back there, the service was awful."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I'm going to let the world know how you treat customers."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I wasnt able to pay my rent that month."),
                Arguments.of(VULNERABILITY_RESILIENCE, "My pension is all I have to survive on."),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "We have not worked since March because the plant closed."),
                // round 18: job loss misspelt, without "my", as a noun
                Arguments.of(VULNERABILITY_LIFE_EVENT, "I was scared I would loose my job over this."),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "My husband lost employment in the spring."),
                Arguments.of(VULNERABILITY_LIFE_EVENT, "After a sudden job loss we missed two payments."),
                // round 19: a farewell without "be", business never done again, the account wanted closed, an
                // explanation kept repeating, no debt payable
                Arguments.of(CHURN_THREAT, "After this trip I will not book @JetBlue ever again."),
                Arguments.of(CHURN_THREAT, "We will never do business with this bank again."),
                Arguments.of(CHURN_THREAT, "I want my savings account closed by Friday."),
                Arguments.of(REPEATED_CONTACT, "We kept disputing the late fee with the servicer."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I am unable to pay any of my credit cards this month."),
                // round 20: the bureau misnamed or its acronym mistyped; a different airline booked next; the press
                // release further from the customer's verb
                Arguments.of(REGULATOR_MENTION, "I filed a complaint with the CFBP last week."),
                Arguments.of(REGULATOR_MENTION, "I reported them to the Consumer Financial Protection Board."),
                Arguments.of(CHURN_THREAT, "About to book on a different airline for the holidays."),
                // round 21: the last time ever, never wanting to again, a customer fewer; made public; calling
                // for a span without the subject
                Arguments.of(CHURN_THREAT, "That was the last time I will ever book with you."),
                Arguments.of(CHURN_THREAT, "I never want to shop at this store again."),
                Arguments.of(CHURN_THREAT, "You now have one less customer."),
                Arguments.of(PUBLIC_EXPOSURE_THREAT, "I'll make it public if this isn't fixed."),
                Arguments.of(REPEATED_CONTACT, "Been calling for over two days about my refund."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "I may be detailing all of the issues with your company via an online public press release."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "Depending on your answer, I will also be detailing the problems via an online public press"
                                + " release."),
                Arguments.of(LEGAL_THREAT, "I intend to follow through with the suit if this is not fixed."),
                Arguments.of(DEMANDS_IMMEDIACY, "Time is of the essence here, please fix my account."),
                Arguments.of(REGULATOR_MENTION, "I will report your company to consumerfinance.gov today."),
                // hardship told in other words: bankruptcy said short, a loan in default or delinquent, the
                // customer's own days late, money run short, a home sold short or foreclosed upon
                Arguments.of(VULNERABILITY_RESILIENCE, "I filed bk last year and they still report the old balance."),
                Arguments.of(VULNERABILITY_RESILIENCE, "They still report my bk as open."),
                Arguments.of(VULNERABILITY_RESILIENCE, "My student loan is in default and nobody tells me why."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Our mortgage became delinquent after the escrow change."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I am only 30 days past due, not 60."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I fell 30 days behind with my payments after the surgery."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I'm running out of money to pay for hotels here."),
                Arguments.of(VULNERABILITY_RESILIENCE, "They charged me money that I did not have."),
                Arguments.of(VULNERABILITY_RESILIENCE, "We do not have additional funds to cover the shortage."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I ran into trouble paying the card so we agreed a plan."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I am not receiving any kind of income right now."),
                Arguments.of(VULNERABILITY_RESILIENCE, "The new payment is beyond what I can afford."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I am trying to complete a short sale of my property."),
                Arguments.of(VULNERABILITY_RESILIENCE, "My house was foreclosed upon in 2016."),
                // surgery with its kind named, an injury of the customer's own, medical treatment after an accident
                Arguments.of(VULNERABILITY_HEALTH, "In March I had emergency surgery and missed two payments."),
                Arguments.of(VULNERABILITY_HEALTH, "I was hurt on the job and could not work for four months."),
                Arguments.of(
                        VULNERABILITY_HEALTH, "The card was declined while I was recovering from my sports injury."),
                Arguments.of(VULNERABILITY_HEALTH, "I was in a car accident that required medical treatment."),
                Arguments.of(VULNERABILITY_RESILIENCE, "The hold on my wages means I will not be able to pay rent."),
                // letters about a payment are contacts, only the payment sent is not
                Arguments.of(REPEATED_CONTACT, "I sent multiple letters regarding payment to the bureau."),
                Arguments.of(CHURN_THREAT, "After this I will never ever shop with you again."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "I called the shop in May. Then I faxed the form. Later I sent a letter to the manager."),
                Arguments.of(SignalType.VULNERABILITY_LIFE_EVENT, "I am caring for my elderly mother at home."),
                Arguments.of(SignalType.VULNERABILITY_LIFE_EVENT, "I spend my days taking care of my ailing father."),
                Arguments.of(
                        SignalType.VULNERABILITY_LIFE_EVENT,
                        "My mum passed away in May and the bills are in her name."),
                // recurring across rounds: a contact told again by its date ("first on ... and again on ...")
                Arguments.of(
                        REPEATED_CONTACT,
                        "I wrote to the bank first on 02/03/2023 and again on 02/17/2023 about the fee."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "My wife told the lender on 4/2/2024, and again on 4/9/2024, that the payment was sent."),
                // recurring across rounds: contacts on a list of dates, the verb further away or after the dates
                Arguments.of(
                        REPEATED_CONTACT,
                        "I phoned the servicer at the number on the letter on 01/05/2024, 01/12/2024 and 01/19/2024."),
                Arguments.of(REPEATED_CONTACT, "On 6/1/2023 and 6/8/2023 I emailed the billing team about the fee."),
                // recurring across rounds: contacts counted after "so many" or "even with"
                Arguments.of(REPEATED_CONTACT, "After so many emails the late fee was finally taken off."),
                Arguments.of(REPEATED_CONTACT, "The error is still there even with several emails to your office."),
                // recurring across rounds: the customer's own tries counted far from the verb
                Arguments.of(REPEATED_CONTACT, "I have attempted several times to have the wrong address removed."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "I tried to correct the balance on my statement with this agency numerous times."),
                // recurring across rounds: people of the company counted in other words
                Arguments.of(REPEATED_CONTACT, "I had to speak to numerous agents before the card was unblocked."),
                Arguments.of(REPEATED_CONTACT, "Two different managers told me two different stories."),
                // recurring across rounds: contact kept up ("I have been in contact with")
                Arguments.of(REPEATED_CONTACT, "I have been in contact with the servicer about this escrow error."),
                // recurring across rounds: "called again" told without the customer named
                Arguments.of(REPEATED_CONTACT, "Called again and was told the same thing by a new agent."),
                Arguments.of(REPEATED_CONTACT, "After calling in again about the refund I still had no answer."),
                // recurring across rounds: the farewell written as one glued word (a hashtag without its sign)
                Arguments.of(CHURN_THREAT, "Lost my bags twice this month, NoMoreAcmeAir."),
                Arguments.of(CHURN_THREAT, "Ruined trip and no help at the desk, WontFlyThemEver."),
                // recurring across rounds: no more trips, said with "will not be" or "will not do it again"
                Arguments.of(CHURN_THREAT, "After this delay our family will not be flying with you."),
                Arguments.of(CHURN_THREAT, "We tried their premium cabin once and we will not do it again."),
                // recurring across rounds: a debt discharged in or included in a bankruptcy, without "my"
                Arguments.of(
                        VULNERABILITY_RESILIENCE,
                        "The old card balance was discharged in bankruptcy years ago but still shows as owed."),
                Arguments.of(
                        VULNERABILITY_RESILIENCE,
                        "Both store cards were included in a Chapter 7 bankruptcy and should show a zero balance."),
                // recurring across rounds: what cannot be paid at once, or because of a family illness
                Arguments.of(VULNERABILITY_RESILIENCE, "We cannot pay in one lump sum after the repair bill."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I was not able to pay due to my son having surgery in March."),
                // recurring across rounds: income gone or cut
                Arguments.of(VULNERABILITY_RESILIENCE, "My income dropped by half after the plant closed."),
                Arguments.of(VULNERABILITY_RESILIENCE, "I have not been paid for three weeks because of the strike."),
                // recurring across rounds: name-calling aimed at the company, glued or shortened obscenities
                Arguments.of(ABUSIVE_LANGUAGE, "Seven hours on the tarmac and no water, you are hostage takers."),
                Arguments.of(ABUSIVE_LANGUAGE, "Update your website, you dinosaurs."),
                Arguments.of(ABUSIVE_LANGUAGE, "Honestly, you people are total asses."),
                Arguments.of(ABUSIVE_LANGUAGE, "Stuck at the gate for fkn five hours."),
                Arguments.of(ABUSIVE_LANGUAGE, "Stuck again, takemehomeFUCKINairline"),
                // recurring across rounds: the customer's own injury told with "a", an adverb, a lasting state or a
                // broken bone
                Arguments.of(VULNERABILITY_HEALTH, "Because of a back injury I could not work for most of the spring."),
                Arguments.of(VULNERABILITY_HEALTH, "I was badly injured in a car accident and missed two payments."),
                Arguments.of(VULNERABILITY_HEALTH, "I have been out of work since my car accident in the winter."),
                Arguments.of(VULNERABILITY_HEALTH, "Stuck at home with a broken ankle and the router is dead again."),
                // recurring across rounds: tries that keep ending at the same wall, near a contact
                Arguments.of(
                        REPEATED_CONTACT,
                        "For three days I have tried to phone you and keep getting an automated message."),
                Arguments.of(REPEATED_CONTACT, "I tried to reach support by chat but keep hitting a wall."),
                Arguments.of(REPEATED_CONTACT, "We keep leaving voicemails for the claims team about the refund."),
                Arguments.of(REPEATED_CONTACT, "The hotline keeps telling me to call back later."),
                // recurring across rounds: the customer's tries counted in forms not taken before
                Arguments.of(
                        REPEATED_CONTACT, "The late fee is still there although I have disputed it numerous of times."),
                Arguments.of(REPEATED_CONTACT, "Over the summer I sent in many disputes about the closed account."),
                Arguments.of(REPEATED_CONTACT, "I have several attempts to get the address corrected on record."),
                // recurring across rounds: the account wanted closed with words between, this account to be closed,
                // or closed after the data is deleted
                Arguments.of(CHURN_THREAT, "I want my joint savings account closed by Friday."),
                Arguments.of(CHURN_THREAT, "Once the refund is back I can close this credit card account for good."),
                Arguments.of(CHURN_THREAT, "Please have my personal details deleted and my accounts closed."),
                // recurring across rounds: the customer's bankruptcy as the bureaus report it, without "my"
                Arguments.of(
                        VULNERABILITY_RESILIENCE,
                        "The bureaus are still reporting a discharged Chapter 7 bankruptcy on every report."),
                Arguments.of(
                        VULNERABILITY_RESILIENCE,
                        "The bankruptcy listed on the report should have dropped off by now."),
                Arguments.of(VULNERABILITY_RESILIENCE, "Please remove the public record of bankruptcy from the file."),
                Arguments.of(VULNERABILITY_RESILIENCE, "The bankruptcy is over ten years old and should be gone."),
                // recurring across rounds (false alarms silenced): what must still fire
                Arguments.of(DEMANDS_IMMEDIACY, "Please fix my account now, I have waited a week."),
                Arguments.of(REGULATOR_MENTION, "I have filed a complaint with the FTC about these charges."),
                Arguments.of(LEGAL_THREAT, "If the charge is not removed I will see you in court."),
                // round 27: the company told what it lost, with "you" before the business or the customer
                Arguments.of(CHURN_THREAT, "That second cancellation has lost you my business for good."),
                Arguments.of(CHURN_THREAT, "Your hidden bag fees just cost you a loyal customer."),
                // round 23: a news outlet tagged by the customer is still a threat when no repost marks it
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT, "Delta lost my bag again and I am sending my story to @WSJ today."),
                // round 23: the customer will make sure all the world knows; contacts counted with "a couple"
                // and no "of"
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "Your staff lost my luggage twice and I will make sure the whole world knows about it."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "After this mess I will make sure to let everybody I know know what happened to my refund."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "We are going to make sure that everyone hears how you treated my mother."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "I sent a couple emails to your refunds team last month and the money is still missing."),
                Arguments.of(REPEATED_CONTACT, "We made a couple calls to the billing office about the double charge."),
                // round 24: a rival named by its handle as the coming choice, or tersely with "next time"; "nvr" for
                // "never"; not flying with the company again without "will"; contacts told as a list of channels
                Arguments.of(CHURN_THREAT, "After three hours on hold I will be trying @SkyFast for my next trip."),
                Arguments.of(
                        CHURN_THREAT, "Nobody at the desk could help me, so I am ready to just go with @BlueWing."),
                Arguments.of(CHURN_THREAT, "Four hours late again and no food on board. @SkyFast next time."),
                Arguments.of(CHURN_THREAT, "The crew lost our stroller, next time @BlueWing it is."),
                Arguments.of(CHURN_THREAT, "We waited six hours at the gate, I will nvr fly with them again."),
                Arguments.of(CHURN_THREAT, "After this mess we are not flying with you again."),
                Arguments.of(REPEATED_CONTACT, "I tried by email, chat, and phone and nobody fixed the refund."),
                Arguments.of(
                        REPEATED_CONTACT, "We reached the claims team via letter, email and phone over two weeks."),
                // round 25: a condition said as what the person is
                Arguments.of(VULNERABILITY_HEALTH, "My son is autistic and the gate change upset him for hours."),
                Arguments.of(VULNERABILITY_HEALTH, "We travel with my daughter who has cerebral palsy."),
                // round 25: contacts told by how long they went on; by the hang-ups and holds they came to, counted
                // ("3x", "x 3") or once more; by the people or lines tried; "diff" for "different" and a word
                // between "another" and "airline" in a farewell
                Arguments.of(REPEATED_CONTACT, "Been phoning your baggage office all afternoon about my missing case."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Contacting your help desk for six hours today and the booking is still wrong."),
                Arguments.of(REPEATED_CONTACT, "Your reservations line hung up on me 3x this evening."),
                Arguments.of(REPEATED_CONTACT, "On hold forty minutes x 2 and my seat change is still not done."),
                Arguments.of(REPEATED_CONTACT, "Back on hold again with your baggage desk this morning."),
                Arguments.of(
                        REPEATED_CONTACT, "I tried with numerous reps at two airports and nobody could rebook us."),
                Arguments.of(REPEATED_CONTACT, "We tried various numbers for your lost luggage office today."),
                Arguments.of(REPEATED_CONTACT, "I spoke with various supervisors about the missing voucher."),
                Arguments.of(CHURN_THREAT, "After this delay I am going to book a diff carrier next summer."),
                Arguments.of(CHURN_THREAT, "Time to search for a new dependable carrier for our family trips."),
                // round 26: the people reached, told without "times"; contacting kept up with no count; a count on the
                // thing sent or the channel used
                Arguments.of(REPEATED_CONTACT, "I have talked to seven today and nobody can find my bag."),
                Arguments.of(REPEATED_CONTACT, "I have talked with 4 already about the refund."),
                Arguments.of(REPEATED_CONTACT, "Every supervisor I talked to gave me a different answer."),
                Arguments.of(REPEATED_CONTACT, "I contacted everybody who might help with my lost ticket."),
                Arguments.of(REPEATED_CONTACT, "I have been through five agents and still no seat."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Been emailing them constantly since the flight was cancelled, please answer."),
                Arguments.of(
                        REPEATED_CONTACT, "Each time I try to get through to your reservations team the call drops."),
                Arguments.of(REPEATED_CONTACT, "I keep ringing about the voucher and nothing happens."),
                Arguments.of(REPEATED_CONTACT, "I mailed the receipts to your office four times."),
                Arguments.of(REPEATED_CONTACT, "I have tweeted at your team like 12 times today."),
                // round 26: the switch to a rival left unnamed or to anyone; the customer already gone
                Arguments.of(CHURN_THREAT, "Honestly I would rather pick some other airline next time."),
                Arguments.of(CHURN_THREAT, "I am choosing a cheaper carrier for the holidays."),
                Arguments.of(CHURN_THREAT, "From now on I buy my tickets from your competitors."),
                Arguments.of(CHURN_THREAT, "I can travel with anybody, so why would I stay."),
                Arguments.of(CHURN_THREAT, "After this we are trying a better airline for the summer."),
                Arguments.of(CHURN_THREAT, "We stopped booking with them after the last strike."),
                // round 26: an operation still read as one
                Arguments.of(VULNERABILITY_HEALTH, "I had an operation on my knee last month and need an aisle seat."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void eachSentenceCarriesItsSignal(SignalType type, String sentence) {
        TextAnalysis analysis = analyse(sentence);

        assertThat(analysis.profile().language()).isEqualTo("en");
        assertThat(types(analysis)).contains(type);
        assertThat(detail(analysis, type))
                .get()
                .asString()
                .matches("'.+' at \\d+")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void detailNamesTheWordAndItsOffsetInTheOriginalText() {
        String text = "Hello,\n\nI have now asked my   LAWYER to look at your invoice.";

        TextAnalysis analysis = analyse(text);

        assertThat(detail(analysis, LEGAL_THREAT)).contains("'my LAWYER' at 25");
        assertThat(text.indexOf("my   LAWYER")).isEqualTo(25);
    }

    @Test
    void aStemIsShownToTheEndOfItsWord() {
        TextAnalysis analysis = analyse("They are idiotic beyond belief.");

        assertThat(detail(analysis, ABUSIVE_LANGUAGE)).contains("'idiotic' at 9");
    }

    @Test
    void signalsComeOncePerTypeInDeclarationOrder() {
        TextAnalysis analysis = analyse("Sorry to bother you. My lawyer says the heater caught fire. My lawyer again. "
                + "I called 4 times. Answer immediately or I will tell everyone. You idiots!!!");

        assertThat(types(analysis))
                .containsExactly(
                        SignalType.EXCLAMATION,
                        ABUSIVE_LANGUAGE,
                        LEGAL_THREAT,
                        SAFETY_RISK,
                        PUBLIC_EXPOSURE_THREAT,
                        DEMANDS_IMMEDIACY,
                        REPEATED_CONTACT,
                        MILD_WORDING);
        assertThat(analysis.signals()).extracting(Signal::source).containsOnly(Signal.Source.TEXT);
    }

    @Test
    void aCountOfSomethingElseOrAThirdPartyIsNoContactAndBeingPushedOutIsNoThreat() {
        // a count of other things, and the same fault a second time, are not the customer's contacts
        assertThat(types(analyse("The app crashed after at least 12 updates."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("This is the third time I have ordered from you.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("My neighbour will not be able to pay the plumber.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        // a phone handled several times, one call and the company's call back, no contact at all, a multiple
        assertThat(types(analyse("I restarted the phone several times but it still freezes.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I called the bank and they called me back the next day.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I did not call and did not email them."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I have 3 times the balance I expected."))).doesNotContain(REPEATED_CONTACT);
        // round 17's look-alikes: a payment sent twice, complaints read online, a report's inquiries, the
        // company's letters, someone else's span of calls, a joke called sick
        assertThat(types(analyse("I sent the payment twice by mistake."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I found several complaints about this lender online.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("My report shows several hard inquiries I never made.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("For the last 3 months they have called me about a debt I do not owe.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Is this some kind of sick joke?"))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("The job loss figures for the state were in the news.")))
                .doesNotContain(VULNERABILITY_LIFE_EVENT);
        // the company refusing the customer, a farewell only on a condition, "sickening" misspelt
        assertThat(types(analyse("The manager said they will never do business with me.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("If the refund comes I will not book elsewhere again.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("That is sicking behaviour from a bank."))).doesNotContain(VULNERABILITY_HEALTH);
        // the company calling for weeks, a last flight in the past
        assertThat(types(analyse("They have been calling for weeks about a debt.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The last time I flew with them was in 2019.")))
                .doesNotContain(CHURN_THREAT);
        // a move of house, someone else's suit, a carrier only supposed
        assertThat(types(analyse("I'm moving to Texas next month and need to change my address.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The airline said they will proceed with the lawsuit against the passenger.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("If I have a new carrier next year I will let you know.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The bank said it will be closing my account next week.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("My husband will stop being a member of the gym.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("They transferred my account to a collection agency.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The company was publishing a press release about its new card.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        // someone else's default, what a report says of the customer, a question of what if, short sales in
        // general, a neighbour's foreclosure, a facility for disabled people, another person's treatment
        assertThat(types(analyse("The company's loan went into default with its lender.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("Equifax is reporting incorrectly that I am 120 days past due.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("So what if I did not have the funds to buy another ticket?")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("This creates problems when it comes to short sales.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("The staff took ten minutes to unlock the disabled loo.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("The passenger needed medical attention after the turbulence.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        // a lawyer contacted is a third party; the company pushing the customer out is no threat to leave
        assertThat(types(analyse("I have already contacted a lawyer about this.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I have already contacted you about this."))).contains(REPEATED_CONTACT);
        assertThat(types(analyse("They keep adding fees to force me to close my account.")))
                .doesNotContain(CHURN_THREAT);
    }

    @Test
    void aMildWtfIsNotAbuse() {
        // the definitions count "WTF" among the mild expletives; on its own it made calm complainants aggressive
        assertThat(types(analyse("Two hours on the tarmac and no water, wtf?"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("WTF, raha pole ikka tagasi tulnud.", "et"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void courtAsAPlaceIsNotALegalThreat() {
        TextAnalysis analysis = analyse(
                "I collected my order at the food court kiosk and then walked to the tennis court. "
                        + "Your branch in Court Road was closed, and so was the one in court street. The burger was cold.");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void sueAsANameIsNotALegalThreat() {
        TextAnalysis analysis = analyse("Sue from support was very kind and I talked to Sue again on Monday. "
                + "Sue said the refund would take five days. Please pass my thanks to Sue, your colleague.");

        assertThat(types(analysis)).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void attorneyGeneralIsARegulatorNotALawyer() {
        TextAnalysis analysis = analyse("I sent a copy to the Attorney General of Ohio.");

        assertThat(types(analysis)).contains(REGULATOR_MENTION).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void aProductNamedFireIsNotASafetyRisk() {
        TextAnalysis analysis =
                analyse("My Kindle Fire tablet will not charge and the Fire TV Stick remote is missing. "
                        + "I ordered an Amazon Fire HD 10 as well.");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    @Test
    void firedAsDismissalIsNotASafetyRisk() {
        TextAnalysis analysis =
                analyse("The agent was rude and should be fired. Please fire whoever approved this policy.");

        assertThat(types(analysis)).doesNotContain(SAFETY_RISK);
    }

    @Test
    void theProductNameDoesNotHideARealFire() {
        TextAnalysis analysis = analyse("My Kindle Fire caught fire while charging overnight.");

        assertThat(detail(analysis, SAFETY_RISK)).contains("'caught fire' at 15");
    }

    @Test
    void narrativeImmediatelyIsNotADemand() {
        TextAnalysis analysis = analyse("When the parcel arrived damaged I immediately called your helpline.");

        assertThat(types(analysis)).doesNotContain(DEMANDS_IMMEDIACY);
    }

    @Test
    void writingForTheThirdTimeIsRepeatedContactNotARecurringFault() {
        TextAnalysis analysis = analyse("THIS IS THE THIRD TIME I AM WRITING about my refund.");

        assertThat(types(analysis)).contains(REPEATED_CONTACT).doesNotContain(RECURRING_FAULT);
        assertThat(types(analyse("This is the third time it broke."))).contains(RECURRING_FAULT);
    }

    @Test
    void theCompanyClosingTheAccountIsNoChurnThreat() {
        assertThat(types(analyse("The bank closed my account without warning and kept my balance.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("They decided to close my accounts after one late payment.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The letter said the bank will no longer do business with me.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I recently changed bank accounts for the direct debit.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I closed my account and moved my savings."))).contains(CHURN_THREAT);
    }

    @Test
    void theCompanyCallingTheCustomerIsNoRepeatedContact() {
        assertThat(types(analyse("I have been called several times a day by the collector.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("They keep calling me 5 times a day about a debt I paid.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("They call my phone twice a day, even on Sundays.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The balance was not previously reported on my file.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I called them 5 times about the debt."))).contains(REPEATED_CONTACT);
    }

    @Test
    void nowInAQuestionOrADescriptionIsNotADemand() {
        assertThat(types(analyse("My flight is cancelled, what do I do now?"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("Not impressed with your app right now!"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("When I saw the charge I called the bank right away to cancel the card.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
    }

    @Test
    void financialDangerAndLegalInjuryAreNoSafetyRisk() {
        assertThat(types(analyse("We were in danger of losing the house to foreclosure.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("Any inaccuracy may be grounds for injury-in-fact.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("To add injury to insult, the refund bounced.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("The statement sparked a concern about my loan.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("I feel my money is not safe with this bank.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("The hospital billed me for an emergency room visit I never had.")))
                .doesNotContain(SAFETY_RISK);
    }

    @Test
    void theCompanysLawsuitIsNotTheCustomersLegalThreat() {
        assertThat(types(analyse("If I do not pay they will go on threatening us with a lawsuit.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("She said there would be a lawsuit filed against me.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I was never given my day in court."))).doesNotContain(LEGAL_THREAT);
    }

    @Test
    void lawsuitsOfOthersTheCollectorsCourtAndEvidenceInCourtAreNoLegalThreat() {
        assertThat(types(analyse("The lender has been facing several lawsuits over its fees.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("A class action against the servicer was settled last year.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("The collector told me I need to get a lawyer.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("They will refer my account to an attorney if I do not pay.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I missed the court date because the summons went to my old address.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I was never sued by the bank."))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("The statute says no agency shall commence litigation without a written assignment.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("A verbal promise would not hold up in court.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I was charged $170 in court fees."))).doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("They said they would take legal steps if I did not pay by Friday.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("My bankruptcy attorney filed the papers in March.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I contacted the Attorney 's office and they asked me to send it.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I received a summons from an attorney for the collector.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I contacted my attorney to file bankruptcy again.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("My connection on SU 100 was cancelled and nobody rebooked me.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I sued the dealer last year and won."))).contains(LEGAL_THREAT);
        assertThat(types(analyse("I will file a lawsuit if the account is not removed.")))
                .contains(LEGAL_THREAT);
    }

    @Test
    void theCompanysPromiseOrAPastNeedIsNoDemand() {
        assertThat(types(analyse("I called to cancel and they said the refund would be sent immediately.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse(
                        "When I called to cancel, the rep assured me the charge would be reversed right away.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I need my refund, they said it would be processed asap.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("They told me I needed to call the fraud department immediately.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I contacted my bank immediately to stop the payment.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I called Chase right away to cancel the card.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse(
                        "The agent agreed my bill should be adjusted and it would be updated within 24 hours.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("They sent it to an email I never use to get my bill, now I got no service at all.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I was told it would be resolved immediately.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("They said no, so I want this fixed immediately.")))
                .contains(DEMANDS_IMMEDIACY);
        // the customer's own words: "said" and "told" are a promise only with what the company said
        assertThat(types(analyse("I said fix this now or I cancel my account.")))
                .contains(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I told them I want a refund immediately."))).contains(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("They said they would call me back. Please call me back immediately.")))
                .contains(DEMANDS_IMMEDIACY);
    }

    @Test
    void aBankruptcyNamedOrDeniedAndCantMakeItAreNoHardship() {
        assertThat(types(analyse("The original lender has since filed bankruptcy.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("Please send me a report showing no bankruptcy.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("We are seniors and were never bankrupt."))).doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("I checked with the Bankruptcy Court and they do not report to the bureaus.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("I was not in foreclosure when they charged the inspection fees.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("You can't make this up."))).doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("I couldn't make it work after the update.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("The discount is only for low income families.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("I filed for bankruptcy last year."))).contains(VULNERABILITY_RESILIENCE);
    }

    @Test
    void theCompanyCallingOftenOrNobodyCaringIsNoRepeatedContact() {
        assertThat(types(analyse("They repeatedly call me at work."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The collector has constantly contacted us since May.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("XYZ Recovery is calling me every day about a debt I paid.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Nobody cares about passengers anymore."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I receive calls at least 2 times a day from the collector.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("They ring me 5 times a day about a debt I paid.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I have to charge my phone 4 times a day since the update.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I called them 3 times a day for a week."))).contains(REPEATED_CONTACT);
    }

    @Test
    void warningOthersOrTheBankClosingIsNoChurnAndMoneyOnFireIsNoFire() {
        assertThat(types(analyse("I will never recommend this bank to anyone.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I was afraid of them closing my accounts."))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Wish I hadn't lit $50 on fire on this ticket.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("The charger lit up and caught on fire."))).contains(SAFETY_RISK);
    }

    @Test
    void aBankDepartmentOrDepositInsuranceIsNoRegulator() {
        assertThat(types(analyse("My deposits there are FDIC insured."))).doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("I spoke to the fraud department of the bank.")))
                .doesNotContain(REGULATOR_MENTION);
    }

    @Test
    void idiomsAndSettingsAreNoHealthCondition() {
        assertThat(types(analyse("I was blind sided by the new fee."))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("My requests keep falling on deaf ears."))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("I asked for an immediate seizure of the withdrawals.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("I had disabled overdraft protection years ago.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("The download link seemed disabled on my phone.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("I am disabled and live alone."))).contains(VULNERABILITY_HEALTH);
    }

    @Test
    void theChannelAndACreditReporterAreNoPublicExposure() {
        assertThat(types(analyse("No answer on twitter and the phone line is closed.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("My credit reporter shows the wrong name."))).doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("I will post this on Twitter tonight."))).contains(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void waitingOutADelayIsNoRepeatedContact() {
        assertThat(types(analyse("A 40 minute delay at the gate and we are still waiting!")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I tried to call twice and I am still waiting.")))
                .contains(REPEATED_CONTACT);
    }

    @Test
    void staffOffSickFireDetectorsAndDangerOfMissingAreNoHarm() {
        assertThat(types(analyse("The case manager was out sick that week."))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("The plane turned back because of a fault with the fire detectors.")))
                .doesNotContain(SAFETY_RISK);
        assertThat(types(analyse("This delay has put us into danger of missing the wedding.")))
                .doesNotContain(SAFETY_RISK);
    }

    @Test
    void aStarRatingIsTheReviewItselfNotGoingPublic() {
        assertThat(types(analyse("I gave the blender one star because the lid cracked in a week.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("Zero stars if I could, the strap broke on day two.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("Fix this or I will leave a one star review on every site.")))
                .contains(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void cancellingANamedServiceIsChurnButNotWhenTheProviderCancels() {
        assertThat(types(analyse("Yesterday I phoned to cancel my broadband service after the third outage.")))
                .contains(CHURN_THREAT);
        assertThat(types(analyse("We cancelled service last month and still got a bill.")))
                .contains(CHURN_THREAT);
        assertThat(types(analyse("They said they would cancel my broadband service unless I paid the fee.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The engineer cancelled the service visit twice.")))
                .doesNotContain(CHURN_THREAT);
    }

    @Test
    void anInternetOutageIsNoLackOfDigitalAccess() {
        assertThat(types(analyse("I have been without internet for six days and still pay the full price.")))
                .doesNotContain(SignalType.VULNERABILITY_CAPABILITY);
        assertThat(types(analyse("I was left with no internet after the engineer visit.")))
                .doesNotContain(SignalType.VULNERABILITY_CAPABILITY);
        assertThat(types(analyse("I have no computer, so I cannot see the statements online.")))
                .contains(SignalType.VULNERABILITY_CAPABILITY);
    }

    /**
     * A step the customer disowns ("I will not be going to the ombudsman"), a harm that did not happen,
     * staff's advice, someone else's suit, the company's calls and calling oneself names: each first
     * sentence must not carry the signal; the second, close to it, must.
     */
    static Stream<Arguments> disownedReportedAndOthersSteps() {
        return Stream.of(
                Arguments.of(
                        REGULATOR_MENTION,
                        "We will not be complaining to the Financial Ombudsman, we just want the meter read again.",
                        "I will not be going to the ombudsman if the money is back in my account by Monday."),
                Arguments.of(
                        REGULATOR_MENTION,
                        "I have no intention of reporting you to the CFPB, please just reverse the late fee.",
                        "I won't accept another excuse and will complain to the ombudsman."),
                Arguments.of(
                        REGULATOR_MENTION,
                        "The store manager said we could contact trading standards if we were not happy.",
                        "They refused again, so I went to the Financial Ombudsman."),
                Arguments.of(
                        REGULATOR_MENTION,
                        "Your agent advised me to write to the FCA about it, which is no help at all.",
                        "Your agent advised me to wait a week, but I have written to the FCA about it."),
                Arguments.of(
                        SAFETY_RISK,
                        "The shelf fell over but nobody was injured.",
                        "My son was injured by the broken swing."),
                Arguments.of(
                        SAFETY_RISK,
                        "The socket got warm, it didn't catch fire, it just stopped working.",
                        "The socket got warm and then it caught fire."),
                Arguments.of(
                        SAFETY_RISK,
                        "The Burns Night dinner box came without the haggis.",
                        "The hot plate left burns on my hand."),
                Arguments.of(
                        VULNERABILITY_HEALTH,
                        "I do not have any disability, the seat is simply too small.",
                        "I have a disability and cannot climb the stairs to the locker."),
                Arguments.of(
                        LEGAL_THREAT,
                        "We are not threatening legal action, we only want an answer.",
                        "We are not threatening legal action if you refund us this week."),
                Arguments.of(
                        LEGAL_THREAT,
                        "We will not sue, we only want the deposit back.",
                        "We will not sue provided the deposit is back by Friday."),
                Arguments.of(
                        LEGAL_THREAT,
                        "A friend of mine took your company to court over a loan, so I read the contract twice.",
                        "We are taking you to court next month."),
                Arguments.of(
                        LEGAL_THREAT,
                        "My colleague sued your bank over the same fee and lost.",
                        "My colleague lost his case, but I will sue your bank over this fee."),
                Arguments.of(
                        LEGAL_THREAT,
                        "My brother worked as a lawyer for ten years, so I asked him to read the contract.",
                        "I have asked my lawyer to read the contract."),
                Arguments.of(
                        CHURN_THREAT,
                        "We are not switching banks, we only want the fee corrected.",
                        "I want to cancel my subscription today."),
                Arguments.of(
                        CHURN_THREAT,
                        "I am not going to change providers, the signal is fine now.",
                        "I am not switching providers, provided you fix the signal this week."),
                Arguments.of(
                        CHURN_THREAT,
                        "The agent told me I can cancel my subscription online whenever I like.",
                        "The agent told me I can cancel online, so I will cancel my subscription today."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "I will not share this on social media or call the newspapers, just fix it.",
                        "I won't keep quiet: I will go to the press."),
                Arguments.of(
                        PUBLIC_EXPOSURE_THREAT,
                        "My sister saw your advert on Instagram and recommended you.",
                        "I will post this on Instagram with the photos."),
                Arguments.of(
                        DEMANDS_IMMEDIACY,
                        "There is no rush, it does not need to be sent immediately.",
                        "Please send the replacement immediately, I need it for Monday."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Your call centre rang me six times yesterday to sell me a new plan.",
                        "I have rung your call centre six times and you never call me back."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "You emailed us three times in one day about a survey.",
                        "I emailed you three times in one day about the refund."),
                Arguments.of(
                        ABUSIVE_LANGUAGE,
                        "I feel like a complete idiot for paying upfront.",
                        "Your drivers are idiots who cannot read a house number."),
                Arguments.of(
                        ABUSIVE_LANGUAGE,
                        "I was an idiot to believe your delivery promise.",
                        "You treated me like dirt, you idiots."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "I faxed and mailed the signed form to the servicer on the same day.",
                        "I emailed and phoned the servicer about the signed form."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "The agent spoke to another supervisor while I waited.",
                        "I spoke to another supervisor the following week."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "Its owners have repeatedly told the press that they will help.",
                        "I repeatedly told the branch that the card was stolen."),
                Arguments.of(
                        REPEATED_CONTACT,
                        "I continued to use the card for a while.",
                        "I continued to call the branch for a while."),
                // money sent is no contact; three contacts are
                Arguments.of(
                        REPEATED_CONTACT,
                        "I sent the payment in May. I sent another payment in June. I called them in July.",
                        "I emailed the shop in May. I faxed the form in June. I called them in July."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("disownedReportedAndOthersSteps")
    void aDisownedOrSomeoneElsesStepIsNoSignalButTheCustomersIs(SignalType type, String lookAlike, String signal) {
        assertThat(types(analyse(lookAlike))).doesNotContain(type);
        assertThat(types(analyse(signal))).contains(type);
    }

    @Test
    void aCalmComplaintHasNoSignals() {
        TextAnalysis analysis = analyse("I ordered a blue jacket in size M on 3 March and received a green one. "
                + "Could you arrange an exchange? The order number is 4471-22. Thank you.");

        assertThat(analysis.signals()).isEmpty();
        assertThat(analysis.profile().language()).isEqualTo("en");
    }

    @Test
    void noMoreGluedToAThingIsNoFarewell() {
        assertThat(types(analyse("We waited an hour for our bags, NoMoreCheckedBags.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Lost my bags twice this month, NoMoreAcmeAir.")))
                .contains(CHURN_THREAT);
    }

    @Test
    void recurringFalseAlarmsOfImmediacyRegulatorAndLegalStaySilent() {
        // recurring across rounds: "now" in a question how to go on, after a call that is a noun or a condition
        assertThat(types(analyse("How do I get my refund now?"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("How are we supposed to sort this out now?"))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("Still waiting for a call back now."))).doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("I sent a screenshot of the call, which is now past an hour.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        assertThat(types(analyse("If you call now you only hear a recorded message.")))
                .doesNotContain(DEMANDS_IMMEDIACY);
        // recurring across rounds: a body's rules or notice cited, not gone to
        assertThat(types(analyse("Their letters go against the FTC rules on debt collection.")))
                .doesNotContain(REGULATOR_MENTION);
        assertThat(types(analyse("I enclosed the CFPB notice to furnishers with my dispute.")))
                .doesNotContain(REGULATOR_MENTION);
        // recurring across rounds: a case the customer is a party to or must attend, not a step taken
        assertThat(types(analyse("The card debt was listed in court case 2231 last year.")))
                .doesNotContain(LEGAL_THREAT);
        assertThat(types(analyse("I could not attend the legal proceeding set for the ninth of May.")))
                .doesNotContain(LEGAL_THREAT);
    }

    @Test
    void recurringLookAlikesOfTheCustomersInjuryStaySilent() {
        // recurring across rounds: a broken part of a thing, someone else hurt, an accident only as a claim
        assertThat(types(analyse("The chair came with a broken leg."))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("My driver was injured at work last year."))).doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("The claim from my car accident was paid late.")))
                .doesNotContain(VULNERABILITY_HEALTH);
    }

    @Test
    void recurringLookAlikesOfRepeatedContactStaySilent() {
        // recurring across rounds: no contact near "runaround" or "still have not heard"
        assertThat(types(analyse("The desk staff gave us the runaround about our lost bags.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Our bags are still missing and we still have not heard a word.")))
                .doesNotContain(REPEATED_CONTACT);
        // recurring across rounds: one earlier dispute named, not a round of contacts
        assertThat(types(analyse("We already disputed the late mark with the lender in May.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The collection is a previously disputed item on my file.")))
                .doesNotContain(REPEATED_CONTACT);
        // recurring across rounds: the company's calls taken for the customer's
        assertThat(types(analyse("I have been called at least 5 or 6 times this week by their office.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("This is the fourth time I have been called by their collector this week.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("This week we received two separate calls from an unknown number.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Their collector is constantly calling my parents at home.")))
                .doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void recurringLookAlikesOfTheThirdPassStaySilent() {
        // recurring across rounds: no wall hit by the customer's own tries (calls the company sends, an app)
        assertThat(types(analyse("I keep getting automated calls from your sales team.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I keep getting the same error when I try to pay.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Their agents keep leaving voicemails on my phone.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The app keeps telling me to update."))).doesNotContain(REPEATED_CONTACT);
        // recurring across rounds: a count with no contact, tries at a repair
        assertThat(types(analyse("The modem failed numerous of times this month.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("We had several attempts to fix the leak before the plumber came.")))
                .doesNotContain(REPEATED_CONTACT);
        // recurring across rounds: closing told by the company or as a fact
        assertThat(types(analyse("They told me I can close this account only at a branch.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The bank can close this account without notice.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("My old account was closed and this one is still open.")))
                .doesNotContain(CHURN_THREAT);
        // recurring across rounds: a bankruptcy denied, in the news or of a company
        assertThat(types(analyse("The bureaus are not reporting a bankruptcy for me.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("The news is reporting a bankruptcy at the airline.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
        assertThat(types(analyse("The press reported a bankruptcy of the company last week.")))
                .doesNotContain(VULNERABILITY_RESILIENCE);
    }

    @Test
    void round23LookAlikesOfMakingSureAllKnowAndACoupleStaySilent() {
        // round 23: others who should make sure all know, or asked to; a couple of things sent by the company,
        // received or bought
        assertThat(types(analyse("The crew should make sure everyone knows where the exits are.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("I asked the agent to make sure everyone knows the flight is delayed.")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("They sent a couple emails asking me to rate the flight.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I received a couple emails from your marketing team.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I bought a couple tickets for my parents."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("She made a couple mistakes on my booking."))).doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void aConditionNamedWithNoOneOfTheCustomersIsNoVulnerability() {
        // round 25: the condition said of nobody the customer cares for
        assertThat(types(analyse("The autistic community group praised the new quiet boarding lane.")))
                .doesNotContain(VULNERABILITY_HEALTH);
    }

    @Test
    void whatTheCompanyLostThatIsNoCustomerIsNoChurn() {
        // round 27: "lost you" and "cost you" with something other than the customer or their business
        assertThat(types(analyse("The delay cost you a fortune in vouchers, I am sure.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The agent said the storm cost you a day of flights.")))
                .doesNotContain(CHURN_THREAT);
    }

    @Test
    void aNewsItemRepostedOrCreditedToAnOutletIsNoPublicExposure() {
        // round 23: "RT @outlet:" reposts the outlet's item, "via @outlet" credits a shared link
        assertThat(types(analyse("RT @Reuters: Two carriers agree to merge next spring")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("@delta the story on your late planes http://t.co/ab12 via @WSJ")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
        assertThat(types(analyse("Look at the new seat maps of your fleet via @usatoday")))
                .doesNotContain(PUBLIC_EXPOSURE_THREAT);
    }

    @Test
    void round24LookAlikesOfARivalNextTimeNeverAgainAndChannelListsStaySilent() {
        // round 24: the company addressed tried once more or told what to do next time; "nvr" of a past trouble;
        // no trip until later, a warning to others; the company's silence or its channels
        assertThat(types(analyse("I will try @AirCo support again in the morning.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("@AirCo next time please warn us about the gate change.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I have nvr had a problem with my bags before.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("We are not flying again until the storm passes.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Please do not book with them again, they lost my bag.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I never got any notification via email, text and phone about the change.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Please contact me by phone, email and text once it ships.")))
                .doesNotContain(REPEATED_CONTACT);
    }

    @Test
    void round25LookAlikesOfContactsByTimeHoldsPeopleAndAnotherAirlineStaySilent() {
        // round 25: the company or a collector calling for weeks; money or a card on hold again; the company
        // trying several agents; the next flight sought, not another airline; one hang-up, one long hold
        assertThat(types(analyse("They have been calling me for weeks about an old loan.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The collector kept contacting my family for three days.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The deposit is on hold again until the bank checks it.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("My card is on hold again after the fraud alert.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("They tried several agents before finding the right desk.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Your agent hung up on me."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I sat on hold for ninety minutes before an agent answered.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Time to look for another flight on your airline since this one is cancelled.")))
                .doesNotContain(CHURN_THREAT);
    }

    @Test
    void round26LookAlikesOfPeopleReachedSentCountsRivalsAndOperationalStaySilent() {
        // round 26: things sent to the customer or by the company, counted; the company calling nonstop; a
        // self-service try; staff seen, nobody reached; the company moving the customer, a past trip forced, staff
        // sending others, a habit told; a stop that is no farewell; "operational" and "operating" are no operation
        assertThat(types(analyse("You sent me the wrong voucher three times."))).doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("The statement was mailed to the old address four times.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("They keep calling me nonstop about the balance.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Please stop calling constantly, I do not owe anything.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Every time I try to pick a seat online the page freezes.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Every agent at the gate was rude to the passengers.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("I never spoke to anyone who knew the rules.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Everyone I know has a story about lost bags.")))
                .doesNotContain(REPEATED_CONTACT);
        assertThat(types(analyse("Please rebook me on another airline today."))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("We had to book on another airline to get home for the funeral.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I hate having to fly a different airline."))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("The agent told me to try another carrier at the next desk.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Your staff are telling passengers to try other carriers.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("Whenever I reluctantly use any other airline I am delayed.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I cannot fly with anyone else because of my medical seat.")))
                .doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("They stopped flying to our city last year."))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("I stopped using the card after the fraud."))).doesNotContain(CHURN_THREAT);
        assertThat(types(analyse("My daughter and I will have operational questions about the boarding.")))
                .doesNotContain(VULNERABILITY_HEALTH);
        assertThat(types(analyse("After operating hours nobody answered the desk.")))
                .doesNotContain(VULNERABILITY_HEALTH);
    }
}
