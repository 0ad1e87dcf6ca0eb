package org.complaintrules.policy.wording;

import org.complaintrules.api.Advice;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.junit.jupiter.api.Test;

class PrintDraftsTest {
    @Test
    void print() {
        for (String lang : new String[] {"en", "ru", "zh", "et"}) {
            for (org.complaintrules.api.ComplaintCase c : java.util.List.of(
                    Letters.aggressive(lang, ReplyKind.RESPONSE),
                    Letters.chronic(lang, ReplyKind.RESPONSE),
                    Letters.vulnerable(lang, ReplyKind.RESPONSE))) {
                ReplyKind k = ReplyKind.RESPONSE;
                Advice a = Letters.advise(c, RegulatoryProfile.UK_FCA);
                System.out.println("=== " + k + " " + a.complainantType() + " "
                        + a.strategy().responseSteps());
                System.out.println(a.reply().subject() + "\n" + a.reply().body() + "\n"
                        + a.reply().clauses() + "\n" + a.reply().missingFacts());
            }
        }
    }
}
