package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.types;

import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.TextProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short Latin text with little to tell English from Estonian (no õ, ä, ö, ü, few common words) is
 * read with both languages' lists.
 */
class EnglishOrEstonianTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Viime asja kohtusse.               | LEGAL_THREAT
            Te olete idioodid.                 | ABUSIVE_LANGUAGE
            Kirjutan Tarbijakaitseametile.     | REGULATOR_MENTION
            """)
    void aShortEstonianTextWithoutATagIsReadInEstonianToo(String text, SignalType type) {
        TextAnalysis analysis = analyse(text);

        assertThat(types(analysis)).contains(type);
        assertThat(analysis.profile().language()).isEqualTo("en");
        assertThat(analysis.profile().languageInferred()).isTrue();
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cancel this contract immediately.  | DEMANDS_IMMEDIACY
            Lost a loyal customer today.       | CHURN_THREAT
            Idiots. Complete idiots.           | ABUSIVE_LANGUAGE
            Contacted support five times already. | REPEATED_CONTACT
            """)
    void aShortEnglishTextTaggedEstonianIsReadInEnglishToo(String text, SignalType type) {
        TextAnalysis analysis = analyse(text, "et");

        assertThat(types(analysis)).contains(type);
        TextProfile profile = analysis.profile();
        assertThat(profile.language()).isEqualTo("et"); // the reply stays in the tagged language
        assertThat(profile.languageInferred()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kuller ei toonud pakki kohale. I will take you to court.
            Pakk jäi kaks nädalat hiljaks. I will take you to court.
            """)
    void anEnglishSentenceInAShortEstonianTextIsReadInEnglishToo(String text) {
        TextAnalysis analysis = analyse(text, "et");

        assertThat(types(analysis)).contains(SignalType.LEGAL_THREAT);
        assertThat(analysis.profile().language()).isEqualTo("et");
    }

    @Test
    void aTagOfEnglishIsFollowed() {
        assertThat(types(analyse("Viime asja kohtusse.", "en"))).doesNotContain(SignalType.LEGAL_THREAT);
    }
}
