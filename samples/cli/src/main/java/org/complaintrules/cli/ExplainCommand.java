package org.complaintrules.cli;

import java.util.concurrent.Callable;
import org.complaintrules.tooling.explain.Explainer;
import org.complaintrules.tooling.explain.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code complaint-advisor explain}: why each case's advice is what it is, for a person. */
@Command(
        name = "explain",
        description = {
            "Explain, for a person, why each case of FILE gets its advice: the evidence per complainant type"
                    + " against trait.threshold, which limit set the compensation cap, each fired rule with its"
                    + " description and the values of the settings it names, and text evidence quoted in context."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every case was advised",
            "2:some case was answered with an error",
            "1:it could not run (unreadable file or rules, a usage error)"
        })
final class ExplainCommand implements Callable<Integer> {
    /** Output formats of {@code explain}. */
    enum Format {
        TEXT,
        HTML
    }

    /** Completion and help candidates for {@link Format}. */
    static final class FormatCandidates extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatCandidates() {
            super(java.util.List.of("text", "html"));
        }
    }

    @ParentCommand
    Main.Cli cli;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The cases (one JSON object, an array or JSON Lines); - reads standard input.")
    String file;

    @Mixin
    PolicyOptions policy;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "text (default), or html: one page with a section per case, on standard output.")
    Format format;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        int n = threads.threads();
        ResultSink<Explanation> sink = format == Format.HTML
                ? ResultSink.explainHtml(cli.out, "Why: " + (file.equals(CaseSource.STDIN) ? "standard input" : file))
                : ResultSink.explainText(cli.out);
        try (CaseSource source = CaseSource.open(file, cli.in, cli.terminal, cli.err)) {
            Explainer explainer = Explainer.of(policy.builder().build());
            boolean anyError = Batch.run(
                    source,
                    in -> in.isValid() ? explainer.explain(in.complaintCase()) : explainer.explainError(in.error()),
                    e -> e.advice() == null,
                    sink,
                    Progress.start(cli.err, cli.terminal, "explained", -1),
                    n);
            return anyError ? Main.CASE_ERRORS : Main.OK;
        }
    }
}
