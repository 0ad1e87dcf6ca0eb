package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.complaintrules.api.FiredRule;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.CompensationLimit;
import org.complaintrules.drools.model.FinalCompensation;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.model.PrimaryType;
import org.complaintrules.drools.model.Trait;
import org.complaintrules.drools.model.TraitEvidence;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * Records every fired rule for one evaluation, in firing order; checks the time budget before each
 * firing; and checks what rules insert: a compensation limit or cap in a foreign currency is refused
 * where the rule inserts it, naming the rule, and so is a {@link FinalCompensation} (the engine's
 * own); and keeps the derived facts the engine reads afterwards (trait evidence, traits, primary
 * types, caps, and the limits for {@code explain}) as rules insert, update and delete them. Not thread-safe beyond what {@link Evaluation} needs: one per evaluation.
 *
 * <p>It hears firings through the engine's rule event hook ({@link RuleEventListener}: called just
 * before and after each consequence with the match itself) rather than as an agenda listener, which
 * would make the engine build an event object for every match created, cancelled and fired; the
 * firing order it records is the same.
 */
final class AuditListener implements RuleEventListener, RuleRuntimeEventListener {
    /** Thrown before a firing once the time budget is spent. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("time budget exceeded", null, false, false);
        }
    }

    private final List<FiredRule> fired = new ArrayList<>(64);
    // the derived facts the engine reads after the rules, kept as rules insert and delete them, so the
    // session's whole fact store need not be walked for them
    private final List<TraitEvidence> evidence = new ArrayList<>();
    private final List<Trait> traits = new ArrayList<>();
    private final List<PrimaryType> primaries = new ArrayList<>(2);
    private final List<CompensationCap> caps = new ArrayList<>(2);
    private final List<CompensationLimit> limits = new ArrayList<>(4);
    private final Currency currency;
    private final long deadline;
    private final RuleIds ids;
    private volatile FiredRule current;
    private volatile boolean timedOut;
    private volatile boolean timing = true;
    private boolean secondPass;

    /**
     * @param currency the policy currency
     * @param deadline {@link System#nanoTime()} by which the case must be done
     */
    AuditListener(Currency currency, long deadline) {
        this(currency, deadline, null);
    }

    /**
     * @return {@link System#nanoTime()} by which the case must be done
     */
    long deadline() {
        return deadline;
    }

    /**
     * @param currency the policy currency
     * @param deadline {@link System#nanoTime()} by which the case must be done
     * @param ids the policy's audit entries, read once when it was compiled; {@code null} to read each rule's metadata
     */
    AuditListener(Currency currency, long deadline, RuleIds ids) {
        this.currency = currency;
        this.deadline = deadline;
        this.ids = ids;
    }

    private FiredRule entry(Rule rule) {
        return ids != null ? ids.of(rule) : new FiredRule(ruleId(rule), rule.getName());
    }

    @Override
    public void onBeforeMatchFire(Match match) {
        if (timing && System.nanoTime() - deadline > 0) {
            // before this rule becomes the current one: the time went on the rule that fired last (its
            // consequence, and the evaluations its changes set off), and that is the rule the error names
            timedOut = true;
            throw new BudgetExceeded();
        }
        current = entry(match.getRule());
    }

    @Override
    public void onAfterMatchFire(Match match) {
        // the entry set just before this firing; rule code cannot fire another rule in between
        FiredRule f = current;
        Rule rule = match.getRule();
        fired.add(f != null && f.name().equals(rule.getName()) ? f : entry(rule));
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        Rule rule = event.getRule();
        if (rule != null) {
            check(o, rule);
        }
        // after the check: a refused fact ends the case
        keep(o);
    }

    /** Keeps a derived fact the engine reads after the rules ran. */
    private void keep(Object o) {
        List<Object> to = keptWith(o);
        if (to != null) {
            to.add(o);
        }
    }

    /** @return the list that keeps facts of {@code o}'s kind, or {@code null} for a fact not kept */
    @SuppressWarnings("unchecked") // each list holds exactly the type it is chosen for
    private List<Object> keptWith(Object o) {
        List<?> list = o instanceof TraitEvidence
                ? evidence
                : o instanceof Trait
                        ? traits
                        : o instanceof PrimaryType
                                ? primaries
                                : o instanceof CompensationCap ? caps : o instanceof CompensationLimit ? limits : null;
        return (List<Object>) list;
    }

    private void check(Object o, Rule rule) {
        if (o instanceof CompensationLimit l) {
            if (l.amount() == null || !currency.equals(l.amount().currency())) {
                AdviceDraft.requireCurrency(
                        "compensation limit " + l.reason() + " set by rule " + ruleId(rule), l.amount(), currency);
            }
        } else if (o instanceof CompensationCap c) {
            if (c.amount() == null || !currency.equals(c.amount().currency())) {
                AdviceDraft.requireCurrency(
                        "compensation cap " + c.reason() + " set by rule " + ruleId(rule), c.amount(), currency);
            }
            if (secondPass) {
                throw new IllegalStateException(
                        "compensation cap set by rule " + ruleId(rule) + " after the approval was decided");
            }
        } else if (o instanceof FinalCompensation || o instanceof AdviceDraft || o instanceof PolicySettings) {
            // one of each per case, the engine's: rules rely on there being exactly one
            throw new IllegalStateException(
                    o.getClass().getSimpleName() + " is the engine's; rule " + ruleId(rule) + " may not insert one");
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // derived facts are records, so an update can only put another object in a fact's place
        Object old = event.getOldObject();
        Object now = event.getObject();
        if (old != now && remove(old)) {
            keep(now);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        remove(event.getOldObject());
    }

    /** @return whether {@code o} was one of the derived facts kept (then it no longer is) */
    private boolean remove(Object o) {
        List<Object> from = keptWith(o);
        if (from == null) {
            return false;
        }
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i) == o) {
                from.remove(i);
                return true;
            }
        }
        return false;
    }

    /** @return the trait evidence in the session now */
    List<TraitEvidence> evidence() {
        return evidence;
    }

    /** @return the traits in the session now */
    List<Trait> traits() {
        return traits;
    }

    /** @return the primary types in the session now */
    List<PrimaryType> primaries() {
        return primaries;
    }

    /** @return the compensation caps in the session now */
    List<CompensationCap> caps() {
        return caps;
    }

    /** @return the compensation limits in the session now */
    List<CompensationLimit> limits() {
        return limits;
    }

    /** From now on the engine's decision is in the session: caps are final. */
    void secondPass() {
        secondPass = true;
    }

    /** The run is over: no more budget checks. */
    void stopTiming() {
        timing = false;
    }

    /** @return whether the time budget ran out */
    boolean timedOut() {
        return timedOut;
    }

    /** @return the rules fired so far */
    List<FiredRule> fired() {
        return fired;
    }

    /** @return the id of the rule firing now, or last fired */
    String current() {
        FiredRule f = current;
        return f == null ? null : f.id();
    }

    static String ruleId(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : RuleMetadata.unquote(id.toString());
    }
}
