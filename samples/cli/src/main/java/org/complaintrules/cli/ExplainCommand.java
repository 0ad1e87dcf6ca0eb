package org.complaintrules.cli;

import java.util.concurrent.Callable;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.explain.Explainer;
import org.complaintrules.tooling.explain.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

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

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "Explain in this language of the policy (en, ru, zh, et in the default policy) with the"
                    + " policy's wording of every code; text format only.")
    String lang;

    @Option(
            names = "--reply",
            arity = "0..1",
            paramLabel = "KIND",
            fallbackValue = "RESPONSE",
            preprocessor = ReplyKindPreprocessor.class,
            description = "Also draft a reply for every case and show it: RESPONSE (the default), ACKNOWLEDGEMENT,"
                    + " HOLDING or FINAL_RESPONSE. A case that asks for a draft itself shows it anyway. The next"
                    + " argument is the kind only when it names one: --reply FILE reads FILE.")
    ReplyKind reply;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        int n = threads.threads();
        try (CaseSource source = CaseSource.open(file, cli.in, cli.terminal, cli.err)) {
            return explain(source, n);
        }
    }

    private int explain(CaseSource source, int threads) {
        if (lang != null && format == Format.HTML) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang works with --format text only: the html page is written in the words of the rule"
                            + " files, was --lang " + lang + " with --format html");
        }
        DroolsComplaintAdvisor advisor = policy.builder().build();
        if (lang != null && !advisor.wording().languages().contains(lang)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang must be one of the policy's languages "
                            + advisor.wording().languages() + ", was \"" + lang + "\"");
        }
        Explainer explainer = Explainer.of(advisor);
        ResultSink<Explanation> sink = format == Format.HTML
                ? ResultSink.explainHtml(cli.out, "Why: " + (file.equals(CaseSource.STDIN) ? "standard input" : file))
                : ResultSink.explainText(cli.out, e -> LocalizedExplanation.render(e, advisor.wording(), lang));
        boolean anyError = Batch.run(
                source,
                in -> in.isValid()
                        ? explainer.explain(AdviseCommand.askForReply(in.complaintCase(), reply))
                        : explainer.explainError(in.error()),
                e -> e.advice() == null,
                sink,
                Progress.start(cli.err, cli.terminal, "explained", -1),
                threads);
        return anyError ? Main.CASE_ERRORS : Main.OK;
    }
}
