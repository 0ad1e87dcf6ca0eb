package org.complaintrules.drools.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintrules.api.Jurisdiction;

/**
 * Which days count as business days, per jurisdiction: the one service every business-day
 * computation of the library goes through (the rules' deadlines, the scenario matcher's
 * {@code "15bd"}, the guardrails). The default is {@link #publicHolidays()}: the working week of the
 * jurisdiction's country (Monday to Friday in most) less the jurisdiction's public holidays. A host adds
 * its own closing days by composing:
 *
 * <pre>{@code
 * ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
 *         .businessCalendar(BusinessCalendar.publicHolidays()
 *                 .and(BusinessCalendar.closedOn(List.of(LocalDate.of(2026, 12, 31)))))
 *         .build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not read the wall clock: the same date and
 * jurisdiction always give the same answer.
 */
@FunctionalInterface
public interface BusinessCalendar {

    /**
     * @param date a local date in the complaint's time zone
     * @param jurisdiction where the complaint is handled, or {@code null} when none is known
     * @return whether {@code date} is a business day there
     */
    boolean isBusinessDay(LocalDate date, Jurisdiction jurisdiction);

    /**
     * Whether this calendar knows the public holidays of a jurisdiction; when it does not, business
     * days skip weekends (and the host's own closing days) only, and the advice says so
     * ({@code CLOCK_WEEKENDS_ONLY} in {@code warnings}, for profiles that count business days). A host's
     * own calendar that does know them says so by overriding this method: a lambda cannot, so write
     * such a calendar as a class, or compose it with {@link #publicHolidays()} through
     * {@link #and(BusinessCalendar)}.
     *
     * @param jurisdiction a jurisdiction, or {@code null}
     * @return {@code true} when public holidays are taken into account for it
     */
    default boolean knowsPublicHolidays(Jurisdiction jurisdiction) {
        return false;
    }

    /**
     * Whether this calendar has the holidays of a jurisdiction's own subdivision ({@code GB-SCT},
     * {@code US-NY}); when it does not ({@code GB-XYZ}, a typo, or a subdivision the holiday data has
     * no calendar for), it uses its country's, and the advice says so in {@code warnings}
     * ({@code CLOCK_SUBDIVISION}). The default is {@code true}: a host's own calendar answers for
     * whatever jurisdiction it is given.
     *
     * @param jurisdiction a jurisdiction, or {@code null}
     * @return {@code false} only when the jurisdiction has a subdivision whose own calendar is missing
     */
    default boolean knowsSubdivision(Jurisdiction jurisdiction) {
        return true;
    }

    /**
     * Gets ready to answer {@link #isBusinessDay} for a jurisdiction in some years, for instance by
     * loading its holiday data. The advisor calls it for every case before the rules run, with the
     * year of receipt and the next, so that loading a calendar on its first use is not counted
     * against the rules' time budget. Other years may still be asked for later. The default does
     * nothing; a calendar that reads slow data on first use (a file, a service) overrides it.
     *
     * @param jurisdiction where the complaint is handled, or {@code null} when none is known
     * @param fromYear the first year
     * @param toYear the last year, inclusive
     */
    default void prepare(Jurisdiction jurisdiction, int fromYear, int toYear) {}

    /**
     * @param other another calendar, e.g. the host's closing days
     * @return a calendar in which a day is a business day only when it is one in both
     * @throws NullPointerException when {@code other} is null
     */
    default BusinessCalendar and(BusinessCalendar other) {
        Objects.requireNonNull(other, "other");
        BusinessCalendar self = this;
        return new BusinessCalendar() {
            @Override
            public boolean isBusinessDay(LocalDate date, Jurisdiction jurisdiction) {
                return self.isBusinessDay(date, jurisdiction) && other.isBusinessDay(date, jurisdiction);
            }

            @Override
            public boolean knowsPublicHolidays(Jurisdiction jurisdiction) {
                return self.knowsPublicHolidays(jurisdiction) || other.knowsPublicHolidays(jurisdiction);
            }

            @Override
            public boolean knowsSubdivision(Jurisdiction jurisdiction) {
                return self.knowsSubdivision(jurisdiction) && other.knowsSubdivision(jurisdiction);
            }

            @Override
            public void prepare(Jurisdiction jurisdiction, int fromYear, int toYear) {
                self.prepare(jurisdiction, fromYear, toYear);
                other.prepare(jurisdiction, fromYear, toYear);
            }
        };
    }

    /**
     * The working week of the jurisdiction's country (Monday to Friday, or another where its weekend is
     * not Saturday and Sunday: see {@link #isWeekend(LocalDate, Jurisdiction)}) less its public holidays,
     * from Jollyday: a subdivision the
     * holiday data knows uses its own calendar ({@code GB-SCT}, {@code AU-NSW}, {@code US-NY}), any other
     * subdivision its country's; a bare {@code GB} is England and Wales. Only days off count (public and
     * bank holidays), never mere observances. Without a jurisdiction, Monday to Friday; for a country the
     * holiday data does not cover, its working week. For a few countries whose Jollyday calendar is wrong
     * (BG, CH, CY, GR, IS, LT) the library ships its own calendar and uses it instead;
     * {@code holidays/README.md} beside this class says why, and where the facts come from.
     *
     * @return the shared public-holiday calendar
     */
    static BusinessCalendar publicHolidays() {
        return PublicHolidays.INSTANCE;
    }

    /**
     * The working week of the jurisdiction's country, no holidays: every day but its weekend (see
     * {@link #isWeekend(LocalDate, Jurisdiction)}), so Monday to Friday without a jurisdiction and in most
     * countries, Sunday to Thursday in Egypt or Saudi Arabia.
     *
     * @return the calendar
     */
    static BusinessCalendar weekdays() {
        return (date, jurisdiction) -> !isWeekend(date, jurisdiction);
    }

    /**
     * The host's own closing days (a company holiday, a systems shutdown), in every jurisdiction; every
     * other day is a business day as far as this calendar is concerned, so combine it with
     * {@link #publicHolidays()} through {@link #and(BusinessCalendar)}.
     *
     * @param days the closing days
     * @return the calendar
     * @throws NullPointerException when {@code days} or one of them is null
     */
    static BusinessCalendar closedOn(Collection<LocalDate> days) {
        Set<LocalDate> closed = new TreeSet<>();
        for (LocalDate d : Objects.requireNonNull(days, "days")) {
            closed.add(Objects.requireNonNull(d, "days[]"));
        }
        Set<LocalDate> frozen = Set.copyOf(closed);
        return (date, jurisdiction) -> !frozen.contains(date);
    }

    /**
     * @param date a date
     * @return whether it is Monday to Friday (the working week without a jurisdiction; a country's own is
     *     {@link #isWeekend(LocalDate, Jurisdiction)}'s complement)
     */
    static boolean isWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * Whether a date falls on the weekend of the jurisdiction's country, as the Unicode CLDR gives it
     * ({@code weekData}, CLDR 49): Friday and Saturday in BH, DZ, EG, IL, IQ, JO, KW, LY, OM, QA, SA, SD, SY
     * and YE; Thursday and Friday in AF; Friday alone in IR; Sunday alone in IN and UG; Saturday and Sunday
     * everywhere else and without a jurisdiction.
     *
     * @param date a date
     * @param jurisdiction a jurisdiction, or {@code null}
     * @return whether {@code date} is a weekend day there
     * @throws NullPointerException when {@code date} is null
     */
    static boolean isWeekend(LocalDate date, Jurisdiction jurisdiction) {
        return Weekends.contains(jurisdiction, date.getDayOfWeek());
    }
}
