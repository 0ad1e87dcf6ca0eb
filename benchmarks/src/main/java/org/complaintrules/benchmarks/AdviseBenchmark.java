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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Cost of one {@code advise} call on the bundled default policy, over one of two mixes of cases
 * ({@code -p mix=...}):
 *
 * <ul>
 *   <li>{@code five}: five hand-written cases (calm, aggressive with a legal threat, VIP, rip-off,
 *       Chinese text);
 *   <li>{@code corpus}: a generated corpus (the testkit's {@code CaseGenerator}, seed {@value
 *       Mixes#CORPUS_SEED}, {@value Mixes#CORPUS_SIZE} cases: every persona, language, channel and
 *       segment).
 * </ul>
 *
 * One thread, and two threads sharing one advisor over the same mix (each thread walks the whole mix,
 * the threads starting evenly apart), so the figures compare and give the scaling. Warm-up long
 * enough to reach steady state: the per-case time stops falling after about 15 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AdviseBenchmark -p mix=corpus -prof gc
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
        /** Which cases: {@code five} hand-written ones or the generated {@code corpus}. */
        @Param({"five", "corpus"})
        String mix;

        ComplaintAdvisor advisor;
        List<ComplaintCase> cases;

        /** Builds the advisor and the mix. */
        @Setup
        public void setUp() {
            advisor = DroolsComplaintAdvisor.builder().build();
            cases = switch (mix) {
                case "five" -> Mixes.fiveCases();
                case "corpus" -> Mixes.corpus();
                default -> throw new IllegalArgumentException("mix must be five or corpus, was \"" + mix + "\"");
            };
        }
    }

    /** Each thread's position in the mix; the threads start evenly apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /**
         * @param thread which thread this is, and how many there are
         * @param shared the mix, set up before this cursor
         */
        @Setup
        public void setUp(ThreadParams thread, Shared shared) {
            next = thread.getThreadIndex() * (shared.cases.size() / thread.getThreadCount());
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
