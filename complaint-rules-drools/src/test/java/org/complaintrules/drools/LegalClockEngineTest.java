package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.complaintrules.drools.internal.Guardrails;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.PolicySettings;
import org.junit.jupiter.api.Test;

/** The legal clock through the engine: the case's clock, basis, referral, the host's calendar, dated values. */
class LegalClockEngineTest {
    private static final String RULES = """
            package test.clock;
            import org.complaintrules.api.*;
            import org.complaintrules.drools.model.*;

            rule "Every case gets the base deadlines"
                @id(T-BASE) @description("base")
            when
                $p : PolicySettings()
                $d : AdviceDraft()
            then
                $d.acknowledgeWithin( $p.term("deadline.acknowledge") );
                $d.respondWithin( $p.term("deadline.respond") );
                $d.resolveWithin( $p.term("deadline.resolve") );
                $d.followUpAfter( $p.term("deadline.followUp") );
            end

            rule "A payment service has a regulatory limit and an ombudsman"
                @id(T-PSD) @description("psd")
            when
                $p : PolicySettings()
                Complaint( service == RegulatedService.PAYMENT_SERVICE )
                $c : CaseClock()
                $d : AdviceDraft()
            then
                Term t = $p.term("limit.psd");
                $d.regulatoryLimit( $c.after(t), $p.text("limit.citation"), "final response within " + t );
                $d.referTo( "OMB", $c.after(t), $p.term("limit.window"), $p.text("limit.citation") );
            end

            rule "A claim above the award limit in force is tagged"
                @id(T-DATED) @description("dated")
            when
                $p : PolicySettings()
                Complaint( claimedLoss != null, claimedLoss.amount > $p.number("award.limit") )
                $d : AdviceDraft()
            then
                $d.tag( "ABOVE_LIMIT" );
            end
            """;
    private static final String PROPERTIES = TestCases.MINIMAL_PROPERTIES + """
            limit.psd=15bd
            limit.window=6mo
            limit.citation=TEST 1.2
            award.limit=100
            award.limit@2026-01-01=1000
            """;

    private static DroolsComplaintAdvisor.Builder policy(String extraProperties) {
        return DroolsComplaintAdvisor.builder()
                .drl("policy.properties", PROPERTIES + extraProperties)
                .drl("clock.drl", RULES);
    }

    private static ComplaintCase payment(String receivedAt, String jurisdiction) {
        Complaint.Builder b = Complaint.builder("C-1", Instant.parse(receivedAt), Channel.EMAIL, Category.BILLING)
                .service(RegulatedService.PAYMENT_SERVICE);
        if (jurisdiction != null) {
            b.jurisdiction(Jurisdiction.of(jurisdiction));
        }
        return ComplaintCase.of(b.build(), Customer.of("K-1"));
    }

    @Test
    void theRegulatoryLimitCountsTheJurisdictionsBusinessDaysAndCitesTheRuleThatSetIt() {
        Advice a = policy("").build().advise(payment("2026-12-23T09:00:00Z", "GB"));
        Instant limit = Instant.parse("2027-01-18T23:59:59Z"); // 15 English business days over Christmas
        assertThat(a.deadlines().regulatoryLimit()).isEqualTo(limit);
        // the policy's own 3 days come first, so resolveBy has no regulatory basis
        assertThat(a.deadlines().resolveBy()).isEqualTo(Instant.parse("2026-12-26T09:00:00Z"));
        assertThat(a.deadlines().basis())
                .containsExactly(new DeadlineBasis(
                        "regulatoryLimit", "T-PSD", "TEST 1.2", "final response within 15 business days"));
        assertThat(a.referral().body()).isEqualTo("OMB");
        assertThat(a.referral().availableFrom()).isEqualTo(limit);
        assertThat(a.referral().windowAfterFinalResponse()).isEqualTo(Period.ofMonths(6));
        assertThat(a.referral().timeBarred()).isFalse();
    }

