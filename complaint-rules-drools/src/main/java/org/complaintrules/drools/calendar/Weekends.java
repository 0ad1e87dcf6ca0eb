package org.complaintrules.drools.calendar;

import java.time.DayOfWeek;
import java.util.Map;
import org.complaintrules.api.Jurisdiction;

/**
 * Which days of the week are the weekend, per country: Saturday and Sunday, except where the Unicode CLDR
 * says otherwise. The facts are CLDR 49's {@code weekData} ({@code weekendStart} and {@code weekendEnd} in
 * {@code common/supplemental/supplementalData.xml}), as read on 28 November 2026 from the data of ICU4J 79.1,
 * which carries CLDR 49:
 *
 * <ul>
 *   <li>Friday and Saturday: BH, DZ, EG, IL, IQ, JO, KW, LY, OM, QA, SA, SD, SY, YE;
 *   <li>Thursday and Friday: AF;
 *   <li>Friday only: IR;
 *   <li>Sunday only: IN, UG;
 *   <li>every other country: Saturday and Sunday (CLDR's default, territory {@code 001}).
 * </ul>
 *
 * <p>A weekend is a set of days of the week kept as a bit mask (bit {@code DayOfWeek.ordinal()}), looked up
 * by the country's code, so that counting business days allocates nothing per day.
 */
final class Weekends {
    /** Saturday and Sunday: CLDR's default, and the weekend without a jurisdiction. */
    private static final int SATURDAY_SUNDAY = mask(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static final Integer FRIDAY_SATURDAY = mask(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final Map<String, Integer> OTHER_WEEKENDS = Map.ofEntries(
            Map.entry("BH", FRIDAY_SATURDAY),
            Map.entry("DZ", FRIDAY_SATURDAY),
            Map.entry("EG", FRIDAY_SATURDAY),
            Map.entry("IL", FRIDAY_SATURDAY),
            Map.entry("IQ", FRIDAY_SATURDAY),
            Map.entry("JO", FRIDAY_SATURDAY),
            Map.entry("KW", FRIDAY_SATURDAY),
            Map.entry("LY", FRIDAY_SATURDAY),
            Map.entry("OM", FRIDAY_SATURDAY),
            Map.entry("QA", FRIDAY_SATURDAY),
            Map.entry("SA", FRIDAY_SATURDAY),
            Map.entry("SD", FRIDAY_SATURDAY),
            Map.entry("SY", FRIDAY_SATURDAY),
            Map.entry("YE", FRIDAY_SATURDAY),
            Map.entry("AF", mask(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)),
            Map.entry("IR", mask(DayOfWeek.FRIDAY)),
            Map.entry("IN", mask(DayOfWeek.SUNDAY)),
            Map.entry("UG", mask(DayOfWeek.SUNDAY)));

    private Weekends() {}

    /**
     * @param jurisdiction a jurisdiction, or {@code null} (Saturday and Sunday)
     * @param day a day of the week
     * @return whether {@code day} is in the weekend of the jurisdiction's country
     */
    static boolean contains(Jurisdiction jurisdiction, DayOfWeek day) {
        Integer other = jurisdiction == null ? null : OTHER_WEEKENDS.get(jurisdiction.country());
        return ((other == null ? SATURDAY_SUNDAY : other) & (1 << day.ordinal())) != 0;
    }

    private static int mask(DayOfWeek... days) {
        int m = 0;
        for (DayOfWeek d : days) {
            m |= 1 << d.ordinal();
        }
        return m;
    }
}
