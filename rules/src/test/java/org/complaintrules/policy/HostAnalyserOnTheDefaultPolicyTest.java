package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The bundled policy sets the built-in text analysis' thresholds; a host that plugs in its own
 * analysis still builds an advisor on it (the keys are known, not unknown-key errors).
 */
class HostAnalyserOnTheDefaultPolicyTest {

    @Test
    void aHostAnalyserRunsTheBundledPolicy() {
        DefaultSignalAnalyzer builtIn = DefaultSignalAnalyzer.create();
        AtomicInteger calls = new AtomicInteger();
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .signalAnalyzer(c -> {
                    calls.incrementAndGet();
                    return builtIn.analyse(c);
                })
                .build();
        Advice advice = advisor.advise(ComplaintCase.of(
                Complaint.builder("H-1", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.DELIVERY)
                        .text("My parcel is three weeks late and nobody answers my emails.")
                        .build(),
                Customer.of("K-1")));
        assertThat(calls).hasValue(1);
        assertThat(advice.caseId()).isEqualTo("H-1");
        assertThat(advice.firedRules()).isNotEmpty();
    }
}
