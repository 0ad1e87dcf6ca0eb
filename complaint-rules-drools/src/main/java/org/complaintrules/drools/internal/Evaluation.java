package org.complaintrules.drools.internal;

import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.RuleEvaluationException;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.FinalCompensation;
import org.complaintrules.drools.model.PrimaryType;
import org.complaintrules.drools.model.Trait;
import org.complaintrules.drools.model.TraitEvidence;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.event.rule.RuleEventManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the rules over one case's facts, in a session from the pool (reset between cases) over
 * the shared rule base, in two passes: the rules first derive everything, then the engine decides the
 * final compensation (the guardrails included) and inserts it as a {@link FinalCompensation}, and the
 * rules that escalate for approval fire on it.
 *
 * <p>Every fault stays in its case: whatever a rule throws, {@link Error}s such as
 * {@link StackOverflowError} included, becomes a {@link RuleEvaluationException} naming the rule;
 * only {@link OutOfMemoryError} is passed on. A case that fails is answered alone and its session is
 * discarded.
 *
 * <p>The time budget: with the sandbox on, rule code cannot loop, so the run stays on the caller's
 * thread and the budget is checked before every firing. With the sandbox off, rule code may loop
 * inside one consequence or condition, so the run goes to a worker thread and the caller waits at
 * most the budget; a run past it is answered at once, its worker interrupted, and if it is still
 * running after a grace period stopped with {@link Thread#stop()} (Java 17 still honours it; where a
 * JVM does not, the thread is left to finish on its own, logged at ERROR).
 */
