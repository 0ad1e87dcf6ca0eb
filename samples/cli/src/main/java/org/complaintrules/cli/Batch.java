package org.complaintrules.cli;

import java.util.function.Function;
import java.util.function.Predicate;
import org.complaintrules.json.CaseInput;

/**
 * Runs a batch: each input from the {@link CaseSource}, in order, through the work, into the
 * {@link ResultSink}. The one loop every case-by-case command shares; making it parallel (output
 * still in input order) changes this class only.
 */
final class Batch {
    private Batch() {}

    /**
     * @param source the inputs
     * @param work what to do with one input (advise it, explain it); never throws for a bad case
     * @param isError whether a result is an error (the command then exits 2)
     * @param sink where the results go
     * @param progress counts each case
     * @param <R> the result type
     * @return whether any input was answered with an error
     */
    static <R> boolean run(
            CaseSource source,
            Function<CaseInput, R> work,
            Predicate<R> isError,
            ResultSink<R> sink,
            Progress progress) {
        boolean anyError = false;
        try {
            for (CaseInput in : source) {
                R r = work.apply(in);
                anyError |= isError.test(r);
                sink.accept(r);
                progress.step();
            }
        } finally {
            progress.finish();
            sink.close();
        }
        return anyError;
    }
}
