package org.complaintrules.benchmarks;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.IntConsumer;

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
            Class<?> c = SideBySide.load(args[i]).loadClass("org.complaintrules.drools.signals.DefaultSignalAnalyzer");
            analysers[i] = c.getMethod("create").invoke(null);
            analyse[i] = c.getMethod("analyse", String.class, String.class);
        }
        System.out.println("language  old ns/text  new ns/text  new/old (median of rounds, min-max)");
        for (String language : List.of("en", "ru", "zh", "et")) {
            String text = TextAnalysisBenchmark.text(language);
            IntConsumer calls = build -> {
                try {
                    for (int k = 0; k < CALLS; k++) {
                        sink = analyse[build].invoke(analysers[build], text, language);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            for (int k = 0; k < WARM_UP / CALLS; k++) {
                calls.accept(0);
                calls.accept(1);
            }
            System.out.println(SideBySide.alternate(rounds, CALLS, calls).line(language));
        }
    }
}
