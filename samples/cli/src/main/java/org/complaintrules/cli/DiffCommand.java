package org.complaintrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.diff.PolicyChanges;
import org.complaintrules.tooling.diff.PolicyDiff;
import org.complaintrules.tooling.diff.PolicyDiff.AspectDiff;
import org.complaintrules.tooling.diff.PolicyDiff.Change;
import org.complaintrules.tooling.diff.PolicyDiff.DiffReport;
import org.complaintrules.tooling.diff.PolicySide;
import org.complaintrules.tooling.report.DiffHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code complaint-advisor diff --from DIR --to DIR FILE}: what a policy change does to a corpus. */
@Command(
        name = "diff",
        description = {
            "Compare two policies: both by folder and checksum, the settings that changed (old -> new), the rules"
                    + " added, removed and changed, the word lists, wording and reply templates changed, then what"
                    + " the change does to the cases of FILE (complainant"
                    + " type, escalation, priority, maximum compensation, total exposure)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the diff was made", "1:it could not run (unreadable file or rules, a usage error)"})
final class DiffCommand implements Callable<Integer> {
    /** The value of {@code --from} or {@code --to} that means the bundled default policy. */
    static final String BUNDLED = "default";

    /** Output formats of {@code diff}. */
    enum Format {
        TEXT,
        JSON
    }

