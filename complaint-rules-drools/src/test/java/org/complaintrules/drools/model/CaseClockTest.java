package org.complaintrules.drools.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The date arithmetic of the legal clock: business days, close of business, calendar terms, DST. */
class CaseClockTest {

    private static CaseClock clock(String receivedAt, String jurisdiction, RegulatoryProfile profile) {
        Complaint.Builder b = Complaint.builder("C-1", Instant.parse(receivedAt), Channel.EMAIL, Category.BILLING);
        if (jurisdiction != null) {
            b.jurisdiction(Jurisdiction.of(jurisdiction));
        }
        return CaseClock.of(b.build(), profile);
    }

    @Test
    void theIssuesUkPaymentServiceExampleEndsOnEighteenJanuary() {
        // received Wed 23 Dec 2026; business days: 24 Dec (1), [25 Christmas, 26-27 weekend, 28 substitute
        // Boxing Day], 29 (2), 30 (3), 31 (4), [1 Jan], 4-8 Jan (5-9), 11-15 Jan (10-14), Mon 18 Jan (15);
        // London is on GMT in January: 23:59:59Z
        CaseClock c = clock("2026-12-23T09:00:00Z", null, RegulatoryProfile.UK_FCA);
        assertThat(c.jurisdiction()).isEqualTo(Jurisdiction.of("GB"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(c.after(Term.parse("15bd"))).isEqualTo(Instant.parse("2027-01-18T23:59:59Z"));
    }

    @Test
    void theIssuesEstonianExampleEndsAtMidnightInTallinn() {
        // received Mon 21 Dec 2026; 22 (1), 23 (2), [24, 25, 26 holidays, 27 Sunday], 28-31 (3-6), [1 Jan],
        // 4-8 Jan (7-11), 11-14 Jan (12-15); 23:59:59 in Tallinn (UTC+2 in winter) is 21:59:59Z
        CaseClock c = clock("2026-12-21T09:00:00Z", "EE", RegulatoryProfile.EU_PSD2);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Tallinn"));
        assertThat(c.endOfBusinessDay(15)).isEqualTo(Instant.parse("2027-01-14T21:59:59Z"));
        // the same case without a jurisdiction: weekends only, UTC: 22 Dec + 15 weekdays = Mon 11 Jan
        CaseClock none = clock("2026-12-21T09:00:00Z", null, RegulatoryProfile.EU_PSD2);
        assertThat(none.knowsPublicHolidays()).isFalse();
        assertThat(none.endOfBusinessDay(15)).isEqualTo(Instant.parse("2027-01-11T23:59:59Z"));
    }

    @Test
    void theThirdBusinessDayEndsInLocalTimeAcrossBothDaylightSavingChanges() {
        // spring: clocks go forward on Sun 29 Mar 2026. Received Thu 26 Mar: Fri 27 (1), Mon 30 (2), Tue 31 (3);
        // 23:59:59 BST (UTC+1) = 22:59:59Z
        assertThat(clock("2026-03-26T10:00:00Z", "GB", RegulatoryProfile.UK_FCA).endOfBusinessDay(3))
                .isEqualTo(Instant.parse("2026-03-31T22:59:59Z"));
        // autumn: clocks go back on Sun 25 Oct 2026. Received Thu 22 Oct (10:00 BST): Fri 23, Mon 26, Tue 27;
        // 23:59:59 GMT = 23:59:59Z
        assertThat(clock("2026-10-22T09:00:00Z", "GB", RegulatoryProfile.UK_FCA).endOfBusinessDay(3))
                .isEqualTo(Instant.parse("2026-10-27T23:59:59Z"));
    }

    @Test
    void aDayWhoseLastHourIsRepeatedEndsAtTheSecondPassOfThatHour() {
        // regression (audit case PSD2-EG-DST): Egypt's clocks go back at midnight after Thursday 29 Oct 2026
        // (24:00 +03:00 becomes 23:00 +02:00), so 23:00-23:59:59 of the 29th happens twice. The day ends at
        // the second 23:59:59, 21:59:59Z, not the first (20:59:59Z, an hour before the day is over).
        // Received Thu 8 Oct: the 15th business day is Thu 29 Oct.
        CaseClock cairo = clock("2026-10-08T10:00:00Z", "EG", RegulatoryProfile.EU_PSD2);
        assertThat(cairo.zone()).isEqualTo(ZoneId.of("Africa/Cairo"));
        assertThat(cairo.closeOfBusiness(LocalDate.parse("2026-10-29")))
                .isEqualTo(Instant.parse("2026-10-29T21:59:59Z"));
        assertThat(cairo.endOfBusinessDay(15)).isEqualTo(Instant.parse("2026-10-29T21:59:59Z"));
        // a close of business inside the repeated hour elsewhere: 01:30 in London on Sun 25 Oct 2026 (clocks
        // go back at 02:00 BST) is the second 01:30, GMT; a day without a change keeps its one offset
        CaseClock london = new CaseClock(
                Instant.parse("2026-10-20T09:00:00Z"),
                null,
                ZoneId.of("Europe/London"),
                BusinessCalendar.weekdays(),
                LocalTime.of(1, 30));
        assertThat(london.closeOfBusiness(LocalDate.parse("2026-10-25")))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(london.closeOfBusiness(LocalDate.parse("2026-10-24")))
                .isEqualTo(Instant.parse("2026-10-24T00:30:00Z"));
    }

    @Test
    void businessDaysInEgyptRunSundayToThursday() {
        // regression (audit case BD-EG-FRIDAY): received Fri 6 Nov 2026; Sun 8 - Thu 12 (1-5), 15-19 (6-10),
        // 22-26 (11-15): Thu 26 Nov, 23:59:59 in Cairo (UTC+2) = 21:59:59Z, not Friday 27 Nov (a weekend day)
        CaseClock c = clock("2026-11-06T10:00:00Z", "EG", RegulatoryProfile.EU_PSD2);
        assertThat(c.endOfBusinessDay(15)).isEqualTo(Instant.parse("2026-11-26T21:59:59Z"));
        assertThat(c.isBusinessDay(LocalDate.parse("2026-11-08"))).isTrue();
    }

    @Test
    void theAuditsUsStateCasesEndOnTheDaysTheirStatesLawsGive() {
        // BD-US-TX-CONFED: received Mon 20 Apr 2026; Mon 27 Apr is a business day in Texas, so the 15th is
        // Mon 11 May, 23:59:59 CDT = 04:59:59Z on the 12th
        assertThat(clock("2026-04-20T15:00:00Z", "US-TX", RegulatoryProfile.EU_PSD2)
                        .endOfBusinessDay(15))
                .isEqualTo(Instant.parse("2026-05-12T04:59:59Z"));
        // BD-US-MA-PATRIOTS: received Fri 17 Apr 2026; Patriots' Day (Mon 20 Apr) is off, so the 15th is
        // Mon 11 May, 23:59:59 EDT = 03:59:59Z on the 12th
        assertThat(clock("2026-04-17T15:00:00Z", "US-MA", RegulatoryProfile.EU_PSD2)
                        .endOfBusinessDay(15))
                .isEqualTo(Instant.parse("2026-05-12T03:59:59Z"));
    }

    @Test
    void theAuditsSwissCasesEndOnTheDaysTheCantonsLawsGive() {
        // PSD2-CH-TI: received Wed 20 May 2026; 21-22 (1-2), [Whit Monday 25], 26-29 (3-6), 1-3 Jun (7-9),
        // [Corpus Christi 4 Jun], 5 (10), 8-12 (11-15): Fri 12 Jun, 23:59:59 CEST = 21:59:59Z
        assertThat(clock("2026-05-20T10:00:00Z", "CH-TI", RegulatoryProfile.EU_PSD2)
                        .endOfBusinessDay(15))
                .isEqualTo(Instant.parse("2026-06-12T21:59:59Z"));
        // BD-CH-ZG-EASTER: received Wed 1 Apr 2026; 2 Apr (1), [Good Friday 3 Apr], Easter Monday 6 Apr is a
        // business day in Zug (its Ruhetagsgesetz does not name it), so the 15th is Thu 23 Apr, as before
        assertThat(clock("2026-04-01T10:00:00Z", "CH-ZG", RegulatoryProfile.EU_PSD2)
                        .endOfBusinessDay(15))
                .isEqualTo(Instant.parse("2026-04-23T21:59:59Z"));
    }

    @Test
    void calendarDaysKeepTheLocalTimeOfReceiptWhileHoursAreElapsedTime() {
        // 10:00 GMT on Fri 20 Mar 2026; 8 weeks later is 10:00 BST on Fri 15 May = 09:00Z
        CaseClock c = clock("2026-03-20T10:00:00Z", "GB", RegulatoryProfile.UK_FCA);
        assertThat(c.after(Term.parse("8w"))).isEqualTo(Instant.parse("2026-05-15T09:00:00Z"));
        assertThat(c.after(Term.parse("P8W"))).isEqualTo(Instant.parse("2026-05-15T09:00:00Z"));
        // 24 hours across the change are 24 hours
        CaseClock saturday = clock("2026-03-28T12:00:00Z", "GB", RegulatoryProfile.UK_FCA);
        assertThat(saturday.after(Term.parse("24h"))).isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(saturday.after(Term.parse("1d"))).isEqualTo(Instant.parse("2026-03-29T11:00:00Z"));
    }

    @Test
    void calendarTermsNeverGiveAnEarlierDeadlineForALaterReceiptAroundTheRepeatedAndSkippedHours() {
        // every minute from Sat 24 Oct 2026 22:00Z to Mon 26 Oct 03:00Z (London clocks go back at 01:00Z on
        // the 25th) and around the spring change (clocks go forward at 01:00Z on Sun 29 Mar 2026)
        for (String[] window : new String[][] {
            {"2026-10-24T22:00:00Z", "2026-10-26T03:00:00Z"}, {"2026-03-27T22:00:00Z", "2026-03-29T03:00:00Z"}
        }) {
            for (String term : List.of("1d", "1w", "1mo")) {
                Instant previous = Instant.MIN;
                for (Instant t = Instant.parse(window[0]);
                        t.isBefore(Instant.parse(window[1]));
                        t = t.plusSeconds(60)) {
                    Instant due =
                            clock(t.toString(), "GB", RegulatoryProfile.UK_FCA).after(Term.parse(term));
                    assertThat(due)
                            .as(term + " after " + t)
                            .isAfterOrEqualTo(previous)
                            .isAfter(t);
                    previous = due;
                }
            }
        }
    }

    @Test
    void aLeapDayIsAnOrdinaryBusinessDay() {
        // Fri 25 Feb 2028 in England: Mon 28 (1), Tue 29 Feb (2), Wed 1 Mar (3)
        assertThat(clock("2028-02-25T12:00:00Z", "GB", RegulatoryProfile.UK_FCA).endOfBusinessDay(3))
                .isEqualTo(Instant.parse("2028-03-01T23:59:59Z"));
        // six years after 29 Feb 2020 is 28 Feb 2026 (no 29th): a complaint on 1 Mar 2026 is past it
        CaseClock march = clock("2026-03-01T12:00:00Z", "GB", RegulatoryProfile.UK_FCA);
        assertThat(march.isMoreThanAfter(LocalDate.parse("2020-02-29"), Term.parse("6y")))
                .isTrue();
        assertThat(clock("2026-02-28T12:00:00Z", "GB", RegulatoryProfile.UK_FCA)
                        .isMoreThanAfter(LocalDate.parse("2020-02-29"), Term.parse("6y")))
                .isFalse();
    }

    @Test
    void receiptOnAHolidayCountsFromTheNextDayAndTheDateOfReceiptIsLocal() {
        // 23:30Z on Thu 24 Dec 2026 is already Christmas Day in Tallinn: the first business day is Mon 28 Dec
        CaseClock c = clock("2026-12-24T23:30:00Z", "EE", RegulatoryProfile.EU_PSD2);
        assertThat(c.receivedDate()).isEqualTo(LocalDate.parse("2026-12-25"));
        assertThat(c.businessDayAfter(c.receivedDate(), 1)).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void theComplaintsOwnZoneAndJurisdictionWin() {
        Complaint m = Complaint.builder("C-1", Instant.parse("2026-12-21T09:00:00Z"), Channel.EMAIL, Category.BILLING)
                .jurisdiction(Jurisdiction.of("AU-WA"))
                .timeZone(ZoneId.of("Australia/Sydney"))
                .build();
        CaseClock c = CaseClock.of(m, RegulatoryProfile.UK_FCA);
        assertThat(c.jurisdiction()).isEqualTo(Jurisdiction.of("AU-WA"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        CaseClock generic = clock("2026-12-21T09:00:00Z", null, RegulatoryProfile.GENERIC);
        assertThat(generic.zone().getId()).isEqualTo("Z");
        assertThat(generic.hasJurisdiction()).isFalse();
    }

    @Test
    void aCloseOfBusinessAndTheHostsClosingDaysMoveTheDeadline() {
        CaseClock c = new CaseClock(
                Instant.parse("2026-12-23T09:00:00Z"),
                Jurisdiction.of("GB"),
                ZoneId.of("Europe/London"),
                BusinessCalendar.publicHolidays()
                        .and(BusinessCalendar.closedOn(List.of(LocalDate.parse("2026-12-31")))),
                LocalTime.of(17, 0));
        // as the issue's example, with 31 Dec closed too: one business day later, Tue 19 Jan at 17:00 GMT
        assertThat(c.endOfBusinessDay(15)).isEqualTo(Instant.parse("2027-01-19T17:00:00Z"));
    }

    @Test
    void termsParseEveryUnitAndRejectNonsense() {
        assertThat(Term.parse("15bd")).isEqualTo(new Term(15, Term.Unit.BUSINESS_DAYS));
        assertThat(Term.parse("6mo").toPeriod().toString()).isEqualTo("P6M");
        assertThat(Term.parse("P6Y")).isEqualTo(new Term(6, Term.Unit.YEARS));
        assertThat(Term.parse("PT24H")).isEqualTo(new Term(24, Term.Unit.HOURS));
        assertThat(Term.parse("30m")).isEqualTo(new Term(30, Term.Unit.MINUTES));
        assertThat(Term.parse("8w").toString()).isEqualTo("8 weeks");
        assertThat(Term.parse("1bd").toString()).isEqualTo("1 business day");
        assertThatThrownBy(() -> Term.parse("15 days"))
                .hasMessageContaining("15 days")
                .hasMessageContaining("15bd");
        assertThatThrownBy(() -> Term.parse("0bd")).hasMessageContaining("1 business day");
        assertThatThrownBy(() -> Term.parse("24h").toPeriod()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeprecatedUtcHelperStillCountsWeekdaysInUtc() {
        @SuppressWarnings("deprecation")
        Instant friday = AdviceDraft.endOfBusinessDay(Instant.parse("2026-12-23T09:00:00Z"), 2);
        // weekdays only: Thu 24 (1), Fri 25 (2)
        assertThat(friday).isEqualTo(Instant.parse("2026-12-25T23:59:59Z"));
    }
}
