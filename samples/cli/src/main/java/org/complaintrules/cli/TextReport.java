package org.complaintrules.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.RuleInfo;

/** Advice for people: what to do, and with {@code explain}, why. */
final class TextReport {
    private TextReport() {}

    /**
     * @param result the advice or error
     * @param advisor the advisor, for rule descriptions
     * @param why whether to explain each fired rule
     * @return the report, ending in a blank line
     */
    static String render(CaseResult result, ComplaintAdvisor advisor, boolean why) {
        StringBuilder out = new StringBuilder();
        if (result instanceof CaseError e) {
            out.append("Case ")
                    .append(e.caseId() == null ? "(id unreadable)" : e.caseId())
                    .append(": ")
                    .append(e.code())
                    .append(e.field() == null ? "" : " at " + e.field())
                    .append(": ")
                    .append(e.message())
                    .append("\n\n");
            return out.toString();
        }
        Advice a = (Advice) result;
        out.append("Case ")
                .append(a.caseId())
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
        if (!a.followUp().isEmpty()) {
            out.append("  Follow-up: ").append(join(a.followUp())).append('\n');
        }
        if (!a.tags().isEmpty()) {
            out.append("  Tags: ").append(join(a.tags())).append('\n');
        }
        if (why) {
            out.append("  Why: the rules that fired, in order:\n");
            List<FiredRule> fired = a.firedRules();
            int n = 1;
            for (int i = 0; i < fired.size(); ) {
                FiredRule r = fired.get(i);
                int times = 1;
                while (i + times < fired.size() && fired.get(i + times).equals(r)) {
                    times++;
                }
                out.append(String.format(
                        "    %2d. %s  %s%s%n",
                        n++, r.id(), r.name(), times > 1 ? "  (fired " + times + " times in a row)" : ""));
                String description =
                        advisor.rule(r.id()).map(RuleInfo::description).orElse("");
                if (!description.isEmpty()) {
                    out.append("        ").append(description).append('\n');
                }
                i += times;
            }
        } else {
            out.append("  Rules: ")
                    .append(a.firedRules().stream().map(FiredRule::id).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append("  Warnings: ")
                .append(a.warnings().isEmpty() ? "none" : String.join("; ", a.warnings()))
                .append("\n\n");
        return out.toString();
    }

    private static String join(List<?> values) {
        return values.isEmpty() ? "-" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
