package org.complaintrules.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.testkit.CaseProperty;
import org.complaintrules.testkit.Phrases;

/**
 * The invariants of a complaint policy, as {@link CaseProperty properties} over a set of advisors,
 * so the same invariants run against the default policy and against deliberately broken copies.
 * Numbers come from the policy's own settings ({@link DroolsComplaintAdvisor#policySettings()});
 * the regulators' limits are the regulations' numbers.
 */
final class PolicyProperties {
    private PolicyProperties() {}

    // ------------------------------------------------------------------ totality and determinism

    static CaseProperty everyCaseGetsAdvice(Advisors advisors) {
        return c -> {
            Advice a = advisors.advise(c);
            assertThat(a.caseId()).isEqualTo(c.complaintCase().id());
        };
    }

    static CaseProperty theSameAdviceTwice(Advisors advisors) {
        return c -> assertThat(advisors.advise(c)).isEqualTo(advisors.advise(c));
    }

    // ------------------------------------------------------------------ type

    static CaseProperty exactlyOnePrimaryTypeAmongTheTraits(Advisors advisors) {
        return c -> {
            Advice a = advisors.advise(c);
            assertThat(a.traits()).as("traits").doesNotHaveDuplicates().doesNotContain(ComplainantType.MODERATE);
            if (a.complainantType() == ComplainantType.MODERATE) {
                assertThat(a.traits()).as("traits of a MODERATE complainant").isEmpty();
            } else {
                assertThat(a.traits()).as("traits").contains(a.complainantType());
            }
            assertThat(a.warnings()).as("warnings").noneMatch(w -> w.startsWith("GUARDRAIL_PRIMARY_TYPE"));
        };
    }

    // ------------------------------------------------------------------ compensation

    static CaseProperty compensationWithinEveryCap(Advisors advisors) {
        return c -> {
            DroolsComplaintAdvisor advisor = advisors.advisor(c);
            Map<String, String> s = advisor.policySettings();
            Advice a = advisor.advise(c.complaintCase());
            BigDecimal max = a.compensation().maxAmount().amount();
            Customer k = c.complaintCase().customer();
            String segment = k.segment().name();
            assertThat(max)
                    .as("cap vs absolute cap " + advisor.absoluteCompensationCap())
                    .isLessThanOrEqualTo(advisor.absoluteCompensationCap().amount());
            assertThat(max)
                    .as("cap vs cap.segment." + segment)
                    .isLessThanOrEqualTo(
                            new BigDecimal(s.get("cap.segment." + segment).trim()));
            String twelve = "cap.twelveMonths." + segment;
            if (s.containsKey(twelve)) {
                BigDecimal paid = k.compensationLast12Months() == null
                        ? BigDecimal.ZERO
                        : k.compensationLast12Months().amount();
                BigDecimal left =
                        new BigDecimal(s.get(twelve).trim()).subtract(paid).max(BigDecimal.ZERO);
                assertThat(max)
                        .as("cap vs " + twelve + " minus compensationLast12Months")
                        .isLessThanOrEqualTo(left);
            }
            Money loss = c.complaintCase().complaint().claimedLoss();
            if (a.traits().contains(ComplainantType.RIP_OFF) && loss != null) {
                assertThat(max).as("cap of a RIP_OFF vs claimedLoss").isLessThanOrEqualTo(loss.amount());
            }
        };
    }

    static CaseProperty noGuardrailWarning(Advisors advisors) {
        return c -> assertThat(advisors.advise(c).warnings()).as("warnings").noneMatch(w -> w.startsWith("GUARDRAIL_"));
    }

    // ------------------------------------------------------------------ metamorphic

    static ComplaintCase withText(ComplaintCase k, String text) {
        return new ComplaintCase(k.complaint().toBuilder().text(text).build(), k.customer(), k.conversation());
    }

    static String append(String text, String sentence, String language) {
        if (text == null || text.isBlank()) {
            return sentence;
        }
        return text + (language.equals("zh") ? "" : " ") + sentence;
    }

    static CaseProperty legalThreatAddsLegal(Advisors advisors) {
        return c -> {
            String lang = c.writingLanguage();
            // one threat of the language's pool per case, chosen by the generation labels (which minimisation
            // keeps), so every threat is tried across a run at a third of the cost of trying all on each case
            List<String> pool = Phrases.of(lang).carrying(SignalType.LEGAL_THREAT);
            for (String threat : List.of(pool.get(Math.floorMod(c.labels().hashCode(), pool.size())))) {
                ComplaintCase second = withText(
                        c.complaintCase(), append(c.complaintCase().complaint().text(), threat, lang));
                Advice a = advisors.advisor(c).advise(second);
                assertThat(a.escalation().teams())
                        .as("teams after adding the legal threat \"" + threat + "\" (" + lang + "); derived case: "
                                + org.complaintrules.json.AdviceWriter.create().writeCase(second))
                        .contains(Team.LEGAL);
            }
        };
    }

