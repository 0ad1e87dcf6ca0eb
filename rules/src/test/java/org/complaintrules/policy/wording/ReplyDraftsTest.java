package org.complaintrules.policy.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.CurrencyAmount;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityEvidence;
import org.complaintrules.wording.PolicyWording;
import org.complaintrules.wording.RegulatoryLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reply drafts of the default policy: every template in every language, the order of the steps, the law. */
class ReplyDraftsTest {
    static final List<String> ALL_STEPS = List.of(
            "ACKNOWLEDGE",
            "THANK",
            "EMPATHIZE",
            "CLARIFY",
            "ASK_FULL_CAUSE",
            "ASK_WHAT_ELSE",
            "APOLOGIZE",
            "PRESENT_PRECEDENT",
            "ASK_WHAT_WOULD_MAKE_IT_RIGHT",
            "OFFER_SOLUTION",
            "STATE_ACTION_AND_TIMELINE",
            "GIVE_CONTACT",
            "INVITE_FEEDBACK",
            "CLOSE_WITH_THANKS");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

    /** The steps every advice has (STRAT-BASE-1): a moderate, chronic or rip-off complainant's, for example. */
    static final List<String> EIGHT_STEPS = List.of(
            "ACKNOWLEDGE",
            "THANK",
            "EMPATHIZE",
            "CLARIFY",
            "APOLOGIZE",
            "OFFER_SOLUTION",
            "GIVE_CONTACT",
            "CLOSE_WITH_THANKS");

    /** The advice of a real case, turned into each type, with every step, vulnerable or not. */
    static Advice variant(Advice base, ComplainantType type, boolean vulnerable) {
        return variant(base, type, vulnerable, ALL_STEPS);
    }

    /** The advice of a real case, turned into each type, with these steps, vulnerable or not. */
    static Advice variant(Advice base, ComplainantType type, boolean vulnerable, List<String> withSteps) {
        List<String> steps = new ArrayList<>(withSteps);
        if (vulnerable) { // as the vulnerability rules place it: right after the empathy
            steps.add(steps.indexOf("EMPATHIZE") + 1, "CHECK_SUPPORT_NEEDS");
        }
        Advice a = new Advice(
                base.caseId(),
                base.ruleSet(),
                type,
                base.traits(),
                base.evidence(),
                base.priority(),
                new Strategy(base.strategy().actions(), base.strategy().avoid(), steps),
                base.compensation(),
                base.escalation(),
                base.deadlines(),
                base.followUp(),
                base.tags(),
                base.firedRules(),
                base.warnings());
        return vulnerable
                ? a.withVulnerability(Vulnerability.of(
                        List.of(new VulnerabilityEvidence(SignalType.VULNERABILITY_LIFE_EVENT, "host"))))
                : a;
    }

    static void assertNoLeftoverPlaceholder(Reply r) {
        String all = r.subject() + "\n" + r.body();
        List<String> listed = r.missingFacts().stream()
                .map(f -> f.substring(0, f.indexOf(':')))
                .toList();
        Matcher m = PLACEHOLDER.matcher(all);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(listed)
                .as("missing facts of %s", r.kind())
                .containsExactlyInAnyOrderElementsOf(found.stream().distinct().toList());
        assertThat(all).doesNotContain(", select,", ", plural,", ", number,", ", date,", "'{");
        assertThat(r.missingFacts())
                .allSatisfy(f -> assertThat(f.substring(f.indexOf(':') + 1)).isNotBlank());
    }

    @Test
    void everyTemplateRendersForEveryComplainantTypeProfileAndLanguageWithOnlyHostFactsLeft() {
        int drafts = 0;
        for (RegulatoryProfile profile : RegulatoryProfile.values()) {
            PolicyWording wording = Letters.advisor(profile).wording();
            for (String lang : Letters.LANGUAGES) {
                for (ReplyKind kind : ReplyKind.values()) {
                    ComplaintCase c = Letters.aggressive(lang, kind);
                    Advice base = Letters.advisor(profile).advise(c);
                    for (ComplainantType type : ComplainantType.values()) {
                        for (boolean vulnerable : new boolean[] {false, true}) {
                            Reply r = wording.draft(c, variant(base, type, vulnerable), lang, kind);
                            assertThat(r.language()).isEqualTo(lang);
                            assertThat(r.kind()).isEqualTo(kind);
                            assertThat(r.body().split("\n\n")).hasSizeGreaterThan(4);
                            assertNoLeftoverPlaceholder(r);
                            assertThat(r.clauses())
                                    .as("%s %s %s", profile, kind, lang)
                                    .containsAll(RegulatoryLetters.required(profile, kind).stream()
                                            .map(RegulatoryLetters.Clause::code)
                                            .toList());
                            assertThat(r.clauses().contains("SUPPORT_OFFERED")).isEqualTo(vulnerable);
                            drafts++;
                        }
                    }
                }
            }
        }
        assertThat(drafts)
                .isEqualTo(RegulatoryProfile.values().length
                        * Letters.LANGUAGES.size()
                        * ReplyKind.values().length
                        * ComplainantType.values().length
                        * 2);
    }

    /** A moment as the default templates write it: skeleton yMMMMdjmm, in Estonian day, month, year and time. */
    static String dateAndTime(String lang, Instant t, ZoneId zone) {
        return formatted(
                lang.equals("et") ? "{t, date, ::ddMMyyyy} kell {t, time, short}" : "{t, date, ::yMMMMdjmm}",
                lang,
                t,
                zone);
    }

    /** A date as the default templates write it: ICU's long date style, in Estonian day, month and year. */
    static String date(String lang, Instant t, ZoneId zone) {
        return formatted(lang.startsWith("et") ? "{t, date, ::ddMMyyyy}" : "{t, date, long}", lang, t, zone);
    }

