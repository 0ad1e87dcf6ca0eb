package org.complaintrules.drools.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatoryProfile;
import org.junit.jupiter.api.Test;

/** Public holidays per jurisdiction, subdivisions included, and the host's own closing days. */
class BusinessCalendarTest {
    private static final BusinessCalendar HOLIDAYS = BusinessCalendar.publicHolidays();

    private static boolean open(String date, String jurisdiction) {
        return HOLIDAYS.isBusinessDay(
                LocalDate.parse(date), jurisdiction == null ? null : Jurisdiction.of(jurisdiction));
    }

    @Test
    void christmasAndTheSubstituteBoxingDayAreClosedInEngland() {
        // 2026: Christmas Friday 25 Dec; Boxing Day is a Saturday, so Monday 28 Dec is the substitute
        assertThat(open("2026-12-24", "GB")).isTrue();
        assertThat(open("2026-12-25", "GB")).isFalse();
        assertThat(open("2026-12-28", "GB")).isFalse();
        assertThat(open("2026-12-29", "GB")).isTrue();
        assertThat(open("2027-01-01", "GB")).isFalse();
    }

    @Test
    void englandScotlandAndNorthernIrelandDiffer() {
        // Easter Monday 2026 is 6 April: a bank holiday in England and Wales and Northern Ireland, not in Scotland
        assertThat(open("2026-04-06", "GB")).isFalse();
        assertThat(open("2026-04-06", "GB-WLS")).isFalse();
        assertThat(open("2026-04-06", "GB-NIR")).isFalse();
        assertThat(open("2026-04-06", "GB-SCT")).isTrue();
        // 2 January 2026 (Friday) is a bank holiday in Scotland only
        assertThat(open("2026-01-02", "GB-SCT")).isFalse();
        assertThat(open("2026-01-02", "GB")).isTrue();
        // St Patrick's Day (Tuesday 17 March 2026) in Northern Ireland only
        assertThat(open("2026-03-17", "GB-NIR")).isFalse();
        assertThat(open("2026-03-17", "GB-ENG")).isTrue();
        // the first Monday of August (3 Aug 2026) in Scotland, the last (31 Aug 2026) in England
        assertThat(open("2026-08-03", "GB-SCT")).isFalse();
        assertThat(open("2026-08-03", "GB")).isTrue();
        assertThat(open("2026-08-31", "GB")).isFalse();
        assertThat(open("2026-08-31", "GB-SCT")).isTrue();
    }

    @Test
    void australianStatesDiffer() {
        // Labour Day: 2 March 2026 in Western Australia, 9 March in Victoria, 5 October in New South Wales
        assertThat(open("2026-03-02", "AU-WA")).isFalse();
        assertThat(open("2026-03-02", "AU-NSW")).isTrue();
        assertThat(open("2026-03-09", "AU-VIC")).isFalse();
        assertThat(open("2026-10-05", "AU-NSW")).isFalse();
        assertThat(open("2026-10-05", "AU-VIC")).isTrue();
        // national: Australia Day, Monday 26 January 2026
        assertThat(open("2026-01-26", "AU")).isFalse();
    }

    @Test
    void estoniaClosesOnChristmasEveAndIrelandOnStPatricksDay() {
        assertThat(open("2026-12-24", "EE")).isFalse();
        assertThat(open("2026-12-24", "GB")).isTrue();
        assertThat(open("2026-03-17", "IE")).isFalse();
        assertThat(open("2026-06-23", "EE")).isFalse(); // Victory Day
    }

    @Test
    void aUsHolidayObservedInThePreviousYearCounts() {
        // New Year's Day 2022 was a Saturday, observed on Friday 31 December 2021
        assertThat(open("2021-12-31", "US")).isFalse();
        // Thanksgiving 2026: Thursday 26 November; an observance such as Alaska Day is no day off
        assertThat(open("2026-11-26", "US")).isFalse();
        assertThat(open("2026-10-19", "US-AK")).isTrue();
    }

