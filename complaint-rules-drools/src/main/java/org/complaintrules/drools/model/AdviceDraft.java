package org.complaintrules.drools.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import java.util.function.Supplier;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Money;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Referral;
import org.complaintrules.api.Team;

/**
 * The output fact: decision rules write the advice into it. Rules never read it back and
 * never {@code modify} it, and every method combines what several rules say in a way that does
 * not depend on firing order: the highest priority and escalation level win, the earliest
 * deadline wins, a forbidden form stays forbidden, lists keep each code once.
 *
 * <p>Deadlines are counted on the case's {@link CaseClock}. A regulatory rule gives its deadline with a
 * citation and a statement ({@link #regulatoryLimit(Instant, String, String)} and friends); the engine
 * keeps, for each deadline, the bases of the rules whose value won, with the id of the rule that fired.
 *
 * <p>Classification and the compensation cap are not written here: they are the derived facts
 * {@link Trait}, {@link PrimaryType} and {@link CompensationCap}.
 */
public final class AdviceDraft {
    /** Warning code: a business-day deadline counted weekends only, for want of a holiday calendar. */
    public static final String WEEKENDS_ONLY = "CLOCK_WEEKENDS_ONLY";

    /** A deadline's bases by rule id, then citation. */
    private static final Comparator<DeadlineBasis> BASIS_ORDER =
            Comparator.comparing(DeadlineBasis::ruleId).thenComparing(DeadlineBasis::citation);

    private final Instant receivedAt;
    private final CaseClock clock;
    private final Supplier<String> firingRule;
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
    private final Deadline acknowledgeBy = new Deadline("acknowledgeBy");
    private final Deadline respondBy = new Deadline("respondBy");
    private final Deadline resolveBy = new Deadline("resolveBy");
    private final Deadline followUpAt = new Deadline("followUpAt");
    private final Deadline regulatoryLimit = new Deadline("regulatoryLimit");
    private Instant extendedLimit;
    private final Set<String> followUp = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private ReferralDraft referral;
    private boolean timeBarred;

    /**
     * A draft on the 0.1 clock (UTC, Monday to Friday: {@link CaseClock#utc(Instant)}) that accepts money in
     * any currency; the engine uses {@link #AdviceDraft(CaseClock, Supplier, Currency)}.
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
        this(CaseClock.utc(receivedAt), () -> null, currency);
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

    /**
     * @param clock the case's legal clock; deadlines count from its receipt
     * @param firingRule the id of the rule firing now, recorded with each deadline's basis
     */
    public AdviceDraft(CaseClock clock, Supplier<String> firingRule) {
        this(clock, firingRule, null);
    }

