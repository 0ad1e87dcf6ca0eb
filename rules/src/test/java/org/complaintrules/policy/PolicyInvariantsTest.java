package org.complaintrules.policy;

import org.complaintrules.testkit.logging.ExpectQuietLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;

/**
 * A quick seeded sweep over the default policy (the QA property suites go further): no guardrail
 * warning, escalation never goes down as offersRejected goes up, escalated cases are never LOW.
 */
// the bundled policy over the samples loads and advises without a warning
@ExpectQuietLog
class PolicyInvariantsTest {
    static final long SEED = 20261120L;
    static final int CASES = 120;

    static ComplaintCase random(Random r, int i, int rejected) {
        Complaint.Builder c = Complaint.builder(
                "C-" + i,
                Instant.parse("2026-11-20T10:15:00Z").plusSeconds(r.nextInt(2_000_000)),
                Channel.values()[r.nextInt(Channel.values().length)],
                Category.values()[r.nextInt(Category.values().length)]);
        if (r.nextInt(4) > 0) {
            c.claimedLoss(Money.of(r.nextInt(1500) + "." + (10 + r.nextInt(90)), "EUR"));
        }
        if (r.nextBoolean()) {
            c.requestedCompensation(Money.of(String.valueOf(r.nextInt(5000)), "EUR"));
        }
        if (r.nextInt(3) == 0) {
            c.satisfactionScore(1 + r.nextInt(5));
        }
        c.publiclyVisible(r.nextInt(5) == 0);
        for (int k = r.nextInt(4); k > 0; k--) {
            c.signal(SignalType.values()[r.nextInt(SignalType.values().length)]);
        }
        int complaints = r.nextInt(12);
        Customer k = Customer.builder("K-" + i, Segment.values()[r.nextInt(Segment.values().length)])
                .lifetimeValue(r.nextBoolean() ? Money.of(String.valueOf(r.nextInt(30000)), "EUR") : null)
                .customerSince(
                        r.nextBoolean()
                                ? LocalDate.of(2005 + r.nextInt(21), 1 + r.nextInt(12), 1 + r.nextInt(28))
                                : null)
                .complaintsLast12Months(complaints)
                .upheldComplaintsLast12Months(complaints == 0 ? 0 : r.nextInt(complaints + 1))
                .compensationLast12Months(r.nextBoolean() ? Money.of(String.valueOf(r.nextInt(3000)), "EUR") : null)
                .build();
        return new ComplaintCase(c.build(), k, new Conversation(1 + r.nextInt(5), rejected, null));
    }

    @Test
    void noWarningsAndEscalationNeverGoesDownAsOffersRejectedGoesUp() {
        ComplaintAdvisor advisor = DefaultPolicyScenariosTest.ADVISORS.defaultAdvisor();
        Random r = new Random(SEED);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long caseSeed = r.nextLong();
            EscalationLevel previous = EscalationLevel.NONE;
            for (int rejected = 0; rejected <= 6; rejected++) {
                Advice a = advisor.advise(random(new Random(caseSeed), i, rejected));
                if (!a.warnings().isEmpty()) {
                    problems.add("seed " + caseSeed + " rejected " + rejected + ": warnings " + a.warnings());
                }
                if (a.escalation().level().compareTo(previous) < 0) {
                    problems.add("seed " + caseSeed + ": level went down from " + previous + " to "
                            + a.escalation().level() + " at offersRejected " + rejected);
                }
                boolean escalated = a.escalation().level() != EscalationLevel.NONE
                        || !a.escalation().teams().isEmpty();
                if (escalated && a.priority() == Priority.LOW) {
                    problems.add("seed " + caseSeed + " rejected " + rejected + ": escalated but LOW priority");
                }
                previous = a.escalation().level();
            }
        }
        assertThat(problems).as("seed %d", SEED).isEmpty();
    }
}
