package org.complaintrules.spring.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.complaintrules.spring.PolicyNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP endpoints of {@code complaint-rules.web.enabled=true}: {@code POST /advise} and
 * {@code GET /ruleset} (paths set by {@code complaint-rules.web.advise-path} and
 * {@code rule-set-path}).
 *
 * <ul>
 *   <li>{@code POST /advise} with {@code Content-Type: application/json} and one case object: the
 *       advice object (200), or the error object with 400, 422 or 500 ({@link ContractErrors}).</li>
 *   <li>{@code POST /advise} with a JSON array, or JSON Lines ({@code application/x-ndjson} or
 *       {@code application/jsonl}, or several objects one per line): 200 and
 *       {@code application/x-ndjson}, one advice or error line per case in input order, written as each
 *       case is advised (never built whole in memory).</li>
 *   <li>The request: at most {@code complaint-rules.web.max-request-size} (413), received within
 *       {@code max-request-time} (408), JSON or JSON Lines (415), not empty (400); 503 while the
 *       policy compiles. Invalid UTF-8 is answered in the case that holds it. Other methods: 405 with
 *       {@code Allow}. Every error is contract JSON.</li>
 * </ul>
 *
 * <p>The body is read to its end before the answer starts (held in memory up to 1 MB, in a
 * temporary file beyond), so the limits are answered with their status, memory stays bounded, and a
 * client that sends its whole body before reading is never blocked; then the cases are read one at a
 * time and each answer is written as soon as it is made.
 */
@RestController
public class AdviseController {
    private static final Logger LOG = LoggerFactory.getLogger(AdviseController.class);
    /** The JSON Lines media type the batch answers are written in. */
    public static final String NDJSON = "application/x-ndjson";

    private static final MediaType NDJSON_TYPE = MediaType.parseMediaType(NDJSON);
    private static final MediaType JSONL_TYPE = MediaType.parseMediaType("application/jsonl");
    /** Leading whitespace looked through to tell an object from an array. */
    private static final int PEEK = 32 * 1024;
    /** Bodies up to this size are held in memory; larger ones are spooled to a temporary file. */
    private static final int IN_MEMORY = 1024 * 1024;

    private static final String CASE_EXAMPLE =
            "{\"complaint\": {\"id\": \"C-1001\", \"receivedAt\": \"2026-11-20T10:15:00Z\","
                    + " \"channel\": \"EMAIL\", \"category\": \"PRODUCT_QUALITY\","
                    + " \"text\": \"The blender broke after two days. I want my money back.\","
                    + " \"claimedLoss\": {\"amount\": \"89.99\", \"currency\": \"EUR\"}},"
                    + " \"customer\": {\"id\": \"K-77\"}}";

    private final ComplaintAdvisor advisor;
    private final long maxRequestBytes;
    private final Duration maxRequestTime;

    /** The contract's reader and writer, made on first use (not while the application starts). */
    private static final class Contract {
        static final CaseReader READER = CaseReader.create();
        static final AdviceWriter WRITER = AdviceWriter.create();
        static final JsonFactory JSON = JsonFactory.builder().build();
    }

