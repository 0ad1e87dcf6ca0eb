package org.complaintrules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedComplaintAdvisorTest {

    /** Records what the advisor tells its listeners. */
    static final class Recorder implements ManagedComplaintAdvisor.Listener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void ready(RuleSetInfo ruleSet, Duration compileTime) {
            events.add("ready " + ruleSet.name());
        }

        @Override
        public void failed(RuntimeException failure) {
            events.add("failed " + failure.getClass().getSimpleName());
        }

        @Override
        public void advised(CaseResult result, long nanos) {
            events.add("advised " + (result instanceof Advice ? "advice" : ((CaseError) result).code()));
        }

        @Override
        public void reloaded(RuleSetInfo ruleSet, RuntimeException failure) {
            events.add("reloaded " + (failure == null ? "ok" : "failed"));
        }
    }

    @Test
    void answersNotReadyWhileCompilingThenAdvises(@TempDir Path tmp) {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        ManagedComplaintAdvisor advisor = new ManagedComplaintAdvisor(
                () -> DroolsComplaintAdvisor.builder().rulesDirectory(dir).build());
        Recorder recorder = new Recorder();
        advisor.addListener(recorder);
        GatedExecutor gate = new GatedExecutor();
        advisor.start(gate);

        assertThat(advisor.state()).isEqualTo(ManagedComplaintAdvisor.State.COMPILING);
        assertThatThrownBy(() -> advisor.advise(TestPolicy.blender("C-1")))
                .isInstanceOf(PolicyNotReadyException.class)
                .hasMessageContaining("still compiling");
        assertThatThrownBy(advisor::ruleSet).isInstanceOf(PolicyNotReadyException.class);
        assertThatThrownBy(advisor::reload).isInstanceOf(PolicyNotReadyException.class);
        CaseResult refused = advisor.tryAdvise(TestPolicy.blender("C-1"));
        assertThat(refused).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.caseId()).isEqualTo("C-1");
            assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
        });
        assertThatThrownBy(() -> advisor.awaitReady(Duration.ofMillis(50)))
                .isInstanceOf(PolicyNotReadyException.class)
                .hasMessageContaining("still compiling after 50 ms");

        gate.open();
        RuleSetInfo info = advisor.awaitReady(Duration.ofMinutes(2));

        assertThat(info.name()).isEqualTo("default-policy");
        assertThat(advisor.state()).isEqualTo(ManagedComplaintAdvisor.State.READY);
        assertThat(advisor.compileTime()).isPositive();
        assertThat(advisor.advise(TestPolicy.blender("C-2")).caseId()).isEqualTo("C-2");
        assertThat(recorder.events).containsExactly("ready default-policy", "advised advice");
    }

    @Test
    void aFailedStartIsRepairedByAReloadAndAFailedReloadKeepsTheRules(@TempDir Path tmp) throws Exception {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        Path broken = TestPolicy.writeBrokenRule(dir);
        ManagedComplaintAdvisor advisor = new ManagedComplaintAdvisor(
                () -> DroolsComplaintAdvisor.builder().rulesDirectory(dir).build());
        Recorder recorder = new Recorder();
        advisor.addListener(recorder);
        advisor.start(Runnable::run);

        assertThat(advisor.state()).isEqualTo(ManagedComplaintAdvisor.State.FAILED);
        assertThat(advisor.failure()).isInstanceOf(RuleCompilationException.class);
        assertThatThrownBy(() -> advisor.advise(TestPolicy.blender("C-1")))
                .isInstanceOf(PolicyNotReadyException.class)
                .hasMessageContaining("did not compile")
                .hasMessageContaining("zz-broken.drl:");
        assertThatThrownBy(() -> advisor.awaitReady(Duration.ofSeconds(1)))
                .isInstanceOf(PolicyNotReadyException.class)
                .hasCauseInstanceOf(RuleCompilationException.class);

        Files.delete(broken);
        RuleSetInfo repaired = advisor.reload();
        assertThat(advisor.state()).isEqualTo(ManagedComplaintAdvisor.State.READY);
        assertThat(advisor.advise(TestPolicy.blender("C-2")).ruleSet()).isEqualTo(repaired);

        TestPolicy.writeBrokenRule(dir);
        assertThatThrownBy(advisor::reload).isInstanceOf(RuleCompilationException.class);
        assertThat(advisor.lastReloadError()).contains("zz-broken.drl:");
        assertThat(advisor.ruleSet()).isEqualTo(repaired);
        assertThat(advisor.advise(TestPolicy.blender("C-3")).ruleSet()).isEqualTo(repaired);
        assertThat(recorder.events)
                .containsExactly(
                        "failed RuleCompilationException",
                        "ready default-policy",
                        "reloaded ok",
                        "advised advice",
                        "reloaded failed",
                        "advised advice");
    }
}