    /** @param tag the letter's locale: its language, with the region of the jurisdiction where ICU knows it */
    static String formatted(String pattern, String tag, Instant t, ZoneId zone) {
        ULocale locale = ULocale.forLanguageTag(tag);
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone(zone.getId()), locale);
        cal.setTimeInMillis(t.toEpochMilli());
        return new MessageFormat(pattern, locale).format(Map.of("t", cal));
    }

    static String money(String lang, Money m) {
        CurrencyAmount amount = new CurrencyAmount(
                m.amount(), com.ibm.icu.util.Currency.getInstance(m.currency().getCurrencyCode()));
        return new MessageFormat("{m, number, currency}", ULocale.forLanguageTag(lang)).format(Map.of("m", amount));
    }

    /** What the agent may offer without approval: the AGENT rung, at most the cap. */
    static Money agentOffer(Advice a) {
        Money agent = a.compensation().approvals().stream()
                .filter(ap -> ap.role() == org.complaintrules.api.ApprovalRole.AGENT)
                .findFirst()
                .orElseThrow()
                .upTo();
        Money cap = a.compensation().maxAmount();
        return agent.amount().compareTo(cap.amount()) <= 0 ? agent : cap;
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyAnswerQuotesItsDeadlinesAndTheAgentsOfferWhateverTheComplainantTypeAndSteps() {
        PolicyWording wording = Letters.advisor(RegulatoryProfile.GENERIC).wording();
        for (String lang : Letters.LANGUAGES) {
            for (ReplyKind kind : ReplyKind.values()) {
                ComplaintCase c = Letters.aggressive(lang, kind);
                ZoneId zone = c.complaint().timeZone();
                Advice base = Letters.advise(c, RegulatoryProfile.GENERIC);
                String offer = money(lang, agentOffer(base));
                assertThat(agentOffer(base).amount()).isPositive();
                assertThat(base.deadlines().regulatoryLimit()).isNull(); // so finalResponseBy is resolveBy
                // what each kind of letter says about when the customer hears from us
                List<String> deadlines = switch (kind) {
                    case ACKNOWLEDGEMENT ->
                        List.of(dateAndTime(lang, base.deadlines().respondBy(), zone));
                    case HOLDING -> List.of(date(lang, base.deadlines().resolveBy(), zone)); // finalResponseBy
                    default ->
                        List.of(
                                dateAndTime(lang, base.deadlines().resolveBy(), zone),
                                date(lang, base.deadlines().followUpAt(), zone));
                };
                for (List<String> steps : List.of(EIGHT_STEPS, ALL_STEPS)) {
                    for (ComplainantType type : ComplainantType.values()) {
                        for (boolean vulnerable : new boolean[] {false, true}) {
                            Reply r = wording.draft(c, variant(base, type, vulnerable, steps), lang, kind);
                            String what = lang + " " + kind + " " + type + (vulnerable ? " vulnerable" : "") + " with "
                                    + steps.size() + " steps: " + r.body();
                            for (String deadline : deadlines) {
                                assertThat(occurrences(r.body(), deadline))
                                        .as("%s once in %s", deadline, what)
                                        .isEqualTo(1);
                            }
                            if (kind == ReplyKind.ACKNOWLEDGEMENT) { // nothing is offered before we have looked
                                assertThat(r.body()).as(what).doesNotContain(offer);
                            } else {
                                assertThat(r.body()).as(what).contains(offer);
                                assertThat(r.clauses()).as(what).contains("OFFER", "ACTION_AND_TIMELINE");
                                assertThat(r.clauses().indexOf("ACTION_AND_TIMELINE"))
                                        .as(what)
                                        .isEqualTo(r.clauses().indexOf("OFFER") + 1);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aHoldingReplyTheRegulatorRequiresWhenTheLimitCannotBeMetPromisesNoLibraryDate() {
        for (RegulatoryProfile profile :
                List.of(RegulatoryProfile.UK_FCA, RegulatoryProfile.EU_PSD2, RegulatoryProfile.AU_ASIC)) {
            for (String lang : Letters.LANGUAGES) {
                ComplaintCase c = Letters.chronic(lang, ReplyKind.HOLDING);
                Advice a = Letters.advise(c, profile);
                String body = a.reply().body();
                ZoneId zone = c.complaint().timeZone();
                for (String tag : List.of(lang, lang + "-GB", lang + "-AU")) {
                    assertThat(body)
                            .as("%s %s", profile, tag)
                            .doesNotContain(date(tag, a.deadlines().resolveBy(), zone))
                            .contains("{expectedDate}");
                }
                assertThat(a.reply().clauses()).contains("ACTION_AND_TIMELINE", "DELAY_REASONS");
            }
        }
        for (String lang : Letters.LANGUAGES) {
            ComplaintCase c = Letters.chronic(lang, ReplyKind.HOLDING);
            Advice a = Letters.advise(c, RegulatoryProfile.US_CFPB);
            assertThat(a.reply().body())
                    .as(lang)
                    .contains(date(
                            lang, a.deadlines().regulatoryLimit(), c.complaint().timeZone()));
        }
    }

    /** A regulator's ombudsman: its real contact details, the clauses that carry them, and its web site. */
    private record Ombudsman(RegulatoryProfile profile, List<String> contacts, List<String> clauses, String site) {}

    private static final List<Ombudsman> OMBUDSMEN = List.of(
            new Ombudsman(
                    RegulatoryProfile.UK_FCA,
                    List.of(
                            "www.financial-ombudsman.org.uk",
                            "0800 023 4567",
                            "Financial Ombudsman Service, Exchange Tower, London E14 9SR"),
                    List.of("FOS_REFERRAL_RIGHTS", "FOS_CONTACT"),
                    "financial-ombudsman"),
            new Ombudsman(
                    RegulatoryProfile.AU_ASIC,
                    List.of(
                            "www.afca.org.au",
                            "info@afca.org.au",
                            "1800 931 678",
                            "Australian Financial Complaints Authority, GPO Box 3, Melbourne VIC 3001"),
                    List.of("AFCA_REFERRAL_RIGHTS", "AFCA_CONTACT"),
                    "afca.org.au"));

    @Test
    void theRegulatorsClausesCarryTheBodiesRealContactDetailsInEveryLanguage() {
        List<String> sites = OMBUDSMEN.stream().map(Ombudsman::site).toList();
        for (String lang : Letters.LANGUAGES) {
            for (ReplyKind kind : List.of(ReplyKind.RESPONSE, ReplyKind.HOLDING, ReplyKind.FINAL_RESPONSE)) {
                for (Ombudsman o : OMBUDSMEN) {
                    Reply reply = Letters.advise(Letters.chronic(lang, kind), o.profile())
                            .reply();
                    List<String> others =
                            sites.stream().filter(s -> !s.equals(o.site())).toList();
                    assertThat(reply.body())
                            .as("%s %s %s", o.profile(), lang, kind)
                            .contains(o.contacts())
                            .doesNotContain(others);
                    assertThat(reply.clauses()).containsAll(o.clauses());
                }
                Reply generic = Letters.advise(Letters.chronic(lang, kind), RegulatoryProfile.GENERIC)
                        .reply();
                assertThat(generic.body()).doesNotContain(sites);
            }
            Reply fin = Letters.advise(Letters.chronic(lang, ReplyKind.FINAL_RESPONSE), RegulatoryProfile.UK_FCA)
                    .reply();
            assertThat(fin.clauses())
                    .contains("OUTCOME", "FOS_LEAFLET", "FOS_REFERRAL_RIGHTS", "FOS_TIME_LIMIT_CONSENT", "FOS_CONTACT");
            assertThat(fin.missingFacts())
                    .anyMatch(f -> f.startsWith("{outcome}:"))
                    .anyMatch(f -> f.startsWith("{reasons}:"));
        }
    }

    @Test
    void bracesInACaseIdAreTheCasesOwnNotAFactForTheHostToFillIn() {
        for (String lang : Letters.LANGUAGES) {
            ComplaintCase plain = Letters.chronic(lang, ReplyKind.RESPONSE);
            ComplaintCase braced = new ComplaintCase(
                    plain.complaint().toBuilder().id("C-{orderNumber}-7").build(),
                    plain.customer(),
                    plain.conversation());
            Reply before = Letters.advise(plain, RegulatoryProfile.GENERIC).reply();
            Reply after = Letters.advise(braced, RegulatoryProfile.GENERIC).reply();
            assertThat(after.subject() + after.body()).as(lang).contains("C-{orderNumber}-7");
            // the same facts are missing as for an id without braces, and the id's braces are not one of them
            assertThat(after.missingFacts()).as(lang).isEqualTo(before.missingFacts());
            assertThat(after.missingFacts()).as(lang).noneMatch(f -> f.startsWith("{orderNumber}"));
        }
    }

    @Test
    void theSixMonthsToGoToTheOmbudsmanAreQuotedInEachLanguage() {
        Map<String, String> sixMonths =
                Map.of("en", "within 6 months", "ru", "в течение 6 месяцев", "zh", "6个月内", "et", "6 kuu jooksul");
        for (String lang : Letters.LANGUAGES) {
            Reply r = Letters.advise(Letters.chronic(lang, ReplyKind.FINAL_RESPONSE), RegulatoryProfile.UK_FCA)
                    .reply();
            assertThat(r.body()).contains(sixMonths.get(lang));
        }
    }

    /** A complaint handled in a jurisdiction, with its zone given or not. */
    private static ComplaintCase handledIn(String jurisdiction, String receivedAt, ZoneId zone) {
        Complaint.Builder b = Complaint.builder("C-TZ-1", Instant.parse(receivedAt), Channel.EMAIL, Category.BILLING)
                .language("en")
                .jurisdiction(Jurisdiction.of(jurisdiction))
                .replyDraft(ReplyKind.FINAL_RESPONSE);
        if (zone != null) {
            b.timeZone(zone);
        }
        return ComplaintCase.of(b.build(), Customer.of("K-TZ"));
    }

    @Test
    void aLetterQuotesItsDatesInTheJurisdictionsZoneWhenTheComplaintGivesNone() {
        // regression: the letter fell back to UTC while the deadlines used the jurisdiction's zone
        record Where(RegulatoryProfile profile, String jurisdiction, String receivedAt, String zone, String day) {}
        for (Where w : List.of(
                // 21:00 on 19 November in New York
                new Where(
                        RegulatoryProfile.US_CFPB,
                        "US-NY",
                        "2026-11-20T02:00:00Z",
                        "America/New_York",
                        "November 19, 2026"),
                // 01:00 on 21 November in Perth (an Australian letter writes the day first)
                new Where(
                        RegulatoryProfile.AU_ASIC,
                        "AU-WA",
                        "2026-11-20T17:00:00Z",
                        "Australia/Perth",
                        "21 November 2026"))) {
            Advice implied = Letters.advise(handledIn(w.jurisdiction(), w.receivedAt(), null), w.profile());
            Advice given =
                    Letters.advise(handledIn(w.jurisdiction(), w.receivedAt(), ZoneId.of(w.zone())), w.profile());
            assertThat(implied.deadlines()).as(w.jurisdiction()).isEqualTo(given.deadlines());
            assertThat(given.reply().body()).as(w.jurisdiction()).contains("complaint you made on " + w.day());
            assertThat(implied.reply().subject())
                    .as(w.jurisdiction())
                    .isEqualTo(given.reply().subject());
            assertThat(implied.reply().body())
                    .as(w.jurisdiction())
                    .isEqualTo(given.reply().body());
        }
    }

    @Test
    void russianPluralsTakeTheirThreeFormsFor1_2_5And21() {
        PolicyWording w = Letters.advisor(RegulatoryProfile.GENERIC).wording();
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> w.format("ru", "label.firedRules", Map.of("count", n), java.time.ZoneOffset.UTC))
                        .toList())
                .containsExactly(
                        "сработало 1 правило", "сработали 2 правила", "сработало 5 правил", "сработало 21 правило");

        ComplaintCase c = Letters.chronic("ru", ReplyKind.FINAL_RESPONSE);
        List<String> windows = new ArrayList<>();
        for (int months : List.of(1, 2, 5, 21)) {
            Advice a = Letters.advisor(RegulatoryProfile.UK_FCA).advise(c);
            a = a.withReferral(new Referral("FOS", null, Period.ofMonths(months), false, "FCA DISP 1.6.2R"));
            String body = Letters.advisor(RegulatoryProfile.UK_FCA)
                    .wording()
                    .draft(c, a, "ru", ReplyKind.FINAL_RESPONSE)
                    .body();
            Matcher m = Pattern.compile("в течение \\d+ \\p{L}+").matcher(body);
            assertThat(m.find()).isTrue();
            windows.add(m.group());
        }
        assertThat(windows)
                .containsExactly(
                        "в течение 1 месяца", "в течение 2 месяцев", "в течение 5 месяцев", "в течение 21 месяца");
    }

    @Test
    void aggressiveAndHighRollerComplainantsHearTheSolutionBeforeTheApology() {
        for (String lang : Letters.LANGUAGES) {
            for (ComplaintCase c : List.of(Letters.aggressive(lang, ReplyKind.RESPONSE), Letters.highRoller(lang))) {
                Advice a = Letters.advise(c, RegulatoryProfile.GENERIC);
                assertThat(a.complainantType()).isIn(ComplainantType.AGGRESSIVE, ComplainantType.HIGH_ROLLER);
                List<String> clauses = a.reply().clauses();
                assertThat(clauses.indexOf("OFFER")).as(lang).isLessThan(clauses.indexOf("APOLOGY"));
                assertThat(clauses.indexOf("ACTION_AND_TIMELINE")).isLessThan(clauses.indexOf("APOLOGY"));
                assertThat(clauses.indexOf("APOLOGY")).isGreaterThan(0);
            }
        }
    }

    @Test
    void aChronicComplainantGetsASincereApologyBeforeTheOffer() {
        Map<String, String> sincere = Map.of(
                "en",
                "truly sorry",
                "ru",
                "Искренне прошу прощения",
                "zh",
                "我真诚地向您道歉",
                "et",
                "Palun siiralt vabandust");
        for (String lang : Letters.LANGUAGES) {
            Advice a = Letters.advise(Letters.chronic(lang, ReplyKind.RESPONSE), RegulatoryProfile.GENERIC);
            assertThat(a.complainantType()).isEqualTo(ComplainantType.CHRONIC);
            List<String> clauses = a.reply().clauses();
            assertThat(clauses.indexOf("APOLOGY")).isBetween(0, clauses.indexOf("OFFER") - 1);
            List<String> paragraphs = List.of(a.reply().body().split("\n\n"));
            int apology = 0;
            while (apology < paragraphs.size() && !paragraphs.get(apology).contains(sincere.get(lang))) {
                apology++;
            }
            // greeting, acknowledgement, thanks, empathy, clarification, then the apology
            assertThat(apology).as(a.reply().body()).isEqualTo(5);
        }
    }

    @Test
    void aVulnerableCustomerIsOfferedSupportRightAfterTheEmpathyAndNobodyElseIs() {
        for (String lang : Letters.LANGUAGES) {
            Advice a = Letters.advise(Letters.vulnerable(lang, ReplyKind.RESPONSE), RegulatoryProfile.GENERIC);
            assertThat(a.vulnerability().drivers()).isNotEmpty();
            assertThat(a.strategy().responseSteps()).contains("CHECK_SUPPORT_NEEDS");
            List<String> clauses = a.reply().clauses();
            assertThat(clauses.indexOf("SUPPORT_OFFERED"))
                    .as(lang)
                    .isPositive()
                    .isEqualTo(clauses.indexOf("EMPATHY") + 1);
            Advice loud = Letters.advise(Letters.aggressive(lang, ReplyKind.RESPONSE), RegulatoryProfile.GENERIC);
            assertThat(loud.vulnerability().drivers()).isEmpty();
            assertThat(loud.reply().clauses()).doesNotContain("SUPPORT_OFFERED");
        }
    }

    @Test
    void aPassiveComplainantIsInvitedToSayMore() {
        for (String lang : Letters.LANGUAGES) {
            Advice a = Letters.advise(Letters.passive(lang), RegulatoryProfile.GENERIC);
            assertThat(a.complainantType()).isEqualTo(ComplainantType.PASSIVE);
            assertThat(a.reply().clauses()).contains("FEEDBACK_INVITATION");
        }
    }

    @Test
    void theDraftIsInTheCasesLanguageElseEnglish() {
        assertThat(Letters.advise(Letters.chronic("ru-RU", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                        .reply()
                        .language())
                .isEqualTo("ru");
        Reply german = Letters.advise(Letters.chronic("de", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                .reply();
        assertThat(german.language()).isEqualTo("en");
        assertThat(german.body()).startsWith("Dear {customerName},");
    }

    @Test
    void withoutAJurisdictionTheTagsRegionSetsTheDateStyle() {
        // en-GB writes "20 November 2026", en (the United States' style) "November 20, 2026"
        String british = Letters.advise(Letters.chronic("en-GB", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                .reply()
                .body();
        String plain = Letters.advise(Letters.chronic("en", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                .reply()
                .body();

        assertThat(british)
                .containsPattern("\\b\\d{1,2} [A-Z][a-z]+ 20\\d\\d\\b")
                .doesNotContainPattern("\\b[A-Z][a-z]+ \\d{1,2}, 20\\d\\d\\b");
        assertThat(plain).containsPattern("\\b[A-Z][a-z]+ \\d{1,2}, 20\\d\\d\\b");
    }

    @Test
    void aTextReadInAnotherLanguageThanItsTagIsStillAnsweredInTheTaggedLanguage() {
        // Russian written by a customer whose account is Estonian: read in Russian, answered in Estonian
        ComplaintCase c = new ComplaintCase(
                Complaint.builder("C-LANG-1", Letters.RECEIVED, Channel.EMAIL, Category.DELIVERY)
                        .language("et-EE")
                        .text("Посылка опаздывает на две недели. Если деньги не вернёте, я подам на вас в суд.")
                        .replyDraft(ReplyKind.RESPONSE)
                        .build(),
                Customer.of("K-9"),
                Conversation.first());

        Advice advice = Letters.advise(c, RegulatoryProfile.GENERIC);

        assertThat(advice.tags()).contains("LEGAL_THREAT");
        assertThat(advice.reply().language()).isEqualTo("et");
    }

    @Test
    void theDatesAreTheCustomersLocalDatesNotUtc() {
        // received 2026-11-20T22:15Z: already 21 November in Tallinn, still 20 November in London
        Map<String, String> tallinn =
                Map.of("en", "21 November 2026", "ru", "21 ноября 2026", "zh", "2026年11月21日", "et", "21.11.2026");
        Map<String, String> london =
                Map.of("en", "20 November 2026", "ru", "20 ноября 2026", "zh", "2026年11月20日", "et", "20.11.2026");
        for (String lang : Letters.LANGUAGES) {
            String agg = Letters.advise(Letters.aggressive(lang, ReplyKind.ACKNOWLEDGEMENT), RegulatoryProfile.UK_FCA)
                    .reply()
                    .body();
            // every deadline is later than the receipt, so the UTC date of receipt appears nowhere
            assertThat(agg).contains(tallinn.get(lang)).doesNotContain(london.get(lang));
            String chr = Letters.advise(Letters.chronic(lang, ReplyKind.ACKNOWLEDGEMENT), RegulatoryProfile.UK_FCA)
                    .reply()
                    .body();
            assertThat(chr).contains(london.get(lang));
        }
    }

    @Test
    void theOfferQuotesWhatTheAgentMayGiveWithoutApproval() {
        Advice a = Letters.advise(Letters.aggressive("en", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC);
        String agent = a.compensation().approvals().stream()
                .filter(ap -> ap.role() == org.complaintrules.api.ApprovalRole.AGENT)
                .findFirst()
                .orElseThrow()
                .upTo()
                .amountText();
        String expected = a.compensation().maxAmount().amount().compareTo(new java.math.BigDecimal(agent)) < 0
                ? a.compensation().maxAmount().amountText()
                : agent;
        assertThat(a.reply().body()).contains("worth up to €" + expected);
        assertThat(Letters.advise(Letters.aggressive("ru", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                        .reply()
                        .body())
                .contains("на сумму до " + expected.replace('.', ',') + "\u00a0€");
    }

    @Test
    void everyDraftUsesTheFormalRegisterOfItsLanguage() {
        Pattern informalRu = Pattern.compile("(?<![\\p{L}-])(вы|вас|вам|вами|ваш\\p{L}*)(?!\\p{L})");
        Pattern informalEt = Pattern.compile("(?<!\\p{L})(te|teie|teid|teile|teil|teilt|teiega)(?!\\p{L})");
        for (ReplyKind kind : ReplyKind.values()) {
            for (RegulatoryProfile profile : RegulatoryProfile.values()) {
                for (ComplaintCase c : List.of(
                        Letters.aggressive("ru", kind), Letters.chronic("ru", kind), Letters.vulnerable("ru", kind))) {
                    String body = Letters.advise(c, profile).reply().body();
                    assertThat(informalRu.matcher(body).find()).as(body).isFalse();
                    assertThat(body).containsPattern("Вы|Вас|Вам|Ваш");
                }
                for (ComplaintCase c : List.of(
                        Letters.aggressive("zh", kind), Letters.chronic("zh", kind), Letters.vulnerable("zh", kind))) {
                    String body = Letters.advise(c, profile).reply().body();
                    assertThat(body).doesNotContain("你").contains("您");
                }
                for (ComplaintCase c : List.of(
                        Letters.aggressive("et", kind), Letters.chronic("et", kind), Letters.vulnerable("et", kind))) {
                    String body = Letters.advise(c, profile).reply().body();
                    assertThat(informalEt.matcher(body).find()).as(body).isFalse();
                    assertThat(body).containsPattern("Teie|Teid|Teile|Teil");
                }
            }
        }
    }

    @Test
    void noEnglishIsLeftInTheOtherLanguagesBeyondNamesAndAddresses() {
        List<String> names = List.of(
                "Financial Ombudsman Service, Exchange Tower, London E14 9SR",
                "Financial Ombudsman Service",
                "Australian Financial Complaints Authority, GPO Box 3, Melbourne VIC 3001",
                "Australian Financial Complaints Authority",
                "AFCA",
                "Financial Services and Pensions Ombudsman, Lincoln House, Lincoln Place, Dublin 2, D02 VH29",
                "Financial Services and Pensions Ombudsman",
                "FSPO");
        // Russian and Chinese have no Latin words of their own; Estonian is written in Latin letters,
        // so there English is found by its commonest words
        Pattern latinWord = Pattern.compile("\\b[A-Za-z]{2,}\\b");
        Pattern englishWord = Pattern.compile(
                "(?i)\\b(the|and|you|your|we|our|please|thank|thanks|of|to|is|for|with|this|that|will|have|sorry|dear"
                        + "|complaint|regards|sincerely)\\b");
        for (String lang : List.of("ru", "zh", "et")) {
            for (RegulatoryProfile profile : RegulatoryProfile.values()) {
                for (ReplyKind kind : ReplyKind.values()) {
                    for (ComplaintCase c : List.of(
                            Letters.aggressive(lang, kind),
                            Letters.chronic(lang, kind),
                            Letters.vulnerable(lang, kind))) {
                        Reply r = Letters.advise(c, profile).reply();
                        String text = (r.subject() + "\n" + r.body())
                                .replaceAll("\\{[a-z][A-Za-z0-9]*}", "")
                                .replaceAll("[\\w.-]+@[\\w.-]+|www\\.[\\w./-]+", "")
                                .replace(c.id(), "");
                        for (String name : names) {
                            text = text.replace(name, "");
                        }
                        Matcher m = (lang.equals("et") ? englishWord : latinWord).matcher(text);
                        assertThat(m.find())
                                .as("%s %s %s: %s", lang, profile, kind, m.find(0) ? m.group() : "")
                                .isFalse();
                    }
                }
            }
        }
    }

    private static final String ID = "退货-单号-2026-77";

    /** A Chinese case tagged as asked, whose id holds Simplified characters that a letter quotes as they are. */
    private static ComplaintCase chineseCase(String tag, ReplyKind kind) {
        Complaint c = Complaint.builder(ID, Letters.RECEIVED, Channel.EMAIL, Category.DELIVERY)
                .language(tag)
                .signal(SignalType.DEMANDS_IMMEDIACY)
                .claimedLoss(Money.of("1234.50", "EUR"))
                .timeZone(ZoneId.of("Asia/Taipei"))
                .replyDraft(kind)
                .build();
        return new ComplaintCase(c, Customer.of("K-TW"), new Conversation(2, 0, null));
    }

    /** @return the digits, amounts and times of a letter in order (every run of digits with its separators) */
    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d[\\d.,:]*").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void aCaseTaggedTraditionalGetsItsChineseLettersInTraditionalCharacters() {
        // characters the Simplified letters write that Traditional writes otherwise
        String simplifiedOnly = "们请赔偿这为时间处对问题会发给进联诉说应该达况单";
        for (String tag : List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW")) {
            for (ReplyKind kind : ReplyKind.values()) {
                for (RegulatoryProfile profile : List.of(RegulatoryProfile.GENERIC, RegulatoryProfile.UK_FCA)) {
                    // the same region's letter in Simplified: the region sets the date style
                    String hans = tag.contains("Hant") ? tag.replace("Hant", "Hans") : "zh-Hans" + tag.substring(2);
                    Reply simplified =
                            Letters.advise(chineseCase(hans, kind), profile).reply();
                    Reply traditional =
                            Letters.advise(chineseCase(tag, kind), profile).reply();
                    String s = simplified.subject() + "\n" + simplified.body();
                    String t = traditional.subject() + "\n" + traditional.body();
                    String where = tag + " " + kind + " " + profile + ": " + t;

                    assertThat(traditional.language()).isEqualTo("zh");
                    assertThat(t).as(where).isNotEqualTo(s).contains("們");
                    for (char c : simplifiedOnly.toCharArray()) {
                        if (s.indexOf(c) >= 0) {
                            assertThat(t.replace(ID, "")).as(where).doesNotContain(String.valueOf(c));
                        }
                    }
                    // the case's own id, the amounts, dates and times exactly as in the Simplified letter
                    assertThat(numbers(t)).as(where).isEqualTo(numbers(s));
                    if (s.contains(ID)) {
                        assertThat(t).as(where).contains(ID);
                    }
                    assertThat(traditional.clauses()).isEqualTo(simplified.clauses());
                }
            }
        }
        String response = Letters.advise(chineseCase("zh-TW", ReplyKind.RESPONSE), RegulatoryProfile.GENERIC)
                .reply()
                .body();
        assertThat(response).contains(ID).contains("們").contains("請");
    }

    @Test
    void aCaseTaggedSimplifiedOrPlainChineseGetsTheSameSimplifiedLetter() {
        for (ReplyKind kind : ReplyKind.values()) {
            // each tag against the same region's tag in the Simplified script
            Map<String, String> sameRegion = Map.of("zh", "zh-Hans", "zh-CN", "zh-Hans-CN", "zh-SG", "zh-Hans-SG");
            sameRegion.forEach((tag, hans) -> {
                Reply r = Letters.advise(chineseCase(tag, kind), RegulatoryProfile.GENERIC)
                        .reply();
                Reply s = Letters.advise(chineseCase(hans, kind), RegulatoryProfile.GENERIC)
                        .reply();
                assertThat(r.body()).as(tag).contains("们");
                assertThat(r.subject()).as(tag).isEqualTo(s.subject());
                assertThat(r.body()).as(tag).isEqualTo(s.body());
            });
        }
    }

    @Test
    void chineseDraftsUseFullWidthPunctuation() {
        Pattern ascii = Pattern.compile("[,.;:!?()]");
        for (RegulatoryProfile profile : RegulatoryProfile.values()) {
            for (ReplyKind kind : ReplyKind.values()) {
                for (ComplaintCase c : List.of(
                        Letters.aggressive("zh", kind), Letters.chronic("zh", kind), Letters.vulnerable("zh", kind))) {
                    Reply r = Letters.advise(c, profile).reply();
                    String text = (r.subject() + "\n" + r.body())
                            .replaceAll("[\\w.-]+@[\\w.-]+|www\\.[\\w./-]+", "")
                            .replaceAll("\\d{1,2}:\\d{2}", "")
                            .replaceAll("€\\d+\\.\\d{2}", "")
                            .replace("Financial Ombudsman Service, Exchange Tower, London E14 9SR", "")
                            .replace("Australian Financial Complaints Authority, GPO Box 3, Melbourne VIC 3001", "")
                            .replace(
                                    "Financial Services and Pensions Ombudsman, Lincoln House, Lincoln Place, Dublin 2,"
                                            + " D02 VH29",
                                    "");
                    Matcher m = ascii.matcher(text);
                    assertThat(m.find()).as("%s %s: %s", profile, kind, text).isFalse();
                    assertThat(text).contains("。");
                }
            }
        }
    }

    private static final Map<String, String> EIGHT_WEEKS =
            Map.of("en", "eight weeks", "ru", "восьми недель", "zh", "八周", "et", "kaheksa nädala");
    private static final Map<String, String> FIFTEEN_DAYS =
            Map.of("en", "15 business days", "ru", "15 рабочих дней", "zh", "15个工作日", "et", "15 tööpäeva");
    private static final Map<String, String> THIRTY_FIVE_DAYS =
            Map.of("en", "35 business days", "ru", "35 рабочих дней", "zh", "35个工作日", "et", "35 tööpäeva");

    /** The date as the letter of {@code lang} writes it: with the region GB where ICU knows it. */
    private static List<String> datesIn(String lang, Instant t, ZoneId zone) {
        return List.of(date(lang, t, zone), date(lang + "-GB", t, zone));
    }

    private static int occurrences(String body, List<String> dates) {
        int n = 0;
        for (String d : dates.stream().distinct().toList()) {
            for (int i = body.indexOf(d); i >= 0; i = body.indexOf(d, i + d.length())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Regression: under UK_FCA the holding letter of a payment-service or e-money complaint said the
     * customer could go to the ombudsman "since ..., eight weeks after we received your complaint" and
     * gave no 35-business-day limit (DISP 1.6.2AR, DISP 2.8.1R(2A)).
     */
    @Test
    void aUkPaymentServiceHoldingReplyGivesThe35BusinessDayLimitForTheAnswerAndTheOmbudsmanNeverEightWeeks() {
        Instant fifteen = Instant.parse("2027-01-14T23:59:59Z");
        Instant thirtyFive = Instant.parse("2027-02-11T23:59:59Z");
        for (RegulatedService service : List.of(RegulatedService.PAYMENT_SERVICE, RegulatedService.E_MONEY)) {
            for (String lang : Letters.LANGUAGES) {
                ComplaintCase c = Letters.regulatedService(lang, ReplyKind.HOLDING, service);
                Advice a = Letters.advise(c, RegulatoryProfile.UK_FCA);
                ZoneId zone = c.complaint().timeZone();
                String what = service + " " + lang;
                // the advice: 15 business days, and the extension to 35 named in its basis
                assertThat(a.deadlines().regulatoryLimit()).as(what).isEqualTo(fifteen);
                assertThat(a.referral().availableFrom()).as(what).isEqualTo(fifteen);
                assertThat(a.deadlines().basis())
                        .as(what)
                        .anyMatch(b -> b.rule().contains("by the end of 35 business days"));
                Reply r = a.reply();
                // the letter: the final response by the 35th business day, and only then the ombudsman
                assertThat(occurrences(r.body(), datesIn(lang, thirtyFive, zone)))
                        .as(r.body())
                        .isEqualTo(2);
                assertThat(r.body())
                        .as(what)
                        .contains(THIRTY_FIVE_DAYS.get(lang))
                        .doesNotContain(EIGHT_WEEKS.get(lang))
                        .doesNotContain(datesIn(lang, fifteen, zone));
                assertThat(r.clauses())
                        .as(what)
                        .contains("DELAY_REASONS", "FINAL_REPLY_DEADLINE", "FOS_REFERRAL_RIGHTS", "FOS_CONTACT");
                assertThat(r.clauses().indexOf("FINAL_REPLY_DEADLINE"))
                        .as(what)
                        .isEqualTo(r.clauses().indexOf("DELAY_REASONS") + 1);
                assertNoLeftoverPlaceholder(r);
            }
        }
        // every other complaint keeps the 8-week letter, without the payment-service deadline
        for (String lang : Letters.LANGUAGES) {
            ComplaintCase c = Letters.regulatedService(lang, ReplyKind.HOLDING, RegulatedService.OTHER);
            Reply r = Letters.advise(c, RegulatoryProfile.UK_FCA).reply();
            assertThat(r.body()).as(lang).contains(EIGHT_WEEKS.get(lang)).doesNotContain(THIRTY_FIVE_DAYS.get(lang));
            assertThat(r.clauses()).as(lang).doesNotContain("FINAL_REPLY_DEADLINE");
        }
    }

    /**
     * Regression: under EU_PSD2 a complaint about a service that is no payment service (insurance here) ran
     * on the PSD2 clock, and its holding reply promised the final reply "in any case within 35 business
     * days" (PSD2 art. 101(2)), a limit that does not apply to it. It now gives the expected date alone;
     * a payment-service complaint keeps the 35 business days.
     */
    @Test
    void aPsd2HoldingReplyGivesThe35BusinessDaysOnlyToAPaymentServiceComplaint() {
        for (String lang : Letters.LANGUAGES) {
            Advice payment = Letters.advise(
                    Letters.regulatedService(lang, ReplyKind.HOLDING, RegulatedService.PAYMENT_SERVICE),
                    RegulatoryProfile.EU_PSD2);
            assertThat(payment.reply().body()).as(lang).contains(THIRTY_FIVE_DAYS.get(lang));
            Advice insurance = Letters.advise(
                    Letters.regulatedService(lang, ReplyKind.HOLDING, RegulatedService.INSURANCE),
                    RegulatoryProfile.EU_PSD2);
            assertThat(insurance.deadlines().regulatoryLimit()).as(lang).isNull();
            Reply r = insurance.reply();
            assertThat(r.body())
                    .as(lang)
                    .doesNotContain(THIRTY_FIVE_DAYS.get(lang))
                    .doesNotContain(FIFTEEN_DAYS.get(lang));
            assertThat(r.clauses()).as(lang).contains("DELAY_REASONS", "FINAL_REPLY_DEADLINE");
            assertNoLeftoverPlaceholder(r);
        }
    }

    /**
     * Regression: under EU_PSD2 the letters of a complaint about a service that is no payment service
     * (credit, hardship, insurance, investments, superannuation: no PSD2 limit and no ADR referral, rule
     * DL-PSD2-SERVICE-1) still carried the PSD2 clauses, chosen per profile: the response and the final
     * response sent the customer to an ADR entity (PSD2 art. 101(3)) and listed {@code ADR_ENTITY}, and
     * the response carried the art. 101(2) {@code OUTCOME} paragraph. Now no letter of such a complaint
     * carries a PSD2-only clause or a PSD2 limit, and {@code reply.clauses} lists only what the letter
     * carries: the payment-service letter's clauses less the PSD2 ones. Payment services, e-money and a
     * service not named keep every PSD2 clause.
     */
    @Test
    void aPsd2LetterCarriesThePsd2ClausesOnlyForAPaymentServiceComplaint() {
        RegulatoryProfile psd2 = RegulatoryProfile.EU_PSD2;
        List<RegulatedService> covered =
                List.of(RegulatedService.PAYMENT_SERVICE, RegulatedService.E_MONEY, RegulatedService.OTHER);
        List<RegulatedService> notCovered = List.of(
                RegulatedService.CREDIT,
                RegulatedService.CREDIT_HARDSHIP,
                RegulatedService.INSURANCE,
                RegulatedService.INVESTMENT,
                RegulatedService.SUPERANNUATION);
        for (String lang : Letters.LANGUAGES) {
            for (ReplyKind kind : ReplyKind.values()) {
                List<String> required = RegulatoryLetters.required(psd2, kind).stream()
                        .map(RegulatoryLetters.Clause::code)
                        .toList();
                Reply payment = Letters.advise(
                                Letters.regulatedService(lang, kind, RegulatedService.PAYMENT_SERVICE), psd2)
                        .reply();
                for (RegulatedService service : covered) {
                    String what = service + " " + kind + " " + lang;
                    Advice a = Letters.advise(Letters.regulatedService(lang, kind, service), psd2);
                    Reply r = a.reply();
                    // the policy's PSD2 clock runs for it, and its letters follow the advice
                    assertThat(a.deadlines().regulatoryLimit()).as(what).isNotNull();
                    assertThat(r.clauses()).as(what).containsAll(required);
                    if (required.contains("ADR_ENTITY")) {
                        assertThat(r.body()).as(what).contains("{adrEntity}");
                    }
                }
                // the clauses the PSD2 letter carries only because PSD2 art. 101 applies
                List<String> psd2Only =
                        kind == ReplyKind.RESPONSE ? List.of("ADR_ENTITY", "OUTCOME") : List.of("ADR_ENTITY");
                List<String> expected = payment.clauses().stream()
                        .filter(code -> !psd2Only.contains(code))
                        .toList();
                for (RegulatedService service : notCovered) {
                    String what = service + " " + kind + " " + lang;
                    Advice a = Letters.advise(Letters.regulatedService(lang, kind, service), psd2);
                    Reply r = a.reply();
                    assertThat(a.deadlines().regulatoryLimit()).as(what).isNull();
                    assertThat(r.clauses()).as(what).doesNotContainAnyElementsOf(psd2Only);
                    assertThat(r.clauses()).as(what).containsExactlyElementsOf(expected);
                    assertThat(r.body())
                            .as(what)
                            .doesNotContain("{adrEntity}")
                            .doesNotContain(FIFTEEN_DAYS.get(lang))
                            .doesNotContain(THIRTY_FIVE_DAYS.get(lang));
                    assertThat(r.missingFacts()).as(what).noneMatch(f -> f.startsWith("{adrEntity}"));
                    if (kind == ReplyKind.RESPONSE) {
                        assertThat(r.body()).as(what).doesNotContain("{outcome}", "{reasons}");
                    }
                    assertNoLeftoverPlaceholder(r);
                }
            }
        }
    }

    /**
     * Regression: under UK_FCA the acknowledgement of a payment-service or e-money complaint promised
     * the final response "by [the 15th business day], within eight weeks".
     */
    @Test
    void aUkPaymentServiceAcknowledgementGivesThe15And35BusinessDayLimitsNeverEightWeeks() {
        Instant fifteen = Instant.parse("2027-01-14T23:59:59Z");
        Instant thirtyFive = Instant.parse("2027-02-11T23:59:59Z");
        for (RegulatedService service : List.of(RegulatedService.PAYMENT_SERVICE, RegulatedService.E_MONEY)) {
            for (String lang : Letters.LANGUAGES) {
                ComplaintCase c = Letters.regulatedService(lang, ReplyKind.ACKNOWLEDGEMENT, service);
                Reply r = Letters.advise(c, RegulatoryProfile.UK_FCA).reply();
                ZoneId zone = c.complaint().timeZone();
                assertThat(r.clauses()).contains("COMPLAINTS_PROCEDURE");
                assertThat(r.body())
                        .as("%s %s", service, lang)
                        .contains(FIFTEEN_DAYS.get(lang), THIRTY_FIVE_DAYS.get(lang))
                        .doesNotContain(EIGHT_WEEKS.get(lang));
                assertThat(occurrences(r.body(), datesIn(lang, fifteen, zone)))
                        .as(r.body())
                        .isEqualTo(1);
                assertThat(occurrences(r.body(), datesIn(lang, thirtyFive, zone)))
                        .as(r.body())
                        .isEqualTo(1);
            }
        }
        for (String lang : Letters.LANGUAGES) {
            ComplaintCase c = Letters.regulatedService(lang, ReplyKind.ACKNOWLEDGEMENT, RegulatedService.OTHER);
            assertThat(Letters.advise(c, RegulatoryProfile.UK_FCA).reply().body())
                    .as(lang)
                    .contains(EIGHT_WEEKS.get(lang))
                    .doesNotContain(FIFTEEN_DAYS.get(lang), THIRTY_FIVE_DAYS.get(lang));
        }
    }

    /**
     * Regression: under IE_CBI the final response never named the Financial Services and Pensions
     * Ombudsman (Consumer Protection Code 2012, provision 10.9(e)), though the advice refers to it; nor
     * did the response, which CONTRACT.md 5.3 has written to serve as the final response where the
     * profile defines one.
     */
    @ParameterizedTest
    @EnumSource(
            value = ReplyKind.class,
            names = {"RESPONSE", "FINAL_RESPONSE"})
    void anIrishFinalResponseNamesTheFinancialServicesAndPensionsOmbudsmanAndItsAddressInEveryLanguage(ReplyKind kind) {
        assertThat(RegulatoryLetters.required(RegulatoryProfile.IE_CBI, kind))
                .extracting(RegulatoryLetters.Clause::code)
                .containsExactly("FSPO_REFERRAL_RIGHTS", "FSPO_CONTACT");
        for (String lang : Letters.LANGUAGES) {
            Advice a = Letters.advise(Letters.chronic(lang, kind), RegulatoryProfile.IE_CBI);
            assertThat(a.referral().body()).isEqualTo("FSPO");
            Reply r = a.reply();
            assertThat(r.body())
                    .as(lang)
                    .contains(
                            "Financial Services and Pensions Ombudsman",
                            "FSPO",
                            "www.fspo.ie",
                            "Lincoln House, Lincoln Place, Dublin 2, D02 VH29")
                    .doesNotContain("financial-ombudsman", "afca.org.au");
            assertThat(r.clauses()).as(lang).contains("OUTCOME", "FSPO_REFERRAL_RIGHTS", "FSPO_CONTACT");
            for (RegulatoryProfile other : List.of(RegulatoryProfile.UK_FCA, RegulatoryProfile.GENERIC)) {
                Reply elsewhere =
                        Letters.advise(Letters.chronic(lang, kind), other).reply();
                assertThat(elsewhere.body()).as("%s %s", other, lang).doesNotContain("fspo.ie");
            }
        }
    }

    /** Under IE_CBI a holding letter tells the customer when the FSPO may be asked, and how (provision 10.9(d)). */
    @Test
    void anIrishHoldingLetterNamesTheOmbudsmanAndTheFortyBusinessDaysInEveryLanguage() {
        assertThat(RegulatoryLetters.required(RegulatoryProfile.IE_CBI, ReplyKind.HOLDING))
                .extracting(RegulatoryLetters.Clause::code)
                .containsExactly("FSPO_REFERRAL_RIGHTS", "FSPO_CONTACT");
        for (String lang : Letters.LANGUAGES) {
            Reply r = Letters.advise(Letters.chronic(lang, ReplyKind.HOLDING), RegulatoryProfile.IE_CBI)
                    .reply();
            assertThat(r.body())
                    .as(lang)
                    .contains("40", "FSPO", "www.fspo.ie", "Lincoln House, Lincoln Place, Dublin 2, D02 VH29")
                    .doesNotContain("financial-ombudsman", "afca.org.au");
            assertThat(r.clauses()).as(lang).contains("FSPO_REFERRAL_RIGHTS", "FSPO_CONTACT");
            Reply uk = Letters.advise(Letters.chronic(lang, ReplyKind.HOLDING), RegulatoryProfile.UK_FCA)
                    .reply();
            assertThat(uk.body()).as("UK_FCA %s", lang).doesNotContain("fspo.ie");
        }
    }

    /**
     * Regression: under UK_FCA the response, written to serve as the summary resolution communication,
     * said "my aim is to have this fully resolved by ..." and then "we now consider your complaint
     * resolved".
     */
    @Test
    void aUkResponseThatConsidersTheComplaintResolvedNeverPromisesToResolveItLater() {
        Map<String, String> resolveLater =
                Map.of("en", "resolved by", "ru", "полностью реш", "zh", "彻底解决", "et", "täielikult lahenda");
        for (String lang : Letters.LANGUAGES) {
            for (ComplaintCase c :
                    List.of(Letters.chronic(lang, ReplyKind.RESPONSE), Letters.aggressive(lang, ReplyKind.RESPONSE))) {
                Advice a = Letters.advise(c, RegulatoryProfile.UK_FCA);
                Reply r = a.reply();
                String what = lang + " " + a.complainantType();
                assertThat(r.clauses()).as(what).contains("SRC_RESOLVED", "ACTION_AND_TIMELINE");
                assertThat(r.body()).as(what).doesNotContain(resolveLater.get(lang));
                // it still says by when what it sets out will be done
                ZoneId zone = c.complaint().timeZone();
                assertThat(List.of(
                                dateAndTime(lang, a.deadlines().resolveBy(), zone),
                                dateAndTime(lang + "-GB", a.deadlines().resolveBy(), zone)))
                        .as(r.body())
                        .anyMatch(r.body()::contains);
                // elsewhere the response is no summary resolution, and still aims to resolve by a date
                Reply generic = Letters.advise(c, RegulatoryProfile.GENERIC).reply();
                assertThat(generic.body()).as(what).contains(resolveLater.get(lang));
                assertThat(generic.clauses()).doesNotContain("SRC_RESOLVED");
            }
        }
    }
}
