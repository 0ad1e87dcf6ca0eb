package org.complaintrules.spring;

import java.time.Duration;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** {@code complaint-rules.time-budget}: checked at start-up, applied to the builder. */
final class TimeBudget {
    private TimeBudget() {}

    static void check(Duration budget, String property) {
        if (budget.isNegative() || budget.isZero()) {
            throw new InvalidConfigurationPropertyValueException(property, budget, "must be a positive duration");
        }
        // The engine's per-case time budget is not in this version of complaint-rules-drools yet.
        throw new InvalidConfigurationPropertyValueException(
                property, budget, "this version of complaint-rules-drools has no per-case time budget");
    }

    static void apply(DroolsComplaintAdvisor.Builder builder, Duration budget) {
        throw new IllegalStateException("no per-case time budget in this version of complaint-rules-drools");
    }
}