    /**
     * @param advisor the advisor
     * @param maxRequestBytes the largest body accepted, at least 1
     * @param maxRequestTime the longest time to receive a body, positive
     * @throws IllegalArgumentException when a limit is out of range, quoting it
     */
    public AdviseController(ComplaintAdvisor advisor, long maxRequestBytes, Duration maxRequestTime) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be >= 1, was " + maxRequestBytes);
        }
        if (maxRequestTime.isNegative() || maxRequestTime.isZero()) {
            throw new IllegalArgumentException("maxRequestTime must be positive, was " + maxRequestTime);
        }
        this.maxRequestBytes = maxRequestBytes;
        this.maxRequestTime = maxRequestTime;
    }

    /**
     * Advises one case or a batch.
     *
     * @param request the request
     * @param response the response
     * @throws IOException when the answer cannot be written (the client went away)
     */
    @Operation(
            summary = "Advise one case (a JSON object) or a batch (a JSON array or JSON Lines)",
            description = "One object with Content-Type application/json is answered with one advice object, or an"
                    + " error object and 400/422/500. An array, or JSON Lines (application/x-ndjson or"
                    + " application/jsonl), is answered with 200 and one JSON line per case, in order: the advice or"
                    + " the error object in its place. Errors of the request itself (empty, too large, too slow, not"
                    + " JSON, not UTF-8) come as one error object with 400, 408, 413 or 415; 503 while the policy"
                    + " compiles.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        examples = @ExampleObject(name = "one case", value = CASE_EXAMPLE)),
                                @Content(mediaType = NDJSON)
                            }),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the advice (one case), or one advice or error line per case (a batch)",
                        content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE), @Content(mediaType = NDJSON)
                        }),
                @ApiResponse(
                        responseCode = "400",
                        description = "empty body, not JSON, not UTF-8, or not a case object",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "408",
                        description = "the body arrived too slowly",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "413",
                        description = "the body is too large",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "415",
                        description = "not application/json or JSON Lines",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "422",
                        description = "one case that is invalid or that the policy cannot handle",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "500",
                        description = "a rule failed or the firing limit was reached",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "503",
                        description = "the policy is still compiling",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
            })
    @PostMapping(path = "${complaint-rules.web.advise-path:/advise}")
    public void advise(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = contentType(request.getContentType());
        boolean lines = type != null && (type.isCompatibleWith(NDJSON_TYPE) || type.isCompatibleWith(JSONL_TYPE));
        if (type == null || !(lines || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            refuse(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json (one case, or an array) or application/x-ndjson"
                            + " (JSON Lines), was "
                            + (request.getContentType() == null ? "none" : request.getContentType()));
            return;
        }
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the charset must be UTF-8, was " + type.getCharset());
            return;
        }
        if (advisor instanceof ManagedComplaintAdvisor m && m.state() != ManagedComplaintAdvisor.State.READY) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ComplaintRulesExceptionHandler.RETRY_AFTER_SECONDS);
            write(response, HttpStatus.SERVICE_UNAVAILABLE, CaseError.of(null, notReady(m)));
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooLarge(response);
            return;
        }
        Spool body;
        try {
            body = Spool.read(new Body(request.getInputStream(), maxRequestBytes, maxRequestTime), IN_MEMORY);
        } catch (IOException | UncheckedIOException e) {
            bodyFailed(response, e instanceof UncheckedIOException u ? u.getCause() : e);
            return;
        }
        try (body;
                InputStream in = new BufferedInputStream(body.open(), 64 * 1024)) {
            int first = firstNonBlank(in);
            if (first == -1) {
                refuse(
                        response,
                        HttpStatus.BAD_REQUEST,
                        "the body is empty: send one case as a JSON object, or several as a JSON array or JSON Lines");
                return;
            }
            Iterator<CaseInput> cases = Contract.READER.iterator(in);
            // application/json: an object is one case, an array a batch; anything else is one
            // unreadable input, answered as one case is (400), not as a batch of one
            if (!lines && first != '[' && cases.hasNext()) {
                CaseInput one = cases.next();
                if (!cases.hasNext()) {
                    single(response, one);
                    return;
                }
                batch(response, one, cases);
            } else {
                batch(response, null, cases);
            }
        }
    }

    private void single(HttpServletResponse response, CaseInput in) throws IOException {
        CaseResult result = in.isValid() ? answer(in.complaintCase()) : rejected(in.error());
        HttpStatus status = result instanceof CaseError e ? ContractErrors.statusOf(e) : HttpStatus.OK;
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        byte[] bytes = Contract.WRITER.write(result).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void batch(HttpServletResponse response, CaseInput first, Iterator<CaseInput> rest) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 32 * 1024);
        CaseInput in = first != null ? first : rest.hasNext() ? rest.next() : null;
        while (in != null) {
            CaseResult result = in.isValid() ? answer(in.complaintCase()) : rejected(in.error());
            out.write(Contract.WRITER.write(result));
            out.write('\n');
            in = rest.hasNext() ? rest.next() : null;
        }
        out.flush();
    }

    private CaseResult answer(ComplaintCase c) {
        try {
            return advisor.advise(c);
        } catch (ComplaintRulesException e) {
            return CaseError.of(c.id(), e);
        } catch (RuntimeException e) {
            // no message: it may quote the case
            LOG.error(
                    "complaint-rules: unexpected {} advising case {} at {}",
                    e.getClass().getName(),
                    c.id(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return new CaseError(
                    c.id(),
                    ErrorCode.RULES_FAILED,
                    null,
                    "could not be advised: unexpected " + e.getClass().getSimpleName());
        }
    }

    private CaseError rejected(CaseError error) {
        if (advisor instanceof ManagedComplaintAdvisor m) {
            m.reportRejected(error);
        }
        return error;
    }

    /**
     * Answers the rule set in force.
     *
     * @return {@code {"name": ..., "version": ..., "checksum": ...}}
     * @throws PolicyNotReadyException while the policy compiles (answered with 503)
     */
    @Operation(
            summary = "The policy in force",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "name, version and checksum of the policy",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        examples =
                                                @ExampleObject(
                                                        value = "{\"name\":\"default-policy\",\"version\":\"1.0.0\","
                                                                + "\"checksum\":\"sha256:...\"}"))),
                @ApiResponse(
                        responseCode = "503",
                        description = "the policy is still compiling",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
            })
    @GetMapping(path = "${complaint-rules.web.rule-set-path:/ruleset}")
    public ResponseEntity<String> ruleSet() {
        RuleSetInfo r = advisor.ruleSet();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Contract.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("name", r.name());
            g.writeStringField("version", r.version());
            g.writeStringField("checksum", r.checksum());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toString());
    }

    /**
     * Answers other methods on the advice path.
     *
     * @param request the request
     * @return 405 with {@code Allow: POST}, or 200 to {@code OPTIONS}
     */
    @Operation(hidden = true)
    @RequestMapping(path = "${complaint-rules.web.advise-path:/advise}")
    public ResponseEntity<String> adviseOtherMethod(HttpServletRequest request) {
        return otherMethod(request, "POST");
    }

    /**
     * Answers other methods on the rule set path.
     *
     * @param request the request
     * @return 405 with {@code Allow: GET, HEAD}, or 200 to {@code OPTIONS}
     */
    @Operation(hidden = true)
    @RequestMapping(path = "${complaint-rules.web.rule-set-path:/ruleset}")
    public ResponseEntity<String> ruleSetOtherMethod(HttpServletRequest request) {
        return otherMethod(request, "GET, HEAD");
    }

    private static ResponseEntity<String> otherMethod(HttpServletRequest request, String allow) {
        if ("OPTIONS".equals(request.getMethod())) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.ALLOW, allow + ", OPTIONS")
                    .build();
        }
        ResponseEntity<String> r = ContractErrors.response(
                HttpStatus.METHOD_NOT_ALLOWED,
                ContractErrors.invalidRequest(
                        request.getMethod() + " is not allowed on " + request.getRequestURI() + "; use " + allow));
        return ResponseEntity.status(r.getStatusCode())
                .headers(r.getHeaders())
                .header(HttpHeaders.ALLOW, allow + ", OPTIONS")
                .body(r.getBody());
    }

    private static PolicyNotReadyException notReady(ManagedComplaintAdvisor m) {
        try {
            m.ruleSet();
        } catch (PolicyNotReadyException e) {
            return e;
        }
        return new PolicyNotReadyException("the policy is still compiling; retry shortly", null);
    }

    private static MediaType contentType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(value);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /**
     * @return the first byte that is not JSON whitespace or part of a byte-order mark, or -1 at the
     *     end; the stream is left unmoved
     */
    private static int firstNonBlank(InputStream in) throws IOException {
        in.mark(PEEK + 1);
        try {
            for (int i = 0; i < PEEK; i++) {
                int c = in.read();
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return c;
                }
            }
            return '?'; // a long run of blanks: let the reader judge
        } finally {
            in.reset();
        }
    }

    private void bodyFailed(HttpServletResponse response, Throwable cause) throws IOException {
        if (cause instanceof Body.TooLarge) {
            tooLarge(response);
        } else if (cause instanceof Body.TooSlow || hasCause(cause, SocketTimeoutException.class)) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            refuse(
                    response,
                    HttpStatus.REQUEST_TIMEOUT,
                    "the body must arrive within " + maxRequestTime.toMillis() + " ms");
        } else {
            LOG.debug("complaint-rules: reading a request body failed: {}", cause.toString());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            refuse(response, HttpStatus.BAD_REQUEST, "the body could not be read");
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refuse(
                response,
                HttpStatus.PAYLOAD_TOO_LARGE,
                "the body must be at most " + maxRequestBytes + " bytes; send larger batches in parts");
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        write(response, status, rejected(ContractErrors.invalidRequest(message)));
    }

    private static void write(HttpServletResponse response, HttpStatus status, CaseError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        byte[] bytes = ContractErrors.json(error).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The request body, cut off past a size, and past a total time spent waiting for the client's
     * bytes (time spent reading the cases already received does not count, so a large body from a
     * fast client is never cut while a client that sends a byte now and then is).
     */
    static final class Body extends InputStream {
        /** The body is larger than allowed. */
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;

            TooLarge(long max) {
                super("body over " + max + " bytes");
            }
        }

        /** The body did not arrive in time. */
        static final class TooSlow extends IOException {
            private static final long serialVersionUID = 1L;

            TooSlow(Duration max) {
                super("body not received within " + max);
            }
        }

        private final InputStream in;
        private final long max;
        private final Duration maxTime;
        private final long maxWaitNanos;
        private long waitedNanos;
        private long count;

        Body(InputStream in, long max, Duration maxTime) {
            this.in = in;
            this.max = max;
            this.maxTime = maxTime;
            this.maxWaitNanos = maxTime.toNanos();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (waitedNanos > maxWaitNanos) {
                throw new TooSlow(maxTime);
            }
            long t0 = System.nanoTime();
            int n = in.read(b, off, (int) Math.min(len, max - count + 1));
            waitedNanos += System.nanoTime() - t0;
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new TooLarge(max);
                }
            }
            return n;
        }
    }
}
