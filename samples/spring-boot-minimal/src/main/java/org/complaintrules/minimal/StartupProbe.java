package org.complaintrules.minimal;

import java.lang.management.ManagementFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * For the start-up measurement only: with {@code -Dstartup.exit=started} the process prints its
 * uptime and ends as soon as the application has started (the moment Spring Boot logs
 * "Started ..."); with {@code -Dstartup.exit=ready}, once it accepts traffic (with the starter: once
 * the policy is compiled). Without the property it does nothing. Registered in
 * {@code META-INF/spring.factories}, so it is there with and without the library.
 */
public class StartupProbe implements ApplicationListener<ApplicationEvent> {
    private final String exitAt = System.getProperty("startup.exit", "");

    /** Creates the probe; Spring Boot calls it. */
    public StartupProbe() {}

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (exitAt.equals("started") && event instanceof ApplicationStartedEvent) {
            exit("started");
        } else if (exitAt.equals("ready")
                && event instanceof AvailabilityChangeEvent<?> a
                && a.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            exit("ready");
        }
    }

    private static void exit(String what) {
        System.out.println(
                what + " after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
