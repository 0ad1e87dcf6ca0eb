package org.complaintrules.tooling.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.Test;

/** {@code explain} and {@code advise --format text} say the regulatory limit, its basis and the referral rights. */
class ExplainLegalClockTest {
    private static final String POLICY = """
            name=p
            version=1
            currency=EUR
            type.precedence=AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE
            guardrail.absoluteCap=1000
            deadline.acknowledge=1h
            deadline.respond=24h
            deadline.resolve=3d
            deadline.followUp=10d
            limit=15bd
            """;
    private static final String RULES = """
            package test.explain;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;

            rule "A payment service has a regulatory limit and an ombudsman"
                @id(T-PSD) @description("psd")
            when
                $p : PolicySettings()
                $c : CaseClock()
                $d : AdviceDraft()
            then
                $d.regulatoryLimit( $c.after( $p.term("limit") ), "TEST 1.6.2AR", "final response within " + $p.term("limit") );
                $d.referTo( "OMB", $c.after( $p.term("limit") ), null, "TEST 2.8.2R" );
                $d.timeBarred();
            end
            """;

    @Test
    void theTextSaysTheLimitWhyAndWhereTheCustomerMayGo() {
        Advice a = DroolsComplaintAdvisor.builder()
                .drl("policy.properties", POLICY)
                .drl("r.drl", RULES)
                .regulatoryProfile(RegulatoryProfile.UK_FCA)
                .build()
                .advise(ComplaintCase.of(
                        Complaint.builder("C-1", Instant.parse("2026-12-23T09:00:00Z"), Channel.EMAIL, Category.BILLING)
                                .jurisdiction(Jurisdiction.of("GB"))
                                .service(RegulatedService.PAYMENT_SERVICE)
                                .build(),
                        Customer.of("K-1")));
        String text = ExplainText.advice(a);
        assertThat(text)
                .contains("regulatory limit for the final response: 2027-01-18T23:59:59Z")
                .contains("regulatoryLimit set by T-PSD: final response within 15 business days (TEST 1.6.2AR)")
                .contains(
                        "referral: the customer may go to OMB from 2027-01-18T23:59:59Z; MAY BE TIME-BARRED (TEST 2.8.2R)");
    }
}
