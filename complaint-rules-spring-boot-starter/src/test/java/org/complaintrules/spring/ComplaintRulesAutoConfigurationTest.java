package org.complaintrules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.spring.jackson.ComplaintRulesJacksonAutoConfiguration;
import org.complaintrules.spring.jackson.ComplaintRulesJacksonModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in plain application contexts: properties to builder options, backing off, failures. */
class ComplaintRulesAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ComplaintRulesAutoConfiguration.class, ComplaintRulesJacksonAutoConfiguration.class));

    private static ManagedComplaintAdvisor ready(org.springframework.context.ApplicationContext context) {
        ManagedComplaintAdvisor advisor = context.getBean(ManagedComplaintAdvisor.class);
        advisor.awaitReady(Duration.ofMinutes(2));
        return advisor;
    }

    @Test
    void withoutPropertiesTheBundledPolicyCompilesInTheBackgroundAndAdvises() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ComplaintAdvisor.class).hasSingleBean(ComplaintRulesJacksonModule.class);
            ManagedComplaintAdvisor advisor = ready(context);
            Advice advice = advisor.advise(TestPolicy.blender("C-1001"));
            assertThat(advice.ruleSet().name()).isEqualTo("default-policy");
            assertThat(advice.compensation().maxAmount().compareTo(Money.of("89.99", "EUR")))
                    .isLessThanOrEqualTo(0);
        });
    }

    @Test
    void propertiesBecomeBuilderOptions(@TempDir Path tmp) {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        runner.withPropertyValues(
                        "complaint-rules.rules-directory=" + dir,
                        "complaint-rules.profile=UK_FCA",
                        "complaint-rules.absolute-cap=40.00 EUR",
                        "complaint-rules.policy-properties.version=9.9.9-test",
                        "complaint-rules.time-budget=3s",
                        "complaint-rules.compile=foreground")
                .run(context -> {
                    ManagedComplaintAdvisor advisor = ready(context);
                    assertThat(advisor.delegate().regulatoryProfile()).isEqualTo(RegulatoryProfile.UK_FCA);
                    assertThat(advisor.delegate().absoluteCompensationCap()).isEqualTo(Money.of("40.00", "EUR"));
                    Advice advice = advisor.advise(TestPolicy.blender("C-1"));
                    assertThat(advice.compensation().maxAmount().compareTo(Money.of("40.00", "EUR")))
                            .isLessThanOrEqualTo(0);
                    assertThat(advice.ruleSet().version()).isEqualTo("9.9.9-test");
                });
    }

    /** Loading them at the next start is the engine's (its CompiledRulesCacheTest runs two JVMs). */
    @Test
    void theRulesCompiledAtStartAreWrittenToTheCompiledRulesCache(@TempDir Path tmp) throws Exception {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        // other bytes than the bundled files: compiled at start, not the bundled precompiled model
        Path drl = dir.resolve("classification.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// a local copy\n");
        Path cache = tmp.resolve("cache");
        runner.withPropertyValues(
                        "complaint-rules.rules-directory=" + dir,
                        "complaint-rules.compiled-rules-cache=" + cache,
                        "complaint-rules.compile=foreground")
                .run(context -> {
                    Advice advice = ready(context).advise(TestPolicy.blender("C-1"));
                    assertThat(advice.firedRules()).isNotEmpty();
                });
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            try (Stream<Path> files = Files.walk(all.get(0))) {
                assertThat(files.filter(p -> p.toString().endsWith(".class"))).isNotEmpty();
            }
        }
    }

    @Test
    void aFiringLimitOfOneFailsEveryCaseWithRulesFailed() {
        runner.withPropertyValues("complaint-rules.firing-limit=1").run(context -> {
            ComplaintAdvisor advisor = ready(context);
            assertThat(advisor.tryAdvise(TestPolicy.blender("C-1")))
                    .isInstanceOfSatisfying(
                            CaseError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED));
        });
    }

    @Test
    void invalidPropertiesFailStartUpNamingPropertyAndValue(@TempDir Path tmp) {
        runner.withPropertyValues("complaint-rules.absolute-cap=5000")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageContaining("complaint-rules.absolute-cap")
                        .hasMessageContaining("5000"));
        runner.withPropertyValues("complaint-rules.firing-limit=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("complaint-rules.firing-limit")
                        .hasMessageContaining("1 to 1000000"));
        runner.withPropertyValues(
                        "complaint-rules.rules-directory=" + tmp, "complaint-rules.classpath-policy=com/example/policy")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("not both"));
        runner.withPropertyValues("complaint-rules.reload.watch=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("complaint-rules.reload.watch")
                        .hasMessageContaining("rules-directory"));
    }

    @Test
    void rulesThatDoNotCompileFailAForegroundStartWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        TestPolicy.writeBrokenRule(dir);
        runner.withPropertyValues("complaint-rules.rules-directory=" + dir, "complaint-rules.compile=foreground")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(RuleCompilationException.class)
                        .hasMessageContaining("zz-broken.drl:"));
    }

    @Test
    void backsOffForTheApplicationsOwnAdvisorAndCanBeTurnedOff() {
        ComplaintAdvisor own = new ComplaintAdvisor() {
            @Override
            public Advice advise(ComplaintCase complaintCase) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RuleSetInfo ruleSet() {
                return new RuleSetInfo("own", "1", "sha256:0");
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of();
            }
        };
        runner.withBean(ComplaintAdvisor.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(ComplaintAdvisor.class).doesNotHaveBean(ManagedComplaintAdvisor.class);
            assertThat(context.getBean(ComplaintAdvisor.class)).isSameAs(own);
        });
        runner.withPropertyValues("complaint-rules.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ComplaintAdvisor.class));
    }

    @Test
    void customizersAdjustTheBuilderAndTheCompileCanRunDuringStartUp() {
        runner.withPropertyValues("complaint-rules.compile=during-start")
                .withBean(
                        ComplaintAdvisorBuilderCustomizer.class,
                        () -> builder -> builder.regulatoryProfile(RegulatoryProfile.AU_ASIC))
                .run(context -> assertThat(ready(context).delegate().regulatoryProfile())
                        .isEqualTo(RegulatoryProfile.AU_ASIC));
    }
}
