package org.complaintrules.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.tooling.explain.ExplainHtml;
import org.complaintrules.tooling.explain.ExplainText;
import org.complaintrules.tooling.explain.Explanation;
import org.complaintrules.wording.PolicyWording;

/**
 * The one place the command line writes per-case results, in input order: JSON Lines, text for
 * people, or one HTML page. {@link #render} turns a result into its text and may run on any
 * thread, in any order (the batch's workers call it); {@link #write} is called once per input, in
 * input order, from one thread; {@link #close} once at the end.
 *
 * <p>Output errors are not swallowed: when standard output fails (a full disk, a closed pipe),
 * {@link #write} or {@link #close} throws {@link OutputFailedException} and the run ends with exit 1.
 *
 * @param <R> what is written per case
 */
interface ResultSink<R> {
    /** Characters written between two checks of the output for errors (each check flushes). */
    int CHECK_EVERY_CHARS = 1 << 16;

    /**
     * @param result a result
     * @return its text, or {@code null} when the sink renders at {@link #close}
     */
    String render(R result);

    /**
     * @param result the result for the next input
     * @param rendered what {@link #render} gave for it
     * @throws OutputFailedException when the output cannot be written
     */
    void write(R result, String rendered);

    /**
     * Writes anything held back (the HTML page) and flushes.
     *
     * @throws OutputFailedException when the output cannot be written
     */
    void close();

    /**
     * Flushes what was written so far, for a reader waiting for the answers (a host that writes one
     * case to standard input and waits for its answer); a sink that writes at {@link #close} keeps it.
     *
     * @throws OutputFailedException when the output cannot be written
     */
    default void flush() {}

    /** Standard output could not be written: the run ends with exit 1. */
    final class OutputFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailedException() {
            super("cannot write to standard output (disk full or output closed?)");
        }
    }

    /**
     * @param out standard output
     * @return one JSON line per result, as the contract says
     */
    static ResultSink<CaseResult> jsonLines(PrintWriter out) {
        AdviceWriter writer = AdviceWriter.create();
        return simple(out, r -> writer.write(r) + "\n");
    }

    /**
     * @param out standard output
     * @param wording the policy's wording, for the headings of a reply draft
     * @return advice for people, one block per result, with its reply draft when it has one
     */
    static ResultSink<CaseResult> text(PrintWriter out, PolicyWording wording) {
        return simple(out, r -> LocalizedExplanation.withEnglishReply(ExplainText.advice(r), r, wording));
    }

    /**
     * @param out standard output
     * @return explanations for people, one block per case
     */
    static ResultSink<Explanation> explainText(PrintWriter out) {
        return simple(out, ExplainText::render);
    }

    /**
     * The one sink that holds every result until the end: a page with a list of all cases at
     * its top. Meant for what a person reads in a browser, not for bulk runs.
     *
     * @param out standard output
     * @param render how to write one explanation
     * @return explanations for people, one block per case
     */
    static ResultSink<Explanation> explainText(PrintWriter out, Function<Explanation, String> render) {
        return simple(out, render);
    }

    /**
     * @param out standard output
     * @param title the page title
     * @return one HTML page with a section per case, written at {@link #close}
     */
    static ResultSink<Explanation> explainHtml(PrintWriter out, String title) {
        List<Explanation> all = new ArrayList<>();
        return new ResultSink<>() {
            @Override
            public String render(Explanation result) {
                return null;
            }

            @Override
            public void write(Explanation result, String rendered) {
                all.add(result);
            }

            @Override
            public void close() {
                out.print(ExplainHtml.page(title, null, all));
                checked(out);
            }
        };
    }

    private static <R> ResultSink<R> simple(PrintWriter out, Function<R, String> render) {
        return new ResultSink<>() {
            private long unchecked;

            @Override
            public String render(R result) {
                return render.apply(result);
            }

            @Override
            public void write(R result, String rendered) {
                out.print(rendered);
                unchecked += rendered.length();
                if (unchecked >= CHECK_EVERY_CHARS) {
                    unchecked = 0;
                    checked(out);
                }
            }

            @Override
            public void flush() {
                unchecked = 0;
                checked(out);
            }

            @Override
            public void close() {
                checked(out);
            }
        };
    }

    /**
     * Flushes and checks the output.
     *
     * @param out the output
     * @throws OutputFailedException when it has failed
     */
    static void checked(PrintWriter out) {
        if (out.checkError()) {
            throw new OutputFailedException();
        }
    }

    /**
     * @param r a result
     * @return whether it is an error rather than advice
     */
    static boolean isError(CaseResult r) {
        return !(r instanceof Advice);
    }
}
