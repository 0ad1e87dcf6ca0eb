package org.complaintrules.testkit;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.SplittableRandom;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;

/**
 * Corpora of any size, one case at a time: writes generated cases as JSON Lines and runs a JSON
 * Lines (or array, or object) corpus through an advisor, with memory bounded by one case whatever
 * the corpus's size. For load tests and benchmarks of the batch tools, e.g. a million cases for
 * {@code complaint-advisor advise}:
 *
 * <pre>
 * java -cp TESTKIT_CLASSPATH org.complaintrules.testkit.Corpus 1000000 20251117 &gt; cases.jsonl
 * </pre>
 *
 * Case {@code i} of a seed is the same as {@link CaseGenerator#stream(long, long)} gives.
 */
public final class Corpus {
    private Corpus() {}

    /** What to do with each case of a corpus run and its result. */
    @FunctionalInterface
    public interface ResultConsumer {
        /**
         * @param input the input, in corpus order (a case or its error)
         * @param result its advice or error
         */
        void accept(CaseInput input, CaseResult result);
    }

    /**
     * Writes {@code n} generated cases as JSON Lines, one at a time.
     *
     * @param generator the generator
     * @param seed the seed
     * @param n how many, at least 0
     * @param out where to write; flushed, not closed
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws UncheckedIOException when writing fails
     */
    public static void write(CaseGenerator generator, long seed, long n, Writer out) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(out, "out");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        SplittableRandom root = new SplittableRandom(seed);
        try {
            for (long i = 0; i < n; i++) {
                out.write(generator.generate(root.split()).json());
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus: " + e.getMessage(), e);
        }
    }

    /**
     * Advises every case of a corpus in order, reading one case at a time.
     *
     * @param advisor the advisor
     * @param corpus UTF-8 JSON Lines, a JSON array or one object; read to its end, not closed
     * @param consumer takes each input and its result, in corpus order
     * @return how many inputs there were
     * @throws UncheckedIOException when reading fails
     */
    public static long advise(ComplaintAdvisor advisor, InputStream corpus, ResultConsumer consumer) {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(consumer, "consumer");
        long n = 0;
        Iterator<CaseInput> inputs = CaseReader.create().iterator(corpus);
        while (inputs.hasNext()) {
            CaseInput in = inputs.next();
            consumer.accept(in, in.isValid() ? advisor.tryAdvise(in.complaintCase()) : in.error());
            n++;
        }
        return n;
    }

    /**
     * Writes generated cases to standard output as JSON Lines.
     *
     * @param args how many cases, then optionally the seed (default {@link PropertyCheck#DEFAULT_SEED})
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Corpus N [SEED]  (writes N generated cases as JSON Lines)");
            System.exit(1);
        }
        long n = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : PropertyCheck.DEFAULT_SEED;
        Writer out = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        write(CaseGenerator.builder().build(), seed, n, out);
    }
}
