package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Segment;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked examples of the legal clock, per profile and jurisdiction, through the default policy: each
 * expected regulatory limit is worked out by hand in the comment beside it (business days are counted
 * from the day after the local date of receipt; a business day ends at 23:59:59 local time; calendar
 * days keep the local time of receipt). They cross Christmas and New Year, Easter, substitute bank
 * holidays, both daylight-saving changes and a leap day.
 */
class LegalClockExamplesTest {
    private static final Map<RegulatoryProfile, DroolsComplaintAdvisor> ADVISORS =
            new EnumMap<>(RegulatoryProfile.class);

    private static DroolsComplaintAdvisor advisor(RegulatoryProfile p) {
        synchronized (ADVISORS) {
            return ADVISORS.computeIfAbsent(
                    p,
                    x -> DroolsComplaintAdvisor.builder().regulatoryProfile(x).build());
        }
    }

    private static Arguments example(
            String what,
            RegulatoryProfile profile,
            String jurisdiction,
            RegulatedService service,
            String receivedAt,
            String regulatoryLimit) {
        return Arguments.of(what, profile, jurisdiction, service, receivedAt, regulatoryLimit);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                // Wed 23 Dec 2026, England. 24 Dec (1); 25 Christmas; 26-27 weekend; Mon 28 the substitute for Boxing
                // Day (a Saturday); 29 (2), 30 (3), 31 (4); 1 Jan; 4-8 Jan (5-9); 11-15 Jan (10-14); Mon 18 Jan (15).
                // GMT in January: 23:59:59Z.
                example(
                        "FCA payment service over Christmas (the issue's case)",
                        RegulatoryProfile.UK_FCA,
                        null,
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-12-23T09:00:00Z",
                        "2027-01-18T23:59:59Z"),
                // Mon 21 Dec 2026, Estonia. 22 (1), 23 (2); 24, 25, 26 holidays, 27 Sunday; 28-31 (3-6); 1 Jan;
                // 4-8 Jan (7-11); 11-14 Jan (12-15). 23:59:59 in Tallinn (EET, UTC+2) = 21:59:59Z.
                example(
                        "PSD2 Estonia over Christmas (the issue's case)",
                        RegulatoryProfile.EU_PSD2,
                        "EE",
                        RegulatedService.OTHER,
                        "2026-12-21T09:00:00Z",
                        "2027-01-14T21:59:59Z"),
                // The same without a jurisdiction: weekdays only, UTC. 22-24 Dec (1-3), 25 (4), 28-31 (5-8),
                // 1 Jan (9), 4-8 Jan (10-14), Mon 11 Jan (15): 23:59:59Z.
                example(
                        "PSD2 without a jurisdiction: weekends only",
                        RegulatoryProfile.EU_PSD2,
                        null,
                        RegulatedService.OTHER,
                        "2026-12-21T09:00:00Z",
                        "2027-01-11T23:59:59Z"),
                // Thu 23 Dec 2027, England. Christmas is a Saturday (substitute Mon 27), Boxing Day a Sunday
                // (substitute Tue 28), New Year's Day 2028 a Saturday (substitute Mon 3 Jan). Fri 24 (1); 29, 30, 31
                // (2-4); 4-7 Jan (5-8); 10-14 Jan (9-13); 17 (14), Tue 18 Jan (15). GMT: 23:59:59Z.
                example(
                        "FCA payment service over the 2027 substitute bank holidays",
                        RegulatoryProfile.UK_FCA,
                        "GB",
                        RegulatedService.PAYMENT_SERVICE,
                        "2027-12-23T12:00:00Z",
                        "2028-01-18T23:59:59Z"),
                // Thu 2 Apr 2026, Scotland. Good Friday (3 Apr) is closed; Easter Monday (6 Apr) is not a bank holiday
                // in Scotland: 6-10 (1-5), 13-17 (6-10), 20-24 (11-15). BST (UTC+1): Fri 24 Apr 22:59:59Z.
                example(
                        "FCA e-money in Scotland over Easter",
                        RegulatoryProfile.UK_FCA,
                        "GB-SCT",
                        RegulatedService.E_MONEY,
                        "2026-04-02T09:00:00Z",
                        "2026-04-24T22:59:59Z"),
                // The same in England, where Easter Monday is closed: 7-10 (1-4), 13-17 (5-9), 20-24 (10-14),
                // Mon 27 Apr (15): 22:59:59Z.
                example(
                        "FCA e-money in England over Easter",
                        RegulatoryProfile.UK_FCA,
                        "GB-ENG",
                        RegulatedService.E_MONEY,
                        "2026-04-02T09:00:00Z",
                        "2026-04-27T22:59:59Z"),
                // Fri 13 Mar 2026, Northern Ireland, across the spring clock change (29 Mar). Mon 16 (1); Tue 17 St
                // Patrick's Day; 18-20 (2-4); 23-27 (5-9); 30, 31, 1 Apr, 2 Apr (10-13); Good Friday 3 Apr and Easter
                // Monday 6 Apr closed; Tue 7 (14), Wed 8 Apr (15). BST: 22:59:59Z.
                example(
                        "FCA payment service in Northern Ireland: St Patrick's Day, Easter and the spring change",
                        RegulatoryProfile.UK_FCA,
                        "GB-NIR",
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-03-13T10:00:00Z",
                        "2026-04-08T22:59:59Z"),
                // Thu 1 Oct 2026, 10:00 BST, across the autumn change (25 Oct). Eight weeks later is Thu 26 Nov at
                // 10:00 GMT = 10:00Z (eight times 168 hours would be 09:00Z).
                example(
                        "FCA eight weeks across the autumn change",
                        RegulatoryProfile.UK_FCA,
                        "GB",
                        RegulatedService.CREDIT,
                        "2026-10-01T09:00:00Z",
                        "2026-11-26T10:00:00Z"),
                // Fri 9 Oct 2026, Estonia, across the autumn change (25 Oct). 12-16 (1-5), 19-23 (6-10), 26-30
                // (11-15). Fri 30 Oct 23:59:59 EET (UTC+2, summer time over) = 21:59:59Z.
                example(
                        "PSD2 Estonia across the autumn change",
                        RegulatoryProfile.EU_PSD2,
                        "EE",
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-10-09T08:00:00Z",
                        "2026-10-30T21:59:59Z"),
                // Mon 14 Feb 2028, England, over a leap day. 15-18 (1-4), 21-25 (5-9), Mon 28 (10), Tue 29 Feb (11),
                // Wed 1 Mar (12), 2 (13), 3 (14), Mon 6 Mar (15). GMT: 23:59:59Z.
                example(
                        "FCA payment service over a leap day",
                        RegulatoryProfile.UK_FCA,
                        "GB",
                        RegulatedService.PAYMENT_SERVICE,
                        "2028-02-14T10:00:00Z",
                        "2028-03-06T23:59:59Z"),
                // Thu 10 Feb 2028, 11:00 AEDT in Sydney. 30 days with 29 February: Sat 11 Mar 2028, 11:00 AEDT
                // (UTC+11) = 00:00Z.
                example(
                        "ASIC thirty days over a leap day",
                        RegulatoryProfile.AU_ASIC,
                        "AU-NSW",
                        RegulatedService.CREDIT,
                        "2028-02-10T00:00:00Z",
                        "2028-03-11T00:00:00Z"),
                // Sun 20 Sep 2026, 11:00 AEST in Sydney. Clocks go forward on 4 Oct: 21 days later, Sun 11 Oct at
                // 11:00 AEDT (UTC+11) = 00:00Z.
                example(
                        "ASIC hardship across the Australian spring change",
                        RegulatoryProfile.AU_ASIC,
                        "AU-NSW",
                        RegulatedService.CREDIT_HARDSHIP,
                        "2026-09-20T01:00:00Z",
                        "2026-10-11T00:00:00Z"),
                // Tue 1 Dec 2026, 10:00 in Perth (UTC+8, no daylight saving). 45 days: Fri 15 Jan 2027 10:00 = 02:00Z.
                example(
                        "ASIC superannuation in Western Australia",
                        RegulatoryProfile.AU_ASIC,
                        "AU-WA",
                        RegulatedService.SUPERANNUATION,
                        "2026-12-01T02:00:00Z",
                        "2027-01-15T02:00:00Z"),
                // Mon 1 Feb 2027, 10:00 EST in New York. 60 days: Fri 2 Apr 2027 at 10:00 EDT (clocks went forward on
                // 14 Mar) = 14:00Z.
                example(
                        "CFPB sixty days across the US spring change",
                        RegulatoryProfile.US_CFPB,
                        null,
                        RegulatedService.CREDIT,
                        "2027-02-01T15:00:00Z",
                        "2027-04-02T14:00:00Z"),
                // The same day in Hawaii (10:00 HST, no daylight saving): 2 Apr at 10:00 HST = 20:00Z.
                example(
                        "CFPB sixty days in Hawaii",
                        RegulatoryProfile.US_CFPB,
                        "US-HI",
                        RegulatedService.CREDIT,
                        "2027-02-01T20:00:00Z",
                        "2027-04-02T20:00:00Z"),
                // Mon 16 Mar 2026, Ireland. Tue 17 St Patrick's Day; 18-20 (1-3); 23-27 (4-8); 30, 31 (9, 10); 1, 2,
                // 3 Apr (11-13, Good Friday is no public holiday in Ireland); Easter Monday 6 Apr; 7-10 (14-17);
                // 13-17 (18-22); 20-24 (23-27); 27-30 (28-31); Fri 1 May (32); Mon 4 May bank holiday; 5-8 (33-36);
                // 11-14 May (37-40). Irish Summer Time (UTC+1): Thu 14 May 22:59:59Z.
                example(
                        "CBI forty business days over St Patrick's Day, Easter and May",
                        RegulatoryProfile.IE_CBI,
                        null,
                        RegulatedService.OTHER,
                        "2026-03-16T09:00:00Z",
                        "2026-05-14T22:59:59Z"),
                // Regression, the audit of the holiday data (the project's own calendars for these countries,
                // holidays/README.md in the drools module). Fri 13 Mar 2026, Cyprus: Orthodox Easter is 12 Apr, so
                // the Western Good Friday (3 Apr) is a working day. 16-20 (1-5); 23, 24 (6, 7); Wed 25 Mar
                // holiday; 26, 27 (8, 9); 30, 31 (10, 11); Wed 1 Apr holiday; 2 (12), 3 (13), 6 (14), Tue 7 Apr
                // (15). Nicosia in summer time (UTC+3): 20:59:59Z. Jollyday's Western Easter gave 10 Apr.
                example(
                        "PSD2 Cyprus over the Western Easter, which Cyprus does not keep",
                        RegulatoryProfile.EU_PSD2,
                        "CY",
                        RegulatedService.OTHER,
                        "2026-03-13T09:00:00Z",
                        "2026-04-07T20:59:59Z"),
                // Thu 12 Nov 2026, Iceland (UTC all year). 16 Nov and 1 Dec are no days off: Fri 13 (1); 16-20
                // (2-6); 23-27 (7-11); 30 (12); 1 Dec (13), 2 (14), Thu 3 Dec (15): 23:59:59Z. Jollyday gave 7 Dec.
                example(
                        "PSD2 Iceland over Language Day and 1 December, which are no days off",
                        RegulatoryProfile.EU_PSD2,
                        "IS",
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-11-12T12:00:00Z",
                        "2026-12-03T23:59:59Z"),
                // Mon 21 Dec 2026, Lithuania. 22 (1), 23 (2); 24 (Kucios), 25 Dec off; 28-31 (3-6); 1 Jan; 4-8
                // (7-11); 11-14 Jan (12-15). Vilnius (UTC+2): Thu 14 Jan 21:59:59Z. Jollyday, without Christmas Eve,
                // gave 13 Jan.
                example(
                        "PSD2 Lithuania over Christmas Eve",
                        RegulatoryProfile.EU_PSD2,
                        "LT",
                        RegulatedService.OTHER,
                        "2026-12-21T09:00:00Z",
                        "2027-01-14T21:59:59Z"),
                // Mon 26 Jan 2026, Greece. 27-30 (1-4: 30 Jan, the Three Hierarchs, is a working day); 2-6 Feb
                // (5-9); 9-13 (10-14); Mon 16 Feb (15). Athens (UTC+2): 21:59:59Z. Jollyday gave 17 Feb.
                example(
                        "PSD2 Greece over the day of the Three Hierarchs, a working day",
                        RegulatoryProfile.EU_PSD2,
                        "GR",
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-01-26T09:00:00Z",
                        "2026-02-16T21:59:59Z"),
                // Thu 29 Apr 2027, Bulgaria. Orthodox Good Friday 30 Apr, Easter Monday 3 May, and Tue 4 May off (1
                // May, Labour Day, is Holy Saturday); 5 (1); Thu 6 May St George's Day; 7 (2); 10-14 (3-7); 17-21
                // (8-12); Mon 24 May holiday; 25 (13), 26 (14), Thu 27 May (15). Sofia in summer time (UTC+3):
                // 20:59:59Z. Jollyday, without 4 May, gave 26 May.
                example(
                        "PSD2 Bulgaria when Labour Day falls on Holy Saturday",
                        RegulatoryProfile.EU_PSD2,
                        "BG",
                        RegulatedService.E_MONEY,
                        "2027-04-29T09:00:00Z",
                        "2027-05-27T20:59:59Z"),
                // GENERIC: no regulatory limit at all.
                example(
                        "GENERIC has no regulatory limit",
                        RegulatoryProfile.GENERIC,
                        "GB",
                        RegulatedService.PAYMENT_SERVICE,
                        "2026-12-23T09:00:00Z",
                        null));
    }

    /**
     * Regression (the audit's cases S1 and S2): under EU_PSD2 a complaint about a service the host names as
     * no payment service got the PSD2 clock of art. 101 (15 business days, the ADR referral). Now such a
     * complaint has no regulatory limit, no basis and no referral, and the advice says why; a payment
     * service, e-money and a service not named (OTHER) keep the clock.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RegulatedService.class)
    void underPsd2OnlyPaymentServicesRunOnThePsd2Clock(RegulatedService service) {
        Complaint complaint = Complaint.builder(
                        "C-SVC", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.BILLING)
                .jurisdiction(Jurisdiction.of("EE"))
                .service(service)
                .build();
        Advice a = advisor(RegulatoryProfile.EU_PSD2)
                .advise(new ComplaintCase(
                        complaint, Customer.builder("K-1", Segment.STANDARD).build(), new Conversation(1, 0, null)));
        List<String> fired = a.firedRules().stream().map(FiredRule::id).toList();
        boolean payment = service == RegulatedService.PAYMENT_SERVICE
                || service == RegulatedService.E_MONEY
                || service == RegulatedService.OTHER;
        if (payment) {
            // Fri 20 Nov 2026, Estonia: 23-27 (1-5), 30 Nov-4 Dec (6-10), 7-11 Dec (11-15); Tallinn UTC+2
            assertThat(a.deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2026-12-11T21:59:59Z"));
            assertThat(a.referral().body()).isEqualTo("ADR");
            assertThat(fired).contains("DL-PSD2-1", "REF-PSD2-1").doesNotContain("DL-PSD2-SERVICE-1");
            assertThat(a.warnings()).isEmpty();
            return;
        }
        assertThat(a.deadlines().regulatoryLimit()).isNull();
        assertThat(a.deadlines().basis()).isEmpty();
        assertThat(a.referral()).isNull();
        assertThat(fired).contains("DL-PSD2-SERVICE-1").doesNotContain("DL-PSD2-1", "REF-PSD2-1");
        // the policy's own 28 days at the local time of receipt
        assertThat(a.deadlines().resolveBy()).isEqualTo(Instant.parse("2026-12-18T10:15:00Z"));
        assertThat(a.warnings())
                .singleElement()
                .asString()
                .startsWith("CLOCK_SERVICE_NOT_COVERED: the service " + service + " is not a payment service")
                .contains("PSD2 (Directive (EU) 2015/2366) art. 101(2)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theRegulatoryLimitIsTheWorkedOutOne(
            String what,
            RegulatoryProfile profile,
            String jurisdiction,
            RegulatedService service,
            String receivedAt,
            String regulatoryLimit) {
        Complaint complaint = Complaint.builder(
                        "C-" + Math.abs(what.hashCode()), Instant.parse(receivedAt), Channel.EMAIL, Category.BILLING)
                .jurisdiction(jurisdiction == null ? null : Jurisdiction.of(jurisdiction))
                .service(service)
                .build();
        Advice a = advisor(profile)
                .advise(new ComplaintCase(
                        complaint, Customer.builder("K-1", Segment.STANDARD).build(), new Conversation(1, 0, null)));
        if (regulatoryLimit == null) {
            assertThat(a.deadlines().regulatoryLimit()).as(what).isNull();
            assertThat(a.referral()).as(what).isNull();
            return;
        }
        Instant limit = Instant.parse(regulatoryLimit);
        assertThat(a.deadlines().regulatoryLimit()).as(what).isEqualTo(limit);
        assertThat(a.deadlines().resolveBy()).as(what + ": resolveBy").isBeforeOrEqualTo(limit);
        assertThat(a.deadlines().basis())
                .as(what + ": basis")
                .anyMatch(b -> b.deadline().equals("regulatoryLimit"));
        // the advisor's own clock agrees about the zone the day ends in
        ZoneId zone = advisor(profile).clock(complaint).zone();
        assertThat(zone).as(what + ": zone").isNotNull();
        assertThat(a.warnings())
                .as(what + ": warnings")
                .allMatch(w -> (jurisdiction == null && profile == RegulatoryProfile.EU_PSD2)
                        && w.startsWith("CLOCK_WEEKENDS_ONLY"));
    }
}
