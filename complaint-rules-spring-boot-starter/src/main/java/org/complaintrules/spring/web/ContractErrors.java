package org.complaintrules.spring.web;

import java.util.Objects;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.json.AdviceWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * HTTP answers in the contract's error format (CONTRACT.md section 3):
 * {@code {"caseId": ..., "error": {"code": ..., "field": ..., "message": ...}}}.
 *
 * <table>
 *   <caption>Status codes</caption>
 *   <tr><th>status</th><th>code</th><th>when</th></tr>
 *   <tr><td>400</td><td>INVALID_INPUT</td><td>the body is empty, not JSON, not UTF-8, or not a case object at all</td></tr>
 *   <tr><td>408</td><td>INVALID_INPUT</td><td>the body arrived too slowly</td></tr>
 *   <tr><td>413</td><td>INVALID_INPUT</td><td>the body is larger than allowed</td></tr>
 *   <tr><td>415</td><td>INVALID_INPUT</td><td>the content type is not JSON or JSON Lines</td></tr>
 *   <tr><td>422</td><td>INVALID_INPUT, UNSUPPORTED</td><td>a case with an invalid field, or one the policy cannot handle</td></tr>
 *   <tr><td>500</td><td>RULES_FAILED</td><td>a rule failed or the firing limit was reached</td></tr>
 *   <tr><td>503</td><td>RULES_FAILED</td><td>the policy is not compiled yet</td></tr>
 * </table>
 */
public final class ContractErrors {
    private static final AdviceWriter WRITER = AdviceWriter.create();

    private ContractErrors() {}

    /**
     * The status follows the kind of fault. The contract's reader names the field of every invalid
     * value (a wrong type, a value out of range, a missing or unknown field, a duplicate key); a fault
     * of the input as a whole (empty, not JSON, cut short, not UTF-8, not an object, past a document
     * limit) names none. Such an input is answered 400 even when the case id was read before the fault
     * (the error keeps it), as an input that cannot be read at all is.
     *
     * @param error an error answering one case
     * @return the status a single-case request is answered with: 400 for an input that cannot be read
     *         as a case ({@code INVALID_INPUT} about no field, whatever its case id), 422 for an invalid
     *         or unsupported case, 500 when the rules failed
     * @throws NullPointerException when {@code error} is null
     */
    public static HttpStatus statusOf(CaseError error) {
        Objects.requireNonNull(error, "error");
        if (error.code() == ErrorCode.RULES_FAILED) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (error.code() == ErrorCode.INVALID_INPUT && error.field() == null) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    /**
     * @param error the error
     * @return the error as one line of contract JSON, without a line break
     */
    public static String json(CaseError error) {
        return WRITER.write(error);
    }

    /**
     * @param status the HTTP status
     * @param error the error
     * @return a response with the error as contract JSON
     */
    public static ResponseEntity<String> response(HttpStatus status, CaseError error) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json(error));
    }

    /**
     * @param message what is wrong with the request
     * @return an {@link ErrorCode#INVALID_INPUT} error about no field of any case
     */
    public static CaseError invalidRequest(String message) {
        return new CaseError(null, ErrorCode.INVALID_INPUT, null, message);
    }
}
