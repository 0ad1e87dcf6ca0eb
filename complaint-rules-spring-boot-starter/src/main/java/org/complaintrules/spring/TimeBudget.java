package org.complaintrules.spring;

import java.time.Duration;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** {@code complaint-rules.time-budget}: checked at start-up, applied to the builder. */
final class TimeBudget {
    static final Duration MIN = Duration.ofMillis(1);
    static final Duration MAX = Duration.ofMinutes(10);

    private TimeBudget() {}

    static void check(Duration budget, String property) {
        if (budget.compareTo(MIN) < 0 || budget.compareTo(MAX) > 0) {
            throw new InvalidConfigurationPropertyValueException(property, budget, "must be 1ms to 10m");
        }
    }

    static void apply(DroolsComplaintAdvisor.Builder builder, Duration budget) {
        builder.timeBudget(budget);
    }
}
