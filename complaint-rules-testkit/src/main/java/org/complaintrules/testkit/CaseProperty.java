package org.complaintrules.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.json.AdviceWriter;

/**
 * A property of one generated case: it returns normally when the property holds and throws (an
 * {@link AssertionError}, or any exception) when it does not. A metamorphic property derives its
 * second case itself, so the minimiser re-runs the whole check, derivation included, on each
 * smaller first case.
 */
@FunctionalInterface
public interface CaseProperty {

    /**
     * @param generated the case and its setting
     * @throws Exception or an {@link AssertionError} when the property does not hold
     */
    void check(GeneratedCase generated) throws Exception;

    /**
     * @param description what must hold, for the failure message
     * @param holds the test
     * @return a property that fails with {@code description} when {@code holds} is false
     */
    static CaseProperty that(String description, Predicate<GeneratedCase> holds) {
        Objects.requireNonNull(holds, "holds");
        return c -> {
            if (!holds.test(c)) {
                throw new AssertionError("does not hold: " + description);
            }
        };
    }

    /**
     * A metamorphic property over a pair: the first case and a second one derived from it.
     *
     * @param derive makes the second case from the first
     * @param check the relation between the two; its failure message is extended with the derived case as JSON
     * @return the property
     */
    static CaseProperty pair(Function<GeneratedCase, ComplaintCase> derive, PairCheck check) {
        Objects.requireNonNull(derive, "derive");
        Objects.requireNonNull(check, "check");
        return c -> {
            ComplaintCase second = derive.apply(c);
            try {
                check.check(c, second);
            } catch (AssertionError e) {
                AssertionError wrapped = new AssertionError(
                        e.getMessage() + "\n  derived case: "
                                + AdviceWriter.create().writeCase(second),
                        e);
                throw wrapped;
            }
        };
    }

    /** The relation a metamorphic property checks between a case and the case derived from it. */
    @FunctionalInterface
    interface PairCheck {
        /**
         * @param first the generated case
         * @param second the case derived from it
         * @throws Exception or an {@link AssertionError} when the relation does not hold
         */
        void check(GeneratedCase first, ComplaintCase second) throws Exception;
    }
}
