package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.SHOUTING;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import org.junit.jupiter.api.Test;

/** A sentence shouted in capitals inside an otherwise normal text is SHOUTING too. */
class ShoutedSentenceTest {

    @Test
    void aShoutedSentenceInANormalTextIsShouting() {
        String text = "I have been patient for weeks and nothing happened. WHERE IS MY REFUND??? "
                + "Please call me back when you have an answer for me, thank you.";

        assertThat(detail(analyse(text), SHOUTING)).contains("'WHERE IS MY REFUND' in capitals at 52");
    }

    @Test
    void oneLetterWordsNeitherExtendNorBreakTheRun() {
        assertThat(detail(
                        analyse("Honestly. THIS IS THE THIRD TIME I AM WRITING to you about it, and it is tiring."),
                        SHOUTING))
                .contains("'THIS IS THE THIRD TIME I AM WRITING' in capitals at 10");
    }

    @Test
    void russianCapitalsCountToo() {
        String text =
                "Курьер опять не приехал, заказ стоит на складе уже неделю. ХВАТИТ МЕНЯ ОБМАНЫВАТЬ, ГДЕ МОЙ ЗАКАЗ! "
                        + "Жду звонка от вашего менеджера сегодня вечером.";
        assertThat(detail(analyse(text, "ru"), SHOUTING))
                .contains("'ХВАТИТ МЕНЯ ОБМАНЫВАТЬ, ГДЕ МОЙ ЗАКАЗ' in capitals at 59");
    }

    @Test
    void namesAndListsOfAcronymsInCapitalsAreNotShouting() {
        assertThat(types(analyse(
                        "I have a card with CAPITAL ONE BANK USA and they reported a late payment by mistake.")))
                .doesNotContain(SHOUTING);
        assertThat(types(analyse("They broke the FCBA, FCRA, HIPAA PRIVACY RULE and FACTA when they shared my file.")))
                .doesNotContain(SHOUTING);
    }

    @Test
    void acronymsAndShortRunsAreNotShouting() {
        assertThat(types(analyse("The FCRA and the CFPB rules say my credit report must be corrected within 30 days.")))
                .doesNotContain(SHOUTING);
        assertThat(types(analyse("My order ABC DEF GH arrived broken; please help me with a replacement soon.")))
                .as("three capital words with 8 letters")
                .doesNotContain(SHOUTING);
        assertThat(types(
                        analyse("Please note: I AM OK with a refund, but the delivery was late and the box was torn.")))
                .as("a one-letter word does not count: I AM OK is two words")
                .doesNotContain(SHOUTING);
    }

    @Test
    void redactionPlaceholdersAreNotShouting() {
        assertThat(types(analyse(
                        "On XX/XX/XXXX I called XXXX XXXX XXXX XXXX about the account ending XXXX and got no answer.")))
                .doesNotContain(SHOUTING);
    }

    @Test
    void aMixedCaseWordEndsTheRun() {
        assertThat(types(analyse("WE WANT Answers NOW from the team, because the delivery was very late again.")))
                .doesNotContain(SHOUTING);
    }

    @Test
    void aShortWholeSentenceInCapitalsIsShouting() {
        // no common short words, fewer than four words: a whole sentence all the same
        String text = "The parcel came two weeks late and the box was wet. I HATE THIS SHOP! I want my money back.";
        assertThat(detail(analyse(text), SHOUTING)).contains("'I HATE THIS SHOP' in capitals at 52");
        assertThat(types(analyse("We waited for the technician all day long. TOTALLY WASTED DAY. Nobody called.")))
                .contains(SHOUTING);
        // a new line starts a sentence: the greeting above it has no full stop
        assertThat(types(analyse("Dear support team\nTOTALLY WASTED DAY! The engineer never came.")))
                .contains(SHOUTING);
        // a full stop without a space after it still ends the sentence before
        assertThat(types(analyse(
                        "Я потеряла на это целый день.НИКОГДА БОЛЬШЕ НЕ ПРИДУ! Деньги так и не вернули.", "ru")))
                .contains(SHOUTING);
    }

    @Test
    void aHeadingAnAbbreviationOrAShortExclamationIsNoShoutedSentence() {
        // a heading on a line of its own ends with no full stop, exclamation or question mark
        assertThat(types(analyse("REQUEST FOR ACCOUNT CLOSURE\nI would like to close my savings account this month.")))
                .doesNotContain(SHOUTING);
        // a full stop inside a name ends no sentence: this heading is not "ЖАЛОБА НА МАГАЗИН МИР."
        assertThat(types(analyse("ЖАЛОБА НА МАГАЗИН МИР.РУ\nЗаказ оформлен давно, а доставки всё нет и нет.", "ru")))
                .doesNotContain(SHOUTING);
        // two words, or a redaction placeholder in the sentence
        assertThat(types(analyse("The courier left the parcel outside in the rain. NOT ACCEPTABLE. Please call me.")))
                .doesNotContain(SHOUTING);
        assertThat(types(analyse("I wrote to you last week. MY XXXX ACCOUNT WAS CLOSED. Nobody explained why.")))
                .doesNotContain(SHOUTING);
    }
}
