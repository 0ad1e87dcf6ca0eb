package org.complaintrules.benchmarks;

import java.util.function.IntConsumer;

/**
 * The library's overhead over a raw pooled Drools session ({@link OverheadBenchmark}'s two
 * benchmarks), both in one JVM in alternating rounds (see {@link SideBySide}): run one after the
 * other by JMH, minutes apart, the two are compared across the drift of this shared machine's
 * speed; here every round runs the whole corpus once each way, so the ratio holds however busy
 * the machine is. Same set-up as the benchmark: the texts analysed beforehand, the same rule base,
 * facts and passes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.complaintrules.benchmarks.OverheadAb [rounds] [warm-up seconds]
 * </pre>
 *
 * It prints the raw session's and the library's median time per case and the median of the
 * per-round ratios library / raw. Defaults: 21 rounds, 60 seconds of warm-up each way.
 */
public final class OverheadAb {
    /** Keeps the results, so that the JIT cannot drop the work. */
    static volatile Object sink;

    private OverheadAb() {}

    /**
     * @param args optionally rounds and warm-up seconds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        long warmUpNanos = (args.length > 1 ? Long.parseLong(args[1]) : 60) * 1_000_000_000L;
        OverheadBenchmark bench = new OverheadBenchmark();
        bench.setUp();
        int n = bench.size();
        IntConsumer run = way -> {
            for (int i = 0; i < n; i++) {
                if (way == 0) {
                    bench.raw(i, o -> sink = o);
                } else {
                    sink = bench.library(i);
                }
            }
        };
        for (int way = 0; way < 2; way++) {
            long end = System.nanoTime() + warmUpNanos;
            while (System.nanoTime() < end) {
                run.accept(way);
            }
        }
        System.out.println(n + " cases, " + rounds + " rounds");
        System.out.println("          raw ns/case  lib ns/case  library/raw (median of rounds, min-max)");
        System.out.println(SideBySide.alternate(rounds, n, run).line("overhead"));
    }
}
