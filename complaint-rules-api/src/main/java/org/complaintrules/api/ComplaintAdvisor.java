package org.complaintrules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a complaint case into advice. Implementations are thread-safe: one advisor serves
 * every thread of a host.
 */
public interface ComplaintAdvisor {

    /**
     * Advises one case.
     *
     * @param complaintCase the case
     * @return the advice
     * @throws NullPointerException when {@code complaintCase} is null
     * @throws UnsupportedCaseException when the policy cannot handle the case (e.g. its currency)
     * @throws RuleEvaluationException when a rule fails or the firing limit is reached
     */
    Advice advise(ComplaintCase complaintCase);

    /**
     * Advises one case, answering a failure with an error object instead of throwing.
     *
     * @param complaintCase the case
     * @return the advice, or the error in its place
     */
    default CaseResult tryAdvise(ComplaintCase complaintCase) {
        try {
            return advise(complaintCase);
        } catch (ComplaintRulesException e) {
            return CaseError.of(complaintCase == null ? null : complaintCase.id(), e);
        }
    }

    /**
     * Advises many cases; every case gets exactly one answer, in order.
     *
     * @param cases the cases
     * @return one result per case, in the same order
     */
    default List<CaseResult> adviseAll(List<ComplaintCase> cases) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (ComplaintCase c : cases) {
            results.add(tryAdvise(c));
        }
        return results;
    }

    /** @return the policy this advisor runs */
    RuleSetInfo ruleSet();

    /** @return every rule of the policy, in file and source order */
    List<RuleInfo> rules();

    /**
     * @param ruleId a rule's {@code @id}
     * @return that rule, if the policy has it
     */
    default Optional<RuleInfo> rule(String ruleId) {
        return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
