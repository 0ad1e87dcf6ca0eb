package org.complaintrules.tooling.explain;

import static org.complaintrules.tooling.report.Html.esc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.tooling.report.Html;

/**
 * Explanations as one HTML page per set of cases, each case a {@code <section>} with the id
 * {@link #anchor(String)} so other pages (the {@code check} report) can link to it; on a page of
 * several cases, a case whose anchor an earlier case has (ids that differ only in spaces or
 * punctuation, or the same id twice) gets that anchor with its position added ({@code case-X-1-3}).
 */
public final class ExplainHtml {
    private ExplainHtml() {}

    /**
     * @param title the page title
     * @param intro a sentence under the title, or {@code null}
     * @param explanations the cases, in order
     * @return the page
     */
    public static String page(String title, String intro, List<Explanation> explanations) {
        StringBuilder b = Html.page(title);
        if (intro != null) {
            b.append("<p>").append(esc(intro)).append("</p>\n");
        }
        // ids that differ only in what an anchor cannot hold ("X 1", "X-1", "X.1") or that repeat get an
        // anchor each: the first keeps the plain one, the others add their position on the page
        List<String> anchors = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < explanations.size(); i++) {
            String a = anchor(label(explanations.get(i), i));
            String unique = a;
            for (int n = 0; !used.add(unique); n++) {
                unique = a + "-" + (i + 1) + (n == 0 ? "" : "-" + n);
            }
            anchors.add(unique);
        }
        if (explanations.size() > 1) {
            b.append("<nav><p>Cases: ");
            for (int i = 0; i < explanations.size(); i++) {
                String id = label(explanations.get(i), i);
                b.append(i == 0 ? "" : ", ")
                        .append("<a href=\"#")
                        .append(anchors.get(i))
                        .append("\">")
                        .append(esc(id))
                        .append("</a>");
            }
            b.append("</p></nav>\n");
        }
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            b.append(section(e, label(e, i), null, anchors.get(i)));
        }
        return b.append(Html.end()).toString();
    }

    private static String label(Explanation e, int index) {
        return e.caseId() == null ? "input " + (index + 1) : e.caseId();
    }

    /**
     * @param key a case id or scenario name
     * @return the section id for it, e.g. {@code case-C-1001}
     */
    public static String anchor(String key) {
        return "case-" + Html.id(key);
    }

    /**
     * @param e an explanation
     * @param key what the section is called and anchored by (a case id or a scenario name)
     * @param heading the section heading, or {@code null} for {@code Case <key>}
     * @return one {@code <section>}
     */
    public static String section(Explanation e, String key, String heading) {
        return section(e, key, heading, anchor(key));
    }

    private static String section(Explanation e, String key, String heading, String anchor) {
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"")
                .append(anchor)
                .append("\">\n<h2>")
                .append(esc(heading == null ? "Case " + key : heading))
                .append("</h2>\n");
        if (e.result() instanceof CaseError err) {
            b.append("<p class=\"fail\">")
                    .append(esc(err.code().toString()))
                    .append(err.field() == null ? "" : " at <code>" + esc(err.field()) + "</code>")
                    .append(": ")
                    .append(esc(err.message()))
                    .append("</p>\n</section>\n");
            return b.toString();
        }
        Advice a = e.advice();
        b.append("<table>\n");
        row(
                b,
                "Complainant type",
                "<strong>" + a.complainantType() + "</strong>"
                        + (a.traits().isEmpty() ? "" : " (traits: " + esc(ExplainText.join(a.traits())) + ")"));
        row(b, "Priority", esc(a.priority().toString()));
        row(b, "Do", esc(ExplainText.join(a.strategy().actions())));
        row(b, "Avoid", esc(ExplainText.join(a.strategy().avoid())));
        row(b, "Steps", esc(String.join(" > ", a.strategy().responseSteps())));
        row(
                b,
                "Compensation",
                "up to <strong>" + esc(a.compensation().maxAmount().toString()) + "</strong>"
                        + (a.compensation().allowedForms().isEmpty()
                                ? ""
                                : " as " + esc(ExplainText.join(a.compensation().allowedForms())))
                        + (a.compensation().approvals().isEmpty()
                                ? ""
                                : "<br>approvals: "
                                        + esc(a.compensation().approvals().stream()
                                                .map(x -> x.role() + " up to " + x.upTo())
                                                .collect(Collectors.joining("; ")))));
        row(
                b,
                "Escalation",
                esc(a.escalation().level()
                        + (a.escalation().teams().isEmpty()
                                ? ""
                                : "; teams " + ExplainText.join(a.escalation().teams()))
                        + (a.escalation().reasons().isEmpty()
                                ? ""
                                : "; because " + ExplainText.join(a.escalation().reasons()))));
        row(
                b,
                "Deadlines",
                esc("acknowledge by " + a.deadlines().acknowledgeBy() + ", respond by "
                                + a.deadlines().respondBy() + ", resolve by "
                                + a.deadlines().resolveBy() + ", follow up at "
                                + a.deadlines().followUpAt())
                        + ExplainText.legalClock(a).stream()
                                .map(line -> "<br>" + esc(line))
                                .collect(Collectors.joining()));
        row(b, "Warnings", esc(a.warnings().isEmpty() ? "none" : String.join("; ", a.warnings())));
        b.append("</table>\n");
        if (!e.types().isEmpty()) {
            b.append(
                    "<h3>Evidence, by type</h3>\n<table><tr><th>type</th><th>evidence</th><th class=\"num\">weight</th></tr>\n");
            for (Explanation.TypeTally t : e.types()) {
                for (int i = 0; i < t.items().size(); i++) {
                    Explanation.EvidenceItem item = t.items().get(i);
                    b.append("<tr>");
                    if (i == 0) {
                        b.append("<td rowspan=\"")
                                .append(t.items().size() + 1)
                                .append("\"><strong>")
                                .append(t.type())
                                .append("</strong></td>");
                    }
                    b.append("<td><code>").append(esc(item.signal())).append("</code> ");
                    quoteOrDetail(b, item);
                    b.append("</td><td class=\"num\">")
                            .append(item.weight() >= 0 ? "+" + item.weight() : "?")
                            .append("</td></tr>\n");
                }
                b.append("<tr><td class=\"")
                        .append(t.trait() ? "ok" : "muted")
                        .append("\">")
                        .append(esc(ExplainText.tally(t)))
                        .append("</td><td class=\"num\"><strong>")
                        .append(t.total() >= 0 ? t.total() : "?")
                        .append("</strong></td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (!e.signals().isEmpty()) {
            b.append("<h3>Signals</h3>\n<table><tr><th>signal</th><th>in the text, or from the host</th></tr>\n");
            for (Explanation.EvidenceItem item : e.signals()) {
                b.append("<tr><td><code>").append(esc(item.signal())).append("</code></td><td>");
                quoteOrDetail(b, item);
                b.append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (e.cap() != null) {
            b.append("<h3>Why this compensation cap</h3>\n<p>")
                    .append(esc(ExplainText.capLine(e.cap())))
                    .append("</p>\n");
            if (!e.cap().others().isEmpty()) {
                b.append(
                        "<table><tr><th>other limit</th><th class=\"num\">would allow</th><th class=\"num\">higher by</th></tr>\n");
                for (Explanation.Limit l : e.cap().others()) {
                    b.append("<tr><td><code>")
                            .append(esc(l.reason()))
                            .append("</code></td><td class=\"num\">")
                            .append(esc(l.amount().toString()))
                            .append("</td><td class=\"num\">")
                            .append(esc(l.above().toString()))
                            .append("</td></tr>\n");
                }
                b.append("</table>\n");
            }
        }
        b.append("<h3>The rules that fired, in order</h3>\n<ol>\n");
        for (Explanation.RuleStep r : e.rules()) {
            b.append("<li><code>")
                    .append(esc(r.id()))
                    .append("</code> ")
                    .append(esc(r.name()))
                    .append(
                            r.times() > 1
                                    ? " <span class=\"muted\">(fired " + r.times() + " times in a row)</span>"
                                    : "")
                    .append(r.file().isEmpty() ? "" : " <span class=\"muted\">" + esc(r.file()) + "</span>");
            if (!r.description().isEmpty()) {
                b.append("<br>").append(esc(r.description()));
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</section>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String html) {
        b.append("<tr><th>").append(esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    /** Appends the item's words in their surroundings, the words marked; or its detail when it quotes no text. */
    private static void quoteOrDetail(StringBuilder b, Explanation.EvidenceItem item) {
        if (item.quote() != null) {
            Quote q = item.quote();
            b.append("<span class=\"quote\">&ldquo;")
                    .append(esc(q.before()))
                    .append("<mark>")
                    .append(esc(q.words()))
                    .append("</mark>")
                    .append(esc(q.after()))
                    .append("&rdquo;</span>");
        } else {
            b.append(esc(item.detail()));
        }
    }
}
