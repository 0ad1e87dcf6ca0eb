package org.complaintrules.drools.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.complaintrules.api.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The countries whose Jollyday 2.19.0 calendar is wrong use the project's own (holidays/README.md): each
 * test lists the weekdays off of a country for 2026 and 2027 as the country's own law and government give
 * them, and says what Jollyday got wrong. Regression tests for the audit of the legal clock (CY, IS, LT)
 * and for what the check of the other countries found (GR, BG).
 */
class PublicHolidayOverridesTest {
    private static final BusinessCalendar HOLIDAYS = BusinessCalendar.publicHolidays();

    /** The weekdays of a year that are no business days in a jurisdiction. */
    private static Set<LocalDate> weekdaysOff(String jurisdiction, int year) {
        Jurisdiction j = Jurisdiction.of(jurisdiction);
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (BusinessCalendar.isWeekday(d) && !HOLIDAYS.isBusinessDay(d, j)) {
                off.add(d);
            }
        }
        return off;
    }

    private static Set<LocalDate> days(int year, String... monthDays) {
        return Arrays.stream(monthDays)
                .map(md -> LocalDate.parse(year + "-" + md))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void cyprusCountsItsEasterHolidaysFromTheOrthodoxEaster() {
        // Orthodox Easter: 12 April 2026, 2 May 2027 (the Western one: 5 April 2026, 28 March 2027). Green
        // Monday, Good Friday, Easter Monday and Tuesday and Kataklysmos (Whit Monday) follow it.
        assertThat(weekdaysOff("CY", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "01-06", "02-23", "03-25", "04-01", "04-10", "04-13", "04-14", "05-01", "06-01",
                        "10-01", "10-28", "12-24", "12-25"));
        assertThat(weekdaysOff("CY", 2027))
                .containsExactlyElementsOf(days(
                        2027, "01-01", "01-06", "03-15", "03-25", "04-01", "04-30", "05-03", "05-04", "06-21", "10-01",
                        "10-28", "12-24"));
    }

    @Test
    void cyprusDistrictsKeepTheirCodesAndTheOrthodoxEaster() {
        Jurisdiction nicosia = Jurisdiction.of("CY-01");
        assertThat(HOLIDAYS.knowsSubdivision(nicosia)).isTrue();
        assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of("CY-06"))).isTrue();
        assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of("CY-99"))).isFalse();
        // Orthodox Easter Tuesday 2026 is off in Nicosia; the Western Good Friday is a working day
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 14), nicosia)).isFalse();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 3), nicosia)).isTrue();
        assertThat(weekdaysOff("CY-01", 2026)).isEqualTo(weekdaysOff("CY", 2026));
        assertThat(weekdaysOff("CY-06", 2027)).isEqualTo(weekdaysOff("CY", 2027));
    }

    @Test
    void icelandHasTheDaysOffOfAct88Of1971AndNoObservances() {
        // Maundy Thursday, Good Friday, Easter Monday, First Day of Summer (the Thursday after 18 April),
        // 1 May, Ascension Day, Whit Monday, 17 June, Commerce Day (first Monday of August), 24, 25, 26 and
        // 31 December. Not 6 January, Husband's Day, 18 February, 1 March, 13 May, 24 June, 16 November nor
        // 1 December, which Jollyday lists.
        assertThat(weekdaysOff("IS", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "04-02", "04-03", "04-06", "04-23", "05-01", "05-14", "05-25", "06-17", "08-03",
                        "12-24", "12-25", "12-31"));
        assertThat(weekdaysOff("IS", 2027))
                .containsExactlyElementsOf(days(
                        2027, "01-01", "03-25", "03-26", "03-29", "04-22", "05-06", "05-17", "06-17", "08-02", "12-24",
                        "12-31"));
        // 18 April 2024 was itself a Thursday: the First Day of Summer was the 25th
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2024, 4, 18), Jurisdiction.of("IS")))
                .isTrue();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2024, 4, 25), Jurisdiction.of("IS")))
                .isFalse();
    }

    @Test
    void lithuaniaClosesOnChristmasEve() {
        assertThat(weekdaysOff("LT", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "02-16", "03-11", "04-06", "05-01", "06-24", "07-06", "11-02", "12-24",
                        "12-25"));
        assertThat(weekdaysOff("LT", 2027))
                .containsExactlyElementsOf(
                        days(2027, "01-01", "02-16", "03-11", "03-29", "06-24", "07-06", "11-01", "11-02", "12-24"));
        // a day off since 2011 (and in 2010 by a one-off decision), not before
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2009, 12, 24), Jurisdiction.of("LT")))
                .isTrue();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2010, 12, 24), Jurisdiction.of("LT")))
                .isFalse();
    }

    @Test
    void greeceWorksOnTheDayOfTheThreeHierarchs() {
        // 30 January 2026 is a Friday: a working day (Jollyday lists it as a public holiday)
        assertThat(weekdaysOff("GR", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "01-06", "02-23", "03-25", "04-10", "04-13", "05-01", "06-01", "10-28",
                        "12-25"));
        assertThat(weekdaysOff("GR", 2027))
                .containsExactlyElementsOf(
                        days(2027, "01-01", "01-06", "03-15", "03-25", "04-30", "05-03", "06-21", "10-28"));
    }

    @Test
    void bulgariaGivesTheDayAfterEasterMondayOffWhenLabourDayFallsOnHolySaturday() {
        // 2027: 1 May is Holy Saturday, so the first working day after it, Tuesday 4 May, is off (Jollyday
        // moves Labour Day to Easter Monday, already off). Weekend holidays move to the next weekdays:
        // 24 May 2026, 6 Sep 2026, 26 Dec 2026; 25 and 26 Dec 2027. 2 January 2026: the change to the euro.
        assertThat(weekdaysOff("BG", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "01-02", "03-03", "04-10", "04-13", "05-01", "05-06", "05-25", "09-07", "09-22",
                        "12-24", "12-25", "12-28"));
        assertThat(weekdaysOff("BG", 2027))
                .containsExactlyElementsOf(days(
                        2027, "01-01", "03-03", "04-30", "05-03", "05-04", "05-06", "05-24", "09-06", "09-22", "12-24",
                        "12-27", "12-28"));
        // 2024: St George's Day on Easter Monday gave Tuesday 7 May off
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2024, 5, 7), Jurisdiction.of("BG")))
                .isFalse();
    }

    @Test
    void swissCantonsCountTheDaysOffTheirOwnLawsGive() {
        // regression (audit case PSD2-CH-TI): Ticino's law of 15 December 2009 names 15 official holidays;
        // Jollyday had St Joseph, 1 May, Whit Monday, Corpus Christi and Sts Peter and Paul as observances,
        // which count as business days. 2026: Easter 5 April, Whit Monday 25 May, Corpus Christi 4 June
        assertThat(weekdaysOff("CH-TI", 2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "01-06", "03-19", "04-06", "05-01", "05-14", "05-25", "06-04", "06-29", "12-08",
                        "12-25"));
        // Zug's Ruhetagsgesetz: no Easter Monday, no St Stephen's Day (Jollyday had 26 December off), and 2
        // January (Jollyday's national bank holiday) is no cantonal holiday
        assertThat(weekdaysOff("CH-ZG", 2026))
                .containsExactlyElementsOf(days(2026, "01-01", "04-03", "05-14", "06-04", "12-08", "12-25"));
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2028, 12, 26), Jurisdiction.of("CH-ZG")))
                .isTrue();
        // Vaud: the Monday after the Federal Fast (21 September 2026), an observance in Jollyday
        assertThat(weekdaysOff("CH-VD", 2026))
                .containsExactlyElementsOf(
                        days(2026, "01-01", "01-02", "04-03", "04-06", "05-14", "05-25", "09-21", "12-25"));
        assertThat(weekdaysOff("CH-ZH", 2026))
                .containsExactlyElementsOf(days(2026, "01-01", "04-03", "04-06", "05-01", "05-14", "05-25", "12-25"));
        assertThat(weekdaysOff("CH-GE", 2026))
                .containsExactlyElementsOf(
                        days(2026, "01-01", "04-03", "04-06", "05-14", "05-25", "09-10", "12-25", "12-31"));
        // Schwyz: Epiphany and Whit Monday too; Lucerne and Neuchatel: no Easter Monday
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 1, 6), Jurisdiction.of("CH-SZ")))
                .isFalse();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 5, 25), Jurisdiction.of("CH-SZ")))
                .isFalse();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 6), Jurisdiction.of("CH-LU")))
                .isTrue();
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 6), Jurisdiction.of("CH-NE")))
                .isTrue();
        // the country as a whole: only the days every canton keeps
        assertThat(weekdaysOff("CH", 2026)).containsExactlyElementsOf(days(2026, "01-01", "05-14", "12-25"));
        // every canton keeps its code
        for (String canton : List.of(
                "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH",
                "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH")) {
            assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of("CH-" + canton)))
                    .as(canton)
                    .isTrue();
        }
    }

    @Test
    void ourCalendarDoesNotReplaceTheOneAHostAsksJollydayFor() {
        // Jollyday keeps its managers by the calendar's code or URL: ours is found by its URL, so a host's
        // own HolidayManager for "cy" is still Jollyday's, while the legal clock uses ours
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 3), Jurisdiction.of("CY")))
                .isTrue();
        Set<LocalDate> jollydays =
                HolidayManager.getInstance(ManagerParameters.create("cy")).getHolidays(Year.of(2026)).stream()
                        .map(Holiday::getDate)
                        .collect(Collectors.toSet());
        assertThat(jollydays).contains(LocalDate.of(2026, 4, 3));
        assertThat(HOLIDAYS.isBusinessDay(LocalDate.of(2026, 4, 10), Jurisdiction.of("CY")))
                .isFalse();
    }

    @Test
    void everyCalendarOfOurOwnIsListedAndValidAgainstJollydaysSchema()
            throws IOException, SAXException, URISyntaxException {
        Path folder = Path.of(PublicHolidays.class.getResource("holidays").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(files)
                .containsExactlyInAnyOrderElementsOf(PublicHolidays.OVERRIDES.stream()
                        .map(c -> "Holidays_" + c.toLowerCase(Locale.ROOT) + ".xml")
                        .toList());
        // Jollyday reads the files without validating them: a misspelt element would be dropped silently
        URL xsd = HolidayManager.class.getResource("/focus_shift.de/jollyday/schema/holiday/holiday.xsd");
        assertThat(xsd).isNotNull();
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd)
                .newValidator();
        for (String country : PublicHolidays.OVERRIDES) {
            URL file = PublicHolidays.ownCalendar(country);
            try (InputStream in = file.openStream()) {
                validator.validate(new StreamSource(in, file.toString()));
            }
            assertThat(HOLIDAYS.knowsPublicHolidays(Jurisdiction.of(country)))
                    .as(country)
                    .isTrue();
        }
    }
}
