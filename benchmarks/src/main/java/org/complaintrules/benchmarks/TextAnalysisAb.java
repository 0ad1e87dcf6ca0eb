package org.complaintrules.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The built-in text analysis of two builds of the library side by side in one JVM, on the texts of
 * {@link TextAnalysisBenchmark}: each build's jar in a class loader of its own, then rounds that
 * alternate between them (which one goes first alternates too), so that a shared, noisy machine
 * slows both alike; the report gives each build's median time per text and the median of the
 * per-round ratios. Any two builds with {@code DefaultSignalAnalyzer.create()} and {@code
 * analyse(String, String)} can be compared, such as the command line's jar of an old version and
 * of this one:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.complaintrules.benchmarks.TextAnalysisAb OLD.jar NEW.jar [rounds]
 * </pre>
 *
 * Each language gets 20,000 calls of each build to warm up, then {@code rounds} rounds (default 21)
 * of 2,000 calls of each; the language is given with the text.
 */
public final class TextAnalysisAb {
    private static final int WARM_UP = 20_000;
    private static final int CALLS = 2_000;

    /** Keeps the analyses, so that the JIT cannot drop the work. */
    static volatile Object sink;

    private TextAnalysisAb() {}

    /**
     * @param args the old build's jar, the new build's jar, and optionally the number of rounds
     * @throws Exception when a jar lacks the analysis
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: TextAnalysisAb <old jar> <new jar> [rounds]");
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        Object[] analysers = new Object[2];
        Method[] analyse = new Method[2];
        for (int i = 0; i < 2; i++) {
            URLClassLoader loader = new URLClassLoader(
                    new URL[] {Path.of(args[i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("org.complaintrules.drools.signals.DefaultSignalAnalyzer");
            analysers[i] = c.getMethod("create").invoke(null);
            analyse[i] = c.getMethod("analyse", String.class, String.class);
        }
        System.out.println("language  old ns/text  new ns/text  new/old (median of rounds, min-max)");
        for (String language : List.of("en", "ru", "zh", "et")) {
            String text = TextAnalysisBenchmark.text(language);
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < WARM_UP; k++) {
                    sink = analyse[i].invoke(analysers[i], text, language);
                }
            }
            long[][] nanos = new long[2][rounds];
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                for (int step = 0; step < 2; step++) {
                    int build = r % 2 == 0 ? step : 1 - step;
                    long t0 = System.nanoTime();
                    for (int k = 0; k < CALLS; k++) {
                        sink = analyse[build].invoke(analysers[build], text, language);
                    }
                    nanos[build][r] = (System.nanoTime() - t0) / CALLS;
                }
                ratios[r] = (double) nanos[1][r] / nanos[0][r];
            }
            Arrays.sort(ratios);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s  %11d  %11d  %.2f (%.2f-%.2f)%n",
                    language,
                    median(nanos[0]),
                    median(nanos[1]),
                    ratios[rounds / 2],
                    ratios[0],
                    ratios[rounds - 1]);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
