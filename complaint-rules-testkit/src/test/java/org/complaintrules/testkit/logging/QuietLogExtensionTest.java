package org.complaintrules.testkit.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.slf4j.LoggerFactory;

class QuietLogExtensionTest {

    // the classes below are run by the launcher from the tests, not by Surefire (nested, no Test suffix)

    @ExpectQuietLog
    static class InfoOnly {
        @Test
        void logsAtInfo() {
            LoggerFactory.getLogger("org.example.quiet").info("loaded {} rules", 3);
        }
    }

    @ExpectQuietLog
    static class WarnsOnTheTestThread {
        @Test
        void warns() {
            LoggerFactory.getLogger("org.example.noisy").warn("rule {} was slow", "R-7");
        }
    }

    @ExpectQuietLog
    static class ErrsOnAWorkerThread {
        @Test
        void errsOnAnotherThread() throws InterruptedException {
            Thread worker = new Thread(
                    () -> LoggerFactory.getLogger("org.example.worker").error("evaluation failed"), "worker-1");
            worker.start();
            worker.join();
        }
    }

    @ExpectQuietLog(allow = "org.example.")
    static class AllowsAPackage {
        @Test
        void warnsFromTheAllowedPackage() {
            LoggerFactory.getLogger("org.example.noisy").warn("expected");
        }

        @Test
        void warnsFromAnotherPackage() {
            LoggerFactory.getLogger("org.other.noisy").warn("not expected");
        }
    }

    @ExpectQuietLog
    static class AllowsOnTheMethod {
        @Test
        @ExpectQuietLog(allow = "org.example.noisy")
        void warnsFromTheAllowedLogger() {
            LoggerFactory.getLogger("org.example.noisy").warn("expected");
        }

        @Test
        @ExpectQuietLog(allow = "org.example.noisy")
        void aLoggerNameIsNotAPrefix() {
            LoggerFactory.getLogger("org.example.noisy.child").warn("not expected");
        }
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(testClass))
                                .build(),
                        listener);
        return listener.getSummary();
    }

    private static List<String> failureMessages(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName() + ": "
                        + f.getException().getMessage())
                .toList();
    }

    @Test
    void aRunLoggingAtInfoPasses() {
        TestExecutionSummary summary = run(InfoOnly.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTotalFailureCount()).isZero();
    }

    @Test
    void aWarnLineFailsTheTestNamingTheLoggerAndTheLine() {
        TestExecutionSummary summary = run(WarnsOnTheTestThread.class);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(failureMessages(summary))
                .singleElement(STRING)
                .contains("expected a quiet run")
                .contains("WARN org.example.noisy - rule R-7 was slow");
    }

    @Test
    void anErrorLineFromAnotherThreadFailsTheTest() {
        TestExecutionSummary summary = run(ErrsOnAWorkerThread.class);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(failureMessages(summary))
                .singleElement(STRING)
                .contains("[worker-1] ERROR org.example.worker - evaluation failed");
    }

    @Test
    void anAllowedPackageMayWarnAndOthersMayNot() {
        TestExecutionSummary summary = run(AllowsAPackage.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(failureMessages(summary))
                .singleElement(STRING)
                .startsWith("warnsFromAnotherPackage()")
                .contains("org.other.noisy");
    }

    @Test
    void anAllowedLoggerOnTheMethodAddsToTheClassAndIsMatchedExactly() {
        TestExecutionSummary summary = run(AllowsOnTheMethod.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(failureMessages(summary))
                .singleElement(STRING)
                .startsWith("aLoggerNameIsNotAPrefix()")
                .contains("org.example.noisy.child");
    }

    @Test
    void theErrorStreamIsPutBackAfterEachTest() {
        PrintStream before = System.err;
        run(WarnsOnTheTestThread.class);
        run(InfoOnly.class);
        assertThat(System.err).isSameAs(before);
    }

    @Test
    void theLinesOfTheSimpleBindingAreRecognised() {
        assertThat(QuietLogExtension.warningLogger("[main] WARN org.a.B - text"))
                .contains("org.a.B");
        assertThat(QuietLogExtension.warningLogger("[pool-1 thread-2] ERROR org.a.B - text"))
                .contains("org.a.B");
        assertThat(QuietLogExtension.warningLogger("WARN org.a.B - text")).contains("org.a.B");
        // with showDateTime, in the default and in a chosen format
        assertThat(QuietLogExtension.warningLogger("15:01:07 [main] WARN org.a.B - text"))
                .contains("org.a.B");
        assertThat(QuietLogExtension.warningLogger("2026-11-26 15:01:07:123 +0000 [main] ERROR org.a.B - text"))
                .contains("org.a.B");
        assertThat(QuietLogExtension.warningLogger("1234 [main] INFO org.a.B - text"))
                .isEmpty();
        assertThat(QuietLogExtension.warningLogger("[main] [ERROR] org.a.B - text"))
                .contains("org.a.B");
        assertThat(QuietLogExtension.warningLogger("[main] INFO org.a.B - WARN org.c.D - text"))
                .isEmpty();
        assertThat(QuietLogExtension.warningLogger("WARNING: an illegal reflective access"))
                .isEmpty();
        assertThat(QuietLogExtension.warningLogger("\tat org.a.B.run(B.java:12)"))
                .isEmpty();
    }

    @Test
    void aLoggerIsAllowedByItsNameOrByAPackagePrefix() {
        assertThat(QuietLogExtension.isAllowed("org.a.B", List.of("org.a."))).isTrue();
        assertThat(QuietLogExtension.isAllowed("org.a.B", List.of("org.a.B"))).isTrue();
        assertThat(QuietLogExtension.isAllowed("org.a.Bc", List.of("org.a.B"))).isFalse();
        assertThat(QuietLogExtension.isAllowed("org.ab.C", List.of("org.a."))).isFalse();
        assertThat(QuietLogExtension.isAllowed("org.a.B", List.of())).isFalse();
    }
}
