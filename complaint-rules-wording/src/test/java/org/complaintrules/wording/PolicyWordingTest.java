package org.complaintrules.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.UnsupportedCaseException;
import org.junit.jupiter.api.Test;

/**
 * A small policy written here (one language, one step) checks loading, the build-time checks with
 * file and line, and drafting: step order, variants, clauses, placeholders, time zones.
 */
class PolicyWordingTest {
    static final Instant RECEIVED = Instant.parse("2026-11-20T22:15:00Z");

    static final String RULES = String.join(
            "\n",
            "rule \"steps\"",
            "when",
            "then",
            "    $d.placeStep( \"GREET\", 10 );",
            "    $d.placeStep( \"SORRY\", 20 );",
            "    $d.placeStep( \"FIX\", 30 );",
            "    $d.recommend( \"BE_KIND\" );",
            "end",
            "");

    /** Every key a language needs, each worded as its own key in upper case, plus the policy's codes. */
    static String messages(String... extra) {
        StringBuilder b = new StringBuilder();
        List<String> keys = new ArrayList<>(requiredKeys());
        keys.addAll(List.of("step.GREET", "step.SORRY", "step.FIX", "do.BE_KIND"));
        keys.addAll(List.of("clause.HELLO", "clause.APOLOGY", "clause.OFFER", "clause.CONTACT"));
        keys.addAll(List.of("fact.customerName", "fact.agentName"));
        for (String k : keys) {
            b.append(k).append('=').append("w:").append(k).append('\n');
        }
        b.append("topic.DELIVERY=your delivery\n");
        b.append("label.firedRules={count, plural, one {# rule fired} other {# rules fired}}\n");
        for (String e : extra) {
            b.append(e).append('\n');
        }
        return b.toString();
    }

    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(
                ComplainantType.values(),
                Priority.values(),
                EscalationLevel.values(),
                org.complaintrules.api.Team.values(),
                CompensationForm.values(),
                ApprovalRole.values(),
                org.complaintrules.api.SignalType.values(),
                org.complaintrules.api.VulnerabilityDriver.values(),
                ReplyKind.values(),
                Category.values(),
                RegulatoryProfile.values())) {
            String ns = switch (values[0].getDeclaringClass().getSimpleName()) {
                case "ComplainantType" -> "type";
                case "Priority" -> "priority";
                case "EscalationLevel" -> "level";
                case "Team" -> "team";
                case "CompensationForm" -> "form";
                case "ApprovalRole" -> "role";
                case "SignalType" -> "signal";
                case "VulnerabilityDriver" -> "driver";
                case "ReplyKind" -> "kind";
                case "Category" -> "topic";
                default -> "profile";
            };
            for (Enum<?> v : values) {
                keys.add(ns + "." + v.name());
                if (ns.equals("form")) {
                    keys.add("offer." + v.name());
                }
            }
        }
        DeadlineBasis.DEADLINES.forEach(d -> keys.add("deadline." + d));
        keys.addAll(PolicyWording.LABELS);
        for (RegulatoryProfile p : RegulatoryProfile.values()) {
            for (ReplyKind k : ReplyKind.values()) {
                RegulatoryLetters.required(p, k).forEach(c -> keys.add("clause." + c.code()));
            }
        }
        return keys;
    }

    static final String TEMPLATE = String.join(
            "\n",
            "# a comment",
            "[subject]",
            "Case {caseId}",
            "[greeting]",
            "Dear {customerName},",
            "[step GREET]",
            "clauses: HELLO",
            "Thanks for your message of {receivedAt, date, ::yMMMMd} about {topic}.",
            "[step SORRY]",
            "clauses: APOLOGY",
            "Sorry.",
            "[step SORRY]",
            "when: CHRONIC",
            "clauses: APOLOGY",
            "Truly sorry.",
            "[step SORRY]",
            "when: CHRONIC, VULNERABLE",
            "clauses: APOLOGY",
            "Truly sorry, at a hard time.",
            "[step FIX]",
            "clauses: OFFER",
            "{offer, select, yes {I can offer {offerForms} up to {agentOffer, number, currency} by"
                    + " {resolveBy, date, ::yMMMMdjmm}.} other {We will fix it by {resolveBy, date, ::yMMMMdjmm}.}}",
            "[clause CONTACT]",
            "after: GREET",
            "Call me.",
            "[clause FOS_CONTACT]",
            "when: UK_FCA",
            "www.financial-ombudsman.org.uk",
            "[closing]",
            "Yours,",
            "{agentName}",
            "");

    static Map<String, String> policy(String messages, String template) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("policy.properties", "name=p\nlanguages=en\n");
        files.put("rules.drl", RULES);
        files.put("messages/messages_en.properties", messages);
        for (ReplyKind k : ReplyKind.values()) {
            files.put("replies/" + k.name().toLowerCase(java.util.Locale.ROOT) + "_en.txt", template);
        }
        return files;
    }

    static PolicyWording load(Map<String, String> files, RegulatoryProfile profile) {
        return PolicyWording.load(files, Map.of("languages", "en"), profile);
    }

    /** @return the problems of a policy with these messages and this template, each as {@code file:line: message} */
    static List<String> problemLines(String messages, String template, RegulatoryProfile profile) {
        return problems(policy(messages, template), profile).stream()
                .map(RuleProblem::toString)
                .toList();
    }

    /** @return the problems of a policy that declares these languages, under the generic profile */
    static List<RuleProblem> problems(Map<String, String> files, String languages) {
        try {
            PolicyWording.load(files, Map.of("languages", languages), RegulatoryProfile.GENERIC);
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems();
        }
    }

    static List<RuleProblem> problems(Map<String, String> files, RegulatoryProfile profile) {
        try {
            load(files, profile);
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems();
        }
    }

    static ComplaintCase complaint(ZoneId zone) {
        Complaint c = Complaint.builder("C-7", RECEIVED, Channel.EMAIL, Category.DELIVERY)
                .timeZone(zone)
                .replyDraft(ReplyKind.RESPONSE)
                .build();
        return ComplaintCase.of(c, Customer.of("K-7"));
    }

    static Advice advice(ComplainantType type, List<String> steps, Money agent) {
        Money cap = Money.of("80.00", "EUR");
        return new Advice(
                "C-7",
                new RuleSetInfo("p", "1", "sha256:0"),
                type,
                List.of(),
                List.of(),
                Priority.NORMAL,
                new Strategy(List.of("BE_KIND"), List.of(), steps),
                new Compensation(
                        cap,
                        List.of(CompensationForm.REFUND, CompensationForm.VOUCHER, CompensationForm.APOLOGY_ONLY),
                        List.of(new Approval(agent, ApprovalRole.AGENT), new Approval(cap, ApprovalRole.SUPERVISOR))),
                new Escalation(EscalationLevel.NONE, List.of(), List.of()),
                new Deadlines(
                        RECEIVED.plusSeconds(3600),
                        RECEIVED.plusSeconds(86_400),
                        Instant.parse("2026-11-27T23:30:00Z"),
                        RECEIVED.plusSeconds(14 * 86_400)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void aDraftFollowsTheStepsInTheAdvicesOrderWithTheMostSpecificVariant() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        Reply r = w.draft(
                complaint(ZoneId.of("Europe/Tallinn")),
                advice(ComplainantType.CHRONIC, List.of("GREET", "FIX", "SORRY"), Money.of("50.00", "EUR")),
                "en-GB",
                ReplyKind.RESPONSE);

        assertThat(r.subject()).isEqualTo("Case C-7");
        assertThat(r.body().replace('\u202f', ' '))
                .isEqualTo(String.join(
                        "\n\n",
                        "Dear {customerName},",
                        "Thanks for your message of November 21, 2026 about your delivery.",
                        "Call me.",
                        "I can offer w:offer.REFUND or w:offer.VOUCHER up to €50.00 by November 28, 2026 at 1:30 AM.",
                        "Truly sorry.",
                        "Yours,\n{agentName}"));
        assertThat(r.clauses()).containsExactly("HELLO", "CONTACT", "OFFER", "APOLOGY");
        assertThat(r.missingFacts())
                .containsExactly("{customerName}: w:fact.customerName", "{agentName}: w:fact.agentName");
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.kind()).isEqualTo(ReplyKind.RESPONSE);
    }

    @Test
    void aClauseSectionStandsInForAStepThatWouldCarryItWhenTheAdviceLacksThatStep() {
        // FIX carries OFFER; the clause section OFFER says the same for an advice without FIX
        String template = TEMPLATE.replace(
                "[clause CONTACT]",
                "[clause OFFER]\nafter: GREET\nFixed by {resolveBy, date, ::yMMMMd}, in any case.\n[clause CONTACT]");
        PolicyWording w = load(policy(messages(), template), RegulatoryProfile.GENERIC);
        Money agent = Money.of("50.00", "EUR");

        Reply withFix = w.draft(
                complaint(null),
                advice(ComplainantType.AGGRESSIVE, List.of("GREET", "FIX", "SORRY"), agent),
                "en",
                ReplyKind.RESPONSE);
        Reply withoutFix = w.draft(
                complaint(null),
                advice(ComplainantType.MODERATE, List.of("GREET", "SORRY"), agent),
                "en",
                ReplyKind.RESPONSE);

        assertThat(withFix.body())
                .contains("I can offer w:offer.REFUND or w:offer.VOUCHER up to €50.00")
                .doesNotContain("in any case");
        assertThat(withFix.clauses()).containsExactly("HELLO", "CONTACT", "OFFER", "APOLOGY");
        assertThat(withoutFix.body())
                .isEqualTo(String.join(
                        "\n\n",
                        "Dear {customerName},",
                        "Thanks for your message of November 20, 2026 about your delivery.",
                        "Fixed by November 27, 2026, in any case.",
                        "Call me.",
                        "Sorry.",
                        "Yours,\n{agentName}"));
        assertThat(withoutFix.clauses()).containsExactly("HELLO", "OFFER", "CONTACT", "APOLOGY");
    }

    @Test
    void aStepWhoseParagraphIsEmptyInThisLetterLeavesTheClauseSectionIn() {
        // with nothing to offer and an empty "other" branch, FIX writes nothing, so it carries nothing
        String template = TEMPLATE.replace("other {We will fix it by {resolveBy, date, ::yMMMMdjmm}.}}", "other {}}")
                .replace("[clause CONTACT]", "[clause OFFER]\nWe will fix it.\n[clause CONTACT]");
        PolicyWording w = load(policy(messages(), template), RegulatoryProfile.GENERIC);

        Reply r = w.draft(
                complaint(null),
                advice(ComplainantType.MODERATE, List.of("GREET", "FIX"), Money.of("0.00", "EUR")),
                "en",
                ReplyKind.RESPONSE);

        assertThat(r.body()).contains("\n\nWe will fix it.\n\n").doesNotContain("I can offer");
        assertThat(r.clauses()).containsExactly("HELLO", "CONTACT", "OFFER");
    }

    @Test
    void theDeadlinesAreQuotedInTheCustomersTimeZoneElseInUtc() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        Advice a = advice(ComplainantType.MODERATE, List.of("GREET", "FIX"), Money.of("0.00", "EUR"));

        String tallinn = w.draft(complaint(ZoneId.of("Europe/Tallinn")), a, "en", ReplyKind.RESPONSE)
                .body()
                .replace('\u202f', ' ');
        String utc =
                w.draft(complaint(null), a, "en", ReplyKind.RESPONSE).body().replace('\u202f', ' ');

        assertThat(tallinn)
                .contains("November 21, 2026 about")
                .contains("We will fix it by November 28, 2026 at 1:30 AM.");
        assertThat(utc)
                .contains("November 20, 2026 about")
                .contains("We will fix it by November 27, 2026 at 11:30 PM.");
    }

    @Test
    void theZoneTheCallerNamesIsTheOneTheLetterQuotesItsDatesIn() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        Advice a = advice(ComplainantType.MODERATE, List.of("GREET", "FIX"), Money.of("0.00", "EUR"));
        ZoneId tallinn = ZoneId.of("Europe/Tallinn");

        // the advisor's case: no timeZone in the complaint, the deadlines' zone from the jurisdiction
        Reply named = w.draft(complaint(null), a, "en", ReplyKind.RESPONSE, tallinn);
        assertThat(named.body())
                .isEqualTo(
                        w.draft(complaint(tallinn), a, "en", ReplyKind.RESPONSE).body());
        assertThat(named.body())
                .isNotEqualTo(
                        w.draft(complaint(null), a, "en", ReplyKind.RESPONSE).body());
        assertThatThrownBy(() -> w.draft(complaint(null), a, "en", ReplyKind.RESPONSE, (ZoneId) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
    }

    @Test
    void theExtendedLimitTheRulesComputedIsQuotedOnlyWhenGivenElseTheFinalResponseDateStandsIn() {
        String template = TEMPLATE.replace(
                "Call me.",
                "{extension, select, yes {At the latest by {extendedFinalResponseBy, date, ::yMMMMd}.}"
                        + " other {By {extendedFinalResponseBy, date, ::yMMMMd}.}}");
        PolicyWording w = load(policy(messages(), template), RegulatoryProfile.GENERIC);
        Advice a = advice(ComplainantType.MODERATE, List.of("GREET"), Money.of("0.00", "EUR"));

        String plain = w.draft(complaint(null), a, "en", ReplyKind.HOLDING).body();
        String extended = w.draft(complaint(null), a, "en", ReplyKind.HOLDING, Instant.parse("2027-01-08T23:59:59Z"))
                .body();

        // no regulatory limit in this advice: finalResponseBy is resolveBy
        assertThat(plain).contains("\n\nBy November 27, 2026.\n\n").doesNotContain("At the latest");
        assertThat(extended).contains("\n\nAt the latest by January 8, 2027.\n\n");
        assertThat(w.draft(complaint(null), a, "en", ReplyKind.HOLDING).missingFacts())
                .noneMatch(f -> f.startsWith("{extension") || f.startsWith("{extendedFinalResponseBy"));
    }

    @Test
    void theAgentRungCapsTheOfferAndNoRungMeansNoOffer() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        Advice generous = advice(ComplainantType.MODERATE, List.of("FIX"), Money.of("500.00", "EUR"));
        assertThat(w.draft(complaint(null), generous, "en", ReplyKind.RESPONSE).body())
                .contains("up to €80.00");
    }

    @Test
    void aVulnerableChronicCustomerGetsTheVariantWithBothConditions() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        Advice a = advice(ComplainantType.CHRONIC, List.of("SORRY"), Money.of("10.00", "EUR"))
                .withVulnerability(org.complaintrules.api.Vulnerability.of(
                        List.of(new org.complaintrules.api.VulnerabilityEvidence(
                                org.complaintrules.api.SignalType.VULNERABILITY_HEALTH, "host"))));
        assertThat(w.draft(complaint(null), a, "en", ReplyKind.RESPONSE).body())
                .contains("Truly sorry, at a hard time.");
        Advice plain = advice(ComplainantType.AGGRESSIVE, List.of("SORRY"), Money.of("10.00", "EUR"));
        assertThat(w.draft(complaint(null), plain, "en", ReplyKind.RESPONSE).body())
                .contains("\n\nSorry.\n\n");
    }

    @Test
    void aProfileClauseIsWrittenOnlyUnderItsProfile() {
        Map<String, String> files = policy(messages(), TEMPLATE);
        Advice a = advice(ComplainantType.MODERATE, List.of("GREET"), Money.of("10.00", "EUR"));
        assertThat(load(files, RegulatoryProfile.GENERIC)
                        .draft(complaint(null), a, "en", ReplyKind.RESPONSE)
                        .clauses())
                .doesNotContain("FOS_CONTACT");
        assertThat(load(files, RegulatoryProfile.US_CFPB)
                        .draft(complaint(null), a, "en", ReplyKind.RESPONSE)
                        .clauses())
                .doesNotContain("FOS_CONTACT");
    }

    @Test
    void aLetterKindLackingAClauseTheProfileRequiresFailsTheBuildNamingTheFileTheClauseAndTheRule() {
        assertThat(problemLines(messages(), TEMPLATE, RegulatoryProfile.UK_FCA))
                .contains("replies/final_response_en.txt:0: a FINAL_RESPONSE letter under UK_FCA must carry clause"
                        + " FOS_REFERRAL_RIGHTS (FCA DISP 1.5.4R(2), DISP 1.6.2R): add a [clause FOS_REFERRAL_RIGHTS]"
                        + " section whose when: names at most regulatory profiles, UK_FCA among them")
                .noneMatch(p -> p.contains("FOS_CONTACT"));
    }

    @Test
    void aClauseThatDependsOnTheComplainantTypeDoesNotCount() {
        String template =
                TEMPLATE.replace("[clause FOS_CONTACT]\nwhen: UK_FCA", "[clause FOS_CONTACT]\nwhen: UK_FCA, CHRONIC");
        assertThat(problems(policy(messages(), template), RegulatoryProfile.UK_FCA))
                .extracting(RuleProblem::message)
                .anyMatch(m -> m.contains("must carry clause FOS_CONTACT"));
    }

    @Test
    void aCodeTheRulesWriteWithoutWordingFailsTheBuildAtTheRuleLine() {
        String messages = messages().replace("do.BE_KIND=w:do.BE_KIND\n", "");
        assertThat(problemLines(messages, TEMPLATE, RegulatoryProfile.GENERIC))
                .containsExactly("rules.drl:7: do code BE_KIND has no wording in messages/messages_en.properties (key"
                        + " do.BE_KIND)");
    }

    @Test
    void anEnumCodeWithoutWordingFailsTheBuildNamingTheKey() {
        String messages = messages().replace("team.LEGAL=w:team.LEGAL\n", "");
        assertThat(problemLines(messages, TEMPLATE, RegulatoryProfile.GENERIC))
                .containsExactly("messages/messages_en.properties:0: no wording for team.LEGAL");
    }

    @Test
    void aStepTheRulesUseNeedsASectionInEveryTemplate() {
        String template =
                TEMPLATE.replace("[step FIX]\nclauses: OFFER\n", "[step FIX]\nwhen: CHRONIC\nclauses: OFFER\n");
        assertThat(problemLines(messages(), template, RegulatoryProfile.GENERIC))
                .contains(
                        "replies/response_en.txt:0: no [step FIX] section without conditions; the rules use step FIX at"
                                + " rules.drl:6 (an empty section leaves it out of this letter)");
    }

    @Test
    void templateMistakesAreReportedWithTheirLine() {
        String template = TEMPLATE.replace(
                        "when: CHRONIC\nclauses: APOLOGY\nTruly sorry.",
                        "when: CHRONIK\nclauses: APOLOGY\nTruly {sorry.")
                .replace("Call me.", "Call me on {caseId, number, currency}.");
        assertThat(problemLines(messages(), template, RegulatoryProfile.GENERIC))
                .anyMatch(p -> p.startsWith("replies/response_en.txt:13: when: \"CHRONIK\" is no complainant type"))
                .anyMatch(p -> p.startsWith("replies/response_en.txt:15: not a valid message pattern"))
                .anyMatch(p -> p.startsWith("replies/response_en.txt:25: does not render"));
    }

    /**
     * The audit's rp-step and rp-bad3: {@code [step APOLOGISE]} and {@code [greting]} were accepted and
     * never used (the header's lines became text of the section before it).
     */
    @Test
    void aMisspeltStepCodeOrSectionHeaderIsAnErrorAtItsLineNamingTheClosest() {
        String template = TEMPLATE.replace("[closing]", "[step SORY]\nSo sorry.\n[greting]\nHi,\n[closing]");
        assertThat(problemLines(messages(), template, RegulatoryProfile.GENERIC))
                .contains(
                        "replies/response_en.txt:29: [step SORY] is no response step the rules place or the messages"
                                + " word; did you mean SORRY? The steps: FIX, GREET, SORRY",
                        "replies/response_en.txt:31: [greting] is no section header; did you mean [greeting]? The"
                                + " headers: [subject], [greeting], [closing], [step CODE], [clause CODE]");
    }

    @Test
    void aHostFactNeedsADescriptionInEveryLanguage() {
        String template = TEMPLATE.replace("Call me.", "Call me on {phoneNumber}.");
        assertThat(problemLines(messages(), template, RegulatoryProfile.GENERIC))
                .containsExactly("messages/messages_en.properties:0: no wording for fact.phoneNumber");
    }

    @Test
    void aDeclaredLanguageNeedsItsMessagesAndEveryTemplate() {
        Map<String, String> files = policy(messages(), TEMPLATE);
        files.put("policy.properties", "name=p\n\nlanguages=en,et\n");
        files.put("replies/holding_et.txt", TEMPLATE);
        List<RuleProblem> problems = problems(files, "en,et");
        assertThat(problems)
                .extracting(RuleProblem::toString)
                .contains(
                        "policy.properties:3: language et is declared but messages/messages_et.properties is missing",
                        "policy.properties:3: language et is declared but replies/response_et.txt is missing")
                .noneMatch(p -> p.contains("holding_et"));
    }

    /** @return a policy in English and Estonian with these messages (each a whole file) */
    static Map<String, String> inEnglishAndEstonian(String english, String estonian) {
        Map<String, String> files = policy(english, TEMPLATE);
        files.put("policy.properties", "name=p\nlanguages=en,et\n");
        files.put("messages/messages_et.properties", estonian);
        for (ReplyKind k : ReplyKind.values()) {
            files.put("replies/" + k.name().toLowerCase(java.util.Locale.ROOT) + "_et.txt", TEMPLATE);
        }
        return files;
    }

    @Test
    void detailsWrittenInTheFallbackLanguageAreWordedInTheOthers() {
        PolicyWording w = PolicyWording.load(
                inEnglishAndEstonian(
                        messages(
                                "detail.LOW_SCORE=satisfaction score {score} of 5",
                                "detail.LONG_TENURE=customer for {years} years",
                                "detail.HEAVY_COMPENSATION={paid} already paid in 12 months",
                                "detail.REQUEST_FAR_ABOVE_LOSS=requested {asked} is {ratio}x the claimed loss {loss}",
                                "detail.QUIET_CHANNEL=came in through {channel}",
                                "detail.SHOUTED_SENTENCE='{words}' in capitals at {at}"),
                        messages(
                                "detail.LOW_SCORE=rahuloluhinne {score} viiest",
                                "detail.LONG_TENURE=klient juba {years, plural, one {# aasta} other {# aastat}}",
                                "detail.HEAVY_COMPENSATION=juba makstud {paid, number, currency}",
                                "detail.REQUEST_FAR_ABOVE_LOSS=nõuab {ratio} korda rohkem",
                                "detail.QUIET_CHANNEL=tuli kanali kaudu: {channel}",
                                "channel.SURVEY=küsitlus",
                                "detail.SHOUTED_SENTENCE=„{words}“")),
                Map.of("languages", "en,et"),
                RegulatoryProfile.GENERIC);

        assertThat(w.detail("et", "LOW_SCORE", "satisfaction score 2 of 5")).isEqualTo("rahuloluhinne 2 viiest");
        // whole numbers choose plural forms, decimals and amounts are written as the language writes them
        assertThat(w.detail("et", "LONG_TENURE", "customer for 1 years")).isEqualTo("klient juba 1 aasta");
        assertThat(w.detail("et", "LONG_TENURE", "customer for 12 years")).isEqualTo("klient juba 12 aastat");
        assertThat(w.detail("et", "HEAVY_COMPENSATION", "310.00 EUR already paid in 12 months"))
                .satisfies(d -> assertThat(d.replace('\u00a0', ' ').replace('\u202f', ' '))
                        .isEqualTo("juba makstud 310,00 €"));
        assertThat(w.detail("et", "REQUEST_FAR_ABOVE_LOSS", "requested 500.00 EUR is 12.5x the claimed loss 40.00 EUR"))
                .isEqualTo("nõuab 12,5 korda rohkem");
        // a code the language words under the placeholder's name; one it does not word stays as written
        assertThat(w.detail("et", "QUIET_CHANNEL", "came in through SURVEY")).isEqualTo("tuli kanali kaudu: küsitlus");
        assertThat(w.detail("et", "QUIET_CHANNEL", "came in through FAX")).isEqualTo("tuli kanali kaudu: FAX");
        // a signal's detail written as an evidence's: read by that evidence's message
        assertThat(w.detail("et", "SHOUTING", "'WHERE IS MY MONEY' in capitals at 12"))
                .isEqualTo("„WHERE IS MY MONEY“");
        // as written: the fallback language, a code without a message, a detail the message does not read
        assertThat(w.detail("en", "LOW_SCORE", "satisfaction score 2 of 5")).isEqualTo("satisfaction score 2 of 5");
        assertThat(w.detail("et", "VIP_SEGMENT", "customer segment is VIP")).isEqualTo("customer segment is VIP");
        assertThat(w.detail("et", "LOW_SCORE", "score: 2")).isEqualTo("score: 2");
        assertThat(w.detail("et", "LOW_SCORE", null)).isNull();
        // text where the language's message formats money: as written, not an error
        assertThat(w.detail("et", "HEAVY_COMPENSATION", "a lot already paid in 12 months"))
                .isEqualTo("a lot already paid in 12 months");
    }

    @Test
    void aDetailsMessageNeedsTheFallbackLanguagesToReadTheDetailBy() {
        Map<String, String> files = inEnglishAndEstonian(
                messages(
                        "detail.LOW_SCORE=satisfaction score {score} of 5",
                        "detail.LONG_TENURE=customer for {years, plural, one {# year} other {# years}}"),
                messages(
                        "detail.LOW_SCORE=rahuloluhinne {hinne} viiest",
                        "detail.LONG_TENURE=klient juba {years} aastat",
                        "detail.VIP_SEGMENT=VIP"));
        List<RuleProblem> problems = problems(files, "en,et");
        assertThat(problems)
                .extracting(RuleProblem::message)
                .containsExactlyInAnyOrder(
                        "detail.LONG_TENURE: in the fallback language a detail's message has plain placeholders only,"
                                + " such as {count}: it reads the details the rules write",
                        "detail.LOW_SCORE: placeholder {hinne} is not one of messages/messages_en.properties's [score]",
                        "detail.VIP_SEGMENT: the fallback language en has no detail.VIP_SEGMENT, which the details"
                                + " written by the rules are read by");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aBadMessagePatternIsReportedAtItsLine() {
        String messages = "# head\n" + messages("label.extra={count, plural, one {x}");
        List<RuleProblem> problems = problems(policy(messages, TEMPLATE), RegulatoryProfile.GENERIC);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("messages/messages_en.properties");
        assertThat(problems.get(0).line()).isGreaterThan(100);
        assertThat(problems.get(0).message()).startsWith("label.extra: not a valid message pattern");
    }

    @Test
    void aPolicyWithoutWordingDraftsNothingAndSaysSo() {
        PolicyWording w = PolicyWording.load(Map.of("rules.drl", RULES), Map.of(), RegulatoryProfile.GENERIC);
        assertThat(w.languages()).isEmpty();
        assertThat(w.phrase("en", "team", "LEGAL")).isEqualTo("LEGAL");
        assertThatThrownBy(() -> w.draft(
                        complaint(null),
                        advice(ComplainantType.MODERATE, List.of(), Money.of("1.00", "EUR")),
                        "en",
                        ReplyKind.RESPONSE))
                .isInstanceOf(UnsupportedCaseException.class)
                .hasMessageContaining("complaint.replyDraft");
    }

    @Test
    void aCaseInAnUndeclaredLanguageGetsTheFirstDeclaredOne() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        assertThat(w.language("de-AT")).isEqualTo("en");
        assertThat(w.language("en-GB")).isEqualTo("en");
        assertThat(w.language(null)).isEqualTo("en");
    }

    @Test
    void messagesFormatWithPluralsMoneyAndMoments() {
        PolicyWording w = load(policy(messages(), TEMPLATE), RegulatoryProfile.GENERIC);
        assertThat(w.format("en", "label.firedRules", Map.of("count", 1), ZoneOffset.UTC))
                .isEqualTo("1 rule fired");
        assertThat(w.format("en", "label.firedRules", Map.of("count", 3), ZoneOffset.UTC))
                .isEqualTo("3 rules fired");
        assertThat(w.phrase("en", "topic", "DELIVERY")).isEqualTo("your delivery");
        assertThat(w.phrase("en", "team", "NO_SUCH_TEAM")).isEqualTo("NO_SUCH_TEAM");
    }

    @Test
    void traditionalChineseIsTheHantScriptOrTaiwanHongKongAndMacaoWithoutAScript() {
        for (String tag :
                List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN", "ZH-hant-tw", "zh_TW", " zh-HK ")) {
            assertThat(PolicyWording.isTraditionalChinese(tag)).as(tag).isTrue();
        }
        for (String tag : Arrays.asList(
                "zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-TW", "zh-Hans-HK", "en-TW", "yue-HK", "", " ", null)) {
            assertThat(PolicyWording.isTraditionalChinese(tag)).as(tag).isFalse();
        }
    }
}
