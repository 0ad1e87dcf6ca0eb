package org.complaintrules.cli;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Referral;
import org.complaintrules.api.Reply;
import org.complaintrules.tooling.explain.ExplainText;
import org.complaintrules.tooling.explain.Explanation;
import org.complaintrules.wording.PolicyWording;

/**
 * {@code explain --lang}: the advice explained in another language, with the policy's wording of
 * every code, and the reply draft when the case asked for one. Rule names and descriptions stay as
 * the rule files write them.
 */
final class LocalizedExplanation {
    private LocalizedExplanation() {}

    /**
     * @param e an explanation
     * @param w the policy's wording
     * @param lang the language, e.g. {@code ru}; {@code null} for the English explanation of the tooling
     * @return the explanation, ending in a blank line
     */
    static String render(Explanation e, PolicyWording w, String lang) {
        Advice a = e.advice();
        if (lang == null || a == null) {
            return withEnglishReply(ExplainText.render(e), e.result(), w);
        }
        ZoneId zone = zone(e.complaintCase());
        StringBuilder out = new StringBuilder();
        out.append(label(w, lang, "caseId"))
                .append(' ')
                .append(ExplainText.printable(a.caseId()))
                .append(aside(
                        w,
                        lang,
                        label(w, lang, "policy") + " " + a.ruleSet().name() + " "
                                + a.ruleSet().version()))
                .append('\n');
        line(
                out,
                w,
                lang,
                "complainantType",
                w.phrase(lang, "type", a.complainantType().name()));
        if (!a.traits().isEmpty()) {
            line(out, w, lang, "traits", codes(w, lang, "type", a.traits()));
        }
        line(out, w, lang, "priority", w.phrase(lang, "priority", a.priority().name()));
        if (!e.types().isEmpty()) {
            evidenceByType(out, e, w, lang, zone);
        }
        if (!e.signals().isEmpty()) {
            // every signal, quoted: also those that count for no type (a legal threat escalates)
            out.append("  ")
                    .append(label(w, lang, "evidence"))
                    .append(colon(w, lang).strip())
                    .append('\n');
            for (Explanation.EvidenceItem i : e.signals()) {
                out.append("    - ")
                        .append(signalPhrase(w, lang, i.signal()))
                        .append(colon(w, lang))
                        .append(i.quote() != null ? i.quote().toString() : w.detail(lang, i.signal(), i.detail()))
                        .append('\n');
            }
        } else if (e.types().isEmpty() && !a.evidence().isEmpty()) {
            out.append("  ")
                    .append(label(w, lang, "evidence"))
                    .append(colon(w, lang).strip())
                    .append('\n');
            a.evidence()
                    .forEach(ev -> out.append("    - ")
                            .append(w.phrase(lang, "type", ev.type().name()))
                            .append(colon(w, lang))
                            .append(w.phrase(lang, "evidence", ev.signal()))
                            .append(aside(w, lang, w.detail(lang, ev.signal(), ev.detail())))
                            .append('\n'));
        }
        if (!a.vulnerability().drivers().isEmpty()) {
            line(
                    out,
                    w,
                    lang,
                    "vulnerability",
                    codes(w, lang, "driver", a.vulnerability().drivers()));
        }
        list(out, w, lang, "do", "do", a.strategy().actions());
        list(out, w, lang, "avoid", "avoid", a.strategy().avoid());
        list(out, w, lang, "responseSteps", "step", a.strategy().responseSteps());
        String comp = w.format(
                lang, "label.maxAmount", Map.of("amount", a.compensation().maxAmount()), zone);
        if (!a.compensation().allowedForms().isEmpty()) {
            comp += semicolon(w, lang)
                    + label(w, lang, "allowedForms")
                    + colon(w, lang)
                    + codes(w, lang, "form", a.compensation().allowedForms());
        }
        line(out, w, lang, "compensation", comp);
        if (!a.compensation().approvals().isEmpty()) {
            line(
                    out,
                    w,
                    lang,
                    "approvals",
                    a.compensation().approvals().stream()
                            .map(ap -> upTo(w, lang, ap, zone))
                            .collect(Collectors.joining(semicolon(w, lang))));
        }
        if (e.cap() != null) {
            out.append("  ")
                    .append(label(w, lang, "whyCap"))
                    .append(colon(w, lang))
                    .append(w.format(
                            lang,
                            "label.capSetBy",
                            Map.of(
                                    "amount", e.cap().cap(),
                                    "reason", w.phrase(lang, "limit", e.cap().reason()),
                                    "count", e.cap().others().size() + 1),
                            zone))
                    .append('\n');
            for (Explanation.Limit l : e.cap().others()) {
                out.append("    - ")
                        .append(w.format(
                                lang,
                                "label.wouldAllow",
                                Map.of("reason", w.phrase(lang, "limit", l.reason()), "amount", l.amount()),
                                zone))
                        .append('\n');
            }
        }
        String esc = w.phrase(lang, "level", a.escalation().level().name());
        if (!a.escalation().teams().isEmpty()) {
            esc += semicolon(w, lang)
                    + label(w, lang, "teams")
                    + colon(w, lang)
                    + codes(w, lang, "team", a.escalation().teams());
        }
        if (!a.escalation().reasons().isEmpty()) {
            esc += semicolon(w, lang)
                    + label(w, lang, "reasons")
                    + colon(w, lang)
                    + codes(w, lang, "reason", a.escalation().reasons());
        }
        line(out, w, lang, "escalation", esc);
        out.append("  ")
                .append(label(w, lang, "deadlines"))
                .append(aside(w, lang, zone.getId()))
                .append(colon(w, lang).strip())
                .append('\n');
        deadline(out, w, lang, "acknowledgeBy", a.deadlines().acknowledgeBy(), zone);
        deadline(out, w, lang, "respondBy", a.deadlines().respondBy(), zone);
        deadline(out, w, lang, "resolveBy", a.deadlines().resolveBy(), zone);
        deadline(out, w, lang, "followUpAt", a.deadlines().followUpAt(), zone);
        deadline(out, w, lang, "regulatoryLimit", a.deadlines().regulatoryLimit(), zone);
        if (a.referral() != null) {
            line(out, w, lang, "referral", referral(a.referral(), w, lang, zone));
        }
        list(out, w, lang, "followUp", "followUp", a.followUp());
        out.append("  ")
                .append(w.format(
                        lang, "label.firedRules", Map.of("count", e.rules().size()), zone))
                .append(colon(w, lang).strip())
                .append('\n');
        int n = 1;
        for (Explanation.RuleStep r : e.rules()) {
            out.append(String.format(Locale.ROOT, "    %2d. %s  %s%n", n++, r.id(), r.name()));
            if (!r.description().isEmpty()) {
                out.append("        ").append(r.description()).append('\n');
            }
        }
        line(
                out,
                w,
                lang,
                "warnings",
                a.warnings().isEmpty() ? label(w, lang, "none") : String.join("; ", a.warnings()));
        if (a.reply() != null) {
            out.append(reply(a.reply(), w, lang, "  "));
        }
        return out.append('\n').toString();
    }

