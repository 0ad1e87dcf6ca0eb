package org.complaintrules.tooling.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Referral;
import org.complaintrules.drools.model.CaseClock;

/**
 * Compares an {@link Advice} with an {@link Expectation} and lists every difference; checks that
 * are {@code null} in the expectation are skipped. Plain Java, usable from a command line.
 */
public final class ExpectationMatcher {
    private ExpectationMatcher() {}

    /**
     * Matches on the 0.1 clock (UTC, Monday to Friday); prefer {@link #match(Expectation, Advice, CaseClock)}
     * with the advisor's clock for the complaint.
     *
     * @param e what is expected
     * @param a the advice
     * @param receivedAt when the complaint was received, which {@code deadlines.*Within} count from
     *                   (the advice does not carry it); may be {@code null} when no such check is made
     * @return every mismatch, in the order of the scenario format; empty when the advice matches
     * @throws IllegalArgumentException when a {@code ...Within} check is made without {@code receivedAt}
     */
    public static List<Mismatch> match(Expectation e, Advice a, Instant receivedAt) {
        return match(e, a, receivedAt == null ? null : CaseClock.utc(receivedAt));
    }

    /**
     * @param e what is expected
     * @param a the advice
     * @param clock the complaint's clock, which {@code ...Within} checks count on (the advisor's:
     *              {@code DroolsComplaintAdvisor.clock(complaint)}); may be {@code null} when no such check is made
     * @return every mismatch, in the order of the scenario format; empty when the advice matches
     * @throws IllegalArgumentException when a {@code ...Within} check is made without a clock
     */
    public static List<Mismatch> match(Expectation e, Advice a, CaseClock clock) {
        List<Mismatch> out = new ArrayList<>();
        equal(out, "complainantType", e.complainantType(), a.complainantType());
        sameSet(out, "traits", e.traits(), a.traits());
        includes(out, "traitsInclude", e.traitsInclude(), a.traits());
        excludes(out, "traitsExclude", e.traitsExclude(), a.traits());
        equal(out, "priority", e.priority(), a.priority());
        includes(out, "do", e.doInclude(), a.strategy().actions());
        excludes(out, "doExclude", e.doExclude(), a.strategy().actions());
        includes(out, "avoid", e.avoid(), a.strategy().avoid());
        excludes(out, "avoidExclude", e.avoidExclude(), a.strategy().avoid());
        if (e.responseSteps() != null && !e.responseSteps().equals(a.strategy().responseSteps())) {
            out.add(new Mismatch(
                    "responseSteps",
                    e.responseSteps().toString(),
                    a.strategy().responseSteps().toString()));
        }
        if (e.compensation() != null) {
            compensation(out, e.compensation(), a);
        }
        if (e.escalation() != null) {
            escalation(out, e.escalation(), a);
        }
        if (e.deadlines() != null) {
            deadlines(out, e.deadlines(), a, clock);
        }
        List<String> fired =
                a.firedRules().stream().map(FiredRule::id).distinct().toList();
        includes(out, "firedRulesInclude", e.firedRulesInclude(), fired);
        excludes(out, "firedRulesExclude", e.firedRulesExclude(), fired);
        includes(out, "tagsInclude", e.tagsInclude(), a.tags());
        excludes(out, "tagsExclude", e.tagsExclude(), a.tags());
        includes(out, "followUpInclude", e.followUpInclude(), a.followUp());
        excludes(out, "followUpExclude", e.followUpExclude(), a.followUp());
        if (e.warnings() != null && !e.warnings().equals(a.warnings())) {
            out.add(new Mismatch(
                    "warnings", e.warnings().toString(), a.warnings().toString()));
        }
        if (e.referral() != null) {
            referral(out, e.referral(), a, clock);
        }
        return out;
    }

    private static void referral(List<Mismatch> out, Expectation.ReferralExpectation r, Advice a, CaseClock clock) {
        Referral actual = a.referral();
        if (r.absent()) {
            if (actual != null) {
                out.add(new Mismatch("referral", "none", actual.toString()));
            }
            return;
        }
        if (actual == null) {
            out.add(new Mismatch("referral", "a referral", "none"));
            return;
        }
        equal(out, "referral.body", r.body(), actual.body());
        equal(out, "referral.availableFrom", r.availableFrom(), actual.availableFrom());
        if (r.availableWithin() != null) {
            requireClock(clock);
            Instant latest = r.availableWithin().latest(clock);
            if (actual.availableFrom() == null || actual.availableFrom().isAfter(latest)) {
                out.add(new Mismatch(
                        "referral.availableWithin",
                        "at most " + r.availableWithin() + " after receipt (by " + latest + ")",
                        String.valueOf(actual.availableFrom())));
            }
        }
        equal(
                out,
                "referral.windowAfterFinalResponse",
                r.windowAfterFinalResponse(),
                actual.windowAfterFinalResponse());
        equal(out, "referral.timeBarred", r.timeBarred(), actual.timeBarred());
        if (r.citationContains() != null && !actual.citation().contains(r.citationContains())) {
            out.add(new Mismatch("referral.citation", "to contain " + r.citationContains(), actual.citation()));
        }
    }

