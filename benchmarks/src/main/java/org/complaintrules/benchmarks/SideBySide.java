package org.complaintrules.benchmarks;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Two builds of the library in one JVM, timed in alternating rounds: each build's jar in a class
 * loader of its own, then rounds in which each build runs the same work once (which one goes first
 * alternates), so that a shared, noisy machine slows both alike. Used by {@link TextAnalysisAb} and
 * {@link AdviseAb}; {@link OverheadAb} uses the same rounds for two ways of running one build (a
 * raw Drools session and the library), as "old" and "new".
 */
final class SideBySide {
    private SideBySide() {}

    /**
     * @param jar a jar holding a whole build (such as the command line's shaded jar)
     * @return a class loader over that jar alone (and the platform's classes)
     * @throws IllegalArgumentException when the jar does not exist
     */
    static ClassLoader load(String jar) {
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such jar: " + jar);
        }
        try {
            return new URLClassLoader(new URL[] {path.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a jar path: " + jar, e);
        }
    }

    /** Each build's time per unit of work in every round. */
    record Times(long[] oldNanos, long[] newNanos) {
        /** @return the old build's median time per unit */
        long oldMedian() {
            return median(oldNanos);
        }

        /** @return the new build's median time per unit */
        long newMedian() {
            return median(newNanos);
        }

        /** @return the per-round ratios new / old, sorted */
        double[] ratios() {
            double[] r = new double[oldNanos.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = (double) newNanos[i] / oldNanos[i];
            }
            Arrays.sort(r);
            return r;
        }

        /** @return "old ns, new ns, median ratio (min-max)" as one aligned line after {@code label} */
        String line(String label) {
            double[] r = ratios();
            return String.format(
                    Locale.ROOT,
                    "%-8s  %11d  %11d  %.2f (%.2f-%.2f)",
                    label,
                    oldMedian(),
                    newMedian(),
                    r[r.length / 2],
                    r[0],
                    r[r.length - 1]);
        }
    }

    /**
     * Runs {@code rounds} rounds; in each, build 0 (old) and build 1 (new) each run {@code work} once,
     * the first to go alternating from round to round.
     *
     * @param rounds how many rounds, at least 1
     * @param units units of work in one run of {@code work}, to give the time per unit
     * @param work runs the work of one build (0 old, 1 new)
     * @return each build's time per unit in every round
     */
    static Times alternate(int rounds, int units, IntConsumer work) {
        if (rounds < 1 || units < 1) {
            throw new IllegalArgumentException("rounds and units must be >= 1, were " + rounds + ", " + units);
        }
        long[][] nanos = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int step = 0; step < 2; step++) {
                int build = r % 2 == 0 ? step : 1 - step;
                long t0 = System.nanoTime();
                work.accept(build);
                nanos[build][r] = (System.nanoTime() - t0) / units;
            }
        }
        return new Times(nanos[0], nanos[1]);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
