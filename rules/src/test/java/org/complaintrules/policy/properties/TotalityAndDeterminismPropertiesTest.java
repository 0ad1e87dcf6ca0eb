package org.complaintrules.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintrules.api.Advice;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.GeneratedCase;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Every generated case is advised, and always the same way. */
class TotalityAndDeterminismPropertiesTest {
    private final Advisors advisors = Advisors.defaultPolicy();
    private final CaseGenerator cases = CaseGenerator.builder().build();

    @Test
    void everyGeneratedCaseGetsAdviceWithoutAnException() {
        PropertyCheck.check(
                "every generated case gets advice without an exception",
                cases,
                PolicyProperties.everyCaseGetsAdvice(advisors));
    }

    @Test
    void theSameCaseGetsTheSameAdviceTwice() {
        PropertyCheck.check(
                "the same case gets the same advice twice", cases, PolicyProperties.theSameAdviceTwice(advisors));
    }

    @Test
    void theSameCasesGetTheSameAdviceOnOneThreadAndOnFourThreads() throws Exception {
        int n = PropertyCheck.cases();
        long seed = PropertyCheck.seed();
        System.out.println("property \"same advice on 1 and 4 threads\": seed=" + seed + " cases=" + n
                + "; replay with -D" + PropertyCheck.SEED_PROPERTY + "=" + seed);
        List<GeneratedCase> all = cases.stream(seed, n).toList();
        List<Advice> sequential = all.stream().map(advisors::advise).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Advice>> futures = new ArrayList<>();
            for (GeneratedCase c : all) {
                futures.add(pool.submit(() -> advisors.advise(c)));
            }
            for (int i = 0; i < n; i++) {
                assertThat(futures.get(i).get())
                        .as("advice on 4 threads for case #" + i + " (seed=" + seed + "): "
                                + all.get(i).toString())
                        .isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