    @Test
    void eachCountryKeepsItsOwnWeekendAsTheCldrGivesIt() {
        // regression (audit case BD-EG-FRIDAY): Egypt works Sunday to Thursday. Fri 6 Nov 2026 and Sat 7 Nov
        // are its weekend, Sun 8 Nov a business day
        assertThat(open("2026-11-06", "EG")).isFalse();
        assertThat(open("2026-11-07", "EG")).isFalse();
        assertThat(open("2026-11-08", "EG")).isTrue();
        assertThat(open("2026-11-08", "SA")).isTrue();
        assertThat(open("2026-11-06", "IL")).isFalse();
        // Friday alone in Iran, Thursday and Friday in Afghanistan, Sunday alone in India
        assertThat(open("2026-11-06", "IR")).isFalse();
        assertThat(open("2026-11-07", "IR")).isTrue();
        assertThat(open("2026-11-05", "AF")).isFalse();
        assertThat(open("2026-11-07", "AF")).isTrue();
        assertThat(open("2026-11-07", "IN")).isTrue();
        assertThat(open("2026-11-08", "IN")).isFalse();
        // Saturday and Sunday elsewhere (the UAE since 2022) and without a jurisdiction
        assertThat(open("2026-11-06", "AE")).isTrue();
        assertThat(open("2026-11-07", "AE")).isFalse();
        assertThat(open("2026-11-08", null)).isFalse();
        assertThat(BusinessCalendar.isWeekend(LocalDate.parse("2026-11-06"), Jurisdiction.of("EG-C")))
                .isTrue();
        // the weekdays-only calendar follows the country's week too; Monday to Friday without a jurisdiction
        BusinessCalendar weekdays = BusinessCalendar.weekdays();
        assertThat(weekdays.isBusinessDay(LocalDate.parse("2026-11-08"), Jurisdiction.of("EG")))
                .isTrue();
        assertThat(weekdays.isBusinessDay(LocalDate.parse("2026-11-06"), Jurisdiction.of("EG")))
                .isFalse();
        assertThat(weekdays.isBusinessDay(LocalDate.parse("2026-11-06"), null)).isTrue();
        assertThat(weekdays.isBusinessDay(LocalDate.parse("2026-11-08"), null)).isFalse();
    }

    @Test
    void texasWorksOnTheFourthMondayOfAprilAndMassachusettsAndMaineCloseOnPatriotsDay() {
        // regression (audit case BD-US-TX-CONFED): Jollyday closes Texas on the 4th Monday of April for
        // Confederate Heroes Day, which Texas law puts on 19 January among the holidays state offices stay
        // open on; neither is a day off
        assertThat(open("2026-04-27", "US-TX")).isTrue();
        assertThat(open("2027-04-26", "US-TX")).isTrue();
        assertThat(open("2027-01-19", "US-TX")).isTrue();
        assertThat(open("2026-11-27", "US-TX")).isFalse(); // the day after Thanksgiving is a Texas holiday
        assertThat(open("2026-01-19", "US-TX")).isFalse(); // Martin Luther King Jr. Day
        // regression (audit case BD-US-MA-PATRIOTS): Patriots' Day, the third Monday of April, is a legal
        // holiday in Massachusetts and Maine (20 Apr 2026, 19 Apr 2027), not elsewhere
        for (String state : List.of("US-MA", "US-ME")) {
            assertThat(open("2026-04-20", state)).as(state).isFalse();
            assertThat(open("2027-04-19", state)).as(state).isFalse();
            assertThat(open("2026-04-21", state)).as(state).isTrue();
        }
        assertThat(open("2026-04-20", "US")).isTrue();
        assertThat(open("2026-04-20", "US-NY")).isTrue();
    }

    @Test
    void withoutAJurisdictionOrForAnUnknownCountryOnlyWeekendsAreClosed() {
        assertThat(open("2026-12-25", null)).isTrue();
        assertThat(open("2026-12-26", null)).isFalse();
        assertThat(HOLIDAYS.knowsPublicHolidays(null)).isFalse();
        assertThat(HOLIDAYS.knowsPublicHolidays(Jurisdiction.of("KP"))).isFalse();
        assertThat(open("2026-12-25", "KP")).isTrue();
        assertThat(HOLIDAYS.knowsPublicHolidays(Jurisdiction.of("EE"))).isTrue();
    }

    @Test
    void anUnknownSubdivisionTakesItsCountrysCalendar() {
        // GB-LND (London) is in England: Easter Monday is closed as for GB
        assertThat(open("2026-04-06", "GB-LND")).isFalse();
        assertThat(HOLIDAYS.knowsPublicHolidays(Jurisdiction.of("GB-LND"))).isTrue();
    }

