package org.complaintrules.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one {@code advise} call on the bundled default policy, over a small mix of cases
 * (calm, aggressive with a legal threat, VIP, rip-off, Chinese text).
 *
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar AdviseBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdviseBenchmark {
    private ComplaintAdvisor advisor;
    private List<ComplaintCase> cases;
    private int next;

    /** Builds the advisor and the case mix. */
    @Setup
    public void setUp() {
        advisor = DroolsComplaintAdvisor.builder().build();
        Instant at = Instant.parse("2026-11-20T10:15:00Z");
        cases = new ArrayList<>();
        cases.add(ComplaintCase.of(
                Complaint.builder("B-1", at, Channel.EMAIL, Category.DELIVERY)
                        .text("My parcel arrived two days late. Could you check what happened?")
                        .claimedLoss(Money.of("12.00", "EUR"))
                        .build(),
                Customer.of("K-1")));
        cases.add(ComplaintCase.of(
                Complaint.builder("B-2", at, Channel.PHONE, Category.PRODUCT_QUALITY)
                        .text(
                                "THIS IS THE THIRD TIME THE BLENDER BROKE!!! I WANT MY MONEY BACK NOW OR MY LAWYER WILL SUE YOU!")
                        .claimedLoss(Money.of("89.99", "EUR"))
                        .build(),
                Customer.of("K-2")));
        cases.add(ComplaintCase.of(
                Complaint.builder("B-3", at, Channel.CHAT, Category.SERVICE_QUALITY)
                        .text("The installation team left before finishing. I expect this fixed tomorrow morning.")
                        .build(),
                Customer.builder("K-3", Segment.VIP)
                        .lifetimeValue(Money.of("48000.00", "EUR"))
                        .build()));
        cases.add(new ComplaintCase(
                Complaint.builder("B-4", at, Channel.EMAIL, Category.BILLING)
                        .text("Not good enough. I want 500 euros for this.")
                        .claimedLoss(Money.of("40.00", "EUR"))
                        .requestedCompensation(Money.of("500.00", "EUR"))
                        .build(),
                Customer.builder("K-4", Segment.STANDARD)
                        .compensationLast12Months(Money.of("300.00", "EUR"))
                        .build(),
                new Conversation(3, 2, Money.of("40.00", "EUR"))));
        cases.add(ComplaintCase.of(
                Complaint.builder("B-5", at, Channel.WEB_FORM, Category.SAFETY)
                        .text("充电器着火了，烧伤了我的手！我要找律师！")
                        .build(),
                Customer.of("K-5")));
    }

    /** @return the advice for the next case of the mix */
    @Benchmark
    public Advice adviseOneThread() {
        ComplaintCase c = cases.get(next++ % cases.size());
        return advisor.advise(c);
    }

    /** @return the advice, with two threads sharing one advisor */
    @Benchmark
    @Threads(2)
    public Advice adviseTwoThreads() {
        return advisor.advise(cases.get((int) (Thread.currentThread().getId() % cases.size())));
    }
}