    private static void requireClock(CaseClock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("...Within checks count from receipt: give match(...) the clock");
        }
    }

    private static void compensation(List<Mismatch> out, Expectation.CompensationExpectation c, Advice a) {
        BigDecimal max = a.compensation().maxAmount().amount();
        String shown = a.compensation().maxAmount().toString();
        // a scenario's amounts are in the policy currency, the one the advice is in: show it on both sides
        String currency = " " + a.compensation().maxAmount().currency().getCurrencyCode();
        if (c.maxAmount() != null && c.maxAmount().compareTo(max) != 0) {
            out.add(new Mismatch("compensation.maxAmount", c.maxAmount().toPlainString() + currency, shown));
        }
        if (c.maxAmountAtMost() != null && max.compareTo(c.maxAmountAtMost()) > 0) {
            out.add(new Mismatch(
                    "compensation.maxAmountAtMost",
                    "at most " + c.maxAmountAtMost().toPlainString() + currency,
                    shown));
        }
        if (c.maxAmountAtLeast() != null && max.compareTo(c.maxAmountAtLeast()) < 0) {
            out.add(new Mismatch(
                    "compensation.maxAmountAtLeast",
                    "at least " + c.maxAmountAtLeast().toPlainString() + currency,
                    shown));
        }
        sameSet(out, "compensation.forms", c.forms(), a.compensation().allowedForms());
        includes(
                out,
                "compensation.formsInclude",
                c.formsInclude(),
                a.compensation().allowedForms());
        excludes(
                out,
                "compensation.formsExclude",
                c.formsExclude(),
                a.compensation().allowedForms());
        if (c.topApprover() != null) {
            List<Approval> ladder = a.compensation().approvals();
            Object top = ladder.isEmpty()
                    ? "no approver (nothing to approve)"
                    : ladder.get(ladder.size() - 1).role();
            if (!c.topApprover().equals(top)) {
                out.add(new Mismatch(
                        "compensation.topApprover",
                        c.topApprover().toString(),
                        top + " (ladder "
                                + ladder.stream()
                                        .map(r -> r.role() + " up to " + r.upTo())
                                        .toList() + ")"));
            }
        }
    }

    private static void escalation(List<Mismatch> out, Expectation.EscalationExpectation s, Advice a) {
        var level = a.escalation().level();
        equal(out, "escalation.level", s.level(), level);
        if (s.levelAtLeast() != null && level.compareTo(s.levelAtLeast()) < 0) {
            out.add(new Mismatch("escalation.levelAtLeast", "at least " + s.levelAtLeast(), level.toString()));
        }
        if (s.levelAtMost() != null && level.compareTo(s.levelAtMost()) > 0) {
            out.add(new Mismatch("escalation.levelAtMost", "at most " + s.levelAtMost(), level.toString()));
        }
        sameSet(out, "escalation.teams", s.teams(), a.escalation().teams());
        includes(
                out, "escalation.teamsInclude", s.teamsInclude(), a.escalation().teams());
        excludes(
                out, "escalation.teamsExclude", s.teamsExclude(), a.escalation().teams());
        includes(
                out,
                "escalation.reasonsInclude",
                s.reasonsInclude(),
                a.escalation().reasons());
        excludes(
                out,
                "escalation.reasonsExclude",
                s.reasonsExclude(),
                a.escalation().reasons());
    }

    private static void deadlines(
            List<Mismatch> out, Expectation.DeadlinesExpectation d, Advice a, CaseClock received) {
        boolean relative = d.acknowledgeWithin() != null
                || d.respondWithin() != null
                || d.resolveWithin() != null
                || d.followUpWithin() != null
                || d.regulatoryLimitWithin() != null;
        if (relative) {
            requireClock(received);
        }
        within(
                out,
                "deadlines.acknowledgeWithin",
                d.acknowledgeWithin(),
                a.deadlines().acknowledgeBy(),
                received);
        within(out, "deadlines.respondWithin", d.respondWithin(), a.deadlines().respondBy(), received);
        within(out, "deadlines.resolveWithin", d.resolveWithin(), a.deadlines().resolveBy(), received);
        within(
                out,
                "deadlines.followUpWithin",
                d.followUpWithin(),
                a.deadlines().followUpAt(),
                received);
        equal(out, "deadlines.acknowledgeBy", d.acknowledgeBy(), a.deadlines().acknowledgeBy());
        equal(out, "deadlines.respondBy", d.respondBy(), a.deadlines().respondBy());
        equal(out, "deadlines.resolveBy", d.resolveBy(), a.deadlines().resolveBy());
        equal(out, "deadlines.followUpAt", d.followUpAt(), a.deadlines().followUpAt());
        Instant limit = a.deadlines().regulatoryLimit();
        equal(out, "deadlines.regulatoryLimit", d.regulatoryLimit(), limit);
        if (Boolean.TRUE.equals(d.regulatoryLimitAbsent()) && limit != null) {
            out.add(new Mismatch("deadlines.regulatoryLimit", "none", limit.toString()));
        }
        if (d.regulatoryLimitWithin() != null) {
            if (limit == null) {
                out.add(new Mismatch(
                        "deadlines.regulatoryLimitWithin",
                        "at most " + d.regulatoryLimitWithin() + " after receipt",
                        "none"));
            } else {
                within(out, "deadlines.regulatoryLimitWithin", d.regulatoryLimitWithin(), limit, received);
            }
        }
        if (d.basisInclude() != null) {
            List<DeadlineBasis> basis = a.deadlines().basis();
            List<Expectation.BasisExpectation> missing = d.basisInclude().stream()
                    .filter(b -> basis.stream()
                            .noneMatch(x -> x.deadline().equals(b.deadline())
                                    && x.ruleId().equals(b.ruleId())
                                    && (b.citationContains() == null
                                            || x.citation().contains(b.citationContains()))))
                    .toList();
            if (!missing.isEmpty()) {
                out.add(new Mismatch(
                        "deadlines.basisInclude",
                        "to include " + d.basisInclude(),
                        basis.stream()
                                        .map(x -> x.deadline() + " by " + x.ruleId() + " (" + x.citation() + ")")
                                        .toList() + " (missing " + missing + ")"));
            }
        }
    }

    private static void within(List<Mismatch> out, String path, Within limit, Instant actual, CaseClock clock) {
        if (limit != null) {
            Instant latest = limit.latest(clock);
            if (actual.isAfter(latest)) {
                out.add(new Mismatch(
                        path,
                        "at most " + limit + " after receipt (by " + latest + ")",
                        actual + " (" + readable(java.time.Duration.between(clock.receivedAt(), actual))
                                + " after receipt)"));
            }
        }
    }

    private static void equal(List<Mismatch> out, String path, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            out.add(new Mismatch(path, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    private static void sameSet(List<Mismatch> out, String path, Collection<?> expected, Collection<?> actual) {
        if (expected != null && !new HashSet<>(expected).equals(new HashSet<>(actual))) {
            Set<Object> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actual);
            Set<Object> extra = new LinkedHashSet<>(actual);
            extra.removeAll(expected);
            out.add(new Mismatch(path, "exactly " + expected, actual + describe(missing, extra)));
        }
    }

    private static void includes(List<Mismatch> out, String path, Collection<?> expected, Collection<?> actual) {
        if (expected != null) {
            Set<Object> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actual);
            if (!missing.isEmpty()) {
                out.add(new Mismatch(path, "to include " + expected, actual + " (missing " + missing + ")"));
            }
        }
    }

    private static void excludes(List<Mismatch> out, String path, Collection<?> unwanted, Collection<?> actual) {
        if (unwanted != null) {
            Set<Object> present = new LinkedHashSet<>(unwanted);
            present.retainAll(actual);
            if (!present.isEmpty()) {
                out.add(new Mismatch(path, "none of " + unwanted, actual + " (unwanted " + present + ")"));
            }
        }
    }

    private static String readable(java.time.Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return (minutes / (24 * 60)) + "d";
        }
        if (minutes % 60 == 0) {
            return (minutes / 60) + "h";
        }
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(Set<Object> missing, Set<Object> extra) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + missing);
        }
        if (!extra.isEmpty()) {
            parts.add("unexpected " + extra);
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
