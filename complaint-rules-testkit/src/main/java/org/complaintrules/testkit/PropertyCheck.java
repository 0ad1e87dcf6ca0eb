package org.complaintrules.testkit;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs {@link CaseProperty properties} over generated cases, for JUnit 5 or any runner.
 *
 * <pre>{@code
 * @Test
 * void compensationNeverExceedsTheAbsoluteCap() {
 *     PropertyCheck.check("compensation <= absolute cap", CaseGenerator.builder().build(), c -> {
 *         Advice a = advisor.advise(c.complaintCase());
 *         assertThat(a.compensation().maxAmount()).isLessThanOrEqualTo(cap);
 *     });
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> properties() {
 *     return PropertyCheck.forAll("advice has a caseId", generator, c -> ...);
 * }
 * }</pre>
 *
 * <p>How many cases: the number passed in, else system property {@value #CASES_PROPERTY} (default
 * {@value #DEFAULT_CASES}). Which cases, first match wins:
 * <ol>
 *   <li>the seed given in code: the {@code seed} argument of {@link #run}, or, for {@link #check} and
 *       {@link #forAll}, a {@link CaseGenerator} built with {@link CaseGenerator.Builder#seed(long)} (or a generator
 *       made from one by {@code map}, {@code filter}...);
 *   <li>system property {@value #SEED_PROPERTY}, for replaying a failure of a property without a seed
 *       in code;
 *   <li>{@value #DEFAULT_SEED}.
 * </ol>
 * Case {@code i} is drawn from the {@code i}-th {@link SplittableRandom#split()} of
 * {@code new SplittableRandom(seed)}, like {@link CaseGenerator#stream(long)}, so
 * {@code check(name, CaseGenerator.builder().seed(7).build(), p)} sees the cases of
 * {@code CaseGenerator.builder().seed(7).build().stream(n)}. The seed is printed at the start of every run
 * and in every failure, with the way to replay that works for that call ({@link PropertyResult#replay()}):
 * the system property only when the seed came from it or from the default. On the first failing case the run stops, {@link Minimiser minimises} it by re-running the
 * whole property on smaller cases, and reports the minimal case as one JSON line that
 * {@code complaint-advisor explain} accepts, with the original case and the seed.
 *
 * <p>A property made with {@link CaseProperty#given} is checked only on cases meeting its precondition;
 * the result says how often it held, and the property fails when that was in fewer than
 * {@value #MIN_PRECONDITION_PERCENT}% of the cases. A label the generators never produce
 * ({@link GeneratedCase#has}) ends the run at once with an {@link UnknownLabelException}.
 */
public final class PropertyCheck {
    /** System property: cases per property. */
    public static final String CASES_PROPERTY = "complaint.properties.cases";
    /** System property: the seed. */
    public static final String SEED_PROPERTY = "complaint.properties.seed";
    /** Cases per property when {@value #CASES_PROPERTY} is not set. */
    public static final int DEFAULT_CASES = 1_000;
    /** Seed when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 20_251_117L;
    /**
     * A property with a {@link CaseProperty#precondition() precondition} fails when the precondition held
     * in fewer than this percentage of the cases: it was hardly tested.
     */
    public static final int MIN_PRECONDITION_PERCENT = 5;

    private PropertyCheck() {}

    /**
     * @return cases per property, from {@value #CASES_PROPERTY}, else {@value #DEFAULT_CASES}
     * @throws IllegalArgumentException when the property is set but not a positive whole number
     */
    public static int cases() {
        String v = System.getProperty(CASES_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_CASES;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CASES_PROPERTY + " must be a positive whole number, was \"" + v + "\"");
        }
    }

    /**
     * @return the seed, from {@value #SEED_PROPERTY}, else {@value #DEFAULT_SEED}
     * @throws IllegalArgumentException when the property is set but not a whole number
     */
    public static long seed() {
        String v = System.getProperty(SEED_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number, was \"" + v + "\"");
        }
    }

    /**
     * Checks a property over {@link #cases()} cases: from the generator's own seed when it is a
     * {@link CaseGenerator} built with a {@link CaseGenerator.Builder#seed(long) seed}, else from {@link #seed()}.
     *
     * @param name what the property states
     * @param generator the cases
     * @param property the property
     * @throws AssertionError with the seed and the minimal counterexample when it fails
     */
    public static void check(String name, Gen<GeneratedCase> generator, CaseProperty property) {
        check(name, generator, cases(), property, true);
    }

    /**
     * Checks a property over a given number of cases: from the generator's own seed when it is a
     * {@link CaseGenerator} built with a {@link CaseGenerator.Builder#seed(long) seed}, else from {@link #seed()}.
     *
     * @param name what the property states
     * @param generator the cases
     * @param cases how many
     * @param property the property
     * @throws AssertionError with the seed and the minimal counterexample when it fails
     */
    public static void check(String name, Gen<GeneratedCase> generator, int cases, CaseProperty property) {
        check(name, generator, cases, property, false);
    }

    /** Both {@code check}s: the seed as {@link #seedFor} chooses it, the replay as fits the call. */
    private static void check(
            String name, Gen<GeneratedCase> generator, int cases, CaseProperty property, boolean casesFromProperty) {
        long seed = seedFor(generator);
        run(
                        name,
                        generator,
                        cases,
                        seed,
                        property,
                        Minimiser.DEFAULT_MAX_ATTEMPTS,
                        replay(generator, seed, cases, casesFromProperty))
                .throwIfFailed();
    }

    /**
     * For {@code @TestFactory}: one dynamic test that checks the property over {@link #cases()} cases.
     *
     * @param name what the property states
     * @param generator the cases
     * @param property the property
     * @return the dynamic test
     */
    public static Stream<DynamicTest> forAll(String name, Gen<GeneratedCase> generator, CaseProperty property) {
        return forAll(name, generator, cases(), property, true);
    }

    /**
     * For {@code @TestFactory}: one dynamic test that checks the property over {@code cases} cases.
     *
     * @param name what the property states
     * @param generator the cases
     * @param cases how many
     * @param property the property
     * @return the dynamic test
     */
    public static Stream<DynamicTest> forAll(
            String name, Gen<GeneratedCase> generator, int cases, CaseProperty property) {
        return forAll(name, generator, cases, property, false);
    }

    private static Stream<DynamicTest> forAll(
            String name, Gen<GeneratedCase> generator, int cases, CaseProperty property, boolean casesFromProperty) {
        long seed = seedFor(generator);
        String replay = replay(generator, seed, cases, casesFromProperty);
        return Stream.of(DynamicTest.dynamicTest(
                name + " [" + cases + " cases, seed=" + seed + "]",
                () -> run(name, generator, cases, seed, property, Minimiser.DEFAULT_MAX_ATTEMPTS, replay)
                        .throwIfFailed()));
    }

    /**
     * The seed {@link #check} and {@link #forAll} use for a generator.
     *
     * @param generator the cases
     * @return the seed given in code ({@link Gen#givenSeed}: a {@link CaseGenerator} built with one, or a
     *     generator derived from it), else {@link #seed()}
     */
    public static long seedFor(Gen<GeneratedCase> generator) {
        OptionalLong given = generator.givenSeed();
        return given.isPresent() ? given.getAsLong() : seed();
    }

    private static String replay(Gen<GeneratedCase> generator, long seed, int cases, boolean casesFromProperty) {
        String casesFlag = " -D" + CASES_PROPERTY + "=" + cases;
        if (generator.givenSeed().isPresent()) {
            return "replay: run the same test again" + (casesFromProperty ? " with" + casesFlag : "")
                    + "; its seed " + seed + " is set in the code by CaseGenerator.builder().seed(" + seed
                    + "), so -D" + SEED_PROPERTY + " does not apply";
        }
        return "replay with -D" + SEED_PROPERTY + "=" + seed + (casesFromProperty ? casesFlag : "");
    }

    /**
     * Runs a property without throwing for a failure: the result says whether it held and, if
     * not, holds the minimal counterexample.
     *
     * @param name what the property states
     * @param generator the cases
     * @param cases how many, at least 1
     * @param seed the seed
     * @param property the property
     * @return the result
     */
    public static PropertyResult run(
            String name, Gen<GeneratedCase> generator, int cases, long seed, CaseProperty property) {
        return run(name, generator, cases, seed, property, Minimiser.DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * As {@link #run(String, Gen, int, long, CaseProperty)}, with a budget for minimisation.
     *
     * @param name what the property states
     * @param generator the cases
     * @param cases how many, at least 1
     * @param seed the seed
     * @param property the property
     * @param maxShrinkAttempts most property evaluations to spend minimising a failure
     * @return the result
     */
    public static PropertyResult run(
            String name,
            Gen<GeneratedCase> generator,
            int cases,
            long seed,
            CaseProperty property,
            int maxShrinkAttempts) {
        return run(
                name,
                generator,
                cases,
                seed,
                property,
                maxShrinkAttempts,
                "replay: call PropertyCheck.run again with seed " + seed + " and " + cases
                        + " cases (run does not read -D" + SEED_PROPERTY + ")");
    }

    private static PropertyResult run(
            String name,
            Gen<GeneratedCase> generator,
            int cases,
            long seed,
            CaseProperty property,
            int maxShrinkAttempts,
            String replay) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be >= 1, was " + cases);
        }
        System.out.println("property \"" + name + "\": seed=" + seed + " cases=" + cases + "; " + replay);
        Coverage coverage = new Coverage();
        SplittableRandom root = new SplittableRandom(seed);
        int held = 0;
        for (int i = 0; i < cases; i++) {
            GeneratedCase c;
            try {
                c = generator.generate(root.split());
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "property \"" + name + "\": the generator failed on case #" + i + " (seed=" + seed + ")", e);
            }
            coverage.record(c);
            if (!property.applies(c)) {
                continue;
            }
            held++;
            Throwable failure = failure(property, c);
            if (failure != null) {
                Class<?> kind = failure.getClass();
                Minimiser.Minimised m = Minimiser.minimise(
                        c,
                        x -> {
                            if (!property.applies(x)) {
                                return false;
                            }
                            Throwable t = failure(property, x);
                            return t != null && t.getClass() == kind;
                        },
                        maxShrinkAttempts);
                Throwable minimalFailure = failure(property, m.minimal());
                PropertyResult r = new PropertyResult(
                        name,
                        seed,
                        cases,
                        i + 1,
                        coverage,
                        i,
                        c,
                        failure,
                        m.minimal(),
                        minimalFailure == null ? failure : minimalFailure,
                        m.steps(),
                        property.precondition(),
                        held,
                        replay);
                System.out.println(r.report());
                return r;
            }
        }
        PropertyResult r = new PropertyResult(
                name,
                seed,
                cases,
                cases,
                coverage,
                -1,
                null,
                null,
                null,
                null,
                0,
                property.precondition(),
                held,
                replay);
        System.out.println(r.report());
        return r;
    }

    private static Throwable failure(CaseProperty property, GeneratedCase c) {
        try {
            property.check(c);
            return null;
        } catch (VirtualMachineError | UnknownLabelException e) {
            throw e;
        } catch (Throwable t) {
            return t;
        }
    }
}
