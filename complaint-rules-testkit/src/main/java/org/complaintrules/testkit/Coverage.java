package org.complaintrules.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.complaintrules.api.Advice;

/**
 * A tally of labels over generated (and advised) cases, to prove a generator produced the spread a
 * test relies on. Thread-safe.
 *
 * <pre>{@code
 * Coverage coverage = new Coverage();
 * generator.stream(1000).forEach(c -> coverage.record(c, advisor.advise(c.complaintCase())));
 * coverage.assertCovered(Labels.generated(), 0.01);
 * coverage.assertCovered(Labels.complainantTypes(), 0.001);
 * }</pre>
 */
public final class Coverage {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong cases = new AtomicLong();

    /**
     * Counts one case and its labels.
     *
     * @param generated the case
     * @return this tally
     */
    public Coverage record(GeneratedCase generated) {
        cases.incrementAndGet();
        generated.labels().forEach(this::increment);
        return this;
    }

    /**
     * Counts one case, its labels and the labels of its advice ({@link Labels#of(Advice)}).
     *
     * @param generated the case
     * @param advice its advice
     * @return this tally
     */
    public Coverage record(GeneratedCase generated, Advice advice) {
        record(generated);
        Labels.of(advice).forEach(this::increment);
        return this;
    }

    private void increment(String label) {
        counts.computeIfAbsent(label, k -> new LongAdder()).increment();
    }

    /** @return how many cases were recorded */
    public long cases() {
        return cases.get();
    }

    /**
     * @param label a label
     * @return how many recorded cases carried it
     */
    public long count(String label) {
        LongAdder a = counts.get(label);
        return a == null ? 0 : a.sum();
    }

    /**
     * @param label a label
     * @return the share of recorded cases that carried it, 0..1
     */
    public double fraction(String label) {
        long n = cases();
        return n == 0 ? 0.0 : (double) count(label) / n;
    }

    /** @return every label seen, with its count, sorted by label */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * Fails loudly unless every required label was produced, each by at least {@code minFraction} of the cases.
     *
     * @param required labels such as {@code segment=VIP}
     * @param minFraction least share of cases, 0..1 (0 means "at least once")
     * @throws UnknownLabelException when a required label is not one the kit can produce (a typo such as
     *     {@code signal=LEGAL_THRET}), as {@link GeneratedCase#has} does, the advice's labels
     *     ({@link Labels#of(Advice)}) known too; a label of a key among the recorded ones is known
     * @throws AssertionError listing each label that was missing or too rare, with the whole tally
     */
    public void assertCovered(Collection<String> required, double minFraction) {
        Set<String> recorded = counts.keySet();
        required.forEach(label -> Labels.requireKnownWithAdvice(label, recorded));
        List<String> problems = new ArrayList<>();
        long n = cases();
        for (String label : new LinkedHashSet<>(required)) {
            long c = count(label);
            if (c == 0) {
                problems.add(label + ": never produced");
            } else if (fraction(label) < minFraction) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s: %d of %d cases (%.2f%%), below %.2f%%",
                        label,
                        c,
                        n,
                        100.0 * fraction(label),
                        100.0 * minFraction));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("coverage: " + problems.size() + " required label(s) missing or too rare over " + n
                    + " cases:\n  " + String.join("\n  ", problems) + "\n" + report());
        }
    }

    /**
     * @param required labels
     * @return those never produced
     */
    public Set<String> missing(Collection<String> required) {
        Set<String> out = new LinkedHashSet<>();
        required.forEach(l -> {
            if (count(l) == 0) {
                out.add(l);
            }
        });
        return out;
    }

    /** @return the tally as a table, one label a line with count and percentage */
    public String report() {
        StringBuilder b = new StringBuilder("labels over " + cases() + " cases:\n");
        counts().forEach((k, v) ->
                b.append(String.format(Locale.ROOT, "  %-40s %8d  %6.2f%%%n", k, v, 100.0 * v / Math.max(1, cases()))));
        return b.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