    @Test
    void everyIsoSubdivisionOfGreatBritainUsesItsNationsCalendarWithoutAWarning() {
        // regression (audit case PSD2-GB-EDH): ISO 3166-2:GB council areas and districts are valid codes of
        // Scotland and Northern Ireland, not typos that fall back to England and Wales.
        // St Andrew's Day (Mon 30 Nov 2026) in Scotland only: Edinburgh, Glasgow, the Shetland Islands
        for (String scottish : List.of("GB-EDH", "GB-GLG", "GB-ZET")) {
            assertThat(open("2026-11-30", scottish)).as(scottish).isFalse();
            assertThat(open("2026-04-06", scottish)).as(scottish).isTrue(); // Easter Monday is no Scottish holiday
            assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of(scottish)))
                    .as(scottish)
                    .isTrue();
        }
        assertThat(open("2026-11-30", "GB")).isTrue();
        // St Patrick's Day (Tue 17 Mar 2026) and the Battle of the Boyne (Mon 13 Jul 2026, for Sun 12 Jul) in
        // Northern Ireland: Belfast, Derry and Strabane
        for (String ulster : List.of("GB-BFS", "GB-DRS")) {
            assertThat(open("2026-03-17", ulster)).as(ulster).isFalse();
            assertThat(open("2026-07-13", ulster)).as(ulster).isFalse();
            assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of(ulster)))
                    .as(ulster)
                    .isTrue();
        }
        // Welsh and English areas: England and Wales's (Easter Monday closed, St Andrew's Day open)
        for (String area : List.of("GB-CRF", "GB-LND", "GB-MAN", "GB-KEN")) {
            assertThat(open("2026-04-06", area)).as(area).isFalse();
            assertThat(open("2026-11-30", area)).as(area).isTrue();
            assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of(area)))
                    .as(area)
                    .isTrue();
        }
        // a code ISO does not list is still a typo, on the country's calendar, and says so
        assertThat(HOLIDAYS.knowsSubdivision(Jurisdiction.of("GB-XYZ"))).isFalse();
        assertThat(open("2026-11-30", "GB-XYZ")).isTrue();
    }

    @Test
    void theHostsClosingDaysComposeWithThePublicHolidays() {
        BusinessCalendar company = HOLIDAYS.and(BusinessCalendar.closedOn(List.of(LocalDate.parse("2026-12-31"))));
        Jurisdiction gb = Jurisdiction.of("GB");
        assertThat(company.isBusinessDay(LocalDate.parse("2026-12-31"), gb)).isFalse();
        assertThat(company.isBusinessDay(LocalDate.parse("2026-12-28"), gb)).isFalse();
        assertThat(company.isBusinessDay(LocalDate.parse("2026-12-30"), gb)).isTrue();
        assertThat(company.knowsPublicHolidays(gb)).isTrue();
        assertThat(BusinessCalendar.closedOn(List.of()).knowsPublicHolidays(gb)).isFalse();
        assertThatThrownBy(() -> HOLIDAYS.and(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyProfileHasTheContractsDefaultJurisdictionAndEveryZoneIsAnIanaRegion() {
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.UK_FCA)).contains(Jurisdiction.of("GB"));
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.US_CFPB)).contains(Jurisdiction.of("US"));
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.AU_ASIC)).contains(Jurisdiction.of("AU"));
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.IE_CBI)).contains(Jurisdiction.of("IE"));
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.EU_PSD2)).isEmpty();
        assertThat(Jurisdictions.defaultFor(RegulatoryProfile.GENERIC)).isEmpty();
        assertThat(Jurisdictions.zoneOf(Jurisdiction.of("EE"))).contains(ZoneId.of("Europe/Tallinn"));
        assertThat(Jurisdictions.zoneOf(Jurisdiction.of("AU-WA"))).contains(ZoneId.of("Australia/Perth"));
        assertThat(Jurisdictions.zoneOf(Jurisdiction.of("AU"))).contains(ZoneId.of("Australia/Sydney"));
        assertThat(Jurisdictions.zoneOf(Jurisdiction.of("GB-SCT"))).contains(ZoneId.of("Europe/London"));
        assertThat(Jurisdictions.zoneOf(Jurisdiction.of("AQ"))).isEmpty();
        assertThat(Jurisdictions.zones().values()).allMatch(z -> z.getId().contains("/"));
    }

    /** Countries with no permanent inhabitants, left out of the table: their deadlines are counted in UTC. */
    private static final Set<String> UNINHABITED = Set.of("AQ", "BV", "HM", "UM");

    @Test
    void everyCountryJavaKnowsHasARegionZoneButTheFourWithoutInhabitantsWhichTakeUtc() {
        List<String> withoutZone = new ArrayList<>();
        for (String country : Locale.getISOCountries()) {
            Optional<ZoneId> zone = Jurisdictions.zoneOf(Jurisdiction.of(country));
            if (zone.isEmpty()) {
                withoutZone.add(country);
            } else {
                assertThat(ZoneId.of(zone.get().getId())).as(country).isEqualTo(zone.get());
                assertThat(zone.get()).as(country).isNotInstanceOf(ZoneOffset.class);
            }
        }
        assertThat(withoutZone).containsExactlyInAnyOrderElementsOf(UNINHABITED);
        // every code in the table is a country Java knows, or one of its subdivisions
        assertThat(Jurisdictions.zones().keySet())
                .allSatisfy(code -> assertThat(Jurisdiction.of(code).toString()).isEqualTo(code));
    }

    @Test
    void countriesWithSeveralZonesTakeTheCapitalsAndTheirSubdivisionsTheirOwn() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AE", "Asia/Dubai");
        expected.put("RU", "Europe/Moscow");
        expected.put("BR", "America/Sao_Paulo");
        expected.put("CA", "America/Toronto");
        expected.put("CA-BC", "America/Vancouver");
        expected.put("US-CA", "America/Los_Angeles");
        expected.put("AU-WA", "Australia/Perth");
        expected.put("BR-AM", "America/Manaus");
        expected.put("RU-KAM", "Asia/Kamchatka");
        expected.put("MX-BCN", "America/Tijuana");
        expected.put("BR-SP", "America/Sao_Paulo"); // not listed: the country's
        expected.put("UM-79", "Pacific/Wake"); // listed though its country is not
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet()
                .forEach(code -> actual.put(
                        code,
                        Jurisdictions.zoneOf(Jurisdiction.of(code))
                                .map(ZoneId::getId)
                                .orElse("none")));
        assertThat(actual).isEqualTo(expected);
    }
}
