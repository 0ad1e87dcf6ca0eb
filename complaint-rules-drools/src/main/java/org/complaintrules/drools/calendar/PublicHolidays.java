package org.complaintrules.drools.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import org.complaintrules.api.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BusinessCalendar#publicHolidays()}: the working week of the jurisdiction's country (Monday to
 * Friday unless {@link Weekends} says otherwise) less the days off that Jollyday lists for the
 * jurisdiction. Holiday sets are computed once per calendar and year and kept.
 *
 * <p>For the countries in {@link #OVERRIDES}, whose Jollyday calendar is wrong, the calendar is the
 * project's own file {@code holidays/Holidays_<code>.xml} beside this class, in Jollyday's format and read
 * by Jollyday from its URL; {@code holidays/README.md} says why each exists and where its facts come from.
 * Jollyday keeps the managers it makes by the URL's text, so ours never stand in for (nor are taken for)
 * the manager a host asks Jollyday for by country code.
 */
final class PublicHolidays implements BusinessCalendar {
    static final PublicHolidays INSTANCE = new PublicHolidays();

    private static final Logger LOG = LoggerFactory.getLogger(PublicHolidays.class);
    /** Held while asking Jollyday for a calendar (see {@link #manager}). */
    private static final Object JOLLYDAY = new Object();
    /** The subdivision a bare country code means, where the country has no national calendar of its own. */
    private static final java.util.Map<String, String> COUNTRY_DEFAULT_SUBDIVISION = java.util.Map.of("GB", "eng");
    /**
     * The part of its country whose calendar a subdivision uses where the holiday data has none of the
     * subdivision's own ({@code GB-EDH} → {@code sct}), from {@code subdivisions.properties} beside this class
     * (ISO 3166-2:GB: Scotland's council areas, Northern Ireland's districts, the Welsh and English areas).
     */
    private static final Map<String, String> PART_OF = partOf();
    /**
     * The countries whose calendar is the project's own ({@code holidays/Holidays_<code>.xml}) instead of
     * Jollyday's, which is wrong for them: BG (a substitute day off after Easter missing), CH (cantonal
     * public holidays typed as observances, and so dropped: Whit Monday and Corpus Christi in Ticino; days
     * off that a canton's law does not give), CY (Western instead of Orthodox Easter), GR (a school holiday
     * listed), IS (days that are no days off listed, four holidays missing), LT (Christmas Eve missing).
     */
    static final Set<String> OVERRIDES = Set.of("BG", "CH", "CY", "GR", "IS", "LT");

    /**
     * Corrections of Jollyday's days off for a subdivision whose calendar is wrong where overriding the whole
     * country's file is not worth it (the US: one file for fifty states), by the calendar's name
     * ({@code US/tx}): holidays removed by Jollyday's key, days added by a rule of the law.
     *
     * <ul>
     *   <li>US-TX: Jollyday has Confederate Heroes Day (key {@code CONFEDERATE}) on the fourth Monday of April;
     *       Texas Government Code section 662.003(b)(1) puts it on 19 January, among the state holidays on
     *       which state offices stay open (662.003(b), "skeleton crew"), not a day off for businesses and
     *       banks: removed, and 19 January not added.
     *   <li>US-MA: Patriots' Day, the third Monday of April, is a legal holiday (Massachusetts General Laws
     *       chapter 4 section 7, clause 18); Jollyday has it as an observance only. US-ME: Patriots' Day is a
     *       legal holiday in Maine too (Maine Revised Statutes title 4 section 1051); Jollyday lacks it. Added
     *       from 1969, when both moved it from 19 April to the third Monday of April.
     * </ul>
     */
    static final Map<String, Correction> CORRECTIONS = Map.of(
            "US/tx", new Correction(Set.of("CONFEDERATE"), year -> null),
            "US/ma", new Correction(Set.of(), PublicHolidays::patriotsDay),
            "US/me", new Correction(Set.of(), PublicHolidays::patriotsDay));

    /**
     * @param removed the Jollyday keys ({@link Holiday#getPropertiesKey()}) of holidays that are no days off
     * @param added the day off a year has that Jollyday lacks, or {@code null} for none that year
     */
    record Correction(Set<String> removed, IntFunction<LocalDate> added) {}

    /**
     * Which Jollyday calendar and hierarchy a jurisdiction uses, and whether that is its own
     * subdivision's (else it fell back to the country's).
     */
    private record Source(String country, String[] args, String key, boolean ownSubdivision) {}

    private record YearKey(String key, int year) {}

    private final Set<String> supported = HolidayManager.getSupportedCalendarCodes();
    private final ConcurrentMap<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    /** By jurisdiction (a record, so no code is built per look-up: the rules ask for each date they count). */
    private final ConcurrentMap<Jurisdiction, Optional<Source>> sources = new ConcurrentHashMap<>();

    private final ConcurrentMap<YearKey, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

    private PublicHolidays() {}

    @Override
    public boolean isBusinessDay(LocalDate date, Jurisdiction jurisdiction) {
        if (BusinessCalendar.isWeekend(date, jurisdiction)) {
            return false;
        }
        Optional<Source> source = source(jurisdiction);
        return source.isEmpty() || !holidays(source.get(), date.getYear()).contains(date);
    }

    /** Finds the jurisdiction's calendar and computes its days off for the years, once. */
    @Override
    public void prepare(Jurisdiction jurisdiction, int fromYear, int toYear) {
        Optional<Source> source = source(jurisdiction);
        if (source.isPresent()) {
            for (int year = fromYear; year <= toYear; year++) {
                holidays(source.get(), year);
            }
        }
    }

    @Override
    public boolean knowsPublicHolidays(Jurisdiction jurisdiction) {
        return source(jurisdiction).isPresent();
    }

    @Override
    public boolean knowsSubdivision(Jurisdiction jurisdiction) {
        if (jurisdiction == null || jurisdiction.subdivision() == null) {
            return true;
        }
        return source(jurisdiction).map(Source::ownSubdivision).orElse(true);
    }

    /**
     * @param jurisdiction a jurisdiction
     * @return the name of the holiday calendar used for it, e.g. {@code GB/eng}, or empty
     */
    Optional<String> calendarName(Jurisdiction jurisdiction) {
        return source(jurisdiction).map(Source::key);
    }

    private Optional<Source> source(Jurisdiction j) {
        if (j == null) {
            return Optional.empty();
        }
        return sources.computeIfAbsent(j, this::resolve);
    }

    private Optional<Source> resolve(Jurisdiction j) {
        Optional<HolidayManager> manager = manager(j.country());
        if (manager.isEmpty()) {
            return Optional.empty();
        }
        Set<String> children =
                manager.get().getCalendarHierarchy().getChildren().keySet();
        String sub = j.subdivision() == null ? null : j.subdivision().toLowerCase(Locale.ROOT);
        boolean own = sub == null || children.contains(sub);
        if (!own) {
            // a valid subdivision inside a part that has a calendar (a Scottish council area): that part's
            String part = PART_OF.get(j.toString());
            if (part != null && children.contains(part)) {
                sub = part;
                own = true;
            }
        }
        if (!own || sub == null) {
            sub = COUNTRY_DEFAULT_SUBDIVISION.get(j.country());
        }
        String[] args = sub == null ? new String[0] : new String[] {sub};
        return Optional.of(new Source(j.country(), args, sub == null ? j.country() : j.country() + "/" + sub, own));
    }

    private Optional<HolidayManager> manager(String country) {
        return managers.computeIfAbsent(country, c -> {
            boolean own = OVERRIDES.contains(c);
            if (!own && !supported.contains(c)) {
                return Optional.empty();
            }
            try {
                ManagerParameter parameter =
                        own ? ManagerParameters.create(ownCalendar(c)) : ManagerParameters.create(c);
                // Jollyday finds its calendar sources on the first getInstance in a JVM and fills that
                // list without a lock: a thread asking meanwhile finds none, and its country would
                // keep no holidays. Asking one thread at a time lets the first fill the list.
                synchronized (JOLLYDAY) {
                    return Optional.of(HolidayManager.getInstance(parameter));
                }
            } catch (RuntimeException e) {
                LOG.warn("no public-holiday calendar for country {}: {}", c, e.toString());
                return Optional.empty();
            }
        });
    }

    /** Patriots' Day in Massachusetts and Maine: the third Monday of April, from 1969. */
    private static LocalDate patriotsDay(int year) {
        return year < 1969
                ? null
                : LocalDate.of(year, 4, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }

    private static Map<String, String> partOf() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = PublicHolidays.class.getResourceAsStream("subdivisions.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "subdivisions.properties is missing beside " + PublicHolidays.class.getName());
            }
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read subdivisions.properties", e);
        }
        Map<String, String> parts = new java.util.HashMap<>();
        for (String key : p.stringPropertyNames()) {
            Jurisdiction part = Jurisdiction.of(key); // a malformed key fails here, naming it
            for (String code : p.getProperty(key).trim().split("\\s+")) {
                Jurisdiction area = new Jurisdiction(part.country(), code);
                String before = parts.put(area.toString(), part.subdivision().toLowerCase(Locale.ROOT));
                if (before != null) {
                    throw new IllegalStateException("subdivisions.properties lists " + area + " twice");
                }
            }
        }
        return Map.copyOf(parts);
    }

    /**
     * @param country a country in {@link #OVERRIDES}
     * @return the URL of its calendar file beside this class
     * @throws IllegalStateException when the file is missing (a packaging fault)
     */
    static URL ownCalendar(String country) {
        String file = "holidays/Holidays_" + country.toLowerCase(Locale.ROOT) + ".xml";
        URL url = PublicHolidays.class.getResource(file);
        if (url == null) {
            throw new IllegalStateException(file + " is missing beside " + PublicHolidays.class.getName());
        }
        return url;
    }

    /**
     * The days off dated in {@code year}. A holiday of one year may be observed in the next or the
     * previous one (US: New Year's Day on a Saturday is observed on Friday 31 December), so the
     * neighbouring years' holidays are read too.
     */
    private Set<LocalDate> holidays(Source s, int year) {
        return holidays.computeIfAbsent(new YearKey(s.key(), year), k -> {
            HolidayManager m = manager(s.country()).orElseThrow();
            Correction correction = CORRECTIONS.get(s.key());
            Set<LocalDate> days = new java.util.HashSet<>();
            for (int y = year - 1; y <= year + 1; y++) {
                for (Holiday h : m.getHolidays(Year.of(y), s.args())) {
                    if (h.getType() != HolidayType.OBSERVANCE
                            && h.getDate().getYear() == year
                            && (correction == null || !correction.removed().contains(h.getPropertiesKey()))) {
                        days.add(h.getDate());
                    }
                }
            }
            if (correction != null) {
                LocalDate added = correction.added().apply(year);
                if (added != null) {
                    days.add(added);
                }
            }
            return Set.copyOf(days);
        });
    }
}
