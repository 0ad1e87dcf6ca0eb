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
 * Cost of one {@code advise} call on the bundled default policy over a generated corpus (the
 * testkit's {@code CaseGenerator}, seed {@value Mixes#CORPUS_SEED}, {@value Mixes#CORPUS_SIZE}
 * cases: every persona, language, channel and segment). One thread, and two threads sharing one
 * advisor over the same corpus, each starting half way from the other, so the figures compare and
 * give the scaling.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CorpusBenchmark -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CorpusBenchmark {

    /** The advisor and the corpus, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        ComplaintAdvisor advisor;
        List<ComplaintCase> cases;

        /** Builds the advisor and generates the corpus. */
        @Setup
        public void setUp() {
            advisor = DroolsComplaintAdvisor.builder().build();
            cases = Mixes.corpus();
        }
    }

    /** Each thread's position in the corpus; threads start apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /**
         * @param thread which thread this is, and how many there are
         */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (Mixes.CORPUS_SIZE / thread.getThreadCount());
        }
    }

    /**
     * @param shared the advisor and the corpus
     * @param cursor this thread's position
     * @return the advice for the next case
     */
    @Benchmark
    @Threads(1)
    public Advice corpusOneThread(Shared shared, Cursor cursor) {
        return shared.advisor.advise(shared.cases.get(cursor.next++ % shared.cases.size()));
    }

    /**
     * @param shared the advisor and the corpus
     * @param cursor this thread's position
     * @return the advice for the next case, two threads sharing one advisor
     */
    @Benchmark
    @Threads(2)
    public Advice corpusTwoThreads(Shared shared, Cursor cursor) {
        return shared.advisor.advise(shared.cases.get(cursor.next++ % shared.cases.size()));
    }
}
