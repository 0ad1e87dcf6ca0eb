package org.complaintrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.DecisionTables;
import org.complaintrules.drools.internal.PolicyFile;
import org.complaintrules.tooling.diff.RuleTexts;
import org.complaintrules.tooling.explain.ExplainHtml;
import org.complaintrules.tooling.explain.Explainer;
import org.complaintrules.tooling.report.CheckReport;
import org.complaintrules.tooling.scenario.Advisors;
import org.complaintrules.tooling.scenario.RuleCoverage;
import org.complaintrules.tooling.scenario.Scenario;
import org.complaintrules.tooling.scenario.ScenarioLoadException;
import org.complaintrules.tooling.scenario.ScenarioLoader;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioResult;
import org.complaintrules.tooling.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code complaint-advisor check}: compile the rules, run the scenarios, report rule coverage.
 */
@Command(
        name = "check",
        description = {
            "Compile the rules and run the scenario files: every compile error with file and line, every failing"
                    + " scenario with expected and actual values, and how many scenarios fire each rule."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything compiles and every scenario passes (with --require-coverage: and every rule fired)",
            "2:a scenario failed, or coverage was required and some rule was never fired",
            "1:the rules or scenarios cannot be read, or the rules do not compile"
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main.Cli cli;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Folder of the policy. Default: the bundled default policy.")
    Path rules;

    @Option(
            names = "--scenarios",
            paramLabel = "DIR",
            description = "Folder of scenario files (*.json): a case and the advice expected for it. Without it,"
                    + " check only compiles the rules.")
    Path scenarios;

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description = "Also write the result as one page for a browser (no scripts, no external files); failing"
                    + " scenarios link to FILE-explain.html, written beside it, which explains their advice.")
    Path report;

    @Option(names = "--require-coverage", description = "Fail (exit 2) unless every rule is fired by some scenario.")
    boolean requireCoverage;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            split = ",",
            description = "Also compile the policy under these regulatory profiles (e.g. UK_FCA,AU_ASIC), so that"
                    + " every reply template is checked for the clauses their letters require. Default: only the"
                    + " policy's own regulatory.profile.")
    List<RegulatoryProfile> profiles = List.of();

    @Override
    public Integer call() {
        PrintWriter out = cli.out;
        String source = rules == null ? "bundled default policy" : rules.toString();
        Supplier<DroolsComplaintAdvisor.Builder> builder = () -> {
            var b = DroolsComplaintAdvisor.builder();
            // check is the step that leaves the compiled rules for the other commands (RulesCache)
            return rules == null ? b : RulesCache.apply(b.rulesDirectory(rules), true);
        };
        // every build is tried, the policy's own and one per --profile, so that a problem only one
        // profile has (a letter lacking a clause that profile requires) is reported with the others
        Set<RuleProblem> problems = new LinkedHashSet<>();
        Advisors advisors = null;
        try {
            advisors = Advisors.drools(builder);
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        for (RegulatoryProfile p : profiles) {
            try {
                if (advisors != null) {
                    advisors.forProfile(p);
                } else {
                    builder.get().regulatoryProfile(p).build();
                }
            } catch (RuleCompilationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            out.println("FAIL: the rules do not compile (" + problems.size() + " error(s)):");
            for (RuleProblem p : problems) {
                out.println(p);
            }
            if (report != null) {
                write(report, CheckReport.compileErrors(source, List.copyOf(problems)));
            }
            return Main.CANNOT_RUN;
        }
        ComplaintAdvisor advisor = advisors.defaultAdvisor();
        out.println("OK: " + advisor.ruleSet().name() + " " + advisor.ruleSet().version() + " compiles: "
                + advisor.rules().size() + " rules (" + advisor.ruleSet().checksum() + ")"
                + (profiles.isEmpty() ? "" : ", also under " + profiles));
        List<String> notes = metadataNotes(advisor.rules(), rules);
        if (!notes.isEmpty()) {
            out.println(notes.size() + " rule(s) without the metadata that the audit trail and explain show"
                    + " (not an error):");
            notes.forEach(out::println);
        }
        if (scenarios == null) {
            out.println("no --scenarios DIR given: only compiled the rules");
            if (report != null) {
                write(report, CheckReport.of(advisor.ruleSet(), source, advisor.rules(), null, null, notes));
            }
            return Main.OK;
        }
        List<Scenario> loaded;
        try {
            loaded = ScenarioLoader.create().loadFolder(scenarios);
        } catch (ScenarioLoadException e) {
            out.println("FAIL: the scenarios cannot be read:");
            e.problems().forEach(out::println);
            return Main.CANNOT_RUN;
        }
        Progress progress = Progress.start(cli.err, cli.terminal, "checked", loaded.size());
        List<ScenarioResult> results = new ArrayList<>(loaded.size());
        try {
            for (Scenario s : loaded) {
                results.add(ScenarioRunner.runOne(advisors, s));
                progress.step();
            }
        } finally {
            progress.finish();
        }
        ScenarioReport result = new ScenarioReport(results, RuleCoverage.of(advisor.rules(), results));
        for (ScenarioResult r : result.failures()) {
            out.println("FAIL: " + r.diff());
        }
        RuleCoverage coverage = result.coverage();
        out.println();
        out.println("Rule coverage (scenarios firing each rule):");
        out.println(coverage.render());
        out.println();
        int failed = result.failures().size();
        out.println((loaded.size() - failed) + " of " + loaded.size() + " scenarios passed; "
                + (coverage.rules().size() - coverage.neverFired().size()) + " of "
                + coverage.rules().size()
                + " rules fired by some scenario");
        if (report != null) {
            String explainPage = null;
            if (result.failures().stream().anyMatch(r -> r.advice() != null)) {
                Path page = explainPage(report);
                write(page, explainFailures(advisors, result));
                explainPage = page.getFileName().toString();
            }
            write(report, CheckReport.of(advisor.ruleSet(), source, advisor.rules(), result, explainPage, notes));
            out.println("report written to " + report
                    + (explainPage == null ? "" : " (failures explained in " + explainPage(report) + ")"));
        }
        boolean coverageMissing = requireCoverage && !coverage.complete();
        if (coverageMissing) {
            out.println("FAIL: --require-coverage: " + coverage.neverFired().size()
                    + " rules no scenario fires (listed above)");
        }
        return failed > 0 || coverageMissing ? Main.CASE_ERRORS : Main.OK;
    }

    /**
     * The rules that lack an {@code @id} (the audit trail's {@code firedRules} then names them by their
     * name, which changes when the rule is renamed) or an {@code @description} ({@code explain} then
     * gives no reason for them), each as {@code file:line: note: ...}. They compile and run; a
     * policy owner is told, not stopped.
     *
     * @param rules the policy's rules
     * @param folder the policy's folder, to find each rule's line in; {@code null} for the bundled policy
     * @return one line for each such rule, in the policy's order
     */
    static List<String> metadataNotes(List<RuleInfo> rules, Path folder) {
        List<String> notes = new ArrayList<>();
        for (RuleInfo r : rules) {
            boolean noId = r.id().equals(r.name());
            boolean noDescription = r.description().isBlank();
            if (!noId && !noDescription) {
                continue;
            }
            String missing = noId && noDescription
                    ? "no @id and no @description"
                    : noId ? "no @id (firedRules names it by its name)" : "no @description (explain gives no reason)";
            String note = "rule \"" + r.name() + "\" has " + missing;
            RuleProblem inTable = inTable(folder, r, note);
            notes.add(
                    inTable != null
                            ? inTable.file() + ":" + inTable.line() + ": note: " + inTable.message()
                            : r.file() + ":" + lineOfRule(folder, r) + ": note: " + note);
        }
        return notes;
    }

    /**
     * @return the note about a rule of a decision table, at its row (and sheet and column) as every
     *     other problem of a table is reported; {@code null} for a rule of a DRL file
     */
    private static RuleProblem inTable(Path folder, RuleInfo r, String note) {
        int sheet = r.file().indexOf('#');
        String table = sheet < 0 ? r.file() : r.file().substring(0, sheet);
        Path file = folder == null || !DecisionTables.isTable(table) ? null : folder.resolve(table);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            for (PolicyFile f : DecisionTables.toDrl(table, Files.readAllBytes(file))) {
                if (f.name().equals(r.file()) && f.origin() != null) {
                    return f.origin().locate(new RuleProblem(r.file(), RuleTexts.lineOf(f.content(), r.name()), note));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the rules compiled from it moments ago; a row is a courtesy
        }
        return null;
    }

    /** @return the line of the rule's header in its file in the folder, 0 when it cannot be read there */
    private static int lineOfRule(Path folder, RuleInfo r) {
        Path file = folder == null ? null : folder.resolve(r.file());
        if (file == null || !Files.isRegularFile(file)) {
            return 0;
        }
        try {
            return RuleTexts.lineOf(Files.readString(file, StandardCharsets.UTF_8), r.name());
        } catch (IOException | UncheckedIOException e) {
            return 0; // the rules compiled from it moments ago; a line is a courtesy
        }
    }

    /** @return {@code report-explain.html} beside {@code report.html} */
    static Path explainPage(Path report) {
        String name = report.getFileName().toString();
        String base =
                name.toLowerCase(java.util.Locale.ROOT).endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        return report.resolveSibling(base + "-explain.html");
    }

    private static String explainFailures(Advisors advisors, ScenarioReport result) {
        StringBuilder sections = new StringBuilder();
        List<ScenarioResult> failures =
                result.failures().stream().filter(r -> r.advice() != null).toList();
        StringBuilder page = org.complaintrules.tooling.report.Html.page("Why: the failing scenarios");
        page.append("<p>The advice each failing scenario got, and why. Back to the check report with your"
                + " browser's back button.</p>\n");
        for (ScenarioResult r : failures) {
            Scenario s = r.scenario();
            var advisor = s.profile() == null ? advisors.defaultAdvisor() : advisors.forProfile(s.profile());
            sections.append(ExplainHtml.section(
                    Explainer.of(advisor).explain(s.complaintCase()), s.source(), s.name() + " (" + s.source() + ")"));
        }
        return page.append(sections)
                .append(org.complaintrules.tooling.report.Html.end())
                .toString();
    }

    private static void write(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
