package org.complaintrules.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a reply draft adds to one {@code advise} call: the same case under UK_FCA with and without
 * {@code replyDraft}, in English and Russian.
 *
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar ReplyDraftBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplyDraftBenchmark {
    /** The language of the case and of the draft. */
    @Param({"en", "ru"})
    public String language;

    private ComplaintAdvisor advisor;
    private ComplaintCase without;
    private ComplaintCase with;

    /** Builds the advisor and the two cases. */
    @Setup
    public void setUp() {
        advisor = DroolsComplaintAdvisor.builder()
                .regulatoryProfile(RegulatoryProfile.UK_FCA)
                .build();
        Complaint c = Complaint.builder("B-1", Instant.parse("2026-11-20T22:15:00Z"), Channel.EMAIL, Category.DELIVERY)
                .language(language)
                .claimedLoss(Money.of("40.00", "EUR"))
                .timeZone(ZoneId.of("Europe/London"))
                .build();
        without = ComplaintCase.of(c, Customer.of("K-1"));
        with = ComplaintCase.of(c.toBuilder().replyDraft(ReplyKind.RESPONSE).build(), Customer.of("K-1"));
    }

    /** @return the advice without a draft */
    @Benchmark
    public Advice adviseOnly() {
        return advisor.advise(without);
    }

    /** @return the advice with a RESPONSE draft */
    @Benchmark
    public Advice adviseWithDraft() {
        return advisor.advise(with);
    }
}
