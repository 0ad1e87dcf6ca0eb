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

/**
 * The one place the command line writes per-case results, in input order: JSON Lines, text for
 * people, or one HTML page. {@link #accept} is called once per input, in order; {@link #close}
 * once at the end.
 *
 * @param <R> what is written per case
 */
interface ResultSink<R> {

    /** @param result the result for the next input */
    void accept(R result);

    /** Writes anything held back (the HTML page) and flushes. */
    void close();

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
     * @return advice for people, one block per result
     */
    static ResultSink<CaseResult> text(PrintWriter out) {
        return simple(out, ExplainText::advice);
    }

    /**
     * @param out standard output
     * @return explanations for people, one block per case
     */
    static ResultSink<Explanation> explainText(PrintWriter out) {
        return simple(out, ExplainText::render);
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
            public void accept(Explanation result) {
                all.add(result);
            }

            @Override
            public void close() {
                out.print(ExplainHtml.page(title, null, all));
                out.flush();
            }
        };
    }

    private static <R> ResultSink<R> simple(PrintWriter out, Function<R, String> render) {
        return new ResultSink<>() {
            @Override
            public void accept(R result) {
                out.print(render.apply(result));
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /**
     * @param r a result
     * @return whether it is an error rather than advice
     */
    static boolean isError(CaseResult r) {
        return !(r instanceof Advice);
    }
}
