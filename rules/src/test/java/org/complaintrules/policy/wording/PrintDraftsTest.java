package org.complaintrules.policy.wording;

import org.complaintrules.api.Advice;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.junit.jupiter.api.Test;

class PrintDraftsTest {
    @Test
    void print() {
        for (String lang : new String[] {"en"}) {
            for (ReplyKind k : ReplyKind.values()) {
                Advice a = Letters.advise(Letters.aggressive(lang, k), RegulatoryProfile.UK_FCA);
                System.out.println("=== " + k + " " + a.complainantType() + " "
                        + a.strategy().responseSteps());
                System.out.println(a.reply().subject() + "\n" + a.reply().body() + "\n"
                        + a.reply().clauses() + "\n" + a.reply().missingFacts());
            }
        }
    }
}
