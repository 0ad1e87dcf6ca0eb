package org.complaintrules.spring;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.Money;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.signals.SignalAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Auto-configures a {@link ManagedComplaintAdvisor} from {@link ComplaintRulesProperties}, unless the
 * application defines its own {@link ComplaintAdvisor} bean. The policy compiles on a background
 * thread (or on an {@link Executor} bean named {@value #COMPILE_EXECUTOR}) from the moment the bean is
 * created; the application reports ready once it is compiled, and fails to start when it does not
 * compile. With {@code complaint-rules.reload.watch=true} a change below the rules directory reloads it.
 */
@AutoConfiguration
@ConditionalOnClass(DroolsComplaintAdvisor.class)
@ConditionalOnProperty(prefix = ComplaintRulesProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ComplaintRulesProperties.class)
public class ComplaintRulesAutoConfiguration {
    /** Name of an optional {@link Executor} bean to compile the policy on. */
    public static final String COMPILE_EXECUTOR = "complaintRulesCompileExecutor";

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintRulesAutoConfiguration.class);

    /** Creates the configuration; Spring calls it. */
    public ComplaintRulesAutoConfiguration() {}

    /**
     * @param properties the {@code complaint-rules.*} properties
     * @param customizers builder customizers, applied after the properties in their order
     * @param analyzer a signal analyser to use instead of the default, if the application has one
     * @param executor where to compile, if the application names one
     * @return the advisor, compiling
     * @throws InvalidConfigurationPropertyValueException when a property is invalid, naming it and its value
     */
    @Bean
    @ConditionalOnMissingBean(ComplaintAdvisor.class)
    public ManagedComplaintAdvisor complaintAdvisor(
            ComplaintRulesProperties properties,
            ObjectProvider<ComplaintAdvisorBuilderCustomizer> customizers,
            ObjectProvider<SignalAnalyzer> analyzer,
            @Qualifier(COMPILE_EXECUTOR) ObjectProvider<Executor> executor) {
        DroolsComplaintAdvisor.Builder builder = builder(properties);
        analyzer.ifAvailable(builder::signalAnalyzer);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        ManagedComplaintAdvisor advisor = new ManagedComplaintAdvisor(builder::build);
        if (properties.isCompileInBackground()) {
            advisor.start(executor.getIfAvailable(() -> ComplaintRulesAutoConfiguration::compileThread));
        } else {
            advisor.start(Runnable::run);
            if (advisor.failure() != null) {
                throw advisor.failure();
            }
        }
        return advisor;
    }

    private static void compileThread(Runnable task) {
        Thread t = new Thread(task, "complaint-rules-compile");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Holds the application's ready event until the policy is compiled, so the readiness state turns
     * ACCEPTING_TRAFFIC only then; fails start-up when the policy does not compile.
     *
     * @param advisor the advisor
     * @param properties for the start-up timeout
     * @return the listener
     */
    @Bean
    @ConditionalOnBean(ManagedComplaintAdvisor.class)
    public ApplicationListener<ApplicationReadyEvent> complaintRulesStartupGate(
            ManagedComplaintAdvisor advisor, ComplaintRulesProperties properties) {
        return new StartupGate(advisor, properties);
    }

    /**
     * @param advisor the advisor
     * @param properties where the rules are and how often to look
     * @return the watcher, started with the context
     */
    @Bean
    @ConditionalOnBean(ManagedComplaintAdvisor.class)
    @ConditionalOnProperty(prefix = ComplaintRulesProperties.PREFIX, name = "reload.watch")
    public PolicyFileWatcher complaintRulesFileWatcher(
            ManagedComplaintAdvisor advisor, ComplaintRulesProperties properties) {
        Path dir = properties.getRulesDirectory();
        if (dir == null) {
            throw new InvalidConfigurationPropertyValueException(
                    ComplaintRulesProperties.PREFIX + ".reload.watch",
                    true,
                    "watching needs complaint-rules.rules-directory; a bundled or classpath policy does not change");
        }
        return new PolicyFileWatcher(advisor, dir, properties.getReload().getInterval());
    }

    /** Runs first among the ready listeners, so that the others see a compiled policy. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class StartupGate implements ApplicationListener<ApplicationReadyEvent> {
        private final ManagedComplaintAdvisor advisor;
        private final ComplaintRulesProperties properties;

        StartupGate(ManagedComplaintAdvisor advisor, ComplaintRulesProperties properties) {
            this.advisor = advisor;
            this.properties = properties;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            advisor.awaitReady(properties.getStartupTimeout());
            LOG.info(
                    "complaint-rules: application ready {} ms after the JVM started (policy compiled in {} ms)",
                    ManagementFactory.getRuntimeMXBean().getUptime(),
                    advisor.compileTime().toMillis());
        }
    }

    static DroolsComplaintAdvisor.Builder builder(ComplaintRulesProperties p) {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        String prefix = ComplaintRulesProperties.PREFIX + ".";
        if (p.getRulesDirectory() != null && p.getClasspathPolicy() != null) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "classpath-policy",
                    p.getClasspathPolicy(),
                    "set either complaint-rules.rules-directory or complaint-rules.classpath-policy, not both");
        }
        if (p.getRulesDirectory() != null) {
            b.rulesDirectory(p.getRulesDirectory());
        } else if (p.getClasspathPolicy() != null) {
            if (p.getClasspathPolicy().isBlank()) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "classpath-policy", p.getClasspathPolicy(), "must name a classpath folder");
            }
            b.classpathPolicy(p.getClasspathPolicy());
        }
        if (p.getProfile() != null) {
            b.regulatoryProfile(p.getProfile());
        }
        if (p.getAbsoluteCap() != null) {
            b.absoluteCompensationCap(money(prefix + "absolute-cap", p.getAbsoluteCap()));
        }
        try {
            b.firingLimit(p.getFiringLimit());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "firing-limit", p.getFiringLimit(), "must be 1 to 1000000");
        }
        if (p.getTimeBudget() != null) {
            TimeBudget.apply(b, p.getTimeBudget(), prefix + "time-budget");
        }
        b.policyProperties(p.getPolicyProperties());
        if (p.getStartupTimeout() == null
                || p.getStartupTimeout().isNegative()
                || p.getStartupTimeout().isZero()) {
            throw new InvalidConfigurationPropertyValueException(
                    prefix + "startup-timeout", p.getStartupTimeout(), "must be a positive duration");
        }
        return b;
    }

    static Money money(String property, String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length != 2) {
            throw new InvalidConfigurationPropertyValueException(
                    property, value, "must be an amount and a currency, e.g. \"5000.00 EUR\"");
        }
        try {
            return Money.of(parts[0], parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidConfigurationPropertyValueException(
                    property, value, "must be an amount and a currency, e.g. \"5000.00 EUR\": " + e.getMessage());
        }
    }
}
