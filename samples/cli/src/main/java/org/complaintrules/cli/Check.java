package org.complaintrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.scenario.Advisors;
import org.complaintrules.tooling.scenario.RuleCoverage;
import org.complaintrules.tooling.scenario.Scenario;
import org.complaintrules.tooling.scenario.ScenarioLoadException;
import org.complaintrules.tooling.scenario.ScenarioLoader;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioResult;
import org.complaintrules.tooling.scenario.ScenarioRunner;

/**
 * {@code complaint-advisor check}: compile the rules, run the scenarios, report rule coverage.
 * Exit 0 when everything compiles and every scenario passes (with {@code --require-coverage}, also
 * every rule fired by some scenario); 2 when a scenario fails or coverage is required and missing;
 * 1 when the rules or scenarios cannot be read or do not compile.
 */
final class Check {
    private Check() {}

    static int run(Arguments a, PrintWriter out) {
        Path rules = a.path("rules");
        Path scenarios = a.path("scenarios");
        Path report = a.path("report");
        Advisors advisors;
        try {
            advisors = Advisors.drools(() -> {
                DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
                return rules == null ? b : b.rulesDirectory(rules);
            });
        } catch (RuleCompilationException e) {
            out.println("FAIL: the rules do not compile (" + e.problems().size() + " error(s)):");
            for (RuleProblem p : e.problems()) {
                out.println(p);
            }
            if (report != null) {
                write(
                        report,
                        HtmlReport.compileErrors(
                                rules == null ? "bundled default policy" : rules.toString(), e.problems()));
            }
            return Main.CANNOT_RUN;
        }
        ComplaintAdvisor advisor = advisors.defaultAdvisor();
        out.println("OK: " + advisor.ruleSet().name() + " " + advisor.ruleSet().version() + " compiles: "
                + advisor.rules().size() + " rules (" + advisor.ruleSet().checksum() + ")");
        if (scenarios == null) {
            out.println("no --scenarios DIR given: only compiled the rules");
            if (report != null) {
                write(report, HtmlReport.of(advisor, null));
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
        ScenarioReport result = ScenarioRunner.run(advisors, loaded);
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
            write(report, HtmlReport.of(advisor, result));
            out.println("report written to " + report);
        }
        boolean coverageMissing = a.flag("require-coverage") && !coverage.complete();
        return failed > 0 || coverageMissing ? Main.CASE_ERRORS : Main.OK;
    }

    private static void write(Path report, String html) {
        try {
            Files.writeString(report, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report + ": " + e.getMessage(), e);
        }
    }
}
