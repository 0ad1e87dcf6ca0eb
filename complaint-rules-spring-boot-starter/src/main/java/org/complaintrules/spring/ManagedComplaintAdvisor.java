package org.complaintrules.spring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ComplaintAdvisor} the starter provides: it exists at once, while its policy compiles
 * in the background, and it can reload the policy while it serves.
 *
 * <p>Until the policy is compiled, {@link #advise(ComplaintCase)}, {@link #ruleSet()} and
 * {@link #rules()} throw {@link PolicyNotReadyException} (so {@link #tryAdvise(ComplaintCase)}
 * answers with a {@code RULES_FAILED} error naming the cause); {@link #state()} says where it
 * stands. A reload compiles the policy's sources again and swaps them in atomically; when it fails,
 * the rules in force stay. Thread-safe.
 *
 * <pre>{@code
 * ManagedComplaintAdvisor advisor = new ManagedComplaintAdvisor(() -> DroolsComplaintAdvisor.builder().build());
 * advisor.start(Runnable::run);                      // or an executor: compile in the background
 * advisor.awaitReady(Duration.ofSeconds(30));
 * }</pre>
 */
public final class ManagedComplaintAdvisor implements ComplaintAdvisor {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedComplaintAdvisor.class);

    /** Where the advisor stands. */
    public enum State {
        /** The policy is being compiled; calls are answered with {@link PolicyNotReadyException}. */
        COMPILING,
        /** The policy is compiled and serving. */
        READY,
        /** The first compile failed; calls are answered with {@link PolicyNotReadyException} until a reload succeeds. */
        FAILED
    }

    /**
     * Told what the advisor does, e.g. to keep metrics or to flip the application's readiness.
     * Every method has an empty default; implementations must be quick and must not throw.
     */
    public interface Listener {
        /**
         * The policy is compiled and serving (after start-up, or after a reload that followed a failed start).
         *
         * @param ruleSet the policy in force
         * @param compileTime how long the compile took
         */
        default void ready(RuleSetInfo ruleSet, Duration compileTime) {}

        /**
         * The first compile failed.
         *
         * @param failure why
         */
        default void failed(RuntimeException failure) {}

        /**
         * One case was answered by {@link ManagedComplaintAdvisor#advise(ComplaintCase)}.
         *
         * @param result the advice, or the error its exception stands for
         * @param nanos how long the call took
         */
        default void advised(org.complaintrules.api.CaseResult result, long nanos) {}

        /**
         * The host refused an input before it reached the advisor (bad JSON, a body too large),
         * reported through {@link ManagedComplaintAdvisor#reportRejected(CaseError)}.
         *
         * @param error the error the input was answered with
         */
        default void rejected(CaseError error) {}

        /**
         * A reload finished.
         *
         * @param ruleSet the policy now in force (unchanged when {@code failure} is set)
         * @param failure why the reload failed, or {@code null} when it succeeded
         */
        default void reloaded(RuleSetInfo ruleSet, RuntimeException failure) {}
    }

    private final Supplier<DroolsComplaintAdvisor> factory;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<DroolsComplaintAdvisor> compiled = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Object reloadLock = new Object();
    private volatile DroolsComplaintAdvisor delegate;
    private volatile State state = State.COMPILING;
    private volatile RuntimeException failure;
    private volatile Duration compileTime;
    private volatile Instant lastReload;
    private volatile String lastReloadError;

    /**
     * @param factory builds the advisor (e.g. {@code () -> DroolsComplaintAdvisor.builder()...build()});
     *        called once by {@link #start(Executor)}, and again by a {@link #reload()} after a failed start
     * @throws NullPointerException when {@code factory} is null
     */
    public ManagedComplaintAdvisor(Supplier<DroolsComplaintAdvisor> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param listener told about readiness, advice and reloads from now on
     * @throws NullPointerException when {@code listener} is null
     */
    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        synchronized (reloadLock) {
            if (state == State.READY) {
                listener.ready(delegate.ruleSet(), compileTime);
            } else if (state == State.FAILED) {
                listener.failed(failure);
            }
        }
    }

    /**
     * Starts compiling the policy on {@code executor}; later calls do nothing.
     *
     * @param executor where to compile; {@code Runnable::run} compiles on the calling thread
     * @throws NullPointerException when {@code executor} is null
     */
    public void start(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        if (started.compareAndSet(false, true)) {
            executor.execute(this::compileFirst);
        }
    }

    private void compileFirst() {
        long t0 = System.nanoTime();
        DroolsComplaintAdvisor built;
        try {
            built = factory.get();
        } catch (RuntimeException | LinkageError e) {
            RuntimeException f = e instanceof RuntimeException r ? r : new IllegalStateException(e.toString(), e);
            synchronized (reloadLock) {
                if (state != State.COMPILING) {
                    return;
                }
                failure = f;
                state = State.FAILED;
            }
            LOG.error(
                    "complaint-rules: the policy did not compile; advice is refused until a reload succeeds: {}",
                    f.getMessage());
            listeners.forEach(l -> l.failed(f));
            compiled.completeExceptionally(f);
            return;
        }
        becomeReady(built, Duration.ofNanos(System.nanoTime() - t0));
    }

    private void becomeReady(DroolsComplaintAdvisor built, Duration took) {
        synchronized (reloadLock) {
            if (state == State.READY) {
                return;
            }
            delegate = built;
            compileTime = took;
            failure = null;
            state = State.READY;
        }
        RuleSetInfo info = built.ruleSet();
        LOG.info(
                "complaint-rules: policy {} {} ({} rules) ready, compiled in {} ms",
                info.name(),
                info.version(),
                built.rules().size(),
                took.toMillis());
        listeners.forEach(l -> l.ready(info, took));
        compiled.complete(built);
    }

    /** @return where the advisor stands */
    public State state() {
        return state;
    }

    /** @return why the first compile failed, or {@code null} */
    public RuntimeException failure() {
        return failure;
    }

    /** @return how long the compile that made the advisor ready took, or {@code null} before that */
    public Duration compileTime() {
        return compileTime;
    }

    /** @return when the last reload finished, or {@code null} when none has */
    public Instant lastReload() {
        return lastReload;
    }

    /** @return the message of the last reload's failure, or {@code null} when it succeeded or none ran */
    public String lastReloadError() {
        return lastReloadError;
    }

    /**
     * Waits until the policy is compiled.
     *
     * @param timeout how long to wait at most
     * @return the policy in force
     * @throws PolicyNotReadyException when the compile failed (with its failure as the cause), when
     *         it is still running after {@code timeout}, or when the advisor was never started
     */
    public RuleSetInfo awaitReady(Duration timeout) {
        try {
            return compiled.get(timeout.toNanos(), TimeUnit.NANOSECONDS).ruleSet();
        } catch (ExecutionException e) {
            throw new PolicyNotReadyException(
                    "the policy did not compile: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PolicyNotReadyException(
                    started.get()
                            ? "the policy is still compiling after " + timeout.toMillis() + " ms"
                            : "the advisor was not started",
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyNotReadyException("interrupted while waiting for the policy", e);
        }
    }

    private DroolsComplaintAdvisor ready() {
        DroolsComplaintAdvisor d = delegate;
        if (d != null) {
            return d;
        }
        RuntimeException f = failure;
        if (f != null) {
            throw new PolicyNotReadyException(
                    "the policy did not compile; fix the rule files and reload: " + f.getMessage(), f);
        }
        throw new PolicyNotReadyException("the policy is still compiling; retry shortly", null);
    }

    /**
     * @throws PolicyNotReadyException when the policy is not compiled (yet)
     */
    @Override
    public Advice advise(ComplaintCase complaintCase) {
        DroolsComplaintAdvisor d = ready();
        Objects.requireNonNull(complaintCase, "complaintCase");
        long t0 = System.nanoTime();
        Advice advice;
        try {
            advice = d.advise(complaintCase);
        } catch (ComplaintRulesException e) {
            long took = System.nanoTime() - t0;
            CaseError error = CaseError.of(complaintCase.id(), e);
            listeners.forEach(l -> l.advised(error, took));
            throw e;
        }
        long took = System.nanoTime() - t0;
        listeners.forEach(l -> l.advised(advice, took));
        return advice;
    }

    /**
     * Tells the listeners that the host answered an input with an error without advising it (it
     * could not be read), so metrics count every error, not only the advisor's.
     *
     * @param error the error the input was answered with
     * @throws NullPointerException when {@code error} is null
     */
    public void reportRejected(CaseError error) {
        Objects.requireNonNull(error, "error");
        listeners.forEach(l -> l.rejected(error));
    }

    /**
     * @throws PolicyNotReadyException when the policy is not compiled (yet)
     */
    @Override
    public RuleSetInfo ruleSet() {
        return ready().ruleSet();
    }

    /**
     * @throws PolicyNotReadyException when the policy is not compiled (yet)
     */
    @Override
    public List<RuleInfo> rules() {
        return ready().rules();
    }

    /**
     * @return the compiled advisor, for what only it offers (policy settings, the regulatory
     *         profile in force, the absolute cap)
     * @throws PolicyNotReadyException when the policy is not compiled (yet)
     */
    public DroolsComplaintAdvisor delegate() {
        return ready();
    }

    /**
     * Compiles the policy's sources again (re-reading a rules directory) and swaps them in; after a
     * failed start, builds the advisor anew. One reload runs at a time.
     *
     * @return the policy now in force
     * @throws RuleCompilationException when the rules do not compile (the rules in force stay)
     * @throws PolicyNotReadyException when the first compile is still running
     * @throws IllegalArgumentException when the sources cannot be read (the rules in force stay)
     */
    public RuleSetInfo reload() {
        synchronized (reloadLock) {
            State s = state;
            if (s == State.COMPILING) {
                throw new PolicyNotReadyException("the policy is still compiling; reload when it is ready", null);
            }
            long t0 = System.nanoTime();
            try {
                RuleSetInfo info;
                if (s == State.FAILED) {
                    DroolsComplaintAdvisor built = factory.get();
                    becomeReady(built, Duration.ofNanos(System.nanoTime() - t0));
                    info = built.ruleSet();
                } else {
                    info = delegate.reload();
                }
                lastReload = Instant.now();
                lastReloadError = null;
                LOG.info(
                        "complaint-rules: reloaded policy {} {} ({}) in {} ms",
                        info.name(),
                        info.version(),
                        info.checksum(),
                        (System.nanoTime() - t0) / 1_000_000);
                listeners.forEach(l -> l.reloaded(info, null));
                return info;
            } catch (RuntimeException e) {
                lastReload = Instant.now();
                lastReloadError = e.getMessage();
                LOG.error("complaint-rules: reload failed, the rules in force stay: {}", e.getMessage());
                RuleSetInfo inForce = delegate == null ? null : delegate.ruleSet();
                listeners.forEach(l -> l.reloaded(inForce, e));
                throw e;
            }
        }
    }
}
