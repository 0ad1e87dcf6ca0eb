package org.complaintrules.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.spring.ComplaintRulesProperties;
import org.complaintrules.spring.web.ContractErrors;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every error that reaches the servlet container's error page (unknown routes, wrong methods
 * on actuator and OpenAPI routes, a request body that stopped arriving, failures outside the advice
 * endpoints) in the contract's error format: {@code INVALID_INPUT} for 4xx and for the faults of the
 * client's protocol the server refuses with 501 or 505, {@code RULES_FAILED} for other 5xx. Replaces
 * Spring Boot's default error page and JSON.
 */
@RestController
public class ContractErrorController implements ErrorController {
    static final String ROUTES = "POST /advise, GET /ruleset, GET /actuator/health, GET /actuator/metrics,"
            + " GET|POST /actuator/complaintrules, GET /v3/api-docs, GET /swagger-ui.html";

    private static final String METRICS = "/actuator/metrics/";
    private static final String HEALTH = "/actuator/health/";

    private final Duration maxRequestTime;
    private final Duration connectionTimeout;

    /**
     * Creates the controller; Spring calls it.
     *
     * @param server the server's properties, for the connector's timeout
     * @param rules the starter's properties, for the time a request body may take
     */
    public ContractErrorController(ServerProperties server, ComplaintRulesProperties rules) {
        this.maxRequestTime = rules.getWeb().getMaxRequestTime();
        this.connectionTimeout = server.getTomcat().getConnectionTimeout();
    }

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
            case NOT_FOUND -> notFound(request.getMethod(), uri, request.getQueryString());
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + uri;
            case UNSUPPORTED_MEDIA_TYPE -> "the Content-Type of " + target + " is not accepted";
            case NOT_ACCEPTABLE -> "no answer of the type the Accept header asks for on " + target;
            // Tomcat answers a body read that waited a connection timeout for the next byte itself
            case REQUEST_TIMEOUT -> bodyStoppedArriving();
            default ->
                status.is5xxServerError() && codeOf(status.value()) == ErrorCode.RULES_FAILED
                        ? "the service failed on " + target + " (" + status.getReasonPhrase() + ")"
                        : target + ": " + status.getReasonPhrase();
        };
        return ContractErrors.response(status, new CaseError(null, codeOf(status.value()), null, message));
    }

    private String bodyStoppedArriving() {
        String pause = connectionTimeout == null ? "the connection timeout" : connectionTimeout.toMillis() + " ms";
        return "the body must arrive within " + maxRequestTime.toMillis() + " ms, without a pause of " + pause
                + "; nothing more of it came for " + pause;
    }

    /**
     * @param method the request's method
     * @param uri the request's path, as sent
     * @param query the request's query string, or {@code null}
     * @return why nothing answers there: an unknown route, or a metric or health component the actuator
     *     does not know
     */
    static String notFound(String method, String uri, String query) {
        String target = method + " " + uri;
        if (uri.startsWith(METRICS) && uri.length() > METRICS.length()) {
            boolean tagged = query != null && query.contains("tag=");
            return target + ": no metric named " + uri.substring(METRICS.length())
                    + (tagged ? " with the tags asked for" : "") + "; GET /actuator/metrics lists the names";
        }
        if (uri.startsWith(HEALTH) && uri.length() > HEALTH.length()) {
            return target + ": no health component or group named " + uri.substring(HEALTH.length())
                    + "; GET /actuator/health shows them";
        }
        return "no route " + target + "; the service answers " + ROUTES;
    }

    /**
     * @param status an error status
     * @return {@link ErrorCode#RULES_FAILED} for the service's own failures (5xx), {@link
     *     ErrorCode#INVALID_INPUT} for the client's faults: 4xx, and the 5xx the server refuses a
     *     request's protocol with (501: a Transfer-Encoding it does not implement, 505: an HTTP version
     *     it does not support)
     */
    static ErrorCode codeOf(int status) {
        boolean serviceFailed = status >= 500
                && status != HttpStatus.NOT_IMPLEMENTED.value()
                && status != HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value();
        return serviceFailed ? ErrorCode.RULES_FAILED : ErrorCode.INVALID_INPUT;
    }
}
