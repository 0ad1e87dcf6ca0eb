package org.complaintrules.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.spring.web.ContractErrors;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every error that reaches the servlet container's error page (unknown routes, wrong methods
 * on actuator and OpenAPI routes, failures outside the advice endpoints) in the contract's error
 * format: {@code INVALID_INPUT} for 4xx, {@code RULES_FAILED} for 5xx. Replaces Spring Boot's
 * default error page and JSON.
 */
@RestController
public class ContractErrorController implements ErrorController {
    static final String ROUTES = "POST /advise, GET /ruleset, GET /actuator/health, GET /actuator/metrics,"
            + " GET|POST /actuator/complaintrules, GET /v3/api-docs, GET /swagger-ui.html";

    /** Creates the controller; Spring calls it. */
    public ContractErrorController() {}

    /**
     * @param request the forwarded request, with the error attributes of the servlet container
     * @return the error as contract JSON, with the original status
     */
    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uriAttribute = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = uriAttribute == null ? request.getRequestURI() : uriAttribute.toString();
        String target = request.getMethod() + " " + uri;
        String message = switch (status) {
            case NOT_FOUND -> "no route " + target + "; the service answers " + ROUTES;
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + uri;
            case UNSUPPORTED_MEDIA_TYPE -> "the Content-Type of " + target + " is not accepted";
            case NOT_ACCEPTABLE -> "no answer of the type the Accept header asks for on " + target;
            default ->
                status.is5xxServerError()
                        ? "the service failed on " + target + " (" + status.getReasonPhrase() + ")"
                        : target + ": " + status.getReasonPhrase();
        };
        ErrorCode errorCode = status.is5xxServerError() ? ErrorCode.RULES_FAILED : ErrorCode.INVALID_INPUT;
        return ContractErrors.response(status, new CaseError(null, errorCode, null, message));
    }
}
