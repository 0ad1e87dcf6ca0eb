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
     * The precondition of this property, in words, or {@code null} when it applies to every case.
     * The runner reports how often it held and fails a property whose precondition held in fewer
     * than {@value PropertyCheck#MIN_PRECONDITION_PERCENT}% of the cases: such a property was hardly tested.
     *
     * @return the precondition, or {@code null}
     */
    default String precondition() {
        return null;
    }

    /**
     * @param generated a case
     * @return whether the precondition holds for it (always, when there is none); the runner checks
     *     the property only on cases for which it does
     */
    default boolean applies(GeneratedCase generated) {
        return true;
    }

    /**
     * A property that is only checked on cases meeting a precondition, e.g.
     * {@code given("a legal threat", c -> c.has("signal=LEGAL_THREAT"), c -> ...)}. Prefer it over an
     * implication ({@code !pre || holds}) inside the property: the runner counts how often the precondition
     * held and fails the property when it held in fewer than {@value PropertyCheck#MIN_PRECONDITION_PERCENT}%
     * of the cases, and the minimiser keeps it true while shrinking.
     *
     * @param description the precondition in words, for the report
     * @param precondition which cases the property is about
     * @param property what must hold for them
     * @return the property
     */
    static CaseProperty given(String description, Predicate<GeneratedCase> precondition, CaseProperty property) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(precondition, "precondition");
        Objects.requireNonNull(property, "property");
        return new CaseProperty() {
            @Override
            public void check(GeneratedCase generated) throws Exception {
                property.check(generated);
            }

            @Override
            public String precondition() {
                return property.precondition() == null ? description : description + " and " + property.precondition();
            }

            @Override
            public boolean applies(GeneratedCase generated) {
                return precondition.test(generated) && property.applies(generated);
            }
        };
    }

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
