package org.complaintrules.drools.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as policy owners and regulators write it, counted by {@link CaseClock#after(Term)}:
 * <ul>
 *   <li>{@code 30m}, {@code 24h}: minutes and hours, elapsed time after receipt;</li>
 *   <li>{@code 3d}, {@code 8w}, {@code 6mo}, {@code 6y}: calendar days, weeks, months and years after
 *       receipt, on the calendar of the complaint's time zone at the same local time (so 8 weeks after
 *       10:00 in March is 10:00 in May, whatever the clocks did in between);</li>
 *   <li>{@code 15bd}: business days: the close of business of the 15th business day after the day of
 *       receipt (see {@link CaseClock#endOfBusinessDay(int)});</li>
 *   <li>the ISO-8601 forms of one unit: {@code PT30M}, {@code PT24H}, {@code P3D}, {@code P8W}, {@code P6M},
 *       {@code P6Y}.</li>
 * </ul>
 *
 * @param amount how many units, {@code >= 0} ({@code >= 1} for business days)
 * @param unit the unit
 */
public record Term(long amount, Unit unit) {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*(m|h|d|w|mo|y|bd)");
    private static final Pattern ISO_DATE = Pattern.compile("P(\\d{1,6})([DWMY])");
    private static final Pattern ISO_TIME = Pattern.compile("PT(\\d{1,6})([HM])");

    /** The units of a term. */
    public enum Unit {
        /** Minutes of elapsed time. */
        MINUTES("m", "minute"),
        /** Hours of elapsed time. */
        HOURS("h", "hour"),
        /** Calendar days in the complaint's time zone. */
        DAYS("d", "day"),
        /** Calendar weeks in the complaint's time zone. */
        WEEKS("w", "week"),
        /** Calendar months in the complaint's time zone. */
        MONTHS("mo", "month"),
        /** Calendar years in the complaint's time zone. */
        YEARS("y", "year"),
        /** Business days of the jurisdiction's calendar, to the close of business. */
        BUSINESS_DAYS("bd", "business day");

        private final String symbol;
        private final String word;

        Unit(String symbol, String word) {
            this.symbol = symbol;
            this.word = word;
        }

        /** @return the short symbol, e.g. {@code bd} */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * Validates the components.
     *
     * @param amount how many units
     * @param unit the unit
     * @throws IllegalArgumentException when the amount is negative, or zero business days
     */
    public Term {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0 || (unit == Unit.BUSINESS_DAYS && amount < 1)) {
            throw new IllegalArgumentException("a time limit must be at least "
                    + (unit == Unit.BUSINESS_DAYS ? "1 business day" : "0") + ", was " + amount + unit.symbol);
        }
    }

    /**
     * @param text e.g. {@code 24h}, {@code 8w}, {@code 15bd}, {@code P6M}
     * @return the term
     * @throws IllegalArgumentException quoting the text when it is not a term
     */
    public static Term parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            for (Unit u : Unit.values()) {
                if (u.symbol.equals(m.group(2))) {
                    return new Term(n, u);
                }
            }
        }
        m = ISO_DATE.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return new Term(
                    n,
                    switch (m.group(2)) {
                        case "D" -> Unit.DAYS;
                        case "W" -> Unit.WEEKS;
                        case "M" -> Unit.MONTHS;
                        default -> Unit.YEARS;
                    });
        }
        m = ISO_TIME.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            return new Term(Long.parseLong(m.group(1)), m.group(2).equals("H") ? Unit.HOURS : Unit.MINUTES);
        }
        throw new IllegalArgumentException(
                "must be a time limit such as 30m, 24h, 3d, 8w, 6mo, 6y, 15bd or PT24H," + " was \"" + text + "\"");
    }

    /** @return whether it counts business days */
    public boolean isBusinessDays() {
        return unit == Unit.BUSINESS_DAYS;
    }

    /**
     * @return the term as a calendar period ({@code P6M} for 6 months)
     * @throws IllegalStateException when it is in minutes, hours or business days
     */
    public Period toPeriod() {
        int n = Math.toIntExact(amount);
        return switch (unit) {
            case DAYS -> Period.ofDays(n);
            case WEEKS -> Period.ofWeeks(n);
            case MONTHS -> Period.ofMonths(n);
            case YEARS -> Period.ofYears(n);
            default -> throw new IllegalStateException(this + " is not a calendar period");
        };
    }

    /**
     * @param date a date, e.g. of the event complained about
     * @return the date this calendar term after it ({@code 2020-02-29} plus {@code 6y} is {@code 2026-02-28})
     * @throws IllegalStateException when it is in minutes, hours or business days
     */
    public LocalDate after(LocalDate date) {
        return date.plus(toPeriod());
    }

    /** @return the short form, e.g. {@code 15bd} */
    public String code() {
        return amount + unit.symbol;
    }

    /** @return the term in words, e.g. {@code 15 business days}, {@code 1 week} */
    @Override
    public String toString() {
        return amount + " " + unit.word + (amount == 1 ? "" : "s");
    }
}
