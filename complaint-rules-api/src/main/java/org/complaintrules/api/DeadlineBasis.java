package org.complaintrules.api;

import java.util.List;

/**
 * Why one deadline is what it is, when a regulatory or service rule set it (CONTRACT.md section
 * 5.1, {@code deadlines.basis}). Since 0.2.
 *
 * @param deadline which deadline: one of {@link #DEADLINES}
 * @param ruleId the {@code @id} of the rule that set it, e.g. {@code "DL-FCA-PSD-1"}
 * @param citation where the rule comes from, e.g. {@code "FCA DISP 1.6.2AR"}
 * @param rule a short statement of the rule, e.g. {@code "payment services: final response within 15 business days"}
 */
public record DeadlineBasis(String deadline, String ruleId, String citation, String rule) {
    /** The deadline names a basis may refer to, as the JSON keys of {@code deadlines}. */
    public static final List<String> DEADLINES =
            List.of("acknowledgeBy", "respondBy", "resolveBy", "followUpAt", "regulatoryLimit");

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming the field and quoting the value when one is missing,
     *         blank, or {@code deadline} is not one of {@link #DEADLINES}
     * @param deadline which deadline: one of {@link #DEADLINES}
     * @param ruleId a rule's {@code @id}
     * @param citation where the rule comes from, e.g. {@code "FCA DISP 1.6.2AR"}
     * @param rule a short statement of the rule, e.g. {@code "payment services: final response within 15 business days"}
     */
    public DeadlineBasis {
        Checks.required(deadline, "deadline");
        if (!DEADLINES.contains(deadline)) {
            throw new InvalidInputException(
                    "deadline", "must be one of " + String.join(", ", DEADLINES) + ", was " + Checks.quote(deadline));
        }
        Checks.nonBlank(ruleId, "ruleId");
        Checks.nonBlank(citation, "citation");
        Checks.nonBlank(rule, "rule");
    }
}
