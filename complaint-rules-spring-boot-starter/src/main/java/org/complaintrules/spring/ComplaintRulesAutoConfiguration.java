package org.complaintrules.spring;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Auto-configures a {@link ManagedComplaintAdvisor} from {@link ComplaintRulesProperties}, unless the
 * application defines its own {@link ComplaintAdvisor} bean. The policy compiles on a background
 * thread (or on an {@link Executor} bean named {@value #COMPILE_EXECUTOR}) once the context is up,
 * or as {@code complaint-rules.compile} says; the application reports ready once it is compiled, and
 * fails to start when it does not compile. With {@code complaint-rules.reload.watch=true} a change below the rules directory reloads it.
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
        // Checked now, on the caller's thread; the builder (whose text analysis takes a second or two to
        // load) is made on the compile thread, so start-up does not wait for it.
        Options options = Options.of(properties);
        SignalAnalyzer ownAnalyzer = analyzer.getIfAvailable();
        List<ComplaintAdvisorBuilderCustomizer> ownCustomizers =
                customizers.orderedStream().toList();
        ManagedComplaintAdvisor advisor = new ManagedComplaintAdvisor(() -> {
            DroolsComplaintAdvisor.Builder builder = options.builder();
            if (ownAnalyzer != null) {
                builder.signalAnalyzer(ownAnalyzer);
            }
            ownCustomizers.forEach(c -> c.customize(builder));
            return builder.build();
        });
        switch (properties.getCompile()) {
            case FOREGROUND -> {
                advisor.start(Runnable::run);
                if (advisor.failure() != null) {
                    throw advisor.failure();
                }
            }
            case DURING_START -> advisor.start(compileExecutor(executor));
            case AFTER_START -> {
                // started by CompileStarter once the context is refreshed
            }
        }
        return advisor;
    }

    private static Executor compileExecutor(ObjectProvider<Executor> executor) {
        return executor.getIfAvailable(() -> ComplaintRulesAutoConfiguration::compileThread);
    }

    /**
     * Starts the compile of {@code complaint-rules.compile=AFTER_START} as the last step of the
     * context's refresh, after the web server has started.
     *
     * @param advisor the advisor
     * @param executor where to compile, if the application names one
     * @return the lifecycle bean
     */
    @Bean
    @ConditionalOnBean(ManagedComplaintAdvisor.class)
    public SmartLifecycle complaintRulesCompileStarter(
            ManagedComplaintAdvisor advisor, @Qualifier(COMPILE_EXECUTOR) ObjectProvider<Executor> executor) {
        return new CompileStarter(advisor, () -> compileExecutor(executor));
    }

    /** Starts the compile when the context's lifecycle starts; does nothing when it has started already. */
    static final class CompileStarter implements SmartLifecycle {
        private final ManagedComplaintAdvisor advisor;
        private final java.util.function.Supplier<Executor> executor;
        private volatile boolean running;

        CompileStarter(ManagedComplaintAdvisor advisor, java.util.function.Supplier<Executor> executor) {
            this.advisor = advisor;
            this.executor = executor;
        }

        @Override
        public void start() {
            advisor.start(executor.get());
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 1; // at the end of the refresh, after the web server has started
        }
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

    /** The properties, checked; {@link #builder()} applies them to a new builder. */
    record Options(
            Path rulesDirectory,
            String classpathPolicy,
            Path compiledRulesCache,
            RegulatoryProfile profile,
            Money absoluteCap,
            int firingLimit,
            Duration timeBudget,
            Map<String, String> policyProperties) {

        static Options of(ComplaintRulesProperties p) {
            String prefix = ComplaintRulesProperties.PREFIX + ".";
            if (p.getRulesDirectory() != null && p.getClasspathPolicy() != null) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "classpath-policy",
                        p.getClasspathPolicy(),
                        "set either complaint-rules.rules-directory or complaint-rules.classpath-policy, not both");
            }
            if (p.getClasspathPolicy() != null && p.getClasspathPolicy().isBlank()) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "classpath-policy", p.getClasspathPolicy(), "must name a classpath folder");
            }
            if (p.getFiringLimit() < 1 || p.getFiringLimit() > 1_000_000) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "firing-limit", p.getFiringLimit(), "must be 1 to 1000000");
            }
            if (p.getTimeBudget() != null) {
                TimeBudget.check(p.getTimeBudget(), prefix + "time-budget");
            }
            if (p.getStartupTimeout() == null
                    || p.getStartupTimeout().isNegative()
                    || p.getStartupTimeout().isZero()) {
                throw new InvalidConfigurationPropertyValueException(
                        prefix + "startup-timeout", p.getStartupTimeout(), "must be a positive duration");
            }
            return new Options(
                    p.getRulesDirectory(),
                    p.getClasspathPolicy(),
                    p.getCompiledRulesCache(),
                    p.getProfile(),
                    p.getAbsoluteCap() == null ? null : money(prefix + "absolute-cap", p.getAbsoluteCap()),
                    p.getFiringLimit(),
                    p.getTimeBudget(),
                    Map.copyOf(p.getPolicyProperties()));
        }

        DroolsComplaintAdvisor.Builder builder() {
            DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
            if (rulesDirectory != null) {
                b.rulesDirectory(rulesDirectory);
            } else if (classpathPolicy != null) {
                b.classpathPolicy(classpathPolicy);
            }
            if (compiledRulesCache != null) {
                b.compiledRulesCache(compiledRulesCache, true);
            }
            if (profile != null) {
                b.regulatoryProfile(profile);
            }
            if (absoluteCap != null) {
                b.absoluteCompensationCap(absoluteCap);
            }
            b.firingLimit(firingLimit);
            if (timeBudget != null) {
                TimeBudget.apply(b, timeBudget);
            }
            b.policyProperties(policyProperties);
            return b;
        }
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