    /** Each type's evidence, weight by weight, against {@code trait.threshold}; text evidence quoted in its sentence. */
    private static void evidenceByType(StringBuilder out, Explanation e, PolicyWording w, String lang, ZoneId zone) {
        out.append("  ")
                .append(label(w, lang, "evidenceByType"))
                .append(colon(w, lang).strip())
                .append('\n');
        for (Explanation.TypeTally t : e.types()) {
            out.append("    ")
                    .append(w.phrase(lang, "type", t.type().name()))
                    .append(colon(w, lang))
                    .append(tally(t, w, lang, zone))
                    .append('\n');
            for (Explanation.EvidenceItem i : t.items()) {
                out.append("      - ").append(w.phrase(lang, "evidence", i.signal()));
                if (i.weight() >= 0) {
                    out.append(" (+").append(i.weight()).append(')');
                }
                out.append(colon(w, lang))
                        .append(i.quote() != null ? i.quote().toString() : w.detail(lang, i.signal(), i.detail()))
                        .append('\n');
            }
        }
    }

    /**
     * @return the wording of a signal in the list of signals: as evidence for a type where the policy
     *     words it so ("written in capitals"), else as the signal ("threat of legal action": a legal
     *     threat counts for no type, and has no evidence wording), else the code
     */
    private static String signalPhrase(PolicyWording w, String lang, String signal) {
        String asEvidence = w.phrase(lang, "evidence", signal);
        return asEvidence.equals(signal) ? w.phrase(lang, "signal", signal) : asEvidence;
    }

    /** @return e.g. "total 5, 3 needed; a trait", as {@code ExplainText.tally} says it in English */
    private static String tally(Explanation.TypeTally t, PolicyWording w, String lang, ZoneId zone) {
        String verdict = label(w, lang, t.trait() ? "isTrait" : "notTrait");
        if (t.total() < 0) {
            return verdict;
        }
        String sum = t.threshold() < 0
                ? w.format(lang, "label.total", Map.of("total", t.total()), zone)
                : w.format(lang, "label.tally", Map.of("total", t.total(), "threshold", t.threshold()), zone);
        return sum + semicolon(w, lang) + verdict;
    }

