package org.complaintrules.benchmarks;

import java.time.Instant;
import java.util.List;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.GeneratedCase;

/** The cases the benchmarks run. */
final class Mixes {
    /** Seed of the generated corpus: fixed, so every run advises the same cases. */
    static final long CORPUS_SEED = 13;
    /** Size of the generated corpus: large enough that no branch predictor learns it. */
    static final int CORPUS_SIZE = 4_000;

    private Mixes() {}

    /** @return the generated corpus: every persona, language, channel and profile the generator makes */
    static List<ComplaintCase> corpus() {
        return CaseGenerator.builder().seed(CORPUS_SEED).build().stream(CORPUS_SIZE)
                .map(GeneratedCase::complaintCase)
                .toList();
    }

    /** @return five hand-written cases: calm, shouting legal threat, VIP, rip-off, Chinese safety report */
    static List<ComplaintCase> fiveCases() {
        Instant at = Instant.parse("2026-11-20T10:15:00Z");
        return List.of(
                ComplaintCase.of(
                        Complaint.builder("B-1", at, Channel.EMAIL, Category.DELIVERY)
                                .text("My parcel arrived two days late. Could you check what happened?")
                                .claimedLoss(Money.of("12.00", "EUR"))
                                .build(),
                        Customer.of("K-1")),
                ComplaintCase.of(
                        Complaint.builder("B-2", at, Channel.PHONE, Category.PRODUCT_QUALITY)
                                .text("THIS IS THE THIRD TIME THE BLENDER BROKE!!! I WANT MY MONEY BACK NOW OR MY"
                                        + " LAWYER WILL SUE YOU!")
                                .claimedLoss(Money.of("89.99", "EUR"))
                                .build(),
                        Customer.of("K-2")),
                ComplaintCase.of(
                        Complaint.builder("B-3", at, Channel.CHAT, Category.SERVICE_QUALITY)
                                .text("The installation team left before finishing. I expect this fixed tomorrow"
                                        + " morning.")
                                .build(),
                        Customer.builder("K-3", Segment.VIP)
                                .lifetimeValue(Money.of("48000.00", "EUR"))
                                .build()),
                new ComplaintCase(
                        Complaint.builder("B-4", at, Channel.EMAIL, Category.BILLING)
                                .text("Not good enough. I want 500 euros for this.")
                                .claimedLoss(Money.of("40.00", "EUR"))
                                .requestedCompensation(Money.of("500.00", "EUR"))
                                .build(),
                        Customer.builder("K-4", Segment.STANDARD)
                                .compensationLast12Months(Money.of("300.00", "EUR"))
                                .build(),
                        new Conversation(3, 2, Money.of("40.00", "EUR"))),
                ComplaintCase.of(
                        Complaint.builder("B-5", at, Channel.WEB_FORM, Category.SAFETY)
                                .text("充电器着火了，烧伤了我的手！我要找律师！")
                                .build(),
                        Customer.of("K-5")));
    }
}
