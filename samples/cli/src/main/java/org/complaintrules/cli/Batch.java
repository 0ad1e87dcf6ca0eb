package org.complaintrules.cli;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.complaintrules.json.CaseInput;

/**
 * Runs a batch: each input from the {@link CaseSource}, through the work, into the
 * {@link ResultSink}, with the output in input order. The one loop every case-by-case command
 * shares.
 *
 * <p>With one thread the calling thread reads a case, works on it and writes it, then reads the
 * next. With more, it is a bounded pipeline: the calling thread reads cases and hands them to
 * {@code threads} workers (which advise and render), and writes the results in input order as
 * they complete; at most {@value #WINDOW_PER_THREAD} cases per worker, and complaint texts of at
 * most {@value #WINDOW_TEXT} characters in all, are in flight (always at least one case per
 * worker), so memory is bounded by a few cases per thread whatever the input's size, and reading
 * waits for writing.
 */
final class Batch {
    /** Cases in flight per worker thread: enough to keep every worker busy, few enough to bound memory. */
    static final int WINDOW_PER_THREAD = 16;
    /**
     * Characters of complaint text in flight beyond one case per worker: a few very long complaints
     * (each analysed, advised and rendered at once) must not fill the heap.
     */
    static final long WINDOW_TEXT = 1_000_000;

    private Batch() {}

    /**
     * @param source the inputs
     * @param work what to do with one input (advise it, explain it); never throws for a bad case;
     *        called from the worker threads, so it must be thread-safe when {@code threads > 1}
     * @param isError whether a result is an error (the command then exits 2)
     * @param sink where the results go
     * @param progress counts each case
     * @param threads worker threads, at least 1
     * @param <R> the result type
     * @return whether any input was answered with an error
     * @throws ResultSink.OutputFailedException when the output cannot be written (the run stops)
     */
    static <R> boolean run(
            CaseSource source,
            Function<CaseInput, R> work,
            Predicate<R> isError,
            ResultSink<R> sink,
            Progress progress,
            int threads) {
        boolean[] anyError = {false};
        try {
            inOrder(
                    source,
                    Batch::textLength,
                    in -> {
                        R r = work.apply(in);
                        return new Rendered<>(r, sink.render(r));
                    },
                    threads,
                    done -> {
                        anyError[0] |= isError.test(done.result());
                        sink.write(done.result(), done.text());
                        progress.step();
                    },
                    drain -> source.whenIdle(() -> {
                        // the reader is about to wait for input: answer everything read so far
                        drain.run();
                        sink.flush();
                    }));
        } finally {
            progress.finish();
        }
        sink.close();
        return anyError[0];
    }

    /** A result and its text. */
    private record Rendered<R>(R result, String text) {}

    /**
     * Maps every input through {@code work} on {@code threads} threads and hands the results to
     * {@code consumer} on the calling thread, in input order.
     *
     * @param inputs the inputs, read once, on the calling thread
     * @param work the work on one input; an exception it throws ends the run and is rethrown
     * @param threads worker threads; 1 runs everything on the calling thread
     * @param consumer takes each result in input order, on the calling thread
     * @param <I> the input type
     * @param <T> the result type
     */
    static <I, T> void inOrder(Iterable<I> inputs, Function<I, T> work, int threads, Consumer<T> consumer) {
        inOrder(inputs, in -> 0, work, threads, consumer, drain -> {});
    }

    /**
     * As {@link #inOrder(Iterable, Function, int, Consumer)}, with fewer inputs in flight while
     * their sizes add up to more than {@link #WINDOW_TEXT}.
     *
     * @param inputs the inputs, read once, on the calling thread
     * @param size an input's size, in characters of text
     * @param work the work on one input; an exception it throws ends the run and is rethrown
     * @param threads worker threads; 1 runs everything on the calling thread
     * @param consumer takes each result in input order, on the calling thread
     * @param <I> the input type
     * @param <T> the result type
     */
    static <I, T> void inOrder(
            Iterable<I> inputs, ToLongFunction<I> size, Function<I, T> work, int threads, Consumer<T> consumer) {
        inOrder(inputs, size, work, threads, consumer, drain -> {});
    }

    /**
     * As {@link #inOrder(Iterable, ToLongFunction, Function, int, Consumer)}, handing {@code idle} the
     * action that waits for every input taken so far and gives its result to {@code consumer}, for
     * the inputs to run when they are about to wait (it must run on the calling thread, between two
     * inputs: from within the iteration).
     *
     * @param inputs the inputs, read once, on the calling thread
     * @param size an input's size, in characters of text
     * @param work the work on one input; an exception it throws ends the run and is rethrown
     * @param threads worker threads; 1 runs everything on the calling thread
     * @param consumer takes each result in input order, on the calling thread
     * @param idle receives the draining action before the first input is read
     * @param <I> the input type
     * @param <T> the result type
     */
    static <I, T> void inOrder(
            Iterable<I> inputs,
            ToLongFunction<I> size,
            Function<I, T> work,
            int threads,
            Consumer<T> consumer,
            Consumer<Runnable> idle) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(consumer, "consumer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (threads == 1) {
            idle.accept(() -> {}); // each result is handed on before the next input is read
            for (I in : inputs) {
                consumer.accept(work.apply(in));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "complaint-advisor-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int window = threads * WINDOW_PER_THREAD;
        record Pending<T>(Future<T> future, long size) {}
        ArrayDeque<Pending<T>> inFlight = new ArrayDeque<>(window);
        long[] text = {0};
        idle.accept(() -> {
            while (!inFlight.isEmpty()) {
                Pending<T> done = inFlight.poll();
                text[0] -= done.size();
                consumer.accept(await(done.future()));
            }
        });
        try {
            for (I in : inputs) {
                long weight = size.applyAsLong(in);
                while (inFlight.size() >= window || (inFlight.size() >= threads && text[0] + weight > WINDOW_TEXT)) {
                    Pending<T> done = inFlight.poll();
                    text[0] -= done.size();
                    consumer.accept(await(done.future()));
                }
                inFlight.add(new Pending<>(pool.submit(() -> work.apply(in)), weight));
                text[0] += weight;
            }
            while (!inFlight.isEmpty()) {
                consumer.accept(await(inFlight.poll().future()));
            }
        } finally {
            inFlight.forEach(p -> p.future().cancel(true));
            pool.shutdownNow();
        }
    }

    /** @return the characters of complaint text of a case, 0 for an input that could not be read */
    static long textLength(CaseInput in) {
        if (!in.isValid() || in.complaintCase().complaint().text() == null) {
            return 0;
        }
        return in.complaintCase().complaint().text().length();
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
