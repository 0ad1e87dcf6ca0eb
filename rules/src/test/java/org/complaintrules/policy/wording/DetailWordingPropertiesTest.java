package org.complaintrules.policy.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Evidence;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.PropertyCheck;
import org.complaintrules.wording.PolicyWording;
import org.junit.jupiter.api.Test;

/**
 * Over generated cases: every detail the default policy's rules write for a piece of evidence, in
 * English, is read by the policy's {@code detail.<CODE>} message, so {@code explain --lang} words it
 * in Russian, Chinese and Estonian. A rule whose detail changes in its rule file without its message
 * fails here. Details that quote the customer's text ({@code 'lawyer' at 34}) and a host's signal
 * ({@code supplied by the host}) are the text's or the host's words, not the rules'.
 */
class DetailWordingPropertiesTest {
    private static final DroolsComplaintAdvisor ADVISOR =
            DroolsComplaintAdvisor.builder().build();
    /** A detail that quotes the text: the words as written, then where they start. */
    private static final Pattern QUOTE = Pattern.compile("'.*' at \\d+", Pattern.DOTALL);

    @Test
    void everyDetailTheRulesWriteIsWordedInEveryOtherLanguage() {
        PolicyWording w = ADVISOR.wording();
        PropertyCheck.check(
                "every detail the rules write reads as its detail message in ru, zh and et",
                CaseGenerator.builder().build(),
                c -> {
                    Advice a = ADVISOR.advise(c.complaintCase());
                    for (Evidence ev : a.evidence()) {
                        if (QUOTE.matcher(ev.detail()).matches() || ev.detail().equals("supplied by the host")) {
                            continue;
                        }
                        for (String lang : List.of("ru", "zh", "et")) {
                            assertThat(w.detail(lang, ev.signal(), ev.detail()))
                                    .as("%s %s: %s", lang, ev.signal(), ev.detail())
                                    .isNotEqualTo(ev.detail());
                        }
                    }
                });
    }
}
