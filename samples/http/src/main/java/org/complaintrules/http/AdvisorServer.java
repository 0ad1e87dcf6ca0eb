package org.complaintrules.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP host of the library on the JDK's built-in server.
 *
 * <ul>
 *   <li>{@code POST /advise}: a body of one JSON case, a JSON array or JSON Lines; the answer is
 *       JSON Lines ({@code application/x-ndjson}), one advice or error object per case, in order.
 *       Status 200 when every case was advised, 422 when any case got an error object (the body
 *       still answers every case), 413 for a body over the size limit ({@link #DEFAULT_MAX_BODY_BYTES} unless set), 405 for other methods.</li>
 *   <li>{@code GET /ruleset}: the policy's name, version and checksum.</li>
 *   <li>{@code GET /health}: {@code ok}.</li>
 * </ul>
 *
 * <pre>
 * java -jar samples/http/target/complaint-advisor-http.jar 8080 [RULES_DIR]
 * curl --data-binary @samples/data/complaints.jsonl http://127.0.0.1:8080/advise
 * </pre>
 */
public final class AdvisorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdvisorServer.class);
    /** Default largest request body, in bytes. */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 4 * InputLimits.MAX_DOCUMENT_LENGTH;

    private final HttpServer server;
    private final ExecutorService workers;
    private final ComplaintAdvisor advisor;
    private final CaseReader reader = CaseReader.create();
    private final AdviceWriter writer = AdviceWriter.create();
    private final int maxBodyBytes;

    private AdvisorServer(ComplaintAdvisor advisor, InetSocketAddress address, int threads, int maxBodyBytes)
            throws IOException {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.maxBodyBytes = maxBodyBytes;
        this.server = HttpServer.create(address, 0);
        this.workers = Executors.newFixedThreadPool(threads);
        server.setExecutor(workers);
        server.createContext("/advise", this::advise);
        server.createContext("/ruleset", this::ruleSet);
        server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "ok\n"));
    }

    /**
     * Starts a server.
     *
     * @param advisor the advisor every request uses (it is thread-safe)
     * @param address where to listen, e.g. {@code new InetSocketAddress("127.0.0.1", 0)} for any free port
     * @param threads request threads
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static AdvisorServer start(ComplaintAdvisor advisor, InetSocketAddress address, int threads)
            throws IOException {
        return start(advisor, address, threads, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Starts a server with a request size limit.
     *
     * @param advisor the advisor every request uses (it is thread-safe)
     * @param address where to listen
     * @param threads request threads, at least 1
     * @param maxBodyBytes the largest request body accepted, at least 1; larger ones get 413
     * @return the running server
     * @throws IOException when the address cannot be bound
     * @throws IllegalArgumentException when {@code threads} or {@code maxBodyBytes} is below 1, quoting it
     */
    public static AdvisorServer start(
            ComplaintAdvisor advisor, InetSocketAddress address, int threads, int maxBodyBytes) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1, was " + maxBodyBytes);
        }
        AdvisorServer s = new AdvisorServer(advisor, address, threads, maxBodyBytes);
        s.server.start();
        LOG.info(
                "advising on {} with policy {} {}",
                s.address(),
                advisor.ruleSet().name(),
                advisor.ruleSet().version());
        return s;
    }

    /** @return the address the server listens on (with the real port when 0 was asked for) */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
    }

    private void advise(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Allow", "POST");
            respond(exchange, 405, "text/plain", "use POST with cases as JSON or JSON Lines\n");
            return;
        }
        byte[] body = readLimited(exchange.getRequestBody(), maxBodyBytes);
        if (body == null) {
            respond(exchange, 413, "text/plain", "the body must be at most " + maxBodyBytes + " bytes\n");
            return;
        }
        List<CaseInput> inputs = reader.readAll(new String(body, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        boolean anyError = false;
        for (CaseInput in : inputs) {
            CaseResult result = in.isValid() ? advisor.tryAdvise(in.complaintCase()) : in.error();
            anyError |= !(result instanceof Advice);
            out.append(writer.write(result)).append('\n');
        }
        respond(exchange, anyError ? 422 : 200, "application/x-ndjson; charset=utf-8", out.toString());
    }

    private void ruleSet(HttpExchange exchange) throws IOException {
        RuleSetInfo r = advisor.ruleSet();
        respond(
                exchange,
                200,
                "application/json; charset=utf-8",
                "{\"name\":" + quote(r.name()) + ",\"version\":" + quote(r.version()) + ",\"checksum\":"
                        + quote(r.checksum()) + "}\n");
    }

    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buffer.size() + n > limit) {
                return null;
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * @param args the port (default 8080) and, optionally, a rules directory (default: the bundled policy)
     * @throws IOException when the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        if (args.length > 1) {
            b.rulesDirectory(Path.of(args[1]));
        }
        AdvisorServer server = start(
                b.build(),
                new InetSocketAddress("127.0.0.1", port),
                Runtime.getRuntime().availableProcessors());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
}
