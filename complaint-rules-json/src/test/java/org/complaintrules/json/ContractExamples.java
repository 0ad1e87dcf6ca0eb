package org.complaintrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.Team;
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityDriver;
import org.complaintrules.api.VulnerabilityEvidence;

/** The CONTRACT.md examples as Java values, and their JSON verbatim from the contract. */
final class ContractExamples {
    private ContractExamples() {}

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** CONTRACT.md section 1. */
    static ComplaintCase section1Case() {
        Complaint complaint = Complaint.builder(
                        "C-1001", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                .text("The blender broke after two days. I want my money back.")
                .language("en")
                .claimedLoss(eur("89.99"))
                .requestedCompensation(eur("89.99"))
                .publiclyVisible(false)
                .satisfactionScore(2)
                .signal(SignalType.LEGAL_THREAT)
                .build();
        Customer customer = Customer.builder("K-77", Segment.STANDARD)
                .lifetimeValue(eur("1250.00"))
                .customerSince(LocalDate.of(2019, 3, 1))
                .compensationLast12Months(eur("0.00"))
                .build();
        return new ComplaintCase(complaint, customer, new Conversation(1, 0, eur("20.00")));
    }

    /** CONTRACT.md section 2. */
    static Advice section2Advice() {
        return section2Advice(List.of(new FiredRule("TYPE-AGG-1", "Shouting customer is aggressive")));
    }

    /** CONTRACT.md section 2 with these fired rules instead of its one. */
    static Advice section2Advice(List<FiredRule> firedRules) {
        return new Advice(
                "C-1001",
                new RuleSetInfo("default-policy", "1.0.0", "sha256:..."),
                ComplainantType.AGGRESSIVE,
                List.of(ComplainantType.AGGRESSIVE),
                List.of(new Evidence(ComplainantType.AGGRESSIVE, "SHOUTING", "71% of letters are capitals")),
                Priority.URGENT,
                new Strategy(
                        List.of("LISTEN_FULLY", "ASK_WHAT_ELSE", "AGREE_PROBLEM_EXISTS", "STATE_ACTION_AND_TIMELINE"),
                        List.of("RESPOND_AGGRESSIVELY", "LEAD_WITH_APOLOGY"),
                        List.of(
                                "ACKNOWLEDGE",
                                "THANK",
                                "EMPATHIZE",
                                "CLARIFY",
                                "APOLOGIZE",
                                "OFFER_SOLUTION",
                                "GIVE_CONTACT",
                                "CLOSE_WITH_THANKS")),
                new Compensation(
                        new Money(new BigDecimal("89.99"), Currency.getInstance("EUR")),
                        List.of(CompensationForm.REPLACEMENT, CompensationForm.REFUND),
                        List.of(
                                new Approval(eur("50.00"), ApprovalRole.AGENT),
                                new Approval(eur("89.99"), ApprovalRole.SUPERVISOR))),
                new Escalation(EscalationLevel.SUPERVISOR, List.of(Team.LEGAL), List.of("LEGAL_THREAT")),
                new Deadlines(
                        Instant.parse("2026-11-20T11:15:00Z"),
                        Instant.parse("2026-11-21T10:15:00Z"),
                        Instant.parse("2026-11-23T10:15:00Z"),
                        Instant.parse("2026-11-30T10:15:00Z")),
                List.of("SATISFACTION_SURVEY"),
                List.of("PRODUCT_QUALITY", "LEGAL_THREAT"),
                firedRules,
                List.of());
    }

    /** CONTRACT.md section 2 with every section 5 addition, each as the contract shows it. */
    static Advice section5Advice() {
        Advice a = section2Advice();
        Deadlines d = a.deadlines();
        return new Advice(
                a.caseId(),
                a.ruleSet(),
                a.complainantType(),
                a.traits(),
                a.evidence(),
                a.priority(),
                a.strategy(),
                a.compensation(),
                a.escalation(),
                new Deadlines(
                        d.acknowledgeBy(),
                        d.respondBy(),
                        d.resolveBy(),
                        d.followUpAt(),
                        Instant.parse("2027-01-18T17:00:00Z"),
                        List.of(new DeadlineBasis(
                                "resolveBy",
                                "DL-FCA-PSD-1",
                                "FCA DISP 1.6.2AR",
                                "payment services: final response within 15 business days"))),
                a.followUp(),
                a.tags(),
                a.firedRules(),
                a.warnings(),
                new Vulnerability(
                        List.of(VulnerabilityDriver.HEALTH, VulnerabilityDriver.RESILIENCE),
                        List.of(new VulnerabilityEvidence(SignalType.VULNERABILITY_HEALTH, "'chemotherapy' at 112"))),
                new Referral(
                        "FOS",
                        Instant.parse("2027-01-15T10:15:00Z"),
                        Period.ofMonths(6),
                        false,
                        "FCA DISP 1.6.2R, DISP 2.8.2R"),
                new Reply(
                        ReplyKind.RESPONSE,
                        "ru",
                        "...",
                        "...",
                        List.of("ACKNOWLEDGEMENT", "APOLOGY", "ACTION_AND_TIMELINE", "CONTACT", "FOS_REFERRAL_RIGHTS"),
                        List.of("responsible person's name")));
    }

    /** A case with every section 5.1 and 5.3 input field ({@code contract-section5-case.json}). */
    static ComplaintCase section5Case() {
        Complaint complaint = Complaint.builder(
                        "C-1001", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.BILLING)
                .text("A card payment was taken twice and nobody answers.")
                .language("en")
                .jurisdiction(Jurisdiction.of("GB-SCT"))
                .timeZone(ZoneId.of("Europe/London"))
                .service(RegulatedService.PAYMENT_SERVICE)
                .incidentDate(LocalDate.of(2026, 11, 2))
                .replyDraft(ReplyKind.RESPONSE)
                .build();
        return ComplaintCase.of(complaint, Customer.of("K-77"));
    }

    /** CONTRACT.md section 3. */
    static CaseError section3Error() {
        return new CaseError("C-1002", ErrorCode.INVALID_INPUT, "complaint.claimedLoss.amount", "must be >= 0, was -5");
    }

    /** @return a test resource next to this class, e.g. {@code contract-section2-advice.json} */
    static String resource(String name) {
        try (InputStream in = ContractExamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
