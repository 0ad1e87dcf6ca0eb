package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.EscalationLevel;
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
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityEvidence;
import org.junit.jupiter.api.Test;

/** writeCase then readCase, and write then readResult, give back equal values. */
class RoundTripTest {
    private final AdviceWriter writer = AdviceWriter.create();
    private final CaseReader reader = CaseReader.create();

    private void assertCaseRoundTrips(ComplaintCase c) {
        String json = writer.writeCase(c);
        assertThat(json).doesNotContain("\n");
        assertThat(reader.readCase(json)).isEqualTo(c);
        assertThat(reader.readAll(json)).containsExactly(CaseInput.of(0, c));
    }

    @Test
    void minimalCaseIsWrittenShortAndReadBack() {
        ComplaintCase c = ComplaintCase.of(
                Complaint.builder("C-1", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.BILLING)
                        .build(),
                Customer.of("K-1"));
        assertThat(writer.writeCase(c))
                .isEqualTo("{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                        + "\"channel\":\"EMAIL\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\",\"segment\":\"STANDARD\","
                        + "\"complaintsLast12Months\":0,\"upheldComplaintsLast12Months\":0}}");
        assertCaseRoundTrips(c);
    }

    @Test
    void contractCaseRoundTrips() {
        assertCaseRoundTrips(ContractExamples.section1Case());
    }

    @Test
    void everyFieldRoundTrips() {
        ComplaintCase c = new ComplaintCase(
                Complaint.builder(
                                "C-ü-1",
                                Instant.parse("2026-11-20T10:15:00.123456789Z"),
                                Channel.SOCIAL_MEDIA,
                                Category.SAFETY)
                        .text("Line one\nline \"two\"\tтретья 第四 \\ \u2028 emoji \uD83D\uDD25 \u0000")
                        .language("zh-Hans")
                        .claimedLoss(Money.of("0.5", "EUR"))
                        .requestedCompensation(new Money(new BigDecimal("100"), Currency.getInstance("USD")))
                        .publiclyVisible(true)
                        .satisfactionScore(1)
                        .signals(List.of(SignalType.SAFETY_RISK, SignalType.SHOUTING, SignalType.SAFETY_RISK))
                        .build(),
                Customer.builder("K-9", Segment.VIP)
                        .lifetimeValue(Money.of("25000.0000", "EUR"))
                        .customerSince(LocalDate.of(2001, 2, 28))
                        .complaintsLast12Months(7)
                        .upheldComplaintsLast12Months(2)
                        .compensationLast12Months(Money.of("1000000000000", "JPY"))
                        .build(),
                new Conversation(3, 2, Money.of("0", "EUR")));
        assertCaseRoundTrips(c);
    }

    @Test
    void everySection5FieldRoundTrips() {
        for (RegulatedService service : RegulatedService.values()) {
            for (ReplyKind kind : ReplyKind.values()) {
                ComplaintCase c = ComplaintCase.of(
                        ContractExamples.section5Case().complaint().toBuilder()
                                .service(service)
                                .replyDraft(kind)
                                .jurisdiction(Jurisdiction.of("US-NY"))
                                .timeZone(ZoneId.of("America/New_York"))
                                .incidentDate(LocalDate.of(1970, 1, 1))
                                .build(),
                        Customer.of("K-1"));
                assertCaseRoundTrips(c);
            }
        }
    }

    @Test
    void theDefaultServiceIsLeftOut() {
        assertThat(writer.writeCase(ContractExamples.section1Case())).doesNotContain("service");
        assertThat(writer.writeCase(ContractExamples.section5Case())).contains("\"service\":\"PAYMENT_SERVICE\"");
    }

    @Test
    void section5AdviceRoundTrips() {
        Advice a = ContractExamples.section5Advice();
        assertThat(reader.readResult(writer.write(a))).isEqualTo(a);
        assertThat(reader.readResult(writer.writePretty(a))).isEqualTo(a);
    }

