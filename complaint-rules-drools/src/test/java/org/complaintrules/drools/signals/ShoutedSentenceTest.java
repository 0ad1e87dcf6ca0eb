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
}