    /** Completion and help candidates for {@link Format}. */
    static final class FormatCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatCandidates() {
            super(List.of("text", "json"));
        }
    }

    @ParentCommand
    Main.Cli cli;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "DIR",
            description = "The current policy's folder, or \"default\" for the bundled policy.")
    String from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "DIR",
            description = "The candidate policy's folder, or \"default\" for the bundled policy.")
    String to;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The cases to run through both (JSON, array or JSON Lines); - reads standard input.")
    String file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "text (default) or json.")
    Format format;

    @Option(
            names = "--examples",
            paramLabel = "N",
            defaultValue = "5",
            description = "Examples to show per kind of change, 0..1000 (default ${DEFAULT-VALUE}).")
    int examples;

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description = "Also write the diff as one page for a browser, with charts of the type and escalation"
                    + " shifts (no scripts, no external files).")
    Path report;

    @Mixin
    ThreadsOption threads;

    /** One case's results under both policies. */
    private record Pair(String caseId, CaseResult from, CaseResult to) {}

    @Override
    public Integer call() {
        if (examples < 0 || examples > 1000) {
            throw new ParameterException(spec.commandLine(), "--examples must be 0..1000, was " + examples);
        }
        int n = threads.threads();
        DiffReport r;
        int invalid = 0;
        try (CaseSource source = CaseSource.open(file, cli.in, cli.terminal, cli.err)) {
            PolicySide before;
            PolicySide after;
            try {
                before = side(from);
            } catch (RuleCompilationException | IllegalArgumentException | UncheckedIOException e) {
                return cannotLoad("--from", from, e);
            }
            try {
                after = side(to);
            } catch (RuleCompilationException | IllegalArgumentException | UncheckedIOException e) {
                return cannotLoad("--to", to, e);
            }
            PolicyDiff.Accumulator diff = PolicyDiff.accumulator(before, after, examples);
            Progress progress = Progress.start(cli.err, cli.terminal, "compared", -1);
            int[] skipped = {0};
            try {
                Batch.inOrder(
                        source,
                        Batch::textLength,
                        in -> in.isValid()
                                ? new Pair(
                                        in.complaintCase().id(),
                                        before.advisor().tryAdvise(in.complaintCase()),
                                        after.advisor().tryAdvise(in.complaintCase()))
                                : null,
                        n,
                        pair -> {
                            if (pair == null) {
                                skipped[0]++;
                            } else {
                                diff.add(pair.caseId(), pair.from(), pair.to());
                                progress.step();
                            }
                        });
            } finally {
                progress.finish();
            }
            r = diff.report();
            invalid = skipped[0];
        }
        if (format == Format.JSON) {
            cli.out.println(json(r, invalid));
        } else {
            cli.out.print(r.toText());
            if (invalid > 0) {
                cli.out.println("  " + invalid + " invalid input(s) skipped; `advise` shows their errors");
            }
        }
        if (report != null) {
            try {
                Files.writeString(report, DiffHtml.of(r, invalid), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + report + ": " + e.getMessage(), e);
            }
            if (format == Format.TEXT) {
                cli.out.println("report written to " + report);
            }
        }
        return Main.OK;
    }

    /**
     * Says which policy could not be loaded, {@code --from} or {@code --to}, with its folder, then why.
     *
     * @return {@link Main#CANNOT_RUN}
     */
    private int cannotLoad(String option, String dir, RuntimeException e) {
        String which = option + " " + (dir.equals(BUNDLED) ? "default (the bundled policy)" : dir);
        if (e instanceof RuleCompilationException rce) {
            cli.err.println("complaint-advisor: the " + which + " rules do not compile:");
            for (RuleProblem p : rce.problems()) {
                cli.err.println(p);
            }
        } else {
            cli.err.println("complaint-advisor: " + which + ": " + e.getMessage());
        }
        cli.err.flush();
        return Main.CANNOT_RUN;
    }

    private static PolicySide side(String dir) {
        UnaryOperator<DroolsComplaintAdvisor.Builder> same = b -> b;
        return dir.equals(BUNDLED)
                ? PolicySide.bundled(same)
                : PolicySide.directory(Path.of(dir), b -> RulesCache.apply(b, false));
    }

    private static String json(DiffReport r, int invalid) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("from", ruleSet(mapper, r.from(), r.fromLabel()));
        root.set("to", ruleSet(mapper, r.to(), r.toLabel()));
        ObjectNode settings = root.putObject("settingsChanged");
        for (PolicyChanges.SettingChange s : r.changes().settings()) {
            settings.putObject(s.key()).put("from", s.from()).put("to", s.to());
        }
        ObjectNode rules = root.putObject("rules");
        ArrayNode added = rules.putArray("added");
        r.changes().added().forEach(x -> added.add(rule(mapper, x)));
        ArrayNode removed = rules.putArray("removed");
        r.changes().removed().forEach(x -> removed.add(rule(mapper, x)));
        ArrayNode changed = rules.putArray("changed");
        for (PolicyChanges.RuleChange x : r.changes().changed()) {
            ObjectNode n = rule(mapper, x.rule());
            ArrayNode what = n.putArray("what");
            x.what().forEach(what::add);
            changed.add(n);
        }
        ArrayNode files = root.putArray("filesChanged");
        for (PolicyChanges.FileChange f : r.changes().files()) {
            files.addObject()
                    .put("file", f.file())
                    .put("kind", f.kind())
                    .put("status", f.status())
                    .put("linesAdded", f.linesAdded())
                    .put("linesRemoved", f.linesRemoved());
        }
        root.put("cases", r.cases());
        root.put("invalidInputs", invalid);
        root.put("changedCases", r.changedCases());
        ObjectNode aspects = root.putObject("changes");
        for (AspectDiff d : r.aspects()) {
            ObjectNode node = aspects.putObject(camel(d.aspect().name()));
            node.put("count", d.count());
            ArrayNode ex = node.putArray("examples");
            for (Change c : d.examples()) {
                ex.addObject().put("caseId", c.caseId()).put("from", c.from()).put("to", c.to());
            }
        }
        shift(root.putObject("complainantTypes"), r.types());
        shift(root.putObject("escalationLevels"), r.levels());
        ObjectNode exposure = root.putObject("exposure");
        exposure.put("from", r.exposureFrom().toPlainString());
        exposure.put("to", r.exposureTo().toPlainString());
        // "currency" stays the first policy's; when the second's differs there is no delta
        exposure.put("delta", r.currenciesDiffer() ? null : r.exposureDelta().toPlainString());
        exposure.put("currency", r.currency());
        exposure.put("currencyFrom", r.currency());
        exposure.put("currencyTo", r.currencyTo());
        exposure.put("failedFrom", r.failedFrom());
        exposure.put("failedTo", r.failedTo());
        return root.toString();
    }

    private static void shift(ObjectNode node, PolicyDiff.Shift shift) {
        ObjectNode f = node.putObject("from");
        shift.from().forEach(f::put);
        ObjectNode t = node.putObject("to");
        shift.to().forEach(t::put);
        ObjectNode m = node.putObject("moves");
        shift.moves().forEach(m::put);
    }

    private static ObjectNode rule(ObjectMapper mapper, RuleInfo r) {
        return mapper.createObjectNode().put("id", r.id()).put("name", r.name()).put("file", r.file());
    }

    private static ObjectNode ruleSet(ObjectMapper mapper, RuleSetInfo info, String label) {
        return mapper.createObjectNode()
                .put("folder", label)
                .put("name", info.name())
                .put("version", info.version())
                .put("checksum", info.checksum());
    }

    private static String camel(String enumName) {
        String[] parts = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
