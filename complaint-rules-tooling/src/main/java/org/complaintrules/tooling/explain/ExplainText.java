package org.complaintrules.tooling.explain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.Money;
import org.complaintrules.api.Referral;

/** Advice for people as plain text: what to do ({@link #advice}) and, for {@code explain}, why ({@link #render}). */
public final class ExplainText {
    private ExplainText() {}

    /**
     * @param result the advice or error
     * @return what to do, ending in a blank line; the fired rules by id only
     */
    public static String advice(CaseResult result) {
        StringBuilder out = new StringBuilder();
        if (error(result, out)) {
            return out.toString();
        }
        Advice a = (Advice) result;
        head(a, out);
        if (!a.evidence().isEmpty()) {
            out.append("  Evidence:\n");
            a.evidence()
                    .forEach(e -> out.append("    - ")
                            .append(e.type())
                            .append(": ")
                            .append(e.signal())
                            .append(" (")
                            .append(e.detail())
                            .append(")\n"));
        }
        body(a, out);
        out.append("  Rules: ")
                .append(a.firedRules().stream().map(FiredRule::id).collect(Collectors.joining(", ")))
                .append('\n');
        warnings(a, out);
        return out.toString();
    }

    /**
     * @param e an explanation
     * @return what to do and why: the evidence per type against the threshold, the compensation
     *     limits, each fired rule with its description, ending in a blank line
     */
    public static String render(Explanation e) {
        StringBuilder out = new StringBuilder();
        if (error(e.result(), out)) {
            return out.toString();
        }
        Advice a = e.advice();
        head(a, out);
        if (!e.types().isEmpty()) {
            out.append("  Evidence, by type:\n");
            for (Explanation.TypeTally t : e.types()) {
                out.append("    ")
                        .append(t.type())
                        .append(": ")
                        .append(tally(t))
                        .append('\n');
                for (Explanation.EvidenceItem i : t.items()) {
                    out.append("      - ").append(i.signal());
                    if (i.weight() >= 0) {
                        out.append(" (+").append(i.weight()).append(')');
                    }
                    out.append(": ")
                            .append(i.quote() != null ? i.quote().toString() : i.detail())
                            .append('\n');
                }
            }
        }
        if (!e.signals().isEmpty()) {
            out.append("  Signals (in the text, quoted, or from the host):\n");
            for (Explanation.EvidenceItem i : e.signals()) {
                out.append("    - ")
                        .append(i.signal())
                        .append(": ")
                        .append(i.quote() != null ? i.quote().toString() : i.detail())
                        .append('\n');
            }
        }
        body(a, out);
        if (e.cap() != null) {
            out.append("  Why this cap: ").append(capLine(e.cap())).append('\n');
            for (Explanation.Limit l : e.cap().others()) {
                out.append("    - ")
                        .append(l.reason())
                        .append(" would allow ")
                        .append(l.amount())
                        .append(" (")
                        .append(l.above().amount().signum() == 0 ? "the same" : l.above() + " more")
                        .append(")\n");
            }
        }
        out.append("  Why: the rules that fired, in order:\n");
        int n = 1;
        for (Explanation.RuleStep r : e.rules()) {
            out.append(String.format(
                    Locale.ROOT,
                    "    %2d. %s  %s%s%n",
                    n++,
                    r.id(),
                    r.name(),
                    r.times() > 1 ? "  (fired " + r.times() + " times in a row)" : ""));
            if (!r.description().isEmpty()) {
                out.append("        ").append(r.description()).append('\n');
            }
        }
        warnings(a, out);
        return out.toString();
    }

    /**
     * @param t a type's evidence
     * @return e.g. {@code total 5 >= trait.threshold 3: a trait}
     */
    static String tally(Explanation.TypeTally t) {
        if (t.total() < 0) {
            return t.trait() ? "a trait" : "not a trait";
        }
        if (t.threshold() < 0) {
            return "total " + t.total() + (t.trait() ? ": a trait" : ": not a trait");
        }
        return "total " + t.total() + (t.total() >= t.threshold() ? " >= " : " < ") + Explainer.THRESHOLD + " "
                + t.threshold() + (t.trait() ? ": a trait" : ": not a trait");
    }

    /**
     * @param c how the cap was set
     * @return e.g. {@code 89.99 EUR, set by CLAIMED_LOSS, the lowest of 3 limits}
     */
    static String capLine(Explanation.CapReason c) {
        String line = c.cap() + ", set by " + c.reason() + ", the lowest of "
                + (c.others().size() + 1) + " limits";
        Money advised = c.advised();
        if (advised.currency().equals(c.cap().currency())
                && advised.amount().compareTo(c.cap().amount()) != 0) {
            line += "; the guardrails changed it to " + advised + " (see the warnings)";
        }
        return line;
    }

