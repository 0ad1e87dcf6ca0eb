package org.complaintrules.drools.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.complaintrules.drools.calendar.Jurisdictions;

/**
 * Fact: the case's legal clock, and the only place the library does date arithmetic. It knows when
 * the complaint was received, where it is handled (the jurisdiction, whose business days count) and
 * in which time zone a day ends. Rules ask it for deadlines:
 * <pre>{@code
 * $c : CaseClock()
 * ...
 * $d.regulatoryLimit( $c.after( $p.term("fca.psd.finalResponse") ), ... );
 * }</pre>
 *
 * <p>Counting: a business day is a day the {@link BusinessCalendar} says is one in the jurisdiction;
 * "the n-th business day after the day of receipt" starts counting on the day after the local date of
 * receipt, whether or not that date was itself a business day, and the deadline is the close of
 * business of that day (by default 23:59:59) in the time zone, written as an instant. Calendar days,
 * weeks, months and years keep the local time of receipt (so they are right across daylight-saving
 * changes), and every deadline is monotonic: a later receipt never gives an earlier deadline. Nothing
 * here reads the wall clock.
 */
public final class CaseClock {
    /** The end of a business day when the policy names no close of business: 23:59:59. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private static final int MAX_BUSINESS_DAYS = 10_000;

    private final Instant receivedAt;
    private final Jurisdiction jurisdiction;
    private final ZoneId zone;
    private final BusinessCalendar calendar;
    private final LocalTime closeOfBusiness;
    // derived from the above once: rules ask for them on every deadline
    private final LocalDate receivedDate;
    private final LocalTime receivedTime;

    /**
     * @param receivedAt when the complaint was received
     * @param jurisdiction where it is handled, or {@code null} when none is known (weekends only)
     * @param zone the time zone days end in
     * @param calendar which days are business days
     * @param closeOfBusiness when a business day ends, local time
     * @throws NullPointerException when any but {@code jurisdiction} is null
     */
    public CaseClock(
            Instant receivedAt,
            Jurisdiction jurisdiction,
            ZoneId zone,
            BusinessCalendar calendar,
            LocalTime closeOfBusiness) {
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.jurisdiction = jurisdiction;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.closeOfBusiness = Objects.requireNonNull(closeOfBusiness, "closeOfBusiness");
        ZonedDateTime received = receivedAt.atZone(zone);
        this.receivedDate = received.toLocalDate();
        // a receipt in the first pass of a repeated hour (clocks going back) counts from the start of that hour
        LocalTime time = received.toLocalTime();
        ZoneOffsetTransition at = zone.getRules().getTransition(received.toLocalDateTime());
        if (at != null && at.isOverlap() && received.getOffset().equals(at.getOffsetBefore())) {
            time = at.getDateTimeAfter().toLocalTime();
        }
        this.receivedTime = time;
    }

    /**
     * The clock of CONTRACT.md section 5.1 with the library's defaults: the complaint's jurisdiction, else
     * the profile's; the complaint's time zone, else the jurisdiction's, else UTC; public holidays; days
     * end at 23:59:59.
     *
     * @param complaint the complaint
     * @param profile the regulatory profile in force
     * @return its clock
     */
    public static CaseClock of(Complaint complaint, RegulatoryProfile profile) {
        return of(
                complaint,
                Jurisdictions.defaultFor(profile).orElse(null),
                Jurisdictions::zoneOf,
                BusinessCalendar.publicHolidays(),
                END_OF_DAY);
    }

    /**
     * The clock of CONTRACT.md section 5.1: the complaint's jurisdiction, else {@code defaultJurisdiction};
     * the complaint's time zone, else the jurisdiction's, else UTC.
     *
     * @param complaint the complaint
     * @param defaultJurisdiction the profile's jurisdiction, or {@code null} for none
     * @param zones each jurisdiction's time zone, if known
     * @param calendar which days are business days
     * @param closeOfBusiness when a business day ends, local time
     * @return its clock
     */
    public static CaseClock of(
            Complaint complaint,
            Jurisdiction defaultJurisdiction,
            Function<Jurisdiction, Optional<ZoneId>> zones,
            BusinessCalendar calendar,
            LocalTime closeOfBusiness) {
        Jurisdiction j = complaint.jurisdiction() != null ? complaint.jurisdiction() : defaultJurisdiction;
        ZoneId zone = complaint.timeZone() != null
                ? complaint.timeZone()
                : j == null ? ZoneOffset.UTC : zones.apply(j).orElse(ZoneOffset.UTC);
        return new CaseClock(complaint.receivedAt(), j, zone, calendar, closeOfBusiness);
    }

    /**
     * The 0.1 clock: UTC, Monday to Friday, days ending at 23:59:59.
     *
     * @param receivedAt when the complaint was received
     * @return the clock
     */
    public static CaseClock utc(Instant receivedAt) {
        return new CaseClock(receivedAt, null, ZoneOffset.UTC, BusinessCalendar.weekdays(), END_OF_DAY);
    }

    /** @return when the complaint was received */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return where the complaint is handled, or {@code null} when none is known */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return whether a jurisdiction is known */
    public boolean hasJurisdiction() {
        return jurisdiction != null;
    }

    /** @return whether the calendar knows the jurisdiction's public holidays (else weekends only) */
    public boolean knowsPublicHolidays() {
        return calendar.knowsPublicHolidays(jurisdiction);
    }

