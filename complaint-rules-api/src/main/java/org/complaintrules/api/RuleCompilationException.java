package org.complaintrules.api;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files do not compile; {@link #problems()} lists every error with file and line. */
public final class RuleCompilationException extends ComplaintRulesException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    /** @param problems every compile error, at least one */
    public RuleCompilationException(List<RuleProblem> problems) {
        super(
                ErrorCode.RULES_FAILED,
                "rule files do not compile:\n"
                        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")),
                null);
        this.problems = List.copyOf(problems);
    }

    /** @return every compile error, in the compiler's order */
    public List<RuleProblem> problems() {
        return problems;
    }
}