    static CaseProperty higherLifetimeValueNeverLowersTheCap(Advisors advisors) {
        return CaseProperty.pair(
                c -> {
                    Customer k = c.complaintCase().customer();
                    BigDecimal ltv = k.lifetimeValue() == null
                            ? BigDecimal.ZERO
                            : k.lifetimeValue().amount();
                    Money raised = Money.of(
                            ltv.multiply(BigDecimal.valueOf(2))
                                    .add(BigDecimal.valueOf(1000))
                                    .setScale(2),
                            java.util.Currency.getInstance("EUR"));
                    return new ComplaintCase(
                            c.complaintCase().complaint(),
                            k.toBuilder().lifetimeValue(raised).build(),
                            c.complaintCase().conversation());
                },
                (first, second) -> {
                    Money before = advisors.advise(first).compensation().maxAmount();
                    Money after = advisors.advisor(first)
                            .advise(second)
                            .compensation()
                            .maxAmount();
                    assertThat(after)
                            .as("cap with the higher lifetime value (was " + before + ")")
                            .isGreaterThanOrEqualTo(before);
                });
    }

    static CaseProperty moreRejectedOffersNeverLowerTheEscalation(Advisors advisors) {
        return CaseProperty.pair(
                c -> {
                    Conversation v = c.complaintCase().conversation();
                    return new ComplaintCase(
                            c.complaintCase().complaint(),
                            c.complaintCase().customer(),
                            new Conversation(v.contacts(), v.offersRejected() + 1, v.lastOffer()));
                },
                (first, second) -> {
                    Advice before = advisors.advise(first);
                    Advice after = advisors.advisor(first).advise(second);
                    assertThat(after.escalation().level())
                            .as("level with one more rejected offer (was "
                                    + before.escalation().level() + ")")
                            .isGreaterThanOrEqualTo(before.escalation().level());
                });
    }

    static CaseProperty calmerTextNeverAddsAggressive(Advisors advisors) {
        return CaseProperty.pair(
                c -> withText(
                        c.complaintCase(),
                        Phrases.calmer(c.complaintCase().complaint().text())),
                (first, second) -> {
                    Advice before = advisors.advise(first);
                    if (before.traits().contains(ComplainantType.AGGRESSIVE)) {
                        return;
                    }
                    Advice after = advisors.advisor(first).advise(second);
                    assertThat(after.traits())
                            .as("traits after calming the text (were " + before.traits() + ")")
                            .doesNotContain(ComplainantType.AGGRESSIVE);
                });
    }

    static CaseProperty onlyTheCaseIdChanges(Advisors advisors) {
        return CaseProperty.pair(
                c -> {
                    Complaint m = c.complaintCase().complaint();
                    return new ComplaintCase(
                            m.toBuilder().id("OTHER-" + m.id()).build(),
                            c.complaintCase().customer(),
                            c.complaintCase().conversation());
                },
                (first, second) -> {
                    Advice before = advisors.advise(first);
                    Advice after = advisors.advisor(first).advise(second);
                    assertThat(after).isEqualTo(before.withCaseId(second.id()));
                });
    }

    // ------------------------------------------------------------------ deadlines

    static CaseProperty deadlinesInOrderNeverBeforeReceipt(Advisors advisors) {
        return c -> {
            Deadlines d = advisors.advise(c).deadlines();
            Instant received = c.complaintCase().complaint().receivedAt();
            List<Instant> all =
                    new java.util.ArrayList<>(List.of(d.acknowledgeBy(), d.respondBy(), d.resolveBy(), d.followUpAt()));
            if (d.regulatoryLimit() != null) {
                all.add(d.regulatoryLimit());
            }
            assertThat(all).as("deadlines vs receipt " + received).allMatch(t -> !t.isBefore(received));
            assertThat(d.acknowledgeBy()).as("acknowledgeBy vs respondBy").isBeforeOrEqualTo(d.respondBy());
            assertThat(d.respondBy()).as("respondBy vs resolveBy").isBeforeOrEqualTo(d.resolveBy());
        };
    }