    /**
     * @param text a case's advice or explanation in English, ending in a blank line
     * @param result the case's result
     * @param w the policy's wording
     * @return the text followed by the reply draft in English headings, when the advice has one
     */
    static String withEnglishReply(String text, CaseResult result, PolicyWording w) {
        return result instanceof Advice a && a.reply() != null ? text + reply(a.reply(), w, "en", "  ") + "\n" : text;
    }

    /**
     * @param r a reply draft
     * @param w the wording
     * @param lang the language of the labels
     * @param indent the indent of the block
     * @return the draft as a block of text
     */
    static String reply(Reply r, PolicyWording w, String lang, String indent) {
        StringBuilder out = new StringBuilder();
        out.append(indent)
                .append(label(w, lang, "reply"))
                .append(aside(w, lang, w.phrase(lang, "kind", r.kind().name()) + ", " + r.language()))
                .append(colon(w, lang).strip())
                .append('\n');
        out.append(indent)
                .append("  ")
                .append(label(w, lang, "subject"))
                .append(colon(w, lang))
                .append(r.subject())
                .append('\n');
        for (String bodyLine : r.body().split("\n", -1)) {
            out.append(indent).append("  | ").append(bodyLine).append('\n');
        }
        out.append(indent)
                .append("  ")
                .append(label(w, lang, "clauses"))
                .append(colon(w, lang))
                .append(r.clauses().isEmpty() ? label(w, lang, "none") : String.join(", ", r.clauses()))
                .append('\n');
        out.append(indent)
                .append("  ")
                .append(label(w, lang, "missingFacts"))
                .append(colon(w, lang).strip())
                .append('\n');
        r.missingFacts()
                .forEach(f -> out.append(indent).append("    - ").append(f).append('\n'));
        return out.toString();
    }

    private static ZoneId zone(ComplaintCase c) {
        return c != null && c.complaint().timeZone() != null ? c.complaint().timeZone() : ZoneOffset.UTC;
    }

    private static String label(PolicyWording w, String lang, String key) {
        return w.phrase(lang, "label", key);
    }

    /** The body the customer may turn to, from when, and the rule, e.g. "FOS from 15 January 2027 (DISP 1.6.2R)". */
    private static String referral(Referral r, PolicyWording w, String lang, ZoneId zone) {
        String body = r.availableFrom() == null
                ? r.body()
                : w.format(lang, "label.referralFrom", Map.of("body", r.body(), "at", r.availableFrom()), zone);
        return body + aside(w, lang, r.citation());
    }

    private static String aside(PolicyWording w, String lang, String text) {
        return w.format(lang, "label.aside", Map.of("text", text), ZoneOffset.UTC);
    }

    private static String semicolon(PolicyWording w, String lang) {
        return w.format(lang, "label.semicolon", Map.of(), ZoneOffset.UTC);
    }

    private static String colon(PolicyWording w, String lang) {
        return w.format(lang, "label.colon", Map.of(), ZoneOffset.UTC);
    }

    private static String upTo(PolicyWording w, String lang, Approval ap, ZoneId zone) {
        return w.format(
                lang,
                "label.upTo",
                Map.of("role", w.phrase(lang, "role", ap.role().name()), "amount", ap.upTo()),
                zone);
    }

    private static void line(StringBuilder out, PolicyWording w, String lang, String key, String value) {
        out.append("  ")
                .append(label(w, lang, key))
                .append(colon(w, lang))
                .append(value)
                .append('\n');
    }

    private static void list(
            StringBuilder out, PolicyWording w, String lang, String key, String namespace, List<String> codes) {
        if (!codes.isEmpty()) {
            out.append("  ")
                    .append(label(w, lang, key))
                    .append(colon(w, lang).strip())
                    .append('\n');
            codes.forEach(c ->
                    out.append("    - ").append(w.phrase(lang, namespace, c)).append('\n'));
        }
    }

    private static void deadline(StringBuilder out, PolicyWording w, String lang, String key, Instant at, ZoneId zone) {
        if (at != null) {
            out.append("    ")
                    .append(w.phrase(lang, "deadline", key))
                    .append(colon(w, lang))
                    .append(w.format(lang, "label.moment", Map.of("at", at), zone))
                    .append('\n');
        }
    }

    /** The codes' wording as the language lists things ("A, B and C"; Chinese "A、B和C"). */
    private static String codes(PolicyWording w, String lang, String namespace, List<?> codes) {
        return ListFormatter.getInstance(ULocale.forLanguageTag(lang), ListFormatter.Type.AND, ListFormatter.Width.WIDE)
                .format(codes.stream()
                        .map(c -> w.phrase(lang, namespace, String.valueOf(c)))
                        .toList());
    }
}
