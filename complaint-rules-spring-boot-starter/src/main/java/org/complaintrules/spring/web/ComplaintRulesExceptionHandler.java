package org.complaintrules.spring.web;

import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.RuleEvaluationException;
import org.complaintrules.spring.PolicyNotReadyException;
import org.complaintrules.spring.jackson.InvalidCaseJsonException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * Answers complaint-rules failures in any controller of the application with the contract's error
 * JSON ({@link ContractErrors}): an invalid {@code @RequestBody ComplaintCase} (422, or 400 when the
 * body is not a case at all), {@code UnsupportedCaseException} (422), {@code RuleEvaluationException}
 * (500), {@link PolicyNotReadyException} (503 with {@code Retry-After}). Other exceptions are left to
 * the application. Ordered just before the application's own advice of default order; give yours a
 * higher precedence to answer these yourself.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ComplaintRulesExceptionHandler {
    /** Seconds a client is asked to wait while the policy compiles. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** Creates the handler; Spring calls it. */
    public ComplaintRulesExceptionHandler() {}

    /**
     * @param e the policy is not compiled
     * @return 503 with {@code Retry-After}
     */
    @ExceptionHandler(PolicyNotReadyException.class)
    public ResponseEntity<String> notReady(PolicyNotReadyException e) {
        ResponseEntity<String> r = ContractErrors.response(HttpStatus.SERVICE_UNAVAILABLE, CaseError.of(null, e));
        return ResponseEntity.status(r.getStatusCode())
                .headers(r.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(r.getBody());
    }

    /**
     * @param e a case could not be advised
     * @return the error with its status
     */
    @ExceptionHandler(ComplaintRulesException.class)
    public ResponseEntity<String> failed(ComplaintRulesException e) {
        String caseId = e instanceof RuleEvaluationException r ? r.caseId() : null;
        CaseError error = CaseError.of(caseId, e);
        return ContractErrors.response(ContractErrors.statusOf(error), error);
    }

    /**
     * @param e a body Spring could not read
     * @param handler the controller method the body was for
     * @return the contract error when a complaint-rules reader refused it
     * @throws HttpMessageNotReadableException the same exception, for the application's own handling,
     *         when no complaint-rules reader was involved
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<String> unreadable(HttpMessageNotReadableException e, HandlerMethod handler) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidCaseJsonException bad) {
                return ContractErrors.response(ContractErrors.statusOf(bad.error()), bad.error());
            }
            if (t instanceof InvalidInputException bad) {
                CaseError error = CaseError.of(null, bad);
                return ContractErrors.response(ContractErrors.statusOf(error), error);
            }
        }
        // an empty body never reaches the reader: Spring refuses a required body first, with no cause,
        // where every reader's failure has one
        if (e.getCause() == null && takesACase(handler)) {
            CaseError error = CaseError.of(
                    null, new InvalidInputException(null, "the body is empty: send one case as a JSON object"));
            return ContractErrors.response(ContractErrors.statusOf(error), error);
        }
        throw e;
    }

    /** @return whether the controller method has a required {@code @RequestBody ComplaintCase} */
    private static boolean takesACase(HandlerMethod handler) {
        if (handler == null) {
            return false;
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestBody body = p.getParameterAnnotation(RequestBody.class);
            if (body != null && body.required() && ComplaintCase.class.isAssignableFrom(p.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
