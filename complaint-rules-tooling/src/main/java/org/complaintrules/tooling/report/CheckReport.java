package org.complaintrules.tooling.report;

import static org.complaintrules.tooling.report.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.tooling.explain.ExplainHtml;
import org.complaintrules.tooling.scenario.Mismatch;
import org.complaintrules.tooling.scenario.RuleCoverage;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioResult;

/**
 * The {@code check --report} page: the policy (folder and checksum), a summary, a coverage chart per
 * rule file, the failing scenarios with expected and actual values (each linking to its explanation
 * on a second page, when one is written), the passing scenarios, and every rule with the number of
 * scenarios that fire it (rules no scenario fires, and rules only one scenario fires, highlighted).
 */
public final class CheckReport {
    /** Bar colour: rules fired by two or more scenarios. */
    public static final String WELL_COVERED = "#2e7d32";
    /** Bar colour: rules fired by exactly one scenario. */
    public static final String ONCE = "#f0a020";
    /** Bar colour: rules no scenario fires. */
    public static final String NEVER = "#c62828";

    private CheckReport() {}

    /**
     * @param source where the rules came from, e.g. {@code my-policy/} or {@code bundled default policy}
     * @param problems the compile errors
     * @return a page listing them with file and line
     */
    public static String compileErrors(String source, List<RuleProblem> problems) {
        StringBuilder b = Html.page("Policy check: does not compile");
        b.append("<p class=\"fail\"><strong>")
                .append(problems.size())
                .append(" compile error(s)</strong> in ")
                .append(esc(source))
                .append("</p>\n<table><tr><th>file</th><th>line</th><th>message</th></tr>\n");
        for (RuleProblem p : problems) {
            b.append("<tr><td><code>")
                    .append(esc(p.file()))
                    .append("</code></td><td>")
                    .append(p.line())
                    .append("</td><td>")
                    .append(esc(p.message()))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n").append(Html.end()).toString();
    }

    /**
     * @param ruleSet the policy checked
     * @param source where its rules came from
     * @param rules its rules (for a check without scenarios)
     * @param report the scenario results, or {@code null} when no scenarios were run
     * @param explainPage the file name of the page explaining the failing scenarios (sections anchored by
     *     {@link ExplainHtml#anchor(String)} of the scenario's file name), or {@code null} for no links
     * @return the page
     */
    public static String of(
            RuleSetInfo ruleSet, String source, List<RuleInfo> rules, ScenarioReport report, String explainPage) {
        return of(ruleSet, source, rules, report, explainPage, List.of());
    }

    /**
     * @param ruleSet the policy checked
     * @param source where its rules came from
     * @param rules its rules (for a check without scenarios)
     * @param report the scenario results, or {@code null} when no scenarios were run
     * @param explainPage the file name of the page explaining the failing scenarios, or {@code null} for no links
     * @param notes what the check noted without failing, one line each (e.g. {@code file:line: note: rule
     *     "..." has no @id}); shown under "Notes" when there are any
     * @return the page
     */
    public static String of(
            RuleSetInfo ruleSet,
            String source,
            List<RuleInfo> rules,
            ScenarioReport report,
            String explainPage,
            List<String> notes) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(notes, "notes");
        StringBuilder b = Html.page("Policy check: " + ruleSet.name() + " " + ruleSet.version());
        b.append("<p>Rules from <code>")
                .append(esc(source))
                .append("</code>, checksum <code>")
                .append(esc(ruleSet.checksum()))
                .append("</code></p>\n");
        if (!notes.isEmpty()) {
            b.append("<h2 id=\"notes\">Notes (").append(notes.size()).append(")</h2>\n<ul>\n");
            for (String n : notes) {
                b.append("<li><code>").append(esc(n)).append("</code></li>\n");
            }
            b.append("</ul>\n");
        }
        if (report == null) {
            b.append("<p class=\"ok\">The rules compile (")
                    .append(rules.size())
                    .append(" rules). No scenarios were run.</p>\n");
            return b.append(Html.end()).toString();
        }
        RuleCoverage coverage = report.coverage();
        Map<String, List<String>> firedBy = firedBy(report);
        int failed = report.failures().size();
        int never = coverage.neverFired().size();
        long once = coverage.rules().stream()
                .filter(r -> coverage.count(r.id()) == 1)
                .count();
        b.append("<div class=\"summary\"><span class=\"")
                .append(failed == 0 ? "ok" : "fail")
                .append("\">")
                .append(report.results().size() - failed)
                .append(" of ")
                .append(report.results().size())
                .append(" scenarios passed</span><span class=\"")
                .append(never == 0 ? "ok" : "fail")
                .append("\">")
                .append(coverage.rules().size() - never)
                .append(" of ")
                .append(coverage.rules().size())
                .append(" rules fired by some scenario</span><span>")
                .append(once)
                .append(" rules fired by only one scenario</span></div>\n");
        b.append("<h2>Coverage by rule file</h2>\n").append(coverageChart(coverage));

        b.append("<h2 id=\"failing\">Failing scenarios (").append(failed).append(")</h2>\n");
        if (failed == 0) {
            b.append("<p class=\"ok\">None.</p>\n");
        }
        for (ScenarioResult r : report.failures()) {
            b.append("<h3>")
                    .append(esc(r.scenario().name()))
                    .append("</h3>\n<p><code>")
                    .append(esc(r.scenario().source()))
                    .append("</code>")
                    .append(
                            r.scenario().profile() == null
                                    ? ""
                                    : ", profile " + r.scenario().profile());
            if (explainPage != null && r.advice() != null) {
                b.append(" &middot; <a href=\"")
                        .append(esc(explainPage))
                        .append('#')
                        .append(ExplainHtml.anchor(r.scenario().source()))
                        .append("\">why: the explanation of this advice</a>");
            }
            b.append("</p>\n");
            if (r.error() != null) {
                b.append("<p class=\"fail\">The advisor failed: ")
                        .append(esc(r.error()))
                        .append("</p>\n");
            }
            if (!r.mismatches().isEmpty()) {
                b.append("<table><tr><th>what</th><th>expected</th><th>actual</th></tr>\n");
                for (Mismatch m : r.mismatches()) {
                    b.append("<tr><td><code>")
                            .append(esc(m.path()))
                            .append("</code></td><td>")
                            .append(esc(m.expected()))
                            .append("</td><td>")
                            .append(esc(m.actual()))
                            .append("</td></tr>\n");
                }
                b.append("</table>\n");
            }
            if (r.advice() != null) {
                b.append("<p class=\"muted\">Rules fired: ")
                        .append(esc(String.join(", ", r.firedRuleIds())))
                        .append("</p>\n");
            }
        }

        List<ScenarioResult> passing =
                report.results().stream().filter(ScenarioResult::passed).toList();
        b.append("<h2 id=\"passing\">Passing scenarios (")
                .append(passing.size())
                .append(")</h2>\n");
        if (passing.isEmpty()) {
            b.append("<p class=\"fail\">None.</p>\n");
        } else {
            b.append("<table><tr><th>scenario</th><th>file</th><th class=\"num\">rules fired</th></tr>\n");
            for (ScenarioResult r : passing) {
                b.append("<tr><td class=\"ok\">")
                        .append(esc(r.scenario().name()))
                        .append("</td><td><code>")
                        .append(esc(r.scenario().source()))
                        .append("</code>")
                        .append(
                                r.scenario().profile() == null
                                        ? ""
                                        : " (" + r.scenario().profile() + ")")
                        .append("</td><td class=\"num\">")
                        .append(r.firedRuleIds().size())
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        b.append(
                        "<h2 id=\"coverage\">Rule coverage</h2>\n<p>Rules no scenario fires are marked <span class=\"zero\">like this</span>; "
                                + "rules only one scenario fires, <span class=\"once\">like this</span> (one changed scenario "
                                + "and nothing tests them any more).</p>\n")
                .append("<table><tr><th>rule</th><th>name</th><th>file</th><th>scenarios firing it</th></tr>\n");
        for (RuleInfo r : coverage.rules()) {
            int n = coverage.count(r.id());
            b.append(n == 0 ? "<tr class=\"zero\">" : n == 1 ? "<tr class=\"once\">" : "<tr>")
                    .append("<td><code>")
                    .append(esc(r.id()))
                    .append("</code></td><td>")
                    .append(esc(r.name()))
                    .append("</td><td>")
                    .append(esc(r.file()))
                    .append("</td><td>")
                    .append(n);
            if (n == 1) {
                b.append(" (only <code>")
                        .append(esc(firedBy.get(r.id()).get(0)))
                        .append("</code>)");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").append(Html.end()).toString();
    }

    private static Map<String, List<String>> firedBy(ScenarioReport report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ScenarioResult r : report.results()) {
            for (String id : r.firedRuleIds()) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(r.scenario().source());
            }
        }
        return out;
    }

    /**
     * @param coverage a coverage
     * @return a stacked bar per rule file: rules fired by two or more scenarios, by one, by none
     */
    public static String coverageChart(RuleCoverage coverage) {
        Map<String, int[]> byFile = new LinkedHashMap<>();
        for (RuleInfo r : coverage.rules()) {
            int[] c = byFile.computeIfAbsent(r.file(), k -> new int[3]);
            int n = coverage.count(r.id());
            c[n >= 2 ? 0 : n == 1 ? 1 : 2]++;
        }
        List<Svg.Bar> bars = new ArrayList<>();
        byFile.forEach((file, c) -> bars.add(new Svg.Bar(
                file,
                List.of(
                        new Svg.Part(c[0], WELL_COVERED, "fired by 2+ scenarios"),
                        new Svg.Part(c[1], ONCE, "fired by 1 scenario"),
                        new Svg.Part(c[2], NEVER, "never fired")),
                (c[0] + c[1]) + " of " + (c[0] + c[1] + c[2]) + " fired")));
        return Svg.bars(
                "Rules per file: fired by two or more scenarios, by only one, by none",
                bars,
                List.of(
                        new Svg.Part(0, WELL_COVERED, "fired by 2+ scenarios"),
                        new Svg.Part(0, ONCE, "fired by only 1"),
                        new Svg.Part(0, NEVER, "never fired")));
    }
}