    /**
     * @return whether the profile sets a time limit for a complaint about the service: every profile but
     *         GENERIC, and EU_PSD2 only for payment services, e-money and a service not named (OTHER), since
     *         PSD2 art. 101 covers payment services alone
     */
    static boolean hasRegulatoryClock(RegulatoryProfile profile, RegulatedService service) {
        return switch (profile) {
            case GENERIC -> false;
            case EU_PSD2 ->
                service == RegulatedService.PAYMENT_SERVICE
                        || service == RegulatedService.E_MONEY
                        || service == RegulatedService.OTHER;
            default -> true;
        };
    }

    static CaseProperty resolveByNeverAfterTheRegulatoryLimit(Advisors advisors) {
        return c -> {
            Advice a = advisors.advise(c);
            Deadlines d = a.deadlines();
            RegulatedService service = c.complaintCase().complaint().service();
            if (!hasRegulatoryClock(c.profile(), service)) {
                assertThat(d.regulatoryLimit())
                        .as("regulatoryLimit under " + c.profile() + " (" + service + ")")
                        .isNull();
                if (c.profile() != RegulatoryProfile.GENERIC) {
                    assertThat(a.warnings())
                            .as("warnings under " + c.profile() + " (" + service + ")")
                            .anyMatch(w -> w.startsWith("CLOCK_SERVICE_NOT_COVERED: the service " + service));
                }
                return;
            }
            assertThat(d.regulatoryLimit())
                    .as("regulatoryLimit under " + c.profile())
                    .isNotNull();
            assertThat(d.resolveBy()).as("resolveBy vs regulatoryLimit").isBeforeOrEqualTo(d.regulatoryLimit());
            assertThat(a.warnings()).as("warnings").noneMatch(w -> w.startsWith("GUARDRAIL_DEADLINE"));
        };
    }

    /** The deadlines of {@code advice} in a fixed order, the regulatory limit last (may be null). */
    private static List<Instant> deadlines(Advice advice) {
        Deadlines d = advice.deadlines();
        return java.util.Arrays.asList(
                d.acknowledgeBy(), d.respondBy(), d.resolveBy(), d.followUpAt(), d.regulatoryLimit());
    }

    /**
     * The same case received later, by an amount chosen from its labels (from a minute to three weeks, so
     * weekends, holidays and clock changes fall in between), gives no earlier deadline and no earlier referral.
     */
    static CaseProperty laterReceiptNeverGivesAnEarlierDeadline(Advisors advisors) {
        long[] shifts = {60, 3_600, 7 * 3_600 + 17, 86_400, 3 * 86_400 + 5_000, 7 * 86_400, 21 * 86_400 - 1};
        return CaseProperty.pair(
                c -> {
                    Complaint m = c.complaintCase().complaint();
                    long shift = shifts[Math.floorMod(c.labels().hashCode(), shifts.length)];
                    return new ComplaintCase(
                            m.toBuilder()
                                    .receivedAt(m.receivedAt().plusSeconds(shift))
                                    .build(),
                            c.complaintCase().customer(),
                            c.complaintCase().conversation());
                },
                (first, second) -> {
                    DroolsComplaintAdvisor advisor = advisors.advisor(first);
                    Advice before = advisor.advise(first.complaintCase());
                    Advice after = advisor.advise(second);
                    List<String> names =
                            List.of("acknowledgeBy", "respondBy", "resolveBy", "followUpAt", "regulatoryLimit");
                    List<Instant> b = deadlines(before);
                    List<Instant> l = deadlines(after);
                    for (int i = 0; i < names.size(); i++) {
                        if (b.get(i) != null) {
                            assertThat(l.get(i))
                                    .as(names.get(i) + " for receipt "
                                            + second.complaint().receivedAt() + " (was " + b.get(i) + " for "
                                            + first.complaintCase().complaint().receivedAt() + ")")
                                    .isNotNull()
                                    .isAfterOrEqualTo(b.get(i));
                        }
                    }
                    if (before.referral() != null && before.referral().availableFrom() != null) {
                        assertThat(after.referral().availableFrom())
                                .as("referral.availableFrom for the later receipt")
                                .isAfterOrEqualTo(before.referral().availableFrom());
                    }
                });
    }

