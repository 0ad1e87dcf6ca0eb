package org.complaintrules.tooling.report;

import static org.complaintrules.tooling.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.tooling.diff.PolicyChanges;
import org.complaintrules.tooling.diff.PolicyDiff;

/**
 * The {@code diff --report} page: both policies by folder and checksum, the settings and rules that
 * changed, the effects on the cases, and charts of how complainant types and escalation levels shift.
 */
public final class DiffHtml {
    /** Bar colour of the first policy. */
    public static final String FROM = "#8d99ae";
    /** Bar colour of the second policy. */
    public static final String TO = "#1565c0";

    private DiffHtml() {}

    /**
     * @param r a diff
     * @param invalidInputs inputs that could not be read and were left out
     * @return the page
     */
    public static String of(PolicyDiff.DiffReport r, int invalidInputs) {
        StringBuilder b = Html.page("Policy diff: " + r.fromLabel() + " ("
                + r.from().name() + " " + r.from().version() + ") -> " + r.toLabel() + " (" + r.to().name() + " "
                + r.to().version() + ")");
        b.append("<table><tr><th></th><th>folder</th><th>policy</th><th>checksum</th></tr>\n");
        side(b, "from", r.fromLabel(), r.from());
        side(b, "to", r.toLabel(), r.to());
        b.append("</table>\n");

        PolicyChanges c = r.changes();
        b.append("<h2 id=\"settings\">Settings changed (")
                .append(c.settings().size())
                .append(")</h2>\n");
        if (c.settings().isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            b.append("<table><tr><th>setting</th><th>from</th><th>to</th></tr>\n");
            for (PolicyChanges.SettingChange s : c.settings()) {
                b.append("<tr><td><code>")
                        .append(esc(s.key()))
                        .append("</code></td><td>")
                        .append(s.from() == null ? "<span class=\"muted\">(absent)</span>" : esc(s.from()))
                        .append("</td><td>")
                        .append(s.to() == null ? "<span class=\"muted\">(absent)</span>" : esc(s.to()))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2 id=\"rules\">Rules added, removed and changed</h2>\n");
        if (c.added().isEmpty() && c.removed().isEmpty() && c.changed().isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            b.append("<table><tr><th></th><th>rule</th><th>name</th><th>file</th><th>what changed</th></tr>\n");
            for (RuleInfo x : c.added()) {
                rule(b, "added", x, "");
            }
            for (RuleInfo x : c.removed()) {
                rule(b, "removed", x, "");
            }
            for (PolicyChanges.RuleChange x : c.changed()) {
                rule(b, "changed", x.rule(), String.join(", ", x.what()));
            }
            b.append("</table>\n");
        }

        b.append("<h2 id=\"files\">Word lists, wording and reply templates changed (")
                .append(c.files().size())
                .append(")</h2>\n");
        if (c.files().isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            b.append("<table><tr><th></th><th>file</th><th>what it is</th>"
                    + "<th class=\"num\">lines added</th><th class=\"num\">lines removed</th></tr>\n");
            for (PolicyChanges.FileChange f : c.files()) {
                b.append("<tr><td>")
                        .append(esc(f.status()))
                        .append("</td><td><code>")
                        .append(esc(f.file()))
                        .append("</code></td><td>")
                        .append(esc(f.kind()))
                        .append("</td><td class=\"num\">+")
                        .append(f.linesAdded())
                        .append("</td><td class=\"num\">-")
                        .append(f.linesRemoved())
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        b.append("<h2 id=\"effects\">Effects on ")
                .append(r.cases())
                .append(" cases</h2>\n<p>")
                .append(r.changedCases())
                .append(" of ")
                .append(r.cases())
                .append(" cases changed")
                .append(invalidInputs > 0 ? "; " + invalidInputs + " unreadable input(s) left out" : "")
                .append(
                        ".</p>\n<table><tr><th>aspect</th><th class=\"num\">cases changed</th><th>examples</th></tr>\n");
        for (PolicyDiff.AspectDiff a : r.aspects()) {
            b.append("<tr><td>")
                    .append(esc(a.aspect().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</td><td class=\"num\">")
                    .append(a.count())
                    .append("</td><td>");
            for (PolicyDiff.Change ch : a.examples()) {
                b.append("<code>")
                        .append(esc(ch.caseId()))
                        .append("</code>: ")
                        .append(esc(ch.from()))
                        .append(" &rarr; ")
                        .append(esc(ch.to()))
                        .append("<br>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n<p>Total exposure (maximum compensation summed over the cases both policies advised): ")
                .append(esc(r.exposureFrom().toPlainString()))
                .append(r.currenciesDiffer() ? " " + esc(r.currency()) : "")
                .append(" &rarr; ")
                .append(esc(r.exposureTo().toPlainString()))
                .append(' ')
                .append(esc(r.currencyTo()))
                .append(
                        r.currenciesDiffer()
                                ? " (the currencies differ: no delta)"
                                : " (" + (r.exposureDelta().signum() >= 0 ? "+" : "")
                                        + esc(r.exposureDelta().toPlainString()) + " " + esc(r.currency()) + ")")
                .append(r.leftOut().isEmpty() ? "" : "; " + esc(r.leftOut()))
                .append(".</p>\n");

        b.append("<h2 id=\"types\">Complainant types before and after</h2>\n")
                .append(shiftChart("Cases per complainant type under each policy", r.types()))
                .append(moves(r.types()));
        b.append("<h2 id=\"levels\">Escalation levels before and after</h2>\n")
                .append(shiftChart("Cases per escalation level under each policy", r.levels()))
                .append(moves(r.levels()));
        return b.append(Html.end()).toString();
    }

    private static void side(StringBuilder b, String which, String label, RuleSetInfo info) {
        b.append("<tr><th>")
                .append(which)
                .append("</th><td><code>")
                .append(esc(label))
                .append("</code></td><td>")
                .append(esc(info.name() + " " + info.version()))
                .append("</td><td><code>")
                .append(esc(info.checksum()))
                .append("</code></td></tr>\n");
    }

    private static void rule(StringBuilder b, String how, RuleInfo r, String what) {
        b.append("<tr><td>")
                .append(how)
                .append("</td><td><code>")
                .append(esc(r.id()))
                .append("</code></td><td>")
                .append(esc(r.name()))
                .append("</td><td>")
                .append(esc(r.file()))
                .append("</td><td>")
                .append(esc(what))
                .append("</td></tr>\n");
    }

    /**
     * @param caption what the chart shows
     * @param shift the counts
     * @return two bars per value (first policy, second policy), values no case had under either left out
     */
    public static String shiftChart(String caption, PolicyDiff.Shift shift) {
        List<Svg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : shift.from().entrySet()) {
            int before = e.getValue();
            int after = shift.to().getOrDefault(e.getKey(), 0);
            if (before == 0 && after == 0) {
                continue;
            }
            bars.add(new Svg.Bar(
                    e.getKey() + " before", List.of(new Svg.Part(before, FROM, "before")), String.valueOf(before)));
            int delta = after - before;
            bars.add(new Svg.Bar(
                    e.getKey() + " after",
                    List.of(new Svg.Part(after, TO, "after")),
                    after + (delta == 0 ? "" : " (" + (delta > 0 ? "+" : "") + delta + ")")));
        }
        return Svg.bars(caption, bars, List.of(new Svg.Part(0, FROM, "from"), new Svg.Part(0, TO, "to")));
    }

    private static String moves(PolicyDiff.Shift shift) {
        if (shift.moves().isEmpty()) {
            return "<p>No case moved.</p>\n";
        }
        StringBuilder b = new StringBuilder("<table><tr><th>moved</th><th class=\"num\">cases</th></tr>\n");
        shift.moves()
                .forEach((k, v) -> b.append("<tr><td>")
                        .append(esc(k).replace("-&gt;", "&rarr;"))
                        .append("</td><td class=\"num\">")
                        .append(v)
                        .append("</td></tr>\n"));
        return b.append("</table>\n").toString();
    }
}
