package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdviseAllOnAnExecutorTest {
    private static DroolsComplaintAdvisor mini;
    private static ExecutorService pool;

    @BeforeAll
    static void load() throws URISyntaxException {
        Path fixtures =
                Path.of(AdviseAllOnAnExecutorTest.class.getResource("/fixtures").toURI());
        mini = DroolsComplaintAdvisor.builder()
                .rulesDirectory(fixtures.resolve("mini"))
                .build();
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyCaseGetsTheAnswerItGetsAloneInTheOrderOfTheCases() {
        List<ComplaintCase> cases = TestCases.random(7, 300);
        List<CaseResult> sequential = mini.adviseAll(cases);

        List<CaseResult> parallel = mini.adviseAll(cases, pool);

        assertThat(parallel).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            String id = cases.get(i).id();
            assertThat(parallel.get(i)).as("case %d", i).isEqualTo(sequential.get(i));
            assertThat(parallel.get(i))
                    .isInstanceOfSatisfying(
                            Advice.class, a -> assertThat(a.caseId()).isEqualTo(id));
        }
    }

    @Test
    void aCaseThatCannotBeAdvisedIsAnsweredWithItsErrorInItsPlace() {
        List<ComplaintCase> cases = new ArrayList<>(TestCases.random(11, 20));
        cases.add(
                10,
                ComplaintCase.of(
                        TestCases.complaint("USD-1")
                                .claimedLoss(Money.of("10.00", "USD"))
                                .build(),
                        Customer.of("K-USD")));

        List<CaseResult> results = mini.adviseAll(cases, pool);

        assertThat(results).hasSize(21);
        assertThat(results.get(10)).isInstanceOfSatisfying(CaseError.class, e -> {
            assertThat(e.caseId()).isEqualTo("USD-1");
            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED);
        });
        assertThat(results.get(9)).isInstanceOf(Advice.class);
        assertThat(results.get(11)).isInstanceOf(Advice.class);
    }

    @Test
    void aMissingCaseIsACallerMistakeNamingItsIndex() {
        List<ComplaintCase> cases = new ArrayList<>(TestCases.random(3, 3));
        cases.add(null);

        assertThatThrownBy(() -> mini.adviseAll(cases, pool))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cases[3]");
        // the same on the caller's thread, before any case is advised
        assertThatThrownBy(() -> mini.adviseAll(cases))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cases[3]");
        assertThatThrownBy(() -> mini.adviseAll(cases.subList(0, 3), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("executor");
    }

    @Test
    void anExecutorThatRefusesWorkIsReported() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();

        assertThatThrownBy(() -> mini.adviseAll(TestCases.random(5, 2), stopped))
                .isInstanceOf(RejectedExecutionException.class);
    }
}