    /**
     * Under a regulatory profile the regulatory limit has a basis entry; every entry names a rule that fired,
     * a deadline that is present, a citation and a statement; resolveBy, when the regulation set it, has its
     * own entry. A referral names its body, is not available before receipt, and a time-barred one is
     * explained in the warnings. GENERIC has no basis and no referral.
     */
    static CaseProperty everyRegulatoryDeadlineHasABasis(Advisors advisors) {
        return c -> {
            Advice a = advisors.advise(c);
            Deadlines d = a.deadlines();
            Instant received = c.complaintCase().complaint().receivedAt();
            RegulatedService service = c.complaintCase().complaint().service();
            if (!hasRegulatoryClock(c.profile(), service)) {
                assertThat(d.basis())
                        .as("basis under " + c.profile() + " (" + service + ")")
                        .isEmpty();
                assertThat(a.referral())
                        .as("referral under " + c.profile() + " (" + service + ")")
                        .isNull();
                return;
            }
            List<String> fired = a.firedRules().stream()
                    .map(org.complaintrules.api.FiredRule::id)
                    .toList();
            assertThat(d.basis()).as("basis").anyMatch(b -> b.deadline().equals("regulatoryLimit"));
            assertThat(d.basis()).as("basis").allSatisfy(b -> {
                assertThat(fired).as("basis rule " + b.ruleId() + " fired").contains(b.ruleId());
                assertThat(b.citation()).isNotBlank();
                assertThat(b.rule()).isNotBlank();
            });
            if (d.resolveBy().equals(d.regulatoryLimit())) {
                assertThat(d.basis())
                        .as("basis of a resolveBy the regulation set")
                        .anyMatch(b -> b.deadline().equals("resolveBy"));
            }
            assertThat(a.referral()).as("referral under " + c.profile()).isNotNull();
            if (a.referral().availableFrom() != null) {
                assertThat(a.referral().availableFrom())
                        .as("referral.availableFrom")
                        .isAfterOrEqualTo(received);
            }
            if (a.referral().timeBarred()) {
                assertThat(a.warnings())
                        .as("warnings of a time-barred referral")
                        .anyMatch(w -> w.startsWith("MAY_BE_TIME_BARRED"));
                assertThat(c.complaintCase().complaint().incidentDate()).isNotNull();
            }
        };
    }

    static CaseProperty respondWithin24Hours(Advisors advisors) {
        return c -> {
            Instant received = c.complaintCase().complaint().receivedAt();
            assertThat(advisors.advise(c).deadlines().respondBy())
                    .as("respondBy vs receipt " + received + " + 24h")
                    .isBeforeOrEqualTo(received.plus(Duration.ofHours(24)));
        };
    }

    static CaseProperty resolveWithinTheProfilesLimit(Advisors advisors) {
        return c -> {
            DroolsComplaintAdvisor advisor = advisors.advisor(c);
            Complaint m = c.complaintCase().complaint();
            Instant limit = resolveLimit(c.profile(), m, advisor);
            Deadlines d = advisor.advise(c.complaintCase()).deadlines();
            assertThat(d.resolveBy())
                    .as("resolveBy under " + c.profile() + " for receipt " + m.receivedAt() + " (" + m.service() + ")")
                    .isBeforeOrEqualTo(limit);
            if (hasRegulatoryClock(c.profile(), m.service())) {
                assertThat(d.regulatoryLimit())
                        .as("regulatoryLimit under " + c.profile() + " (" + m.service() + ")")
                        .isEqualTo(limit);
            }
        };
    }

    /**
     * @return the latest resolveBy a profile allows, the regulations' own numbers counted on the advisor's
     *         clock for the complaint: UK FCA 8 weeks (payment services and e-money 15 business days), US CFPB
     *         60 days, EU PSD2 15 business days (for payment services, e-money and a service not named; for any
     *         other service the policy's deadline.resolve), AU ASIC 30 days (hardship 21, superannuation 45), IE
     *         CBI 40 business days, GENERIC the policy's deadline.resolve
     */
    static Instant resolveLimit(RegulatoryProfile profile, Complaint m, DroolsComplaintAdvisor advisor) {
        CaseClock clock = advisor.clock(m);
        boolean payments = m.service() == RegulatedService.PAYMENT_SERVICE || m.service() == RegulatedService.E_MONEY;
        String term = switch (profile) {
            case UK_FCA -> payments ? "15bd" : "8w";
            case US_CFPB -> "60d";
            case EU_PSD2 ->
                hasRegulatoryClock(profile, m.service())
                        ? "15bd"
                        : new PolicySettings(advisor.policySettings(), profile).text("deadline.resolve");
            case AU_ASIC ->
                m.service() == RegulatedService.CREDIT_HARDSHIP
                        ? "21d"
                        : m.service() == RegulatedService.SUPERANNUATION ? "45d" : "30d";
            case IE_CBI -> "40bd";
            case GENERIC -> new PolicySettings(advisor.policySettings(), profile).text("deadline.resolve");
        };
        return clock.after(term);
    }
}