    /**
     * @return whether the calendar has the holidays of the jurisdiction's own subdivision (always,
     *     without a subdivision); else its country's are used
     */
    public boolean knowsSubdivision() {
        return calendar.knowsSubdivision(jurisdiction);
    }

    /** @return the time zone days end in */
    public ZoneId zone() {
        return zone;
    }

    /** @return when a business day ends, local time */
    public LocalTime closeOfBusiness() {
        return closeOfBusiness;
    }

    /**
     * Gets the business calendar ready for the year of receipt and the next (see
     * {@link BusinessCalendar#prepare}); the advisor calls it before the rules' time budget starts.
     */
    public void prepareCalendar() {
        calendar.prepare(jurisdiction, receivedDate.getYear(), receivedDate.getYear() + 1);
    }

    /** @return the date of receipt in the time zone */
    public LocalDate receivedDate() {
        return receivedDate;
    }

    /**
     * @param date a local date
     * @return whether it is a business day in the jurisdiction
     */
    public boolean isBusinessDay(LocalDate date) {
        return calendar.isBusinessDay(date, jurisdiction);
    }

    /**
     * @param from a local date
     * @param days how many business days, {@code >= 1}
     * @return the {@code days}-th business day after {@code from}
     * @throws IllegalArgumentException when {@code days} is below 1, or no such day comes within
     *         {@value #MAX_BUSINESS_DAYS} days (a calendar that closes every day)
     */
    public LocalDate businessDayAfter(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("business days must be >= 1, was " + days);
        }
        LocalDate day = from;
        int left = days;
        for (int step = 0; step < MAX_BUSINESS_DAYS + days * 7; step++) {
            day = day.plusDays(1);
            if (isBusinessDay(day) && --left == 0) {
                return day;
            }
        }
        throw new IllegalArgumentException(
                "the business calendar has no " + days + " business days after " + from + " for " + jurisdiction);
    }

    /**
     * @param date a local date
     * @return the close of business of that date in the time zone, as an instant (a close of business
     *         that falls into a daylight-saving gap moves forward by the gap; one that falls into a repeated
     *         hour is its second occurrence, so that the day lasts to its true end where the clocks go back
     *         at midnight, as in Cairo on 29 October 2026)
     */
    public Instant closeOfBusiness(LocalDate date) {
        return ZonedDateTime.of(date, closeOfBusiness, zone)
                .withLaterOffsetAtOverlap()
                .toInstant();
    }

    /**
     * "By the close of the n-th business day after the day of receipt" (FCA DISP 1.5, PSD2 art. 101).
     *
     * @param days business days after the day of receipt, {@code >= 1}
     * @return the close of business of that day
     * @throws IllegalArgumentException when {@code days} is below 1
     */
    public Instant endOfBusinessDay(int days) {
        return closeOfBusiness(businessDayAfter(receivedDate(), days));
    }

    /**
     * @param term a time limit
     * @return the latest instant it allows after receipt (see {@link Term})
     */
    public Instant after(Term term) {
        int n = Math.toIntExact(term.amount());
        return switch (term.unit()) {
            case MINUTES -> receivedAt.plus(Duration.ofMinutes(n));
            case HOURS -> receivedAt.plus(Duration.ofHours(n));
            case DAYS -> sameLocalTime(receivedDate().plusDays(n));
            case WEEKS -> sameLocalTime(receivedDate().plusWeeks(n));
            case MONTHS -> sameLocalTime(receivedDate().plusMonths(n));
            case YEARS -> sameLocalTime(receivedDate().plusYears(n));
            case BUSINESS_DAYS -> endOfBusinessDay(n);
        };
    }

    /**
     * The local time of receipt on another date, as an instant, such that a later receipt never gives
     * an earlier result: a receipt in the first pass of a repeated hour (clocks going back) takes the
     * start of that hour; a local time the clocks skip on the target date (clocks going forward) takes
     * the moment the skip ends; a local time repeated on the target date takes its first occurrence.
     */
    private Instant sameLocalTime(LocalDate date) {
        LocalDateTime target = LocalDateTime.of(date, receivedTime);
        ZoneOffsetTransition there = zone.getRules().getTransition(target);
        if (there != null && there.isGap()) {
            return there.getInstant();
        }
        return ZonedDateTime.ofLocal(target, zone, null).toInstant();
    }

    /**
     * @param term a time limit such as {@code 15bd}
     * @return the latest instant it allows after receipt
     * @throws IllegalArgumentException when the text is not a {@link Term}
     */
    public Instant after(String term) {
        return after(Term.parse(term));
    }

    /**
     * @param elapsed elapsed time
     * @return receipt plus that time
     */
    public Instant after(Duration elapsed) {
        return receivedAt.plus(elapsed);
    }

    /**
     * A time limit counted back from receipt: whether an event lies further back than the limit.
     *
     * @param event the date of the event, or {@code null}
     * @param limit a calendar limit such as {@code 6y}
     * @return {@code true} when the date of receipt is after {@code event + limit}; {@code false} when
     *         {@code event} is null
     * @throws IllegalStateException when the limit is not a calendar period
     */
    public boolean isMoreThanAfter(LocalDate event, Term limit) {
        return event != null && receivedDate().isAfter(limit.after(event));
    }

    /**
     * @param a an instant
     * @param b another
     * @return the later of the two (for "within 24 hours or one business day")
     */
    public static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "CaseClock[" + receivedAt + ", " + (jurisdiction == null ? "no jurisdiction" : jurisdiction) + ", "
                + zone + ", close " + closeOfBusiness + "]";
    }
}
