package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.RuleEvaluationException;
import org.complaintrules.drools.model.CompensationCap;
import org.complaintrules.drools.model.PrimaryType;
import org.complaintrules.drools.model.Trait;
import org.complaintrules.drools.model.TraitEvidence;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/** One run of the rules over one case's facts, in a session from the pool (reset between cases) over the shared rule base. */
public final class Evaluation {
    private Evaluation() {}

    /**
     * What the rules derived.
     *
     * @param evidence trait evidence
     * @param traits traits
     * @param primaries primary types (exactly one when the policy is sound)
     * @param caps compensation caps (exactly one when the policy is sound)
     * @param fired the audit trail, in firing order
     */
    public record Result(
            List<TraitEvidence> evidence,
            List<Trait> traits,
            List<PrimaryType> primaries,
            List<CompensationCap> caps,
            List<FiredRule> fired) {}

    /**
     * @param sessions the pool of sessions over the compiled rules
     * @param facts the facts to insert, in order
     * @param firingLimit the most firings allowed
     * @param caseId the case, for error messages
     * @return what the rules derived
     * @throws RuleEvaluationException when a rule throws or the firing limit is reached
     */
    public static Result run(KieSessionsPool sessions, List<Object> facts, int firingLimit, String caseId) {
        KieSession session = sessions.newKieSession();
        AuditListener audit = new AuditListener();
        session.addEventListener(audit);
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(firingLimit + 1);
            if (fired > firingLimit) {
                throw new RuleEvaluationException(
                        caseId,
                        audit.current(),
                        "case " + caseId
                                + ": the rules fired more than the firing limit of " + firingLimit
                                + " times (last rule " + audit.current() + "); a rule probably re-triggers itself",
                        null);
            }
            List<TraitEvidence> evidence = new ArrayList<>();
            List<Trait> traits = new ArrayList<>();
            List<PrimaryType> primaries = new ArrayList<>();
            List<CompensationCap> caps = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof TraitEvidence e) {
                    evidence.add(e);
                } else if (o instanceof Trait t) {
                    traits.add(t);
                } else if (o instanceof PrimaryType p) {
                    primaries.add(p);
                } else if (o instanceof CompensationCap c) {
                    caps.add(c);
                }
            }
            if (EvaluationTrace.active()) {
                EvaluationTrace.record(session.getObjects());
            }
            return new Result(evidence, traits, primaries, caps, List.copyOf(audit.fired()));
        } catch (ConsequenceException e) {
            String ruleId = AuditListener.ruleId(e.getRule());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleEvaluationException(
                    caseId,
                    ruleId,
                    "case " + caseId + ": rule " + ruleId + " failed: "
                            + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    cause);
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            String ruleId = audit.current();
            throw new RuleEvaluationException(
                    caseId,
                    ruleId,
                    "case " + caseId + ": rules failed"
                            + (ruleId == null ? "" : " after rule " + ruleId) + ": "
                            + e.getClass().getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        } finally {
            // a pooled session is reset and reused: take our listener off before handing it back
            session.removeEventListener(audit);
            session.dispose();
        }
    }
}
