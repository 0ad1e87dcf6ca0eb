package org.complaintrules.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntToLongFunction;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.drools.DroolsComplaintAdvisor;

/**
 * How throughput grows from one thread to several, measured so that a shared, noisy machine
 * cannot fake the answer: one JVM, one advisor, the generated corpus of {@link AdviseBenchmark}
 * ({@code mix=corpus}); after a warm-up, each round runs a phase on one thread and a phase on
 * {@code threads} threads, back to back, and the same two phases of a control: a loop of pure
 * arithmetic that shares nothing, which shows how far the machine itself scales in that round
 * (a virtual machine whose processors are busy elsewhere scales less than its processor count).
 * The report gives each round and the medians of the ratios.
 *
 * <p>JMH runs its benchmarks one after another, minutes apart; on this kind of machine that gap
 * alone moves the two-thread figure by more than the effect measured, hence this harness. Run it
 * from the benchmarks jar:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.complaintrules.benchmarks.ScalingRun [rounds] [seconds] [threads]
 * </pre>
 *
 * Defaults: 7 rounds, phases of 3 seconds, 2 threads, after 20 seconds of warm-up on all threads.
 * The collector and the young generation's size decide much of the answer (each case allocates
 * about 54 KB, and every young collection stops all threads): run it with the host's settings, for
 * example {@code java -XX:+UseParallelGC -Xmn1g -cp ... ScalingRun}; the report names them.
 */
public final class ScalingRun {
    private final List<Thread> workers = new ArrayList<>();
    private final CyclicBarrier start;
    private final CyclicBarrier end;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final long[] done;
    private volatile IntToLongFunction task = w -> 0;
    private volatile int active;
    private volatile boolean closed;
    /** Results of the work, so that the JIT cannot drop it. */
    private long sink;

    private ScalingRun(int threads) {
        this.start = new CyclicBarrier(threads + 1);
        this.end = new CyclicBarrier(threads + 1);
        this.done = new long[threads];
        for (int i = 0; i < threads; i++) {
            int w = i;
            Thread t = new Thread(() -> work(w), "scaling-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private void work(int w) {
        try {
            while (true) {
                start.await();
                if (closed) {
                    return;
                }
                long n = 0;
                long h = 0;
                if (w < active) {
                    while (!stop.get()) {
                        h += task.applyAsLong(w);
                        n++;
                    }
                }
                done[w] = n;
                synchronized (this) {
                    sink += h;
                }
                end.await();
            }
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return units of work per second over {@code seconds} on {@code on} threads */
    private double phase(IntToLongFunction unit, int on, double seconds) throws Exception {
        task = unit;
        active = on;
        stop.set(false);
        start.await();
        long t0 = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        end.await();
        long elapsed = System.nanoTime() - t0;
        return Arrays.stream(done).sum() / (elapsed / 1e9);
    }

    private void close() throws Exception {
        closed = true;
        start.await();
    }

    /** A unit of work that shares nothing and touches no memory: the machine's own scaling. */
    private static long arithmetic(int w) {
        long h = w + 1;
        for (int i = 0; i < 20_000; i++) {
            h = h * 31 + (i ^ (h >>> 7));
        }
        return h;
    }

    /**
     * @param args rounds, seconds per phase, threads
     * @throws Exception when a worker fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().build();
        List<ComplaintCase> cases = Mixes.corpus();
        int[] next = new int[threads];
        for (int w = 0; w < threads; w++) {
            next[w] = w * (cases.size() / threads); // the threads start evenly apart in the corpus
        }
        IntToLongFunction advise = w -> {
            int i = next[w];
            next[w] = (i + 1) % cases.size();
            return advisor.advise(cases.get(i)).firedRules().size();
        };
        ScalingRun run = new ScalingRun(threads);
        run.phase(advise, threads, 20);
        run.phase(ScalingRun::arithmetic, threads, 3);
        double[] adviseRatio = new double[rounds];
        double[] controlRatio = new double[rounds];
        double[] perCase = new double[rounds];
        // the collector and its sizing decide how far the threads scale (benchmarks/README.md), so say which
        System.out.printf(
                "collectors %s, JVM options %s%n",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .toList(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("round  advise 1 thread  advise %d threads  ratio  control ratio%n", threads);
        for (int r = 0; r < rounds; r++) {
            double one = run.phase(advise, 1, seconds);
            double many = run.phase(advise, threads, seconds);
            double controlOne = run.phase(ScalingRun::arithmetic, 1, seconds / 3);
            double controlMany = run.phase(ScalingRun::arithmetic, threads, seconds / 3);
            adviseRatio[r] = many / one;
            controlRatio[r] = controlMany / controlOne;
            perCase[r] = 1e6 / one;
            System.out.printf(
                    "%5d  %8.0f cases/s  %10.0f cases/s  %5.2f  %13.2f%n",
                    r + 1, one, many, adviseRatio[r], controlRatio[r]);
        }
        run.close();
        System.out.printf(
                "median: advise %.2fx on %d threads (%.0f us per case on one), control %.2fx (sink %d)%n",
                median(adviseRatio), threads, median(perCase), median(controlRatio), run.sink);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
