package org.complaintrules.http;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.spring.web.ContractErrors;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the errors no servlet writes an answer to: the requests Tomcat rejects
 * before any servlet runs (a malformed request line, headers larger than allowed, a bad URI, an
 * {@code Expect} it cannot meet, a {@code Transfer-Encoding} or HTTP version it does not support), and
 * a status set without a body (the actuator's 404 for a metric or health component it does not
 * know). The answer is the contract's error object as JSON, with a message that names the fault,
 * instead of Tomcat's HTML page. Installed on the host in place of Tomcat's {@link ErrorReportValve}
 * by {@link AdvisorService}.
 *
 * <p>A request whose body could not be read (it stopped arriving for a connection timeout, or the
 * connection failed) is answered, and its connection closed with the answer: Tomcat would otherwise
 * wait for the rest of the body once more before closing it.
 */
public class ContractErrorReportValve extends ErrorReportValve {
    /** Creates the valve; {@link AdvisorService} and Tomcat call it. */
    public ContractErrorReportValve() {}

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        super.invoke(request, response);
        if (request.getCoyoteRequest().isExceptionPresent() && response.getStatus() >= 400) {
            // reading the body failed and was answered (408 or 400): close the connection after the
            // answer instead of waiting to swallow a body that is not coming
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return; // not an error, or already answered (by ContractErrorController or an endpoint)
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone: nobody would read the answer
        }
        CaseError error = new CaseError(null, ContractErrorController.codeOf(status), null, message(request, status));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ContractErrors.json(error));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing left to answer
        }
    }

    /** @return what is wrong with a request answered with {@code status} and no body */
    private static String message(Request request, int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "HTTP " + status : status + " " + known.getReasonPhrase();
        String refused = "the server could not accept the request (" + reason + "): ";
        return switch (status) {
            case 400 ->
                refused + "a malformed request line, URI or header (the Host header is required),"
                        + " or headers larger than allowed";
            // well formed: an endpoint answered 404 without a body (the actuator, for a name it does not know)
            case 404 ->
                ContractErrorController.notFound(
                        request.getMethod(), request.getRequestURI(), request.getQueryString());
            case 405 -> request.getMethod() + " is not allowed on " + request.getRequestURI();
            case 417 -> refused + "the only expectation the Expect header may ask for is 100-continue";
            case 501 ->
                refused + "a Transfer-Encoding the server does not implement; send the body with a Content-Length"
                        + " or as chunked";
            case 505 -> refused + "an HTTP version the server does not support; use HTTP/1.1";
            default ->
                ContractErrorController.codeOf(status) == ErrorCode.RULES_FAILED
                        ? "the server failed on the request (" + reason + ")"
                        : "the server could not accept the request (" + reason + ")";
        };
    }
}