    @Test
    void adviceWithAReferralOfUnknownDatesAndAnEmptyReplyRoundTrips() {
        Advice a = ContractExamples.section2Advice()
                .withReferral(new Referral("AFCA", null, null, true, "ASIC RG 271"))
                .withReply(new Reply(ReplyKind.HOLDING, "et", "", "", List.of(), List.of()))
                .withVulnerability(Vulnerability.of(List.of(
                        new VulnerabilityEvidence(SignalType.VULNERABILITY_CAPABILITY, ""),
                        new VulnerabilityEvidence(SignalType.VULNERABILITY_LIFE_EVENT, "'leinas' at 3"))));
        String json = writer.write(a);
        assertThat(json)
                .contains("\"referral\":{\"body\":\"AFCA\",\"availableFrom\":null,\"windowAfterFinalResponse\":null,"
                        + "\"timeBarred\":true,\"citation\":\"ASIC RG 271\"}")
                .contains("\"vulnerability\":{\"drivers\":[\"LIFE_EVENT\",\"CAPABILITY\"]")
                .doesNotContain("regulatoryLimit")
                .doesNotContain("basis");
        assertThat(reader.readResult(json)).isEqualTo(a);
    }

    @Test
    void conversationIsLeftOutOnlyForAFirstContact() {
        ComplaintCase first = new ComplaintCase(
                ContractExamples.section1Case().complaint(), Customer.of("K-1"), Conversation.first());
        assertThat(writer.writeCase(first)).doesNotContain("conversation");
        ComplaintCase second = new ComplaintCase(first.complaint(), first.customer(), new Conversation(2, 0, null));
        assertThat(writer.writeCase(second)).endsWith(",\"conversation\":{\"contacts\":2,\"offersRejected\":0}}");
        assertCaseRoundTrips(second);
    }

    @Test
    void offsetInstantsAreReadAsUtcAndWrittenAsUtc() {
        ComplaintCase c = reader.readCase(TestJson.contractCase()
                .setString("complaint.receivedAt", "2026-11-20T12:15:00+02:00")
                .json());
        assertThat(c.complaint().receivedAt()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        assertThat(writer.writeCase(c)).contains("\"receivedAt\":\"2026-11-20T10:15:00Z\"");
    }

    @Test
    void nullOptionalFieldsAreAbsent() {
        ComplaintCase c = reader.readCase(TestJson.contractCase()
                .set("complaint.text", "null")
                .set("complaint.claimedLoss", "null")
                .set("complaint.signals", "null")
                .set("customer.segment", "null")
                .set("conversation", "null")
                .json());
        assertThat(c.complaint().text()).isNull();
        assertThat(c.complaint().claimedLoss()).isNull();
        assertThat(c.complaint().signals()).isEmpty();
        assertThat(c.customer().segment()).isEqualTo(Segment.STANDARD);
        assertThat(c.conversation()).isEqualTo(Conversation.first());
    }

    @Test
    void contractAdviceRoundTrips() {
        Advice a = ContractExamples.section2Advice();
        assertThat(reader.readResult(writer.write(a))).isEqualTo(a);
        assertThat(reader.readResult(writer.writePretty(a))).isEqualTo(a);
    }

    @Test
    void adviceWithEmptyListsRoundTrips() {
        Advice a = new Advice(
                "C-7",
                new RuleSetInfo("p", "2", "sha256:00"),
                ComplainantType.MODERATE,
                List.of(),
                List.of(),
                Priority.LOW,
                new Strategy(List.of(), List.of(), List.of()),
                new Compensation(Money.of("0.00", "EUR"), List.of(), List.of()),
                new Escalation(EscalationLevel.NONE, List.of(), List.of()),
                new Deadlines(
                        Instant.EPOCH,
                        Instant.EPOCH.plusSeconds(1),
                        Instant.EPOCH.plusNanos(5),
                        Instant.parse("2026-11-20T10:15:00Z")),
                List.of(),
                List.of(),
                List.of(),
                List.of("cap lowered to 50.00 EUR"));
        assertThat(reader.readResult(writer.write(a))).isEqualTo(a);
    }

    @Test
    void errorsRoundTripWithNullCaseIdAndField() {
        CaseError e = new CaseError(null, ErrorCode.INVALID_INPUT, null, "not valid JSON at line 3 column 14: x");
        assertThat(writer.write(e))
                .isEqualTo("{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\",\"field\":null,"
                        + "\"message\":\"not valid JSON at line 3 column 14: x\"}}");
        assertThat(reader.readResult(writer.write(e))).isEqualTo(e);
        CaseError u =
                new CaseError("C-9", ErrorCode.UNSUPPORTED, "complaint.claimedLoss.currency", "no limits for JPY");
        assertThat(reader.readResult(writer.write(u))).isEqualTo(u);
    }
}
