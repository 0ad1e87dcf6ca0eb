package org.complaintrules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
     * @throws NullPointerException when {@code complaintCase} is null (no case, so no answer to give)
     */
    default CaseResult tryAdvise(ComplaintCase complaintCase) {
        Objects.requireNonNull(complaintCase, "complaintCase");
        try {
            return advise(complaintCase);
        } catch (ComplaintRulesException e) {
            return CaseError.of(complaintCase.id(), e);
        }
    }

    /**
     * Advises many cases; every case gets exactly one answer, in order.
     *
     * @param cases the cases
     * @return one result per case, in the same order
     * @throws NullPointerException when {@code cases} or a case is null (before any case is advised)
     */
    default List<CaseResult> adviseAll(List<ComplaintCase> cases) {
        Objects.requireNonNull(cases, "cases");
        for (int i = 0; i < cases.size(); i++) {
            Objects.requireNonNull(cases.get(i), "cases[" + i + "]");
        }
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (ComplaintCase c : cases) {
            results.add(tryAdvise(c));
        }
        return results;
    }

    /**
     * Advises many cases on the given executor's threads; every case gets exactly one answer, in the
     * order of the cases whatever order they finish in. The advisor is thread-safe, so an executor
     * with one thread per core uses every core. The call returns once every case is answered; the
     * calling thread waits meanwhile, so do not call it from a task running on the same bounded
     * executor (a fixed pool whose every thread waits this way has none left to advise the cases).
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
     * List<CaseResult> results = advisor.adviseAll(cases, pool);
     * }</pre>
     *
     * @param cases the cases
     * @param executor runs one task per case
     * @return one result per case, in the same order
     * @throws NullPointerException when {@code cases}, a case or {@code executor} is null
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a case
     */
    default List<CaseResult> adviseAll(List<ComplaintCase> cases, Executor executor) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(executor, "executor");
        for (int i = 0; i < cases.size(); i++) {
            Objects.requireNonNull(cases.get(i), "cases[" + i + "]");
        }
        List<CompletableFuture<CaseResult>> running = new ArrayList<>(cases.size());
        for (ComplaintCase c : cases) {
            running.add(CompletableFuture.supplyAsync(() -> tryAdvise(c), executor));
        }
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (CompletableFuture<CaseResult> f : running) {
            try {
                results.add(f.join());
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
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