    @Test
    void aSubdivisionWithoutACalendarOfItsOwnIsNamedInTheWarnings() {
        Advice typo = policy("").build().advise(payment("2026-11-02T09:00:00Z", "GB-XYZ"));
        Advice scotland = policy("").build().advise(payment("2026-11-02T09:00:00Z", "GB-SCT"));
        Advice england = policy("").build().advise(payment("2026-11-02T09:00:00Z", "GB"));

        assertThat(typo.warnings())
                .filteredOn(w -> w.startsWith(DroolsComplaintAdvisor.SUBDIVISION_UNKNOWN))
                .singleElement()
                .asString()
                .startsWith(DroolsComplaintAdvisor.SUBDIVISION_UNKNOWN + ": no public-holiday calendar for GB-XYZ")
                .contains("of GB are used");
        // the country's calendar is what it used: England and Wales, as for a bare GB
        assertThat(typo.deadlines().regulatoryLimit())
                .isEqualTo(england.deadlines().regulatoryLimit());
        assertThat(scotland.warnings()).noneMatch(w -> w.startsWith(DroolsComplaintAdvisor.SUBDIVISION_UNKNOWN));
        assertThat(england.warnings()).noneMatch(w -> w.startsWith(DroolsComplaintAdvisor.SUBDIVISION_UNKNOWN));
    }