    /**
     * @param clock the case's legal clock; deadlines count from its receipt
     * @param firingRule the id of the rule firing now, recorded with each deadline's basis
     * @param currency the policy currency: amounts in another currency are refused where a rule sets them,
     *     or {@code null} to accept any
     */
    public AdviceDraft(CaseClock clock, Supplier<String> firingRule, Currency currency) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.receivedAt = clock.receivedAt();
        this.firingRule = Objects.requireNonNull(firingRule, "firingRule");
        this.currency = currency;
    }

    /** One deadline: the earliest instant any rule asked for, and the regulatory bases that set it. */
    private static final class Deadline {
        private final String name;
        private Instant at;
        private final List<DeadlineBasis> basis = new ArrayList<>();

        Deadline(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + "=" + at + " " + basis;
        }

        void offer(Instant candidate, DeadlineBasis why) {
            if (at == null || candidate.isBefore(at)) {
                at = candidate;
                basis.clear();
            } else if (candidate.isAfter(at)) {
                return;
            }
            if (why != null && !basis.contains(why)) {
                basis.add(why);
            }
        }
    }

    /** A referral as the rules set it; the engine turns it into the advice's {@code referral}. */
    private record ReferralDraft(String body, Instant availableFrom, Period window, String citation) {}

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

    /** @return the case's legal clock, which every deadline is counted on */
    public CaseClock clock() {
        return clock;
    }

    /** @param within elapsed time after receipt to acknowledge in */
    public void acknowledgeWithin(Duration within) {
        acknowledgeBy.offer(receivedAt.plus(within), null);
    }

    /** @param within elapsed time after receipt to respond in */
    public void respondWithin(Duration within) {
        respondBy.offer(receivedAt.plus(within), null);
    }

    /** @param within elapsed time after receipt to resolve in */
    public void resolveWithin(Duration within) {
        resolveBy.offer(receivedAt.plus(within), null);
    }

    /** @param after elapsed time after receipt to follow up at */
    public void followUpAfter(Duration after) {
        followUpAt.offer(receivedAt.plus(after), null);
    }

    /** @param within a time limit after receipt to acknowledge in, counted on the {@link #clock()} */
    public void acknowledgeWithin(Term within) {
        acknowledgeBy.offer(clock.after(within), null);
    }

    /** @param within a time limit after receipt to respond in, counted on the {@link #clock()} */
    public void respondWithin(Term within) {
        respondBy.offer(clock.after(within), null);
    }

    /** @param within a time limit after receipt to resolve in, counted on the {@link #clock()} */
    public void resolveWithin(Term within) {
        resolveBy.offer(clock.after(within), null);
    }

    /** @param after a time limit after receipt to follow up at, counted on the {@link #clock()} */
    public void followUpAfter(Term after) {
        followUpAt.offer(clock.after(after), null);
    }

    /**
     * @param days business days after the day of receipt; the deadline is the close of business of that
     *        day on the {@link #clock()}
     */
    public void respondWithinBusinessDays(int days) {
        respondBy.offer(clock.endOfBusinessDay(days), null);
    }

    /**
     * @param days business days after the day of receipt; the deadline is the close of business of that
     *        day on the {@link #clock()}
     */
    public void resolveWithinBusinessDays(int days) {
        resolveBy.offer(clock.endOfBusinessDay(days), null);
    }

    /**
     * A regulatory or service rule's acknowledgement deadline, recorded in {@code deadlines.basis} (with
     * the id of the rule firing now) when it is the one that sets {@code acknowledgeBy}.
     *
     * @param by the deadline
     * @param citation where the rule comes from, e.g. {@code ASIC RG 271}
     * @param rule a short statement of the rule
     */
    public void acknowledgeBy(Instant by, String citation, String rule) {
        acknowledgeBy.offer(by, basis("acknowledgeBy", citation, rule));
    }

    /**
     * A regulatory rule's first-response deadline (see {@link #acknowledgeBy(Instant, String, String)}).
     *
     * @param by the deadline
     * @param citation where the rule comes from
     * @param rule a short statement of the rule
     */
    public void respondBy(Instant by, String citation, String rule) {
        respondBy.offer(by, basis("respondBy", citation, rule));
    }

    /**
     * A regulatory rule's follow-up (progress update) deadline.
     *
     * @param at the deadline
     * @param citation where the rule comes from
     * @param rule a short statement of the rule
     */
    public void followUpAt(Instant at, String citation, String rule) {
        followUpAt.offer(at, basis("followUpAt", citation, rule));
    }

    /**
     * The latest moment the regulation allows for the final response in the normal case: it sets
     * {@code regulatoryLimit} and bounds {@code resolveBy}, each recorded in {@code deadlines.basis} when
     * it is the one that sets it. Name any extension for exceptional cases in {@code rule}; the limit
     * stays the normal one.
     *
     * @param limit the regulatory limit
     * @param citation where the rule comes from, e.g. {@code FCA DISP 1.6.2AR}
     * @param rule a short statement of the rule
     */
    public void regulatoryLimit(Instant limit, String citation, String rule) {
        regulatoryLimit.offer(limit, basis("regulatoryLimit", citation, rule));
        resolveBy.offer(limit, basis("resolveBy", citation, rule));
    }

    /**
     * The latest moment for the final response when, in exceptional circumstances, a holding reply
     * was sent in time (UK payment services and e-money, PSD2: 35 business days). It is no deadline of
     * the advice (the regulatory limit stays the normal one, and the rule passed to
     * {@link #regulatoryLimit(Instant, String, String)} names the extension); reply drafts quote it as
     * {@code extendedFinalResponseBy}. When several rules set one, the earliest wins.
     *
     * @param limit the extended limit
     */
    public void extendedLimit(Instant limit) {
        Objects.requireNonNull(limit, "limit");
        if (extendedLimit == null || limit.isBefore(extendedLimit)) {
            extendedLimit = limit;
        }
    }

    private DeadlineBasis basis(String deadline, String citation, String rule) {
        String id = firingRule.get();
        return new DeadlineBasis(deadline, id == null ? "(unknown rule)" : id, citation, rule);
    }

    // ---- referral

    /**
     * The ombudsman or regulator the customer may turn to. When several rules name one, the one
     * available earliest wins (then the body's name), whatever the firing order.
     *
     * @param body the body's short name, e.g. {@code FOS}
     * @param availableFrom when the customer may go there even without a final response, or {@code null}
     *        when only after one
     * @param windowAfterFinalResponse how long after the final response, or {@code null} for no such window
     * @param citation where the rules come from
     */
    public void referTo(String body, Instant availableFrom, Term windowAfterFinalResponse, String citation) {
        ReferralDraft r = new ReferralDraft(
                Objects.requireNonNull(body, "body"),
                availableFrom,
                windowAfterFinalResponse == null ? null : windowAfterFinalResponse.toPeriod(),
                Objects.requireNonNull(citation, "citation"));
        Comparator<ReferralDraft> order = Comparator.comparing(
                        ReferralDraft::availableFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReferralDraft::body);
        if (referral == null || order.compare(r, referral) < 0) {
            referral = r;
        }
    }

    /** Marks the referral time-barred: the event lies past the body's time limit. */
    public void timeBarred() {
        timeBarred = true;
    }

    /** @param warning a warning for the person handling the case, {@code CODE: text} */
    public void warn(String warning) {
        warnings.add(Objects.requireNonNull(warning, "warning"));
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
        int n = steps.size();
        String[] codes = new String[n];
        int[] positions = new int[n];
        int placed = 0;
        for (Map.Entry<String, Integer> step : steps.entrySet()) {
            if (omittedSteps.contains(step.getKey())) {
                continue;
            }
            // insertion sort by position, then code: a case has a handful of steps
            String code = step.getKey();
            int position = step.getValue();
            int i = placed++;
            while (i > 0
                    && (positions[i - 1] > position
                            || (positions[i - 1] == position && codes[i - 1].compareTo(code) > 0))) {
                codes[i] = codes[i - 1];
                positions[i] = positions[i - 1];
                i--;
            }
            codes[i] = code;
            positions[i] = position;
        }
        return Collections.unmodifiableList(Arrays.asList(placed == n ? codes : Arrays.copyOf(codes, placed)));
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
        return acknowledgeBy.at;
    }

    /** @return the response deadline, or {@code null} */
    public Instant respondBy() {
        return respondBy.at;
    }

    /** @return the resolution deadline, or {@code null} */
    public Instant resolveBy() {
        return resolveBy.at;
    }

    /** @return the follow-up time, or {@code null} */
    public Instant followUpAt() {
        return followUpAt.at;
    }

    /** @return the regulatory limit for the final response, or {@code null} when no rule set one */
    public Instant regulatoryLimit() {
        return regulatoryLimit.at;
    }

    /**
     * @return the limit for the final response after a holding reply in exceptional circumstances, or
     *         {@code null} when no rule allows such an extension
     */
    public Instant extendedLimit() {
        return extendedLimit;
    }

    /**
     * @param deadline one of {@link DeadlineBasis#DEADLINES}
     * @return the regulatory bases of the rules that set that deadline's current value, by rule id
     */
    public List<DeadlineBasis> basis(String deadline) {
        Deadline d = switch (deadline) {
            case "acknowledgeBy" -> acknowledgeBy;
            case "respondBy" -> respondBy;
            case "resolveBy" -> resolveBy;
            case "followUpAt" -> followUpAt;
            case "regulatoryLimit" -> regulatoryLimit;
            default -> throw new IllegalArgumentException("no deadline \"" + deadline + "\"");
        };
        if (d.basis.size() < 2) {
            return d.basis.isEmpty() ? List.of() : Collections.singletonList(d.basis.get(0));
        }
        DeadlineBasis[] sorted = d.basis.toArray(new DeadlineBasis[0]);
        Arrays.sort(sorted, BASIS_ORDER);
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** @return the referral the rules set, with {@code timeBarred} as marked, or {@code null} */
    public Referral referral() {
        return referral == null
                ? null
                : new Referral(
                        referral.body(), referral.availableFrom(), referral.window(), timeBarred, referral.citation());
    }

    /** @return whether a rule marked the referral time-barred */
    public boolean isTimeBarred() {
        return timeBarred;
    }

    /** @return the warnings rules gave, in order */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @return the follow-up codes */
    public List<String> followUps() {
        return List.copyOf(followUp);
    }

    /** @return the tags */
    public List<String> tags() {
        return List.copyOf(tags);
    }

    /**
     * The end (23:59:59 UTC) of the n-th business day (Monday to Friday) after the day of receipt: the
     * 0.1 clock, {@link CaseClock#utc(Instant)}. Deadlines now count on the case's own clock.
     *
     * @param receivedAt when the complaint was received
     * @param days business days after the day of receipt, {@code >= 0}
     * @return the deadline
     * @throws IllegalArgumentException when {@code days} is negative
     * @deprecated since 0.2: use {@link CaseClock#endOfBusinessDay(int)} on the case's clock
     */
    @Deprecated(since = "0.2")
    public static Instant endOfBusinessDay(Instant receivedAt, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must be >= 0, was " + days);
        }
        CaseClock utc = CaseClock.utc(receivedAt);
        return days == 0 ? utc.closeOfBusiness(utc.receivedDate()) : utc.endOfBusinessDay(days);
    }
}
