package org.complaintrules.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.Term;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the legal clock: one 35-business-day deadline on the Estonian public-holiday calendar (the
 * holiday sets are computed once per year and kept), and a whole {@code advise} under UK_FCA for a
 * payment-service complaint in England (service clock, basis, referral).
 *
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar LegalClockBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LegalClockBenchmark {
    private static final Term THIRTY_FIVE_BUSINESS_DAYS = Term.parse("35bd");

    /** The clock of an Estonian complaint received before Christmas (no advisor, no rules). */
    @State(Scope.Benchmark)
    public static class EstonianClock {
        CaseClock clock;

        /** Builds the clock. */
        @Setup
        public void setUp() {
            Complaint estonian = Complaint.builder(
                            "B-1", Instant.parse("2026-12-21T09:00:00Z"), Channel.EMAIL, Category.BILLING)
                    .jurisdiction(Jurisdiction.of("EE"))
                    .build();
            clock = CaseClock.of(estonian, RegulatoryProfile.EU_PSD2);
        }
    }

    /** The bundled policy under UK_FCA and a payment-service complaint in England. */
    @State(Scope.Benchmark)
    public static class UkPaymentService {
        ComplaintAdvisor fca;
        ComplaintCase payment;

        /** Builds the advisor and the case. */
        @Setup
        public void setUp() {
            fca = DroolsComplaintAdvisor.builder()
                    .regulatoryProfile(RegulatoryProfile.UK_FCA)
                    .build();
            payment = ComplaintCase.of(
                    Complaint.builder("B-2", Instant.parse("2026-12-23T09:00:00Z"), Channel.EMAIL, Category.BILLING)
                            .jurisdiction(Jurisdiction.of("GB"))
                            .service(RegulatedService.PAYMENT_SERVICE)
                            .build(),
                    Customer.of("K-2"));
        }
    }

    /**
     * @param s the Estonian clock
     * @return the end of the 35th Estonian business day after 21 December 2026
     */
    @Benchmark
    public Instant thirtyFiveBusinessDaysInEstonia(EstonianClock s) {
        return s.clock.after(THIRTY_FIVE_BUSINESS_DAYS);
    }

    /**
     * @param s the advisor and the case
     * @return the advice for a payment-service complaint under UK_FCA
     */
    @Benchmark
    public Object adviseUkPaymentService(UkPaymentService s) {
        return s.fca.advise(s.payment);
    }
}
