package org.complaintrules.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress count on standard error for long work ({@code advise}, {@code explain},
 * {@code diff} and {@code check} over more than {@value #THRESHOLD} cases), rewritten in place at
 * most every {@value #INTERVAL_MS} ms and erased when done. Shown only when standard error is a
 * terminal; nothing at all is written otherwise, so logs and pipes stay clean.
 */
final class Progress {
    /** More cases than this show progress. */
    static final int THRESHOLD = 2_000;
    /** Least time between two updates. */
    static final long INTERVAL_MS = 250;

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final boolean shown;
    private int done;
    private long lastNanos;
    private boolean drawn;

    private Progress(PrintWriter err, String what, int total, boolean shown) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.shown = shown;
    }

    /**
     * @param err standard error
     * @param terminal where the streams go
     * @param what e.g. {@code advised}
     * @param total how many cases there are, or -1 when unknown (then shown once {@value #THRESHOLD} are done)
     * @return a progress line, silent unless standard error is a terminal and the work is long
     */
    static Progress start(PrintWriter err, Terminal terminal, String what, int total) {
        return new Progress(err, what, total, terminal.stderrIsTerminal() && (total < 0 || total > THRESHOLD));
    }

    /** @return a progress that never shows */
    static Progress silent() {
        return new Progress(null, "", 0, false);
    }

    /** Counts one case done. */
    void step() {
        done++;
        if (!shown || (total < 0 && done <= THRESHOLD)) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastNanos < INTERVAL_MS * 1_000_000L && done != total) {
            return;
        }
        lastNanos = now;
        String line = total > 0
                ? String.format(Locale.ROOT, "%s %,d of %,d cases (%d%%)", what, done, total, done * 100L / total)
                : String.format(Locale.ROOT, "%s %,d cases", what, done);
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** @return how many cases were counted */
    int done() {
        return done;
    }

    /** Erases the line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
