package org.complaintrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.Compensation;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.DeadlineBasis;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.Escalation;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Evidence;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Priority;
import org.complaintrules.api.Referral;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Strategy;
import org.complaintrules.api.Team;
import org.complaintrules.api.Vulnerability;
import org.complaintrules.api.VulnerabilityDriver;
import org.complaintrules.api.VulnerabilityEvidence;

/**
 * Maps advice and error objects (CONTRACT.md sections 2, 3 and 5) back to {@link CaseResult}s.
 * Strict: every 0.1 key of an advice is required, unknown keys are rejected. Of the 0.2 keys,
 * {@code vulnerability} may be absent (advice written by 0.1 reads as
 * {@link Vulnerability#none()}); {@code referral}, {@code reply}, {@code deadlines.regulatoryLimit}
 * and {@code deadlines.basis} are absent when not set.
 */
final class ResultMapper {
    static final Set<String> ADVICE_FIELDS = Set.of(
            "caseId",
            "ruleSet",
            "complainantType",
            "traits",
            "evidence",
            "priority",
            "strategy",
            "compensation",
            "escalation",
            "deadlines",
            "followUp",
            "tags",
            "firedRules",
            "warnings",
            "vulnerability",
            "referral",
            "reply");
    static final Set<String> ERROR_RESULT_FIELDS = Set.of("caseId", "error");
    static final Set<String> ERROR_FIELDS = Set.of("code", "field", "message");
    static final Set<String> RULE_SET_FIELDS = Set.of("name", "version", "checksum");
    static final Set<String> EVIDENCE_FIELDS = Set.of("type", "signal", "detail");
    static final Set<String> STRATEGY_FIELDS = Set.of("do", "avoid", "responseSteps");
    static final Set<String> COMPENSATION_FIELDS = Set.of("maxAmount", "allowedForms", "approvals");
    static final Set<String> APPROVAL_FIELDS = Set.of("upTo", "role");
    static final Set<String> ESCALATION_FIELDS = Set.of("level", "teams", "reasons");
    static final Set<String> DEADLINE_FIELDS =
            Set.of("acknowledgeBy", "respondBy", "resolveBy", "followUpAt", "regulatoryLimit", "basis");
    static final Set<String> BASIS_FIELDS = Set.of("deadline", "ruleId", "citation", "rule");
    static final Set<String> VULNERABILITY_FIELDS = Set.of("drivers", "evidence");
    static final Set<String> VULNERABILITY_EVIDENCE_FIELDS = Set.of("signal", "detail");
    static final Set<String> REFERRAL_FIELDS =
            Set.of("body", "availableFrom", "windowAfterFinalResponse", "timeBarred", "citation");
    static final Set<String> REPLY_FIELDS = Set.of("kind", "language", "subject", "body", "clauses", "missingFacts");
    static final Set<String> FIRED_RULE_FIELDS = Set.of("id", "name");

    private ResultMapper() {}

    /**
     * @param root the parsed document
     * @return the advice, or the error object, it holds
     * @throws InvalidInputException with the full JSON path of the first fault
     */
    static CaseResult toResult(JsonNode root) {
        if (root != null && root.isObject() && root.has("error")) {
            return error(Fields.of(root, null, ERROR_RESULT_FIELDS));
        }
        return advice(Fields.of(root, null, ADVICE_FIELDS));
    }

    private static CaseError error(Fields f) {
        String caseId = f.string("caseId", false);
        Fields e = f.object("error", ERROR_FIELDS, true);
        ErrorCode code = e.enumValue("code", ErrorCode.class, true);
        String field = e.string("field", false);
        String message = e.string("message", true);
        return new CaseError(caseId, code, field, message);
    }

