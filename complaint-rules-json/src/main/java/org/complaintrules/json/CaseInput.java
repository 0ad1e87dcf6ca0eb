package org.complaintrules.json;

import java.util.Objects;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintCase;

/**
 * One input case as read by {@link CaseReader#readAll(java.io.Reader)}: either the validated case
 * or the error it is answered with, never both.
 *
 * @param index the 0-based position of the case in the input (the array element, or the
 *        non-blank line of JSON Lines)
 * @param caseId {@code complaint.id} when it could be read, even if something else in the case is
 *        invalid; else {@code null}
 * @param complaintCase the validated case, or {@code null} when {@code error} is set
 * @param error the {@link org.complaintrules.api.ErrorCode#INVALID_INPUT} error answering this
 *        input, or {@code null} when {@code complaintCase} is set
 */
public record CaseInput(int index, String caseId, ComplaintCase complaintCase, CaseError error) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException when the index is negative, when not exactly one of
     *         {@code complaintCase} and {@code error} is set, or when the case ids disagree
     * @param index the 0-based position in the input
     * @param caseId the case id
     * @param complaintCase the case
     * @param error the error answering the input
     */
    public CaseInput {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        if ((complaintCase == null) == (error == null)) {
            throw new IllegalArgumentException(
                    "exactly one of complaintCase and error must be set, was " + (error == null ? "neither" : "both"));
        }
        if (complaintCase != null && !complaintCase.id().equals(caseId)) {
            throw new IllegalArgumentException(
                    "caseId must be the case's id \"" + complaintCase.id() + "\", was " + caseId);
        }
        if (error != null && !Objects.equals(error.caseId(), caseId)) {
            throw new IllegalArgumentException(
                    "caseId must be the error's caseId " + error.caseId() + ", was " + caseId);
        }
    }

    /**
     * @param index the 0-based position in the input
     * @param complaintCase the validated case
     * @return the input holding that case
     */
    public static CaseInput of(int index, ComplaintCase complaintCase) {
        return new CaseInput(index, complaintCase.id(), complaintCase, null);
    }

    /**
     * @param index the 0-based position in the input
     * @param error the error answering the input
     * @return the input answered by that error
     */
    public static CaseInput failed(int index, CaseError error) {
        return new CaseInput(index, error.caseId(), null, error);
    }

    /** @return {@code true} when the input was read into a valid case */
    public boolean isValid() {
        return complaintCase != null;
    }
}
