package org.complaintrules.spring.actuate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.spring.ManagedComplaintAdvisor;

/**
 * Micrometer meters of the advisor (no case data in any tag):
 *
 * <ul>
 *   <li>{@code complaint.rules.advice} (timer, tag {@code outcome}: {@code advice} or {@code error}):
 *       the time to advise one case.</li>
 *   <li>{@code complaint.rules.cases} (counter, tag {@code complainant.type}): advised cases by type.</li>
 *   <li>{@code complaint.rules.errors} (counter, tag {@code code}): cases answered with an error,
 *       whether the advisor failed or the host could not read the input.</li>
 *   <li>{@code complaint.rules.reloads} (counter, tag {@code result}: {@code success} or
 *       {@code failure}).</li>
 *   <li>{@code complaint.rules.ready} (gauge, 1 or 0) and {@code complaint.rules.compile.time}
 *       (gauge, seconds the compile took).</li>
 * </ul>
 */
public class ComplaintRulesMetrics implements MeterBinder, ManagedComplaintAdvisor.Listener {
    private final ManagedComplaintAdvisor advisor;
    private volatile Meters meters;

    private record Meters(
            Timer advice,
            Timer error,
            Map<ComplainantType, Counter> types,
            Map<ErrorCode, Counter> errors,
            Counter reloaded,
            Counter reloadFailed) {}

    /** @param advisor the advisor to measure */
    public ComplaintRulesMetrics(ManagedComplaintAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<ComplainantType, Counter> types = counters(
                registry,
                ComplainantType.class,
                "complaint.rules.cases",
                "cases advised, by complainant type",
                "complainant.type");
        Map<ErrorCode, Counter> errors = counters(
                registry,
                ErrorCode.class,
                "complaint.rules.errors",
                "cases answered with an error, by error code",
                "code");
        meters = new Meters(
                timer(registry, "advice"),
                timer(registry, "error"),
                types,
                errors,
                reloads(registry, "success"),
                reloads(registry, "failure"));
        Gauge.builder("complaint.rules.ready", advisor, a -> a.state() == ManagedComplaintAdvisor.State.READY ? 1 : 0)
                .description("1 when the policy is compiled and serving, else 0")
                .register(registry);
        Gauge.builder("complaint.rules.compile.time", advisor, a -> {
                    Duration d = a.compileTime();
                    return d == null ? Double.NaN : d.toNanos() / 1e9;
                })
                .description("how long the policy took to compile")
                .baseUnit("seconds")
                .register(registry);
        advisor.addListener(this);
    }

    /** @return one counter per constant of {@code type}, tagged with the constant's name */
    private static <E extends Enum<E>> Map<E, Counter> counters(
            MeterRegistry registry, Class<E> type, String name, String description, String tag) {
        Map<E, Counter> counters = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counters.put(
                    e,
                    Counter.builder(name)
                            .description(description)
                            .tag(tag, e.name())
                            .register(registry));
        }
        return counters;
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("complaint.rules.advice")
                .description("time to advise one case")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Counter reloads(MeterRegistry registry, String result) {
        return Counter.builder("complaint.rules.reloads")
                .description("policy reloads, by result")
                .tag("result", result)
                .register(registry);
    }

    @Override
    public void advised(CaseResult result, long nanos) {
        Meters m = meters;
        if (m == null) {
            return;
        }
        if (result instanceof Advice a) {
            m.advice().record(nanos, TimeUnit.NANOSECONDS);
            m.types().get(a.complainantType()).increment();
        } else if (result instanceof CaseError e) {
            m.error().record(nanos, TimeUnit.NANOSECONDS);
            m.errors().get(e.code()).increment();
        }
    }

    @Override
    public void rejected(CaseError error) {
        Meters m = meters;
        if (m != null) {
            m.errors().get(error.code()).increment();
        }
    }

    @Override
    public void reloaded(RuleSetInfo ruleSet, RuntimeException failure) {
        Meters m = meters;
        if (m != null) {
            (failure == null ? m.reloaded() : m.reloadFailed()).increment();
        }
    }
}