    private static Advice advice(Fields f) {
        String caseId = f.string("caseId", true);
        Fields rs = f.object("ruleSet", RULE_SET_FIELDS, true);
        RuleSetInfo ruleSet =
                new RuleSetInfo(rs.string("name", true), rs.string("version", true), rs.string("checksum", true));
        ComplainantType type = f.enumValue("complainantType", ComplainantType.class, true);
        List<ComplainantType> traits =
                f.list("traits", true, "complainant types", (v, p) -> Fields.constant(v, p, ComplainantType.class));
        List<Evidence> evidence = f.list("evidence", true, "evidence objects", (v, p) -> {
            Fields ev = Fields.of(v, p, EVIDENCE_FIELDS);
            return new Evidence(
                    ev.enumValue("type", ComplainantType.class, true),
                    ev.string("signal", true),
                    ev.string("detail", true));
        });
        Priority priority = f.enumValue("priority", Priority.class, true);
        Fields st = f.object("strategy", STRATEGY_FIELDS, true);
        Strategy strategy = new Strategy(strings(st, "do"), strings(st, "avoid"), strings(st, "responseSteps"));
        Fields co = f.object("compensation", COMPENSATION_FIELDS, true);
        Compensation compensation = new Compensation(
                co.money("maxAmount", true),
                co.list(
                        "allowedForms",
                        true,
                        "compensation forms",
                        (v, p) -> Fields.constant(v, p, CompensationForm.class)),
                co.list("approvals", true, "approval objects", (v, p) -> {
                    Fields ap = Fields.of(v, p, APPROVAL_FIELDS);
                    return new Approval(ap.money("upTo", true), ap.enumValue("role", ApprovalRole.class, true));
                }));
        Fields es = f.object("escalation", ESCALATION_FIELDS, true);
        Escalation escalation = new Escalation(
                es.enumValue("level", EscalationLevel.class, true),
                es.list("teams", true, "teams", (v, p) -> Fields.constant(v, p, Team.class)),
                strings(es, "reasons"));
        Fields dl = f.object("deadlines", DEADLINE_FIELDS, true);
        Instant acknowledgeBy = dl.instant("acknowledgeBy", true);
        Instant respondBy = dl.instant("respondBy", true);
        Instant resolveBy = dl.instant("resolveBy", true);
        Instant followUpAt = dl.instant("followUpAt", true);
        Instant regulatoryLimit = dl.instant("regulatoryLimit", false);
        List<DeadlineBasis> basis = dl.list("basis", false, "basis objects", (v, p) -> {
            Fields b = Fields.of(v, p, BASIS_FIELDS);
            String deadline = b.string("deadline", true);
            String ruleId = b.string("ruleId", true);
            String citation = b.string("citation", true);
            String rule = b.string("rule", true);
            return build(p, () -> new DeadlineBasis(deadline, ruleId, citation, rule));
        });
        Deadlines deadlines = build(
                dl.path(),
                () -> new Deadlines(acknowledgeBy, respondBy, resolveBy, followUpAt, regulatoryLimit, basis));
        Vulnerability vulnerability = vulnerability(f.object("vulnerability", VULNERABILITY_FIELDS, false));
        Referral referral = referral(f.object("referral", REFERRAL_FIELDS, false));
        Reply reply = reply(f.object("reply", REPLY_FIELDS, false));
        List<String> followUp = strings(f, "followUp");
        List<String> tags = strings(f, "tags");
        List<FiredRule> fired = f.list("firedRules", true, "fired rule objects", (v, p) -> {
            Fields fr = Fields.of(v, p, FIRED_RULE_FIELDS);
            return new FiredRule(fr.string("id", true), fr.string("name", true));
        });
        List<String> warnings = strings(f, "warnings");
        return new Advice(
                caseId,
                ruleSet,
                type,
                traits,
                evidence,
                priority,
                strategy,
                compensation,
                escalation,
                deadlines,
                followUp,
                tags,
                fired,
                warnings,
                vulnerability,
                referral,
                reply);
    }

    private static Vulnerability vulnerability(Fields v) {
        if (v == null) {
            return Vulnerability.none();
        }
        List<VulnerabilityDriver> drivers =
                v.list("drivers", true, "drivers", (n, p) -> Fields.constant(n, p, VulnerabilityDriver.class));
        List<VulnerabilityEvidence> evidence = v.list("evidence", true, "evidence objects", (n, p) -> {
            Fields e = Fields.of(n, p, VULNERABILITY_EVIDENCE_FIELDS);
            SignalType signal = e.enumValue("signal", SignalType.class, true);
            String detail = e.string("detail", true);
            return build(p, () -> new VulnerabilityEvidence(signal, detail));
        });
        return build(v.path(), () -> new Vulnerability(drivers, evidence));
    }

    private static Referral referral(Fields r) {
        if (r == null) {
            return null;
        }
        String body = r.string("body", true);
        Instant availableFrom = r.instant("availableFrom", false);
        Period window = r.period("windowAfterFinalResponse");
        r.require("timeBarred");
        boolean barred = r.bool("timeBarred", false);
        String citation = r.string("citation", true);
        return build(r.path(), () -> new Referral(body, availableFrom, window, barred, citation));
    }

    private static Reply reply(Fields r) {
        if (r == null) {
            return null;
        }
        ReplyKind kind = r.enumValue("kind", ReplyKind.class, true);
        String language = r.string("language", true);
        String subject = r.string("subject", true);
        String body = r.string("body", true);
        List<String> clauses = strings(r, "clauses");
        List<String> missingFacts = strings(r, "missingFacts");
        return build(r.path(), () -> new Reply(kind, language, subject, body, clauses, missingFacts));
    }

    /** Builds a record, moving its validation failure under {@code path}. */
    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
    }

    private static List<String> strings(Fields f, String name) {
        return f.list(name, true, "strings", (v, p) -> {
            if (v == null || !v.isTextual()) {
                throw new InvalidInputException(p, "must be a string, was " + Texts.describe(v));
            }
            return v.textValue();
        });
    }
}
