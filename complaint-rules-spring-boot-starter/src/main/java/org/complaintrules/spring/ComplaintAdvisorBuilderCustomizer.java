package org.complaintrules.spring;

import org.complaintrules.drools.DroolsComplaintAdvisor;

/**
 * A bean of this type adjusts the advisor's builder after the {@code complaint-rules.*} properties
 * are applied, for options that have no property (a signal analyser of your own, policy values
 * computed at start-up). Customizers run in {@link org.springframework.core.Ordered} order, on the
 * thread that compiles the policy, each time the advisor is built (once, or again by a reload after
 * a failed start).
 *
 * <pre>{@code
 * @Bean
 * ComplaintAdvisorBuilderCustomizer myAnalyzer() {
 *     return builder -> builder.signalAnalyzer(new MySignalAnalyzer());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ComplaintAdvisorBuilderCustomizer {
    /**
     * @param builder the builder, with the properties applied
     */
    void customize(DroolsComplaintAdvisor.Builder builder);
}
