package org.complaintrules.api;

import java.time.Instant;
import java.time.Period;

/**
 * The ombudsman or regulator the customer may turn to (CONTRACT.md section 5.1, the top-level
 * {@code referral} of the advice, present when the regulatory profile has one). Since 0.2.
 *
 * @param body the body's short name, e.g. {@code "FOS"}
 * @param availableFrom when the customer may go to the body even without a final response (FCA: 8
 *        weeks after receipt), or {@code null} when only after a final response
 * @param windowAfterFinalResponse how long after the final response the customer may still go to
 *        the body, e.g. {@code P6M}, or {@code null} when the body sets no such window; never negative
 * @param timeBarred {@code true} when {@code incidentDate} is past the body's time limit; the customer
 *        may still show later awareness, so the advice warns instead of refusing
 * @param citation where the rules come from, e.g. {@code "FCA DISP 1.6.2R, DISP 2.8.2R"}
 */
public record Referral(
        String body, Instant availableFrom, Period windowAfterFinalResponse, boolean timeBarred, String citation) {

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming the field and quoting the value when {@code body} or
     *         {@code citation} is missing or blank, or the window is negative
     * @param body the letter; placeholders that only the host knows appear as {@code {agentName}}
     * @param availableFrom the available from
     * @param windowAfterFinalResponse the window after final response
     * @param timeBarred the time barred
     * @param citation where the rule comes from, e.g. {@code "FCA DISP 1.6.2AR"}
     */
    public Referral {
        Checks.nonBlank(body, "body");
        Checks.nonBlank(citation, "citation");
        if (windowAfterFinalResponse != null && windowAfterFinalResponse.isNegative()) {
            throw new InvalidInputException(
                    "windowAfterFinalResponse", "must not be negative, was \"" + windowAfterFinalResponse + "\"");
        }
    }
}
