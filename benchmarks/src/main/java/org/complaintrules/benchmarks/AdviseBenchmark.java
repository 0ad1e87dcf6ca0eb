package org.complaintrules.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Cost of one {@code advise} call on the bundled default policy, over a small fixed mix of cases
 * (calm, aggressive with a legal threat, VIP, rip-off, Chinese text). One thread, and two threads
 * sharing one advisor over the same mix (each thread walks the whole mix from its own starting
 * point), so the two figures are comparable. Warm-up long enough to reach steady state: the
 * per-case time stops falling after about 15 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AdviseBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AdviseBenchmark {

    /** The advisor and the mix, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        ComplaintAdvisor advisor;
        List<ComplaintCase> cases;

        /** Builds the advisor and the mix. */
        @Setup
        public void setUp() {
            advisor = DroolsComplaintAdvisor.builder().build();
            cases = Mixes.fiveCases();
        }
    }

    /** Each thread's position in the mix; threads start at different cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /**
         * @param thread which thread this is
         */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex();
        }
    }

    /**
     * @param shared the advisor and the mix
     * @param cursor this thread's position
     * @return the advice for the next case of the mix
     */
    @Benchmark
    @Threads(1)
    public Advice adviseOneThread(Shared shared, Cursor cursor) {
        return shared.advisor.advise(shared.cases.get(cursor.next++ % shared.cases.size()));
    }

    /**
     * @param shared the advisor and the mix
     * @param cursor this thread's position
     * @return the advice for the next case of the mix, two threads sharing one advisor
     */
    @Benchmark
    @Threads(2)
    public Advice adviseTwoThreads(Shared shared, Cursor cursor) {
        return shared.advisor.advise(shared.cases.get(cursor.next++ % shared.cases.size()));
    }
}
