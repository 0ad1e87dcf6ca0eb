package org.complaintrules.spring.actuate;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.spring.ComplaintRulesAutoConfiguration;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot Actuator: the {@code complaintRules} health indicator, the {@code complaintrules}
 * endpoint (state and reload), and, with Micrometer, {@link ComplaintRulesMetrics}.
 */
@AutoConfiguration(after = ComplaintRulesAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class ComplaintRulesActuatorAutoConfiguration {
    /** Creates the configuration; Spring calls it. */
    public ComplaintRulesActuatorAutoConfiguration() {}

    /**
     * @param advisor the advisor
     * @return the health indicator, named {@code complaintRules}
     */
    @Bean
    @ConditionalOnBean(ComplaintAdvisor.class)
    @ConditionalOnMissingBean(name = "complaintRulesHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("complaintRules")
    public ComplaintRulesHealthIndicator complaintRulesHealthIndicator(ComplaintAdvisor advisor) {
        return new ComplaintRulesHealthIndicator(advisor);
    }

    /**
     * @param advisor the advisor
     * @return the endpoint
     */
    @Bean
    @ConditionalOnBean(ManagedComplaintAdvisor.class)
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    public ComplaintRulesEndpoint complaintRulesEndpoint(ManagedComplaintAdvisor advisor) {
        return new ComplaintRulesEndpoint(advisor);
    }

    /** Metrics, when Micrometer is present; Spring Boot binds every {@code MeterBinder} bean to its registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metrics {
        /**
         * @param advisor the advisor
         * @return the meters
         */
        @Bean
        @ConditionalOnBean(ManagedComplaintAdvisor.class)
        @ConditionalOnMissingBean
        ComplaintRulesMetrics complaintRulesMetrics(ManagedComplaintAdvisor advisor) {
            return new ComplaintRulesMetrics(advisor);
        }
    }
}
