package org.complaintrules.policy.wording;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.DroolsComplaintAdvisor;

/** The cases the reply-draft tests write letters for, and one shared advisor per profile. */
final class Letters {
    static final Instant RECEIVED = Instant.parse("2026-11-20T22:15:00Z");
    static final List<String> LANGUAGES = List.of("en", "ru", "zh", "et");
    private static final Map<RegulatoryProfile, DroolsComplaintAdvisor> ADVISORS =
            new java.util.EnumMap<>(RegulatoryProfile.class);

    private Letters() {}

    static synchronized DroolsComplaintAdvisor advisor(RegulatoryProfile profile) {
        return ADVISORS.computeIfAbsent(
                profile,
                p -> DroolsComplaintAdvisor.builder().regulatoryProfile(p).build());
    }

    /** A loud customer: capitals, exclamation marks, a demand for speed, a fourth call. */
    static ComplaintCase aggressive(String language, ReplyKind kind) {
        Complaint c = Complaint.builder("C-AGG-1", RECEIVED, Channel.EMAIL, Category.DELIVERY)
                .language(language)
                .signal(SignalType.SHOUTING)
                .signal(SignalType.DEMANDS_IMMEDIACY)
                .claimedLoss(Money.of("40.00", "EUR"))
                .timeZone(ZoneId.of("Europe/Tallinn"))
                .replyDraft(kind)
                .build();
        return new ComplaintCase(c, Customer.of("K-1"), new Conversation(4, 0, null));
    }

    /** A customer who complains often, few complaints upheld, yet accepts offers. */
    static ComplaintCase chronic(String language, ReplyKind kind) {
        Complaint c = Complaint.builder("C-CHR-1", RECEIVED, Channel.EMAIL, Category.PRODUCT_QUALITY)
                .language(language)
                .claimedLoss(Money.of("30.00", "EUR"))
                .timeZone(ZoneId.of("Europe/London"))
                .replyDraft(kind)
                .build();
        Customer k = Customer.builder("K-2", Segment.STANDARD)
                .complaintsLast12Months(9)
                .upheldComplaintsLast12Months(1)
                .build();
        return new ComplaintCase(c, k, Conversation.first());
    }

    /** A calm VIP who spends a lot. */
    static ComplaintCase highRoller(String language) {
        Complaint c = Complaint.builder("C-HR-1", RECEIVED, Channel.EMAIL, Category.SERVICE_QUALITY)
                .language(language)
                .claimedLoss(Money.of("120.00", "EUR"))
                .timeZone(ZoneId.of("Europe/Tallinn"))
                .replyDraft(ReplyKind.RESPONSE)
                .build();
        Customer k = Customer.builder("K-4", Segment.VIP)
                .lifetimeValue(Money.of("30000.00", "EUR"))
                .build();
        return new ComplaintCase(c, k, Conversation.first());
    }

    /** A loyal customer's mild, unhappy survey answer. */
    static ComplaintCase passive(String language) {
        Complaint c = Complaint.builder("C-PAS-1", RECEIVED, Channel.SURVEY, Category.DELIVERY)
                .language(language)
                .satisfactionScore(2)
                .signal(SignalType.MILD_WORDING)
                .timeZone(ZoneId.of("Europe/Tallinn"))
                .replyDraft(ReplyKind.RESPONSE)
                .build();
        Customer k = Customer.builder("K-5", Segment.STANDARD)
                .customerSince(LocalDate.of(2015, 3, 1))
                .build();
        return new ComplaintCase(c, k, Conversation.first());
    }

    /** A customer in hospital whose order went wrong; the host reports the health driver. */
    static ComplaintCase vulnerable(String language, ReplyKind kind) {
        Complaint c = Complaint.builder("C-VUL-1", RECEIVED, Channel.PHONE, Category.BILLING)
                .language(language)
                .signal(SignalType.VULNERABILITY_HEALTH)
                .claimedLoss(Money.of("60.00", "EUR"))
                .timeZone(ZoneId.of("Asia/Shanghai"))
                .incidentDate(LocalDate.of(2026, 11, 2))
                .replyDraft(kind)
                .build();
        return new ComplaintCase(c, Customer.of("K-3"), Conversation.first());
    }

    /**
     * A first complaint about a regulated service in England, received on Monday 21 December 2026:
     * 15 business days later (25 and 28 December and 1 January are bank holidays) is 14 January 2027,
     * 35 business days later 11 February 2027.
     */
    static ComplaintCase regulatedService(String language, ReplyKind kind, RegulatedService service) {
        Complaint c = Complaint.builder(
                        "C-PSD-1", Instant.parse("2026-12-21T10:00:00Z"), Channel.EMAIL, Category.BILLING)
                .language(language)
                .claimedLoss(Money.of("30.00", "EUR"))
                .jurisdiction(Jurisdiction.of("GB"))
                .timeZone(ZoneId.of("Europe/London"))
                .service(service)
                .replyDraft(kind)
                .build();
        return new ComplaintCase(c, Customer.of("K-6"), Conversation.first());
    }

    /**
     * @param c a case
     * @param profile the profile
     * @return its advice with the reply draft
     */
    static Advice advise(ComplaintCase c, RegulatoryProfile profile) {
        return advisor(profile).advise(c);
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), java.util.Currency.getInstance("EUR"));
    }
}
