package org.complaintrules.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of one property run, failing or not. Obtained from
 * {@link PropertyCheck#run(String, Gen, int, long, CaseProperty)}, which never throws for a failing property.
 *
 * @param name the property's name
 * @param seed the seed the cases were drawn from
 * @param cases how many cases were asked for
 * @param tried how many cases were checked (all of them, or up to and including the first failure)
 * @param coverage the labels of the cases checked
 * @param failingIndex index (from 0) of the first failing case, or -1
 * @param original the first failing case as generated, or {@code null}
 * @param originalFailure why it failed, or {@code null}
 * @param minimal the minimised failing case, or {@code null}
 * @param minimalFailure why the minimised case fails, or {@code null}
 * @param shrinkSteps shrinks kept while minimising
 * @param precondition the property's precondition in words, or {@code null} when it has none
 * @param preconditionHeld of the cases checked ({@code tried}), how many met the precondition
 * @param replay how to replay this run, in words that work for the call that made it (see
 *     {@link PropertyCheck}); {@code null} gives the system properties' form
 */
public record PropertyResult(
        String name,
        long seed,
        int cases,
        int tried,
        Coverage coverage,
        int failingIndex,
        GeneratedCase original,
        Throwable originalFailure,
        GeneratedCase minimal,
        Throwable minimalFailure,
        int shrinkSteps,
        String precondition,
        int preconditionHeld,
        String replay) {

    /**
     * Fills in the system properties' form of {@link #replay()} when none is given.
     *
     * @param name the property's name
     * @param seed the seed the cases were drawn from
     * @param cases how many cases were asked for
     * @param tried how many cases were checked
     * @param coverage the labels of the cases checked
     * @param failingIndex index (from 0) of the first failing case, or -1
     * @param original the first failing case as generated, or {@code null}
     * @param originalFailure why it failed, or {@code null}
     * @param minimal the minimised failing case, or {@code null}
     * @param minimalFailure why the minimised case fails, or {@code null}
     * @param shrinkSteps shrinks kept while minimising
     * @param precondition the property's precondition in words, or {@code null} when it has none
     * @param preconditionHeld of the cases checked, how many met the precondition
     * @param replay how to replay this run, or {@code null} for the system properties' form
     */
    public PropertyResult {
        if (replay == null) {
            replay = "replay with -D" + PropertyCheck.SEED_PROPERTY + "=" + seed + " -D" + PropertyCheck.CASES_PROPERTY
                    + "=" + cases;
        }
    }

    /**
     * A result whose {@link #replay()} is the system properties' form.
     *
     * @param name the property's name
     * @param seed the seed
     * @param cases how many cases were asked for
     * @param tried how many cases were checked
     * @param coverage the labels of the cases checked
     * @param failingIndex index of the first failing case, or -1
     * @param original the first failing case, or {@code null}
     * @param originalFailure why it failed, or {@code null}
     * @param minimal the minimised failing case, or {@code null}
     * @param minimalFailure why the minimised case fails, or {@code null}
     * @param shrinkSteps shrinks kept while minimising
     * @param precondition the property's precondition in words, or {@code null}
     * @param preconditionHeld of the cases checked, how many met the precondition
     */
    public PropertyResult(
            String name,
            long seed,
            int cases,
            int tried,
            Coverage coverage,
            int failingIndex,
            GeneratedCase original,
            Throwable originalFailure,
            GeneratedCase minimal,
            Throwable minimalFailure,
            int shrinkSteps,
            String precondition,
            int preconditionHeld) {
        this(
                name,
                seed,
                cases,
                tried,
                coverage,
                failingIndex,
                original,
                originalFailure,
                minimal,
                minimalFailure,
                shrinkSteps,
                precondition,
                preconditionHeld,
                null);
    }

    /**
     * The result of a property without a precondition (every case tried counts as meeting it).
     *
     * @param name the property's name
     * @param seed the seed
     * @param cases how many cases were asked for
     * @param tried how many cases were checked
     * @param coverage the labels of the cases checked
     * @param failingIndex index of the first failing case, or -1
     * @param original the first failing case, or {@code null}
     * @param originalFailure why it failed, or {@code null}
     * @param minimal the minimised failing case, or {@code null}
     * @param minimalFailure why the minimised case fails, or {@code null}
     * @param shrinkSteps shrinks kept while minimising
     */
    public PropertyResult(
            String name,
            long seed,
            int cases,
            int tried,
            Coverage coverage,
            int failingIndex,
            GeneratedCase original,
            Throwable originalFailure,
            GeneratedCase minimal,
            Throwable minimalFailure,
            int shrinkSteps) {
        this(
                name,
                seed,
                cases,
                tried,
                coverage,
                failingIndex,
                original,
                originalFailure,
                minimal,
                minimalFailure,
                shrinkSteps,
                null,
                tried);
    }

    /** @return whether every case passed and the precondition, if any, held often enough */
    public boolean passed() {
        return original == null && !preconditionRarelyHeld();
    }

    /** @return the share of the cases checked that met the precondition, in percent (100 without one) */
    public double preconditionPercent() {
        return tried == 0 ? 0 : 100.0 * preconditionHeld / tried;
    }

    /**
     * @return whether the property has a precondition that held in fewer than
     *     {@value PropertyCheck#MIN_PRECONDITION_PERCENT}% of the cases (only judged when no case failed)
     */
    public boolean preconditionRarelyHeld() {
        return original == null
                && precondition != null
                && preconditionHeld * 100L < (long) PropertyCheck.MIN_PRECONDITION_PERCENT * tried;
    }

    private String preconditionLine() {
        if (precondition == null) {
            return "no precondition";
        }
        return String.format(
                java.util.Locale.ROOT,
                "precondition \"%s\" held in %d of %d cases (%.1f%%)",
                precondition,
                preconditionHeld,
                tried,
                preconditionPercent());
    }

    /** @return whether a case failed */
    public boolean failed() {
        return !passed();
    }

    /** @return the minimised counterexample as one JSON line for {@code complaint-advisor explain}, or {@code null} */
    public String minimalJson() {
        return minimal == null ? null : minimal.json();
    }

    /** @return the original counterexample as one JSON line, or {@code null} */
    public String originalJson() {
        return original == null ? null : original.json();
    }

    /** @return a report for people: the verdict, the seed, and for a failure the minimal and the original case */
    public String report() {
        if (preconditionRarelyHeld()) {
            return "property \"" + name + "\" was hardly tested: its " + preconditionLine() + ", under "
                    + PropertyCheck.MIN_PRECONDITION_PERCENT + "%; generate more such cases (e.g. with the generator's "
                    + "weights) or state the property for more cases (seed=" + seed + "; " + replay() + ")";
        }
        if (passed()) {
            return "property \"" + name + "\" held for " + tried + " cases (seed=" + seed + "; " + preconditionLine()
                    + ")";
        }
        StringBuilder b = new StringBuilder();
        b.append("property \"")
                .append(name)
                .append("\" failed on case #")
                .append(failingIndex)
                .append(" of ")
                .append(cases)
                .append(" (seed=")
                .append(seed)
                .append("; ")
                .append(replay())
                .append(")\n");
        b.append("minimal counterexample (")
                .append(shrinkSteps)
                .append(" shrink steps; regulatory profile ")
                .append(minimal.profile())
                .append("), for complaint-advisor explain:\n");
        b.append(minimal.json()).append('\n');
        b.append("minimal failure: ").append(describe(minimalFailure)).append('\n');
        b.append("original counterexample (profile ")
                .append(original.profile())
                .append(", labels ")
                .append(original.labels())
                .append("):\n");
        b.append(original.json()).append('\n');
        b.append("original failure: ").append(describe(originalFailure));
        return b.toString();
    }

    /**
     * @throws AssertionError with the {@link #report()} when the property failed
     */
    public void throwIfFailed() {
        if (failed()) {
            throw new AssertionError(report(), minimalFailure);
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        if (t instanceof AssertionError) {
            return String.valueOf(t.getMessage());
        }
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String trace = w.toString();
        String[] lines = trace.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, Math.min(lines.length, 12)));
    }

    @Override
    public String toString() {
        return report();
    }
}
