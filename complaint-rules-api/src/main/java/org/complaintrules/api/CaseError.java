package org.complaintrules.api;

import java.util.Objects;

/**
 * The answer for a case that could not be advised (CONTRACT.md section 3).
 *
 * @param caseId the case id, or {@code null} when it could not be read
 * @param code why
 * @param field the field path at fault, or {@code null}
 * @param message what is wrong, naming the value
 */
public record CaseError(String caseId, ErrorCode code, String field, String message) implements CaseResult {
    /**
     * Validates the components.
     *
     * @param caseId the case id, or {@code null} when it could not be read
     * @param code why: {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#UNSUPPORTED} or {@link ErrorCode#RULES_FAILED}
     * @param field the path of the field at fault, such as {@code "complaint.claimedLoss.amount"}, or
     *     {@code null} when no one field is
     * @param message what is wrong, naming the value
     * @throws NullPointerException when {@code code} or {@code message} is {@code null}
     */
    public CaseError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param caseId the case id, or {@code null}
     * @param failure the failure
     * @return the error object answering that failure
     */
    public static CaseError of(String caseId, ComplaintRulesException failure) {
        return new CaseError(caseId, failure.code(), failure.field(), failure.detail());
    }
}
