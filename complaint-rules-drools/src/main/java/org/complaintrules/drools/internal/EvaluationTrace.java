package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.CompensationLimit;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.Trait;
import org.complaintrules.drools.model.TraitEvidence;

/**
 * Lets a tool (the command line's {@code explain}) see the facts the rules derived for one case:
 * the weighed evidence, the traits with their scores and every compensation limit, which the
 * advice itself does not carry. Tracing is off unless a call on the current thread is wrapped in
 * {@link #capture}; then each evaluation on that thread hands its facts to the sink. Costs nothing
 * when off. Not an API.
 */
public final class EvaluationTrace {
    private static final ThreadLocal<Consumer<Facts>> SINK = new ThreadLocal<>();

    private EvaluationTrace() {}

    /**
     * The derived facts of one evaluation.
     *
     * @param evidence trait evidence, with weights
     * @param traits the types with enough evidence, with their scores
     * @param limits every compensation limit the rules stated
     * @param caps the compensation caps (one when the policy is sound)
     * @param signals the signals the rules were given: the text analysis's, then the host's
     */
    public record Facts(
            List<TraitEvidence> evidence,
            List<Trait> traits,
            List<CompensationLimit> limits,
            List<CompensationCap> caps,
            List<Signal> signals) {
        /** Copies the lists. */
        public Facts {
            evidence = List.copyOf(evidence);
            traits = List.copyOf(traits);
            limits = List.copyOf(limits);
            caps = List.copyOf(caps);
            signals = List.copyOf(signals);
        }
    }

    /**
     * Runs a call with tracing on for the current thread.
     *
     * @param call e.g. {@code () -> advisor.tryAdvise(c)}
     * @param sink receives the facts of each evaluation the call makes on this thread
     * @param <T> the call's result
     * @return the call's result
     */
    public static <T> T capture(Supplier<T> call, Consumer<Facts> sink) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(sink, "sink");
        Consumer<Facts> previous = SINK.get();
        SINK.set(sink);
        try {
            return call.get();
        } finally {
            if (previous == null) {
                SINK.remove();
            } else {
                SINK.set(previous);
            }
        }
    }

    /** @return the sink of the current thread, or {@code null} when tracing is off */
    static Consumer<Facts> sink() {
        return SINK.get();
    }

    /** @return whether an evaluation on this thread should report its facts */
    static boolean active() {
        return SINK.get() != null;
    }

    /**
     * Hands the derived facts of one evaluation, as the rules left them, to the current thread's
     * sink, if any.
     *
     * @param evidence trait evidence
     * @param traits traits
     * @param limits compensation limits
     * @param caps compensation caps
     * @param facts the facts the rules were given (its signals are kept)
     */
    static void record(
            List<TraitEvidence> evidence,
            List<Trait> traits,
            List<CompensationLimit> limits,
            List<CompensationCap> caps,
            List<Object> facts) {
        Consumer<Facts> sink = SINK.get();
        if (sink != null) {
            List<Signal> signals = new ArrayList<>();
            for (Object f : facts) {
                if (f instanceof Signal s) {
                    signals.add(s);
                }
            }
            sink.accept(new Facts(evidence, traits, limits, caps, signals));
        }
    }
}