    /**
     * A value from the input as it may be shown on a terminal: control characters (an escape
     * sequence, a line break that would forge a line of its own) and the invisible marks that reorder
     * text (bidirectional overrides and isolates) are written as {@code \\uXXXX}; everything else
     * stays as it is. Case ids and error messages quote input, which a text report must not let
     * through raw.
     *
     * @param value a value, or {@code null}
     * @return the value with those characters escaped, or {@code null}
     */
    public static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hidden = Character.isISOControl(c)
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028'
                    || c == '\u2029';
            if (hidden && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static boolean error(CaseResult result, StringBuilder out) {
        if (result instanceof CaseError e) {
            out.append("Case ")
                    .append(e.caseId() == null ? "(id unreadable)" : printable(e.caseId()))
                    .append(": ")
                    .append(e.code())
                    .append(e.field() == null ? "" : " at " + e.field())
                    .append(": ")
                    .append(printable(e.message()))
                    .append("\n\n");
            return true;
        }
        return false;
    }

    private static void head(Advice a, StringBuilder out) {
        out.append("Case ")
                .append(printable(a.caseId()))
                .append("  (policy ")
                .append(a.ruleSet().name())
                .append(' ')
                .append(a.ruleSet().version())
                .append(")\n");
        out.append("  Complainant type: ").append(a.complainantType());
        if (!a.traits().isEmpty()) {
            out.append("   traits: ").append(join(a.traits()));
        }
        out.append("   priority: ").append(a.priority()).append('\n');
    }

    private static void body(Advice a, StringBuilder out) {
        out.append("  Do:    ").append(join(a.strategy().actions())).append('\n');
        out.append("  Avoid: ").append(join(a.strategy().avoid())).append('\n');
        out.append("  Steps: ")
                .append(String.join(" > ", a.strategy().responseSteps()))
                .append('\n');
        out.append("  Compensation: up to ").append(a.compensation().maxAmount());
        if (!a.compensation().allowedForms().isEmpty()) {
            out.append(" as ").append(join(a.compensation().allowedForms()));
        }
        out.append('\n');
        if (!a.compensation().approvals().isEmpty()) {
            out.append("    approvals: ")
                    .append(a.compensation().approvals().stream()
                            .map(x -> x.role() + " up to " + x.upTo())
                            .collect(Collectors.joining("; ")))
                    .append('\n');
        }
        out.append("  Escalation: ").append(a.escalation().level());
        if (!a.escalation().teams().isEmpty()) {
            out.append("; teams ").append(join(a.escalation().teams()));
        }
        if (!a.escalation().reasons().isEmpty()) {
            out.append("; because ").append(join(a.escalation().reasons()));
        }
        out.append('\n');
        out.append("  Deadlines: acknowledge by ")
                .append(a.deadlines().acknowledgeBy())
                .append(", respond by ")
                .append(a.deadlines().respondBy())
                .append(", resolve by ")
                .append(a.deadlines().resolveBy())
                .append(", follow up at ")
                .append(a.deadlines().followUpAt())
                .append('\n');
        legalClock(a).forEach(line -> out.append("    ").append(line).append('\n'));
        if (!a.followUp().isEmpty()) {
            out.append("  Follow-up: ").append(join(a.followUp())).append('\n');
        }
        if (!a.tags().isEmpty()) {
            out.append("  Tags: ").append(join(a.tags())).append('\n');
        }
        if (!a.vulnerability().drivers().isEmpty()) {
            out.append("  Vulnerability: ")
                    .append(join(a.vulnerability().drivers()))
                    .append('\n');
            a.vulnerability()
                    .evidence()
                    .forEach(v -> out.append("    - ")
                            .append(v.signal())
                            .append(": ")
                            .append(v.detail())
                            .append('\n'));
        }
    }

    /**
     * @param a an advice
     * @return the legal clock in words: the regulatory limit, each deadline's basis (rule id, statement,
     *     citation), and the referral rights; empty under GENERIC
     */
    static List<String> legalClock(Advice a) {
        List<String> lines = new java.util.ArrayList<>();
        if (a.deadlines().regulatoryLimit() != null) {
            lines.add(
                    "regulatory limit for the final response: " + a.deadlines().regulatoryLimit());
        }
        for (DeadlineBasis b : a.deadlines().basis()) {
            lines.add(b.deadline() + " set by " + b.ruleId() + ": " + b.rule() + " (" + b.citation() + ")");
        }
        Referral r = a.referral();
        if (r != null) {
            lines.add("referral: the customer may go to " + r.body()
                    + (r.availableFrom() == null ? " after the final response" : " from " + r.availableFrom())
                    + (r.windowAfterFinalResponse() == null
                            ? ""
                            : ", within " + r.windowAfterFinalResponse() + " of the final response")
                    + (r.timeBarred() ? "; MAY BE TIME-BARRED" : "") + " (" + r.citation() + ")");
        }
        return lines;
    }

    private static void warnings(Advice a, StringBuilder out) {
        out.append("  Warnings: ")
                .append(a.warnings().isEmpty() ? "none" : String.join("; ", a.warnings()))
                .append("\n\n");
    }

    static String join(List<?> values) {
        return values.isEmpty() ? "-" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