public final class Evaluation {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "complaint-rules-unrestricted-" + WORKER_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "complaint-rules-reaper");
        t.setDaemon(true);
        return t;
    });

    private Evaluation() {}

    /**
     * How a run is bounded.
     *
     * @param firingLimit the most firings one case may take
     * @param budgetNanos the most time one case may take
     * @param sandboxed whether the rules were checked by the sandbox (then they cannot loop)
     * @param currency the policy currency, which every amount a rule sets must be in
     */
    public record Limits(int firingLimit, long budgetNanos, boolean sandboxed, Currency currency) {}

    /**
     * What the rules derived.
     *
     * @param evidence trait evidence
     * @param traits traits
     * @param primaries primary types (exactly one when the policy is sound)
     * @param caps compensation caps (exactly one when the policy is sound)
     * @param fired the audit trail, in firing order
     * @param decision what the engine decided between the passes
     */
    public record Result(
            List<TraitEvidence> evidence,
            List<Trait> traits,
            List<PrimaryType> primaries,
            List<CompensationCap> caps,
            List<FiredRule> fired,
            FinalCompensation decision) {}

    /**
     * @param policy the compiled policy
     * @param facts the facts to insert, in order
     * @param limits firing limit, time budget, sandbox, currency
     * @param caseId the case, for error messages
     * @param decide given the first pass's caps, returns the final compensation to insert for the second pass
     * @return what the rules derived
     * @throws RuleEvaluationException when a rule throws, the firing limit or the time budget is reached
     */
    public static Result run(
            CompiledPolicy policy,
            List<Object> facts,
            Limits limits,
            String caseId,
            Function<List<CompensationCap>, FinalCompensation> decide) {
        return run(policy, facts, limits, caseId, decide, new FiringRule());
    }

    /**
     * The id of the rule whose consequence runs now, for facts that record which rule set something
     * ({@code AdviceDraft}'s deadline basis); bound to one run's audit trail.
     */
    public static final class FiringRule implements java.util.function.Supplier<String> {
        private volatile AuditListener audit;

        /** @return the id of the rule firing now (or last fired), or {@code null} before any */
        @Override
        public String get() {
            AuditListener a = audit;
            return a == null ? null : a.current();
        }
    }

    /**
     * @param policy the compiled policy
     * @param facts the facts to insert, in order
     * @param limits firing limit, time budget, sandbox, currency
     * @param caseId the case, for error messages
     * @param decide given the first pass's caps, returns the final compensation to insert for the second pass
     * @param firing bound to this run's audit trail, so facts can tell which rule is firing
     * @return what the rules derived
     * @throws RuleEvaluationException when a rule throws, the firing limit or the time budget is reached
     */
    public static Result run(
            CompiledPolicy policy,
            List<Object> facts,
            Limits limits,
            String caseId,
            Function<List<CompensationCap>, FinalCompensation> decide,
            FiringRule firing) {
        Sessions sessions = policy.sessions();
        KieSession session = sessions.take();
        sessions.bind(session, facts);
        AuditListener audit =
                new AuditListener(limits.currency(), System.nanoTime() + limits.budgetNanos(), sessions.ruleIds());
        firing.audit = audit;
        // the firing hook; the insert check is added once the engine's own facts are in (fire)
        ((RuleEventManager) session).addEventListener(audit);
        if (limits.sandboxed()) {
            boolean clean = false;
            try {
                Result r = fire(session, audit, facts, limits, caseId, decide);
                clean = true;
                return r;
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                throw failure(e, audit, caseId, limits, null);
            } finally {
                release(sessions, session, clean);
            }
        }
        AtomicReference<Thread> worker = new AtomicReference<>();
        var trace = EvaluationTrace.sink(); // a tracing caller (explain) sees the facts of the worker's run too
        Future<Result> future = WORKERS.submit(() -> {
            worker.set(Thread.currentThread());
            try {
                return trace == null
                        ? fire(session, audit, facts, limits, caseId, decide)
                        : EvaluationTrace.capture(() -> fire(session, audit, facts, limits, caseId, decide), trace);
            } finally {
                worker.set(null);
            }
        });
        boolean clean = false;
        try {
            Result r = future.get(limits.budgetNanos(), TimeUnit.NANOSECONDS);
            clean = true;
            return r;
        } catch (TimeoutException e) {
            Thread t = worker.get();
            String where = t == null ? null : policy.code().describe(t.getStackTrace());
            future.cancel(true);
            session.halt();
            reap(future, worker, caseId);
            throw timeout(audit, caseId, limits, where);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw failure(cause, audit, caseId, limits, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new RuleEvaluationException(caseId, audit.current(), "case " + caseId + ": interrupted", e);
        } finally {
            if (clean) {
                release(sessions, session, true);
            } else {
                sessions.discard(session);
            }
        }
    }

    private static void release(Sessions sessions, KieSession session, boolean clean) {
        if (clean) {
            // a pooled session is reset (its listeners and globals cleared) and reused
            sessions.giveBack(session);
        } else {
            sessions.discard(session);
        }
    }

    /** A runaway worker is interrupted at once and, if still running after a grace period, stopped. */
    // Thread.stop: the only way to end a loop that ignores interrupts (Java 17); the reaper's own future is
    // not needed: the task logs what it does and nothing waits for it
    @SuppressWarnings({"deprecation", "FutureReturnValueIgnored"})
    private static void reap(Future<Result> future, AtomicReference<Thread> worker, String caseId) {
        REAPER.schedule(
                () -> {
                    Thread t = worker.get();
                    if (t == null || (future.isDone() && worker.get() == null)) {
                        return;
                    }
                    try {
                        t.stop();
                        LOG.warn(
                                "case {}: stopped the worker thread {} that ran past the time budget",
                                caseId,
                                t.getName());
                    } catch (UnsupportedOperationException e) {
                        LOG.error(
                                "case {}: the worker thread {} runs past the time budget and this JVM cannot stop it; "
                                        + "it keeps a CPU busy until its rule returns",
                                caseId,
                                t.getName());
                    }
                },
                200,
                TimeUnit.MILLISECONDS);
    }

    private static Result fire(
            KieSession session,
            AuditListener audit,
            List<Object> facts,
            Limits limits,
            String caseId,
            Function<List<CompensationCap>, FinalCompensation> decide) {
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            // the insert check is for what rules insert: the engine's own facts need not pass through it
            session.addEventListener(audit);
            int fired = session.fireAllRules(limits.firingLimit() + 1);
            checkLimit(fired, audit, limits, caseId);
            List<CompensationCap> caps = List.copyOf(audit.caps());
            FinalCompensation decision = decide.apply(caps);
            audit.secondPass();
            session.insert(decision);
            fired += session.fireAllRules(limits.firingLimit() + 1 - fired);
            checkLimit(fired, audit, limits, caseId);
            if (EvaluationTrace.active()) {
                EvaluationTrace.record(audit.evidence(), audit.traits(), audit.limits(), audit.caps(), facts);
            }
            // the derived facts as the listener kept them (a run's own lists: no copy needed), and the caps
            // the decision was made on
            return new Result(
                    audit.evidence(), audit.traits(), audit.primaries(), caps, List.copyOf(audit.fired()), decision);
        } finally {
            audit.stopTiming();
        }
    }

    private static void checkLimit(int fired, AuditListener audit, Limits limits, String caseId) {
        if (audit.timedOut()) {
            throw timeout(audit, caseId, limits, null);
        }
        if (fired > limits.firingLimit()) {
            throw new RuleEvaluationException(
                    caseId,
                    audit.current(),
                    "case " + caseId
                            + ": the rules fired more than the firing limit of " + limits.firingLimit()
                            + " times (last rule " + audit.current() + "); a rule probably re-triggers itself",
                    null);
        }
    }

    private static RuleEvaluationException timeout(AuditListener audit, String caseId, Limits limits, String where) {
        String running = where != null ? where : audit.current() == null ? null : "rule " + audit.current();
        String ruleId = audit.current();
        if (where != null && where.startsWith("rule ")) {
            int comma = where.indexOf(',');
            ruleId = where.substring(5, comma < 0 ? where.length() : comma);
        }
        // with the sandbox on the budget is checked between firings, so a case may be answered well after it:
        // say how long it ran when that is more than a tenth over the budget
        long ranMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - (audit.deadline() - limits.budgetNanos()));
        long budgetMillis = TimeUnit.NANOSECONDS.toMillis(limits.budgetNanos());
        return new RuleEvaluationException(
                caseId,
                ruleId,
                "case " + caseId + ": the rules did not finish within the time budget of " + budgetMillis + " ms"
                        + (ranMillis > budgetMillis + budgetMillis / 10 ? " (they ran for " + ranMillis + " ms)" : "")
                        + (running == null ? "" : "; " + running + " was running"),
                null);
    }

    private static RuleEvaluationException failure(
            Throwable e, AuditListener audit, String caseId, Limits limits, String where) {
        if (e instanceof RuleEvaluationException r) {
            return r;
        }
        if (audit.timedOut() || e instanceof AuditListener.BudgetExceeded) {
            return timeout(audit, caseId, limits, where);
        }
        if (e instanceof ConsequenceException ce) {
            String ruleId = AuditListener.ruleId(ce.getRule());
            Throwable cause = ce.getCause() == null ? ce : ce.getCause();
            if (cause instanceof AuditListener.BudgetExceeded) {
                return timeout(audit, caseId, limits, where);
            }
            return new RuleEvaluationException(
                    caseId, ruleId, "case " + caseId + ": rule " + ruleId + " failed: " + describe(cause), cause);
        }
        String ruleId = audit.current();
        return new RuleEvaluationException(
                caseId,
                ruleId,
                "case " + caseId + ": rules failed" + (ruleId == null ? "" : " in or after rule " + ruleId) + ": "
                        + describe(e),
                e);
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
