package org.complaintrules.cli;

import java.util.concurrent.Callable;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code complaint-advisor advise}: one JSON line of advice (or error) per case, in input order. */
@Command(
        name = "advise",
        description = {
            "Advise every case of FILE: one JSON line of advice (or an error object) per case, in input order.",
            "FILE holds one JSON object, a JSON array or JSON Lines (CONTRACT.md section 1)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every case was advised",
            "2:some case was answered with an error object",
            "1:it could not run (unreadable file or rules, rules that do not compile, a usage error)"
        })
final class AdviseCommand implements Callable<Integer> {
    /** Output formats of {@code advise}. */
    enum Format {
        JSON,
        TEXT
    }

    /** Completion and help candidates for {@link Format}. */
    static final class FormatCandidates extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatCandidates() {
            super(java.util.List.of("json", "text"));
        }
    }

    @ParentCommand
    Main.Cli cli;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE|-",
            defaultValue = CaseSource.STDIN,
            description = "The cases; - (the default) reads standard input.")
    String file;

    @Mixin
    PolicyOptions policy;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            completionCandidates = FormatCandidates.class,
            description = "json (default): JSON Lines as the contract says; text: advice for people.")
    Format format;

    @Mixin
    ThreadsOption threads;

    @Option(
            names = "--reply",
            arity = "0..1",
            paramLabel = "KIND",
            fallbackValue = "RESPONSE",
            preprocessor = ReplyKindPreprocessor.class,
            description = "Ask for a reply draft for every case: RESPONSE (the default), ACKNOWLEDGEMENT, HOLDING or"
                    + " FINAL_RESPONSE. The next argument is the kind only when it names one: --reply FILE reads"
                    + " FILE.")
    ReplyKind reply;

    @Override
    public Integer call() {
        int n = threads.threads();
        try (CaseSource source = CaseSource.open(file, cli.in, cli.terminal, cli.err)) {
            DroolsComplaintAdvisor advisor = policy.builder().build();
            ResultSink<CaseResult> sink =
                    format == Format.TEXT ? ResultSink.text(cli.out, advisor.wording()) : ResultSink.jsonLines(cli.out);
            boolean anyError = Batch.run(
                    source,
                    in -> in.isValid() ? advisor.tryAdvise(askForReply(in.complaintCase(), reply)) : in.error(),
                    ResultSink::isError,
                    sink,
                    Progress.start(cli.err, cli.terminal, "advised", -1),
                    n);
            return anyError ? Main.CASE_ERRORS : Main.OK;
        }
    }

    /**
     * @param c a case
     * @param kind the reply draft to ask for, or {@code null} to leave the case as it is
     * @return the case asking for that kind of draft
     */
    static ComplaintCase askForReply(ComplaintCase c, ReplyKind kind) {
        return kind == null
                ? c
                : new ComplaintCase(c.complaint().toBuilder().replyDraft(kind).build(), c.customer(), c.conversation());
    }
}
