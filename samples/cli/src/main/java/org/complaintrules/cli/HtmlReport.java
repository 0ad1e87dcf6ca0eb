package org.complaintrules.cli;

import java.util.List;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.tooling.scenario.Mismatch;
import org.complaintrules.tooling.scenario.RuleCoverage;
import org.complaintrules.tooling.scenario.ScenarioReport;
import org.complaintrules.tooling.scenario.ScenarioResult;

/** The {@code check --report} page: one self-contained HTML file, no scripts, no external resources. */
final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.ok{color:#176d2c}.fail{color:#b00020}.zero{background:#fff3cd}
            .summary span{display:inline-block;margin-right:2em;font-size:1.1em}code{font-size:.95em}td code{white-space:nowrap}
            """;

    private HtmlReport() {}

    static String compileErrors(String source, List<RuleProblem> problems) {
        StringBuilder b = head("Policy check: does not compile");
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
        return b.append("</table>\n</body></html>\n").toString();
    }

    static String of(ComplaintAdvisor advisor, ScenarioReport report) {
        StringBuilder b = head("Policy check: " + advisor.ruleSet().name() + " "
                + advisor.ruleSet().version());
        b.append("<p>Checksum <code>").append(esc(advisor.ruleSet().checksum())).append("</code></p>\n");
        if (report == null) {
            b.append("<p class=\"ok\">The rules compile (")
                    .append(advisor.rules().size())
                    .append(" rules). No scenarios were run.</p>\n");
            return b.append("</body></html>\n").toString();
        }
        RuleCoverage coverage = report.coverage();
        int failed = report.failures().size();
        int never = coverage.neverFired().size();
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
                .append(" rules fired by some scenario</span></div>\n");
        b.append("<h2>Failing scenarios</h2>\n");
        if (failed == 0) {
            b.append("<p class=\"ok\">None.</p>\n");
        }
        for (ScenarioResult r : report.failures()) {
            b.append("<h3>")
                    .append(esc(r.scenario().name()))
                    .append("</h3>\n<p><code>")
                    .append(esc(r.scenario().source()))
                    .append("</code></p>\n")
                    .append("<table><tr><th>what</th><th>expected</th><th>actual</th></tr>\n");
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
        b.append(
                "<h2>Rule coverage</h2>\n<table><tr><th>rule</th><th>name</th><th>file</th><th>scenarios firing it</th></tr>\n");
        for (RuleInfo r : coverage.rules()) {
            int n = coverage.count(r.id());
            b.append(n == 0 ? "<tr class=\"zero\">" : "<tr>")
                    .append("<td><code>")
                    .append(esc(r.id()))
                    .append("</code></td><td>")
                    .append(esc(r.name()))
                    .append("</td><td>")
                    .append(esc(r.file()))
                    .append("</td><td>")
                    .append(n)
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(esc(title))
                .append("</h1>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
