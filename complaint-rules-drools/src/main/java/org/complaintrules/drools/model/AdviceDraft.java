package org.complaintrules.drools.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Team;

/**
 * The output fact: decision rules write the advice into it. Rules never read it back and
 * never {@code modify} it, and every method combines what several rules say in a way that does
 * not depend on firing order: the highest priority and escalation level win, the earliest
 * deadline wins, a forbidden form stays forbidden, lists keep each code once.
 *
 * <p>Classification and the compensation cap are not written here: they are the derived facts
 * {@link Trait}, {@link PrimaryType} and {@link CompensationCap}.
 */
public final class AdviceDraft {
    private final Instant receivedAt;
    private final Currency currency;

    private Priority priority;
    private final Set<String> actions = new LinkedHashSet<>();
    private final Set<String> avoid = new LinkedHashSet<>();
    private final Map<String, Integer> steps = new HashMap<>();
    private final Set<String> omittedSteps = new LinkedHashSet<>();
    private final Set<CompensationForm> allowedForms = EnumSet.noneOf(CompensationForm.class);
    private final Set<CompensationForm> forbiddenForms = EnumSet.noneOf(CompensationForm.class);
    private final Map<ApprovalRole, Money> authority = new EnumMap<>(ApprovalRole.class);
    private EscalationLevel level = EscalationLevel.NONE;
    private final Set<Team> teams = new LinkedHashSet<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private Instant acknowledgeBy;
    private Instant respondBy;
    private Instant resolveBy;
    private Instant followUpAt;
    private final Set<String> followUp = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();

    /**
     * A draft that accepts money in any currency; the engine uses {@link #AdviceDraft(Instant, Currency)}.
     *
     * @param receivedAt when the complaint was received; deadlines count from it
     */
    public AdviceDraft(Instant receivedAt) {
        this(receivedAt, null);
    }

    /**
     * @param receivedAt when the complaint was received; deadlines count from it
     * @param currency the policy currency: amounts in another currency are refused where a rule sets them,
     *     or {@code null} to accept any
     */
    public AdviceDraft(Instant receivedAt, Currency currency) {
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.currency = currency;
    }

    /**
     * @param what what the amount is, for the message
     * @param amount an amount a rule sets
     * @param currency the policy currency, or {@code null} to accept any
     * @throws NullPointerException naming {@code what} when the amount is missing
     * @throws IllegalArgumentException naming {@code what} and both currencies when it is in another currency
     */
    public static void requireCurrency(String what, Money amount, Currency currency) {
        Objects.requireNonNull(amount, what);
        if (currency != null && !amount.currency().equals(currency)) {
            throw new IllegalArgumentException(
                    what + ": " + amount + " is not in the policy currency " + currency.getCurrencyCode());
        }
    }

    // ---- priority

    /** @param p a priority; the highest one any rule asks for wins */
    public void raisePriority(Priority p) {
        if (priority == null || p.compareTo(priority) > 0) {
            priority = p;
        }
    }

    // ---- strategy

    /** @param code something to do, e.g. {@code ASK_WHAT_ELSE} */
    public void recommend(String code) {
        actions.add(code);
    }

    /** @param code something to avoid, e.g. {@code LEAD_WITH_APOLOGY} */
    public void avoid(String code) {
        avoid.add(code);
    }

    /**
     * Puts a response step at a position; steps are ordered by position, then code. When
     * several rules place the same step, the latest position wins (for example "apologise
     * only after offering a solution").
     *
     * @param code the step, e.g. {@code APOLOGIZE}
     * @param position its position, e.g. 10 to 80 for the eight standard steps
     */
    public void placeStep(String code, int position) {
        steps.merge(code, position, Math::max);
    }

    /** @param code a step to leave out, whatever other rules place */
    public void omitStep(String code) {
        omittedSteps.add(code);
    }

    // ---- compensation

    /** @param form a form compensation may take */
    public void allowForm(CompensationForm form) {
        allowedForms.add(form);
    }

    /** @param form a form compensation must not take, whatever other rules allow */
    public void forbidForm(CompensationForm form) {
        forbiddenForms.add(form);
    }

