package org.complaintrules.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.antlr.v4.runtime.RuntimeMetaData;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Drools (compiling and running the bundled policy) and Hibernate (parsing JPQL) on the one
 * antlr4-runtime that complaint-rules-bom manages; this module's build passing the enforcer's
 * dependencyConvergence is the other half of the proof.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class JpaApplicationTest {
    @Autowired
    AdviceLog log;

    @Autowired
    AdviceRecordRepository records;

    static ComplaintCase legalThreat(String id, Segment segment) {
        return ComplaintCase.of(
                Complaint.builder(id, Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.BILLING)
                        .text("You charged me twice. My lawyer will hear about this.")
                        .claimedLoss(Money.of("120.00", "EUR"))
                        .signal(SignalType.LEGAL_THREAT)
                        .build(),
                Customer.builder("K-" + id, segment).build());
    }

    @Test
    void droolsAndHibernateRunOnTheVersionTheBomManages(CapturedOutput output) {
        assertThat(RuntimeMetaData.VERSION).isEqualTo(System.getProperty("antlr4.version"));

        Advice first = log.adviseAndKeep(legalThreat("C-1", Segment.STANDARD));
        Advice second = log.adviseAndKeep(legalThreat("C-2", Segment.VIP));

        assertThat(records.ofType(first.complainantType().name()))
                .extracting(AdviceRecord::getCaseId)
                .contains("C-1");
        BigDecimal exposure = records.exposureAt(first.escalation().level().name());
        BigDecimal expected = first.compensation().maxAmount().amount();
        if (second.escalation().level() == first.escalation().level()) {
            expected = expected.add(second.compensation().maxAmount().amount());
        }
        assertThat(exposure).isEqualByComparingTo(expected);
        assertThat(output).doesNotContain("ANTLR Tool version").doesNotContain("ANTLR Runtime version");
    }
}