    @Test
    void aScottishCouncilAreaCountsOnScotlandsCalendarWithoutAWarning() {
        // regression (audit case PSD2-GB-EDH): City of Edinburgh, received Fri 20 Nov 2026. 23-27 Nov (1-5),
        // [Mon 30 Nov St Andrew's Day, a Scottish bank holiday], 1-4 Dec (6-9), 7-11 Dec (10-14), Mon 14 Dec (15);
        // it used to count on England's calendar (Fri 11 Dec) with a CLOCK_SUBDIVISION warning
        Advice edinburgh = policy("").build().advise(payment("2026-11-20T12:00:00Z", "GB-EDH"));
        assertThat(edinburgh.deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2026-12-14T23:59:59Z"));
        assertThat(edinburgh.warnings()).noneMatch(w -> w.startsWith(DroolsComplaintAdvisor.SUBDIVISION_UNKNOWN));
        Advice scotland = policy("").build().advise(payment("2026-11-20T12:00:00Z", "GB-SCT"));
        assertThat(scotland.deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2026-12-14T23:59:59Z"));
    }

    @Test
    void aJurisdictionOutsideTheOldTableEndsItsDayInItsOwnZoneNotInUtc() {
        // regression: AE and most other countries were missing from zones.properties and fell back to UTC
        Advice a = policy("").build().advise(payment("2026-09-01T09:00:00Z", "AE"));
        // 15 business days after Tuesday 1 September, end of day in Dubai (UTC+4) is 19:59:59Z
        assertThat(a.deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2026-09-22T19:59:59Z"));
    }

    @Test
    void aResolveByTheRegulationSetIsCitedToo() {
        Advice a = policy("")
                .policyProperty("deadline.resolve", "60d")
                .build()
                .advise(payment("2026-12-23T09:00:00Z", "GB"));
        assertThat(a.deadlines().resolveBy()).isEqualTo(a.deadlines().regulatoryLimit());
        assertThat(a.deadlines().basis())
                .extracting(DeadlineBasis::deadline)
                .containsExactly("resolveBy", "regulatoryLimit");
    }

    @Test
    void theHostsClosingDaysComposeWithThePublicHolidaysThroughTheBuilder() {
        DroolsComplaintAdvisor advisor = policy("")
                .businessCalendar(BusinessCalendar.publicHolidays()
                        .and(BusinessCalendar.closedOn(List.of(LocalDate.parse("2026-12-31")))))
                .build();
        ComplaintCase c = payment("2026-12-23T09:00:00Z", "GB");
        assertThat(advisor.advise(c).deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2027-01-19T23:59:59Z"));
        assertThat(advisor.clock(c.complaint()).isBusinessDay(LocalDate.parse("2026-12-31")))
                .isFalse();
    }

    /** A host calendar that reads its data on first use, as slowly as a file or a service may. */
    private static final class SlowOnFirstUse implements BusinessCalendar {
        private final java.util.Set<Integer> loaded = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.List<String> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public boolean isBusinessDay(LocalDate date, Jurisdiction jurisdiction) {
            load(date.getYear());
            return BusinessCalendar.isWeekday(date);
        }

        @Override
        public void prepare(Jurisdiction jurisdiction, int fromYear, int toYear) {
            prepared.add(jurisdiction + " " + fromYear + ".." + toYear);
            for (int y = fromYear; y <= toYear; y++) {
                load(y);
            }
        }

        private void load(int year) {
            if (loaded.add(year)) {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void aCalendarsFirstUseIsPreparedBeforeTheRulesTimeBudgetStarts() {
        SlowOnFirstUse calendar = new SlowOnFirstUse();
        DroolsComplaintAdvisor advisor = policy("")
                .drl("last.drl", """
                        package test.clock;
                        import org.complaintrules.drools.model.*;

                        rule "Fires after the others, when the time budget is checked again"
                            @id(T-LAST) @description("last") salience -100
                        when
                            $d : AdviceDraft()
                        then
                            $d.tag( "LAST" );
                        end
                        """)
                .businessCalendar(calendar.and(BusinessCalendar.weekdays()))
                .timeBudget(java.time.Duration.ofMillis(300))
                .build();
        // the limit counts business days in 2026 and 2027: two slow loads, more than the budget in all
        Advice a = advisor.advise(payment("2026-12-23T09:00:00Z", "GB"));
        assertThat(a.deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2027-01-13T23:59:59Z"));
        assertThat(a.tags()).contains("LAST");
        // prepared through the composed calendar, for the year of receipt and the next
        assertThat(calendar.prepared).contains("GB 2026..2027");
    }

    @Test
    void preparingThePublicHolidaysChangesNoAnswer() {
        BusinessCalendar holidays = BusinessCalendar.publicHolidays();
        Jurisdiction scotland = Jurisdiction.of("GB-SCT");
        holidays.prepare(scotland, 2030, 2031);
        holidays.prepare(null, 2030, 2031);
        holidays.prepare(Jurisdiction.of("AQ"), 2030, 2031); // no calendar for it: nothing to load
        assertThat(holidays.isBusinessDay(LocalDate.parse("2030-12-02"), scotland)) // St Andrew's Day, observed
                .isFalse();
        assertThat(holidays.isBusinessDay(LocalDate.parse("2030-12-03"), scotland))
                .isTrue();
        assertThat(holidays.isBusinessDay(LocalDate.parse("2031-01-02"), scotland))
                .isFalse();
        assertThat(holidays.isBusinessDay(LocalDate.parse("2031-01-02"), Jurisdiction.of("GB")))
                .isTrue();
    }

    @Test
    void theClockKeysSetTheCloseOfBusinessAndAProfilesJurisdictionAndZone() {
        DroolsComplaintAdvisor advisor = policy("""
                        clock.closeOfBusiness=17:00
                        clock.jurisdiction.GENERIC=EE
                        clock.zone.EE=Europe/Helsinki
                        """).build();
        ComplaintCase c = payment("2026-12-21T09:00:00Z", null);
        CaseClock clock = advisor.clock(c.complaint());
        assertThat(clock.jurisdiction()).isEqualTo(Jurisdiction.of("EE"));
        assertThat(clock.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        // Estonian business days (the example), ending at 17:00 in Helsinki (UTC+2)
        assertThat(advisor.advise(c).deadlines().regulatoryLimit()).isEqualTo(Instant.parse("2027-01-14T15:00:00Z"));
    }

    @Test
    void aZoneIsThePoliciesForTheCodeThenTheLibrarysThenTheSameForTheCountry() {
        DroolsComplaintAdvisor advisor = policy("""
                        clock.zone.AU=Australia/Perth
                        clock.zone.AU-TAS=Australia/Darwin
                        """).build();
        java.util.function.Function<String, ZoneId> zone = j ->
                advisor.clock(payment("2026-12-21T09:00:00Z", j).complaint()).zone();
        // the policy's own code wins over the library's table
        assertThat(zone.apply("AU-TAS")).isEqualTo(ZoneId.of("Australia/Darwin"));
        // a code the policy does not set keeps the library's zone, not the policy's for the country
        assertThat(zone.apply("AU-QLD")).isEqualTo(ZoneId.of("Australia/Brisbane"));
        // a code neither table lists takes the country's: the policy's first
        assertThat(zone.apply("AU-XYZ")).isEqualTo(ZoneId.of("Australia/Perth"));
        assertThat(zone.apply("AU")).isEqualTo(ZoneId.of("Australia/Perth"));
        // without the policy's keys: the library's table, then its country
        DroolsComplaintAdvisor plain = policy("").build();
        assertThat(plain.clock(payment("2026-12-21T09:00:00Z", "AU-XYZ").complaint())
                        .zone())
                .isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(plain.clock(payment("2026-12-21T09:00:00Z", "EE").complaint())
                        .zone())
                .isEqualTo(ZoneId.of("Europe/Tallinn"));
    }

    @Test
    void theValueInForceOnTheDayOfReceiptIsUsedNeverTheWallClocks() {
        DroolsComplaintAdvisor advisor = policy("").build();
        ComplaintCase before = ComplaintCase.of(
                Complaint.builder("C-1", Instant.parse("2025-12-31T12:00:00Z"), Channel.EMAIL, Category.BILLING)
                        .claimedLoss(Money.of("500.00", "EUR"))
                        .build(),
                Customer.of("K-1"));
        ComplaintCase after = ComplaintCase.of(
                before.complaint().toBuilder()
                        .receivedAt(Instant.parse("2026-01-01T12:00:00Z"))
                        .build(),
                Customer.of("K-1"));
        assertThat(advisor.advise(before).tags()).contains("ABOVE_LIMIT"); // award.limit=100 then
        assertThat(advisor.advise(after).tags()).doesNotContain("ABOVE_LIMIT"); // award.limit@2026-01-01=1000
    }

    @Test
    void droolsWallClockAttributesAreRefusedInFavourOfDatedValues() {
        for (String attribute : List.of("date-effective \"1-Apr-2026\"", "date-expires \"1-Apr-2026\"")) {
            String drl = """
                    package test.clock;
                    import org.complaintrules.drools.model.*;
                    rule "Only from April"
                        @id(T-WALL)
                        %s
                    when
                        $d : AdviceDraft()
                    then
                        $d.tag( "APRIL" );
                    end
                    """.formatted(attribute);
            assertThatThrownBy(() -> DroolsComplaintAdvisor.builder()
                            .drl("policy.properties", PROPERTIES)
                            .drl("wall.drl", drl)
                            .build())
                    .as(attribute)
                    .isInstanceOf(RuleCompilationException.class)
                    .hasMessageContaining("wall.drl")
                    .hasMessageContaining(attribute.substring(0, attribute.indexOf(' ')))
                    .hasMessageContaining("wall clock")
                    .hasMessageContaining("key@YYYY-MM-DD");
        }
    }

    @Test
    void aMalformedDatedKeyOrClockKeyIsABuildErrorNamingItAndItsLine() {
        assertThatThrownBy(() -> policy("award.limit@2026-13-01=5\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("award.limit@2026-13-01")
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> policy("award.limit@2027-01-01=lots\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("award.limit@2027-01-01")
                .hasMessageContaining("decimal");
        assertThatThrownBy(() -> policy("nothing.reads.this@2027-01-01=5\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("nothing.reads.this");
        assertThatThrownBy(() -> policy("clock.zone.EE=Mars/Olympus\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("clock.zone.EE")
                .hasMessageContaining("Mars/Olympus")
                .hasMessageMatching("(?s).*policy\\.properties:\\d+.*");
        assertThatThrownBy(() -> policy("clock.closeOfBusiness=5pm\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("clock.closeOfBusiness");
        assertThatThrownBy(() -> policy("limit.psd=15 business days\n").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("limit.psd")
                .hasMessageContaining("15bd");
    }

    @Test
    void theGuardrailsKeepARegulatoryLimitNotBeforeReceiptAndResolveByWithinIt() {
        CaseClock clock = CaseClock.utc(TestCases.RECEIVED);
        AdviceDraft d = new AdviceDraft(clock, () -> "R-1");
        d.regulatoryLimit(TestCases.RECEIVED.minusSeconds(60), "X", "a limit before receipt");
        d.acknowledgeWithin(java.time.Duration.ofMinutes(1));
        d.respondWithin(java.time.Duration.ofMinutes(1));
        d.followUpAfter(java.time.Duration.ofDays(1));
        Guardrails g = new Guardrails(
                Money.of("1000", "EUR"),
                new PolicySettings(
                        java.util.Map.of(
                                "currency",
                                "EUR",
                                "type.precedence",
                                "AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE",
                                "deadline.resolve",
                                "3d"),
                        org.complaintrules.api.RegulatoryProfile.GENERIC));
        var deadlines = g.deadlines(d);
        assertThat(deadlines.regulatoryLimit()).isEqualTo(TestCases.RECEIVED);
        assertThat(deadlines.resolveBy()).isEqualTo(TestCases.RECEIVED);
        assertThat(deadlines.basis()).isEmpty();
        assertThat(g.warnings())
                .anyMatch(w -> w.startsWith(Guardrails.DEADLINE + ": regulatoryLimit"))
                .anyMatch(w -> w.startsWith(Guardrails.DEADLINE + ": respondBy"));
    }
}