    /**
     * @param role an approving role
     * @param upTo the most it may approve; the lowest amount any rule gives wins
     * @throws IllegalArgumentException when {@code upTo} is not in the policy currency
     */
    public void authority(ApprovalRole role, Money upTo) {
        Objects.requireNonNull(role, "role");
        requireCurrency("authority of " + role, upTo, currency);
        authority.merge(role, upTo, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    // ---- escalation

    /**
     * @param to a level; the highest one any rule asks for wins
     * @param reason a code saying why, e.g. {@code REPEATED_REJECTION}
     */
    public void escalate(EscalationLevel to, String reason) {
        if (to.compareTo(level) > 0) {
            level = to;
        }
        reasons.add(reason);
    }

    /**
     * @param team a specialist team to involve
     * @param reason a code saying why, e.g. {@code LEGAL_THREAT}
     */
    public void involve(Team team, String reason) {
        teams.add(team);
        reasons.add(reason);
    }

    // ---- deadlines: the earliest any rule asks for wins

    /** @param within time after receipt to acknowledge in */
    public void acknowledgeWithin(Duration within) {
        acknowledgeBy = earliest(acknowledgeBy, receivedAt.plus(within));
    }

    /** @param within time after receipt to respond in */
    public void respondWithin(Duration within) {
        respondBy = earliest(respondBy, receivedAt.plus(within));
    }

    /** @param within time after receipt to resolve in */
    public void resolveWithin(Duration within) {
        resolveBy = earliest(resolveBy, receivedAt.plus(within));
    }

    /** @param days business days after the day of receipt; the deadline is the end of that day (UTC) */
    public void respondWithinBusinessDays(int days) {
        respondBy = earliest(respondBy, endOfBusinessDay(days));
    }

    /** @param days business days after the day of receipt; the deadline is the end of that day (UTC) */
    public void resolveWithinBusinessDays(int days) {
        resolveBy = earliest(resolveBy, endOfBusinessDay(days));
    }

    /** @param after time after receipt to follow up at */
    public void followUpAfter(Duration after) {
        followUpAt = earliest(followUpAt, receivedAt.plus(after));
    }

    // ---- recording

    /** @param code a follow-up action, e.g. {@code SATISFACTION_SURVEY} */
    public void followUp(String code) {
        followUp.add(code);
    }

    /** @param code a tag to record the case under */
    public void tag(String code) {
        tags.add(code);
    }

    // ---- read by the engine after the rules

    /** @return when the complaint was received */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return the priority, or {@code null} when no rule set one */
    public Priority priority() {
        return priority;
    }

    /** @return the actions, in the order rules gave them */
    public List<String> actions() {
        return List.copyOf(actions);
    }

    /** @return what to avoid, in the order rules gave them */
    public List<String> avoided() {
        return List.copyOf(avoid);
    }

    /** @return the response steps by position, omitted steps left out */
    public List<String> responseSteps() {
        List<Map.Entry<String, Integer>> placed = new ArrayList<>(steps.entrySet());
        placed.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return placed.stream()
                .map(Map.Entry::getKey)
                .filter(s -> !omittedSteps.contains(s))
                .toList();
    }

    /** @return the allowed forms less the forbidden ones, in declaration order */
    public List<CompensationForm> allowedForms() {
        return allowedForms.stream().filter(f -> !forbiddenForms.contains(f)).toList();
    }

    /** @return each role's authority, lowest amount first */
    public List<Map.Entry<ApprovalRole, Money>> authorities() {
        List<Map.Entry<ApprovalRole, Money>> list = new ArrayList<>(authority.entrySet());
        list.sort(Map.Entry.<ApprovalRole, Money>comparingByValue(Comparator.naturalOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return list;
    }

    /** @return the escalation level */
    public EscalationLevel level() {
        return level;
    }

    /** @return the teams, in the order rules gave them */
    public List<Team> teams() {
        return List.copyOf(teams);
    }

    /** @return the escalation reasons, in the order rules gave them */
    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    /** @return the acknowledgement deadline, or {@code null} */
    public Instant acknowledgeBy() {
        return acknowledgeBy;
    }

    /** @return the response deadline, or {@code null} */
    public Instant respondBy() {
        return respondBy;
    }

    /** @return the resolution deadline, or {@code null} */
    public Instant resolveBy() {
        return resolveBy;
    }

    /** @return the follow-up time, or {@code null} */
    public Instant followUpAt() {
        return followUpAt;
    }

    /** @return the follow-up codes */
    public List<String> followUps() {
        return List.copyOf(followUp);
    }

    /** @return the tags */
    public List<String> tags() {
        return List.copyOf(tags);
    }

    private Instant endOfBusinessDay(int days) {
        return endOfBusinessDay(receivedAt, days);
    }

    /**
     * The end (23:59:59 UTC) of the n-th business day (Monday to Friday) after the day of receipt;
     * the way regulators count "by the end of the 3rd business day after receipt".
     *
     * @param receivedAt when the complaint was received
     * @param days business days after the day of receipt, {@code >= 0}
     * @return the deadline
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public static Instant endOfBusinessDay(Instant receivedAt, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must be >= 0, was " + days);
        }
        LocalDate day = receivedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
