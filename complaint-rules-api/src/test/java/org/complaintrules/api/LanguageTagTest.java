package org.complaintrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.ComplaintLegalClockTest.complaint;
import static org.complaintrules.api.ComplaintLegalClockTest.invalid;

import org.junit.jupiter.api.Test;

/** {@code complaint.language} is a BCP-47 tag as BCP 47 defines one, private-use and grandfathered tags too. */
class LanguageTagTest {
    @Test
    void everyWellFormedTagIsAcceptedPrivateUseAndGrandfatheredOnesToo() {
        // regression: x-klingon and i-klingon were refused, though BCP 47 defines them as zh-min-nan and en-GB-oed
        for (String tag : new String[] {
            "en",
            "EN",
            "zh-Hans",
            "zh-Hant-TW",
            "de-CH-1996",
            "sr-Latn-RS",
            "es-419",
            "en-u-ca-gregory",
            "en-US-x-twain",
            "x-klingon",
            "X-Klingon",
            "x-a-b",
            "i-klingon",
            "I-KLINGON",
            "i-default",
            "en-GB-oed",
            "zh-min-nan",
            "art-lojban",
            "sgn-CH-DE",
            "yue-HK",
            "zh-yue-HK",
            "und"
        }) {
            assertThat(complaint().language(tag).build().language()).as(tag).isEqualTo(tag);
        }
    }

    @Test
    void aTagThatIsNotWellFormedIsRefusedNamingTheField() {
        for (String tag : new String[] {
            "",
            "English!",
            "x",
            "en-x",
            "i-foo",
            "en--US",
            "-en",
            "en-",
            "abcdefghi",
            "en_US",
            "e",
            "en-a-b",
            "en-Latn-Latn",
            "en-US-US",
            "русский",
            "en-x-" + "abcdefgh-".repeat(4) + "a"
        }) {
            InvalidInputException e = invalid(() -> complaint().language(tag).build());
            assertThat(e.field()).as(tag).isEqualTo("language");
            assertThat(e.detail()).as(tag).startsWith("must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was \"");
        }
    }
}
