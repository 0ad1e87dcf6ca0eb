package org.complaintrules.drools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;

/**
 * Small case factory for engine tests (the full generators live in the testkit, which depends on this module);
 * public for the tests of the {@code internal} package.
 */
public final class TestCases {
    static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");
    /** The keys every policy needs (the engine reads them), for policies written inline in tests. */
    public static final String MINIMAL_PROPERTIES = """
            name=test-policy
            version=1
            currency=EUR
            type.precedence=AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE
            guardrail.absoluteCap=1000
            deadline.acknowledge=1h
            deadline.respond=24h
            deadline.resolve=3d
            deadline.followUp=10d
            """;

    private TestCases() {}

    static Complaint.Builder complaint(String id) {
        return Complaint.builder(id, RECEIVED, Channel.EMAIL, Category.PRODUCT_QUALITY);
    }

    static ComplaintCase simple(String id) {
        return ComplaintCase.of(
                complaint(id).claimedLoss(Money.of("89.99", "EUR")).build(), Customer.of("K-" + id));
    }

    /**
     * @param id the complaint's id
     * @param contacts how often the customer has contacted us about it
     * @return a simple case with that many contacts
     */
    public static ComplaintCase withContacts(String id, int contacts) {
        ComplaintCase c = simple(id);
        return new ComplaintCase(c.complaint(), c.customer(), new Conversation(contacts, 0, null));
    }

    static ComplaintCase vipShoutingLegal(String id) {
        return ComplaintCase.of(
                complaint(id)
                        .claimedLoss(Money.of("89.99", "EUR"))
                        .signal(SignalType.SHOUTING)
                        .signal(SignalType.LEGAL_THREAT)
                        .build(),
                Customer.builder("K-" + id, Segment.VIP).build());
    }

    static List<ComplaintCase> random(long seed, int n) {
        Random r = new Random(seed);
        List<ComplaintCase> cases = new ArrayList<>(n);
        SignalType[] signals = SignalType.values();
        for (int i = 0; i < n; i++) {
            Complaint.Builder c = Complaint.builder(
                    "C-" + i,
                    RECEIVED.plusSeconds(r.nextInt(1_000_000)),
                    Channel.values()[r.nextInt(Channel.values().length)],
                    Category.values()[r.nextInt(Category.values().length)]);
            if (r.nextBoolean()) {
                c.claimedLoss(Money.of(r.nextInt(2000) + "." + (10 + r.nextInt(90)), "EUR"));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                c.signal(signals[r.nextInt(signals.length)]);
            }
            cases.add(ComplaintCase.of(
                    c.build(),
                    Customer.builder("K-" + i, Segment.values()[r.nextInt(Segment.values().length)])
                            .build()));
        }
        return cases;
    }
}
