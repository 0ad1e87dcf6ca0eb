package org.complaintrules.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values from a source of randomness: the building block of every case
 * generator in this kit. Plain Java, usable from any test runner.
 *
 * <pre>{@code
 * Gen<Segment> segment = Gen.frequency(Gen.weighted(8, Gen.constant(Segment.STANDARD)),
 *                                      Gen.weighted(2, Gen.constant(Segment.VIP)));
 * Gen<String> label = segment.map(s -> "segment=" + s);
 * String one = label.generate(new SplittableRandom(42));
 * }</pre>
 *
 * <p>A generator must draw all its randomness from the {@link RandomGenerator} it is given, so the
 * same seed always gives the same value.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * @param random the source of randomness; the only one a generator may use
     * @return a value
     */
    T generate(RandomGenerator random);

    /**
     * The seed given in code to the generator this one was derived from, if any: a {@link CaseGenerator}
     * built with {@link CaseGenerator.Builder#seed(long)}, and every generator made from it by {@link
     * #map}, {@link #flatMap}, {@link #filter}, {@link #orNull} or {@link #list}, so that {@link
     * PropertyCheck#check} draws {@code CaseGenerator.builder().seed(7).build().filter(...)} from seed 7 too.
     *
     * @return the seed, or empty (the default) when none was given
     */
    default OptionalLong givenSeed() {
        return OptionalLong.empty();
    }

    /**
     * @param f what to apply to each value
     * @param <R> the new value type
     * @return a generator of {@code f(value)}
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return keepingSeed(r -> f.apply(generate(r)));
    }

    /**
     * @param f chooses the next generator from a value
     * @param <R> the new value type
     * @return a generator that draws a value, then draws from the generator {@code f} chose for it
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return keepingSeed(r -> f.apply(generate(r)).generate(r));
    }

    /**
     * Keeps only values that pass a test, drawing again (at most 1,000 times) otherwise.
     *
     * @param keep the test
     * @return the filtered generator
     * @throws IllegalStateException from {@link #generate} when 1,000 draws in a row were rejected
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "keep");
        return keepingSeed(r -> {
            for (int i = 0; i < 1_000; i++) {
                T t = generate(r);
                if (keep.test(t)) {
                    return t;
                }
            }
            throw new IllegalStateException("filter rejected 1000 values in a row; generate closer to what you need");
        });
    }

    /**
     * @param probabilityOfNull 0..1
     * @return a generator giving {@code null} with that probability, else a value of this one
     */
    default Gen<T> orNull(double probabilityOfNull) {
        checkProbability(probabilityOfNull);
        return keepingSeed(r -> r.nextDouble() < probabilityOfNull ? null : generate(r));
    }

    /**
     * @param size how many values
     * @return a generator of lists of values of this generator
     */
    default Gen<List<T>> list(Gen<Integer> size) {
        Objects.requireNonNull(size, "size");
        return keepingSeed(r -> {
            int n = size.generate(r);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(generate(r));
            }
            return out;
        });
    }

    /** @return {@code derived}, answering this generator's {@link #givenSeed} when it has one */
    private <R> Gen<R> keepingSeed(Gen<R> derived) {
        OptionalLong seed = givenSeed();
        if (seed.isEmpty()) {
            return derived;
        }
        return new Gen<>() {
            @Override
            public R generate(RandomGenerator random) {
                return derived.generate(random);
            }

            @Override
            public OptionalLong givenSeed() {
                return seed;
            }
        };
    }

    /**
     * @param value the value
     * @param <T> its type
     * @return a generator that always gives {@code value}
     */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /**
     * @param values the values, at least one
     * @param <T> their type
     * @return a generator choosing one of them uniformly
     */
    @SafeVarargs
    static <T> Gen<T> choose(T... values) {
        return choose(List.of(values));
    }

    /**
     * @param values the values, at least one
     * @param <T> their type
     * @return a generator choosing one of them uniformly
     * @throws IllegalArgumentException when {@code values} is empty
     */
    static <T> Gen<T> choose(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choose needs at least one value");
        }
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /**
     * @param type an enum class
     * @param <E> the enum
     * @return a generator choosing one of its constants uniformly
     */
    static <E extends Enum<E>> Gen<E> choose(Class<E> type) {
        return choose(List.of(type.getEnumConstants()));
    }

    /**
     * @param gens generators, at least one
     * @param <T> the value type
     * @return a generator drawing from one of them, chosen uniformly
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator");
        }
        return r -> copy.get(r.nextInt(copy.size())).generate(r);
    }

    /**
     * A generator with a weight, for {@link #frequency}.
     *
     * @param weight how often, relative to the others; {@code >= 0}
     * @param gen the generator
     * @param <T> the value type
     */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        /**
         * Validates the weight.
         *
         * @param weight relative weight, {@code >= 0}; 0 never generates it
         * @param gen the generator
         */
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be >= 0, was " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * @param weight relative weight, {@code >= 0}
     * @param gen the generator
     * @param <T> the value type
     * @return the pair, for {@link #frequency}
     */
    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * @param weight relative weight, {@code >= 0}
     * @param value a constant value
     * @param <T> the value type
     * @return the pair, for {@link #frequency}
     */
    static <T> Weighted<T> weighted(int weight, T value) {
        return new Weighted<>(weight, constant(value));
    }

    /**
     * @param choices weighted generators; the weights must add up to more than 0
     * @param <T> the value type
     * @return a generator drawing from one of them, chosen in proportion to its weight
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("frequency needs a positive total weight, was " + total);
        }
        return r -> {
            int pick = r.nextInt(total);
            for (Weighted<? extends T> w : copy) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().generate(r);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /**
     * @param probabilityOfPresent 0..1
     * @param gen the generator
     * @param <T> the value type
     * @return a generator giving a value of {@code gen} with that probability, else {@code null}
     */
    static <T> Gen<T> optional(double probabilityOfPresent, Gen<T> gen) {
        checkProbability(probabilityOfPresent);
        return gen.orNull(1.0 - probabilityOfPresent);
    }

    /**
     * @param probabilityOfTrue 0..1
     * @return a generator of booleans
     */
    static Gen<Boolean> bool(double probabilityOfTrue) {
        checkProbability(probabilityOfTrue);
        return r -> r.nextDouble() < probabilityOfTrue;
    }

    /**
     * @param min smallest value
     * @param max largest value, {@code >= min}
     * @return a generator of ints in {@code [min, max]}, uniformly
     */
    static Gen<Integer> integers(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max must be >= min, was " + min + ".." + max);
        }
        return r -> (int) r.nextLong(min, (long) max + 1);
    }

    /**
     * Amounts with two decimals, spread log-uniformly between the bounds so small and large
     * amounts are equally likely orders of magnitude.
     *
     * @param min smallest amount, {@code >= 0}
     * @param max largest amount, {@code > min}
     * @return a generator of amounts with scale 2
     */
    static Gen<BigDecimal> amounts(BigDecimal min, BigDecimal max) {
        if (min.signum() < 0 || max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("need 0 <= min < max, was " + min + ".." + max);
        }
        double lo = Math.log(min.doubleValue() + 1.0);
        double hi = Math.log(max.doubleValue() + 1.0);
        return r -> {
            double v = Math.exp(lo + r.nextDouble() * (hi - lo)) - 1.0;
            BigDecimal a = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
            return a.max(min.setScale(2, RoundingMode.UP)).min(max.setScale(2, RoundingMode.DOWN));
        };
    }

    private static void checkProbability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be 0..1, was " + p);
        }
    }
}
