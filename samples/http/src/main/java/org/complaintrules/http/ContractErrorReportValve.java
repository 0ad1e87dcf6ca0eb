package org.complaintrules.http;

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
 * Tomcat's error report for the errors Spring never sees, because Tomcat rejects the request before
 * any servlet runs (a malformed request line, headers larger than allowed, a bad URI): the contract's
 * error object as JSON instead of Tomcat's HTML page. Installed on the host in place of Tomcat's
 * {@link ErrorReportValve} by {@link AdvisorService}.
 */
public class ContractErrorReportValve extends ErrorReportValve {
    /** Creates the valve; {@link AdvisorService} and Tomcat call it. */
    public ContractErrorReportValve() {}

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
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "HTTP " + status : status + " " + known.getReasonPhrase();
        CaseError error = status >= 500
                ? new CaseError(null, ErrorCode.RULES_FAILED, null, "the server failed on the request (" + reason + ")")
                : ContractErrors.invalidRequest("the server could not accept the request (" + reason
                        + "): a malformed request line or URI, or headers larger than allowed");
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
}
