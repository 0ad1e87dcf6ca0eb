package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English phrasings found missing or misread in a third audit, on a random sample of one- and two-star
 * marketplace product reviews, written here as sentences of our own: a product that scraped or burned
 * the skin, "I'll never buy another" of a brand, "whore" as name-calling; and the look-alikes of a
 * review of goods, books and music: stitching and seams, "fire fighter" and a book good only as
 * kindling, ears that "bleed" from a song, the verb "to stroke", the "Tropic of Cancer", "widows" for
 * windows and a stranger's widow, a friend's divorce, print too poor to read, "connect the dots", a
 * journalist in a plot, the product used a third time or tried a third time, goods no one returned,
 * children running around, fans taken for idiots, a word mentioned rather than used, and not knowing
 * what to do now.
 */
class EnglishThirdAuditTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK              | The metal clip scraped my stomach every time I sat down.
            SAFETY_RISK              | After an hour the strap had blistered my skin.
            SAFETY_RISK              | The latch pinched my finger so hard it turned purple.
            CHURN_THREAT             | I'll never buy another Acme printer after this mess.
            CHURN_THREAT             | We would never get another one of their kettles.
            ABUSIVE_LANGUAGE         | The seller is a greedy money whore.
            ABUSIVE_LANGUAGE         | Those whores at the shop kept my deposit.
            """)
    void signalIsFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK              | The stitching came apart after one wash and the seams are crooked.
            SAFETY_RISK              | The seams were poorly stitched together and unravelled within a week.
            SAFETY_RISK              | This novel is only good as kindling for a fire.
            SAFETY_RISK              | The box shows a fire fighter on the lid for no reason.
            SAFETY_RISK              | This album made my ears bleed, awful mixing.
            SAFETY_RISK              | I started bleeding from my ears listening to this garbage.
            VULNERABILITY_HEALTH     | I've never seen a swimmer stroke like that in any video.
            VULNERABILITY_HEALTH     | The author writes about the Tropic of Cancer like a tourist.
            VULNERABILITY_LIFE_EVENT | I opened the widows to let the air in.
            VULNERABILITY_LIFE_EVENT | His widow now controls the estate and its royalties.
            VULNERABILITY_LIFE_EVENT | I bought this for a friend going through a divorce and she hated it.
            VULNERABILITY_CAPABILITY | The print quality is so bad that I cannot read it at all.
            REGULATOR_MENTION        | Connect the dots and you will see the pattern.
            PUBLIC_EXPOSURE_THREAT   | The plot follows a young journalist in Berlin.
            REPEATED_CONTACT         | The third time we used the blender the blade came loose.
            REPEATED_CONTACT         | On my third try the installer finally worked.
            REPEATED_CONTACT         | No one returned the item to the shelf.
            REPEATED_CONTACT         | The kids were running around the store all day.
            ABUSIVE_LANGUAGE         | He takes his readers for gullible idiots with this sequel.
            ABUSIVE_LANGUAGE         | They take us all for idiots with these fees.
            ABUSIVE_LANGUAGE         | In one episode the word "idiot" is used twice.
            DEMANDS_IMMEDIACY        | I really don't know what to do now with this broken lamp.
            # guard, passes on main too: praise to the reader, not the customer's own step
            CHURN_THREAT             | You'll never buy another knife once you own this one.
            """)
    void lookAlikeIsNotTheSignal(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).doesNotContain(type);
    }

    // Guards: the signal each look-alike above sits next to still holds (these pass on main's lists too).
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SAFETY_RISK              | I cut my thumb and needed 6 stitches at the clinic.
            SAFETY_RISK              | The charger caught fire on my desk.
            SAFETY_RISK              | My ear was bleeding after using these earbuds.
            VULNERABILITY_HEALTH     | My husband had a stroke last year so I handle our accounts now.
            VULNERABILITY_LIFE_EVENT | I was recently widowed and need help with the account.
            VULNERABILITY_LIFE_EVENT | I am going through a divorce and need to change the account holder.
            VULNERABILITY_CAPABILITY | I cannot read English well, please write to me in Spanish.
            REGULATOR_MENTION        | I reported this to the DOT last week.
            PUBLIC_EXPOSURE_THREAT   | I will forward this to a journalist at the local paper.
            REPEATED_CONTACT         | This is the third time I am writing to you about this refund.
            REPEATED_CONTACT         | On my third call they finally refunded me.
            REPEATED_CONTACT         | Nobody returned my calls for two weeks.
            REPEATED_CONTACT         | I called and they gave me the run around for a month.
            ABUSIVE_LANGUAGE         | You idiots lost my parcel again.
            DEMANDS_IMMEDIACY        | Fix it now.
            """)
    void signalStillFound(SignalType type, String text) {
        assertThat(types(analyse(text, "en"))).contains(type);
    }
}
