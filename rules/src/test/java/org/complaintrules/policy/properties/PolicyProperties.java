package org.complaintrules.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
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
            assertThat(List.of(d.acknowledgeBy(), d.respondBy(), d.resolveBy(), d.followUpAt()))
                    .as("deadlines vs receipt " + received)
                    .allMatch(t -> !t.isBefore(received));
            assertThat(d.acknowledgeBy()).as("acknowledgeBy vs respondBy").isBeforeOrEqualTo(d.respondBy());
            assertThat(d.respondBy()).as("respondBy vs resolveBy").isBeforeOrEqualTo(d.resolveBy());
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
            Instant received = c.complaintCase().complaint().receivedAt();
            Instant limit = resolveLimit(c.profile(), received, advisor);
            assertThat(advisor.advise(c.complaintCase()).deadlines().resolveBy())
                    .as("resolveBy under " + c.profile() + " for receipt " + received)
                    .isBeforeOrEqualTo(limit);
        };
    }

    /**
     * @return the latest resolveBy a profile allows: UK FCA 8 weeks, US CFPB 60 days, EU PSD2 35 business
     *         days (to the end of that day, UTC), AU ASIC 30 calendar days, GENERIC the policy's deadline.resolve
     */
    static Instant resolveLimit(RegulatoryProfile profile, Instant received, DroolsComplaintAdvisor advisor) {
        return switch (profile) {
            case UK_FCA -> received.plus(Duration.ofDays(56));
            case US_CFPB -> received.plus(Duration.ofDays(60));
            case AU_ASIC -> received.plus(Duration.ofDays(30));
            case EU_PSD2 -> {
                LocalDate day = received.atZone(ZoneOffset.UTC).toLocalDate();
                int left = 35;
                while (left > 0) {
                    day = day.plusDays(1);
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        left--;
                    }
                }
                yield day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            case GENERIC ->
                received.plus(new PolicySettings(advisor.policySettings(), profile).duration("deadline.resolve"));
        };
    }
}
