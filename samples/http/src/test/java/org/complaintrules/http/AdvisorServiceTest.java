package org.complaintrules.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as clients meet it, on the loopback address: exact routes, every error as contract
 * JSON (also those Tomcat answers before any servlet runs), the OpenAPI document, a 25 MB batch streamed back line by line in a small heap (the module's
 * tests run with -Xmx320m), and /actuator/health answering while 200 clients advise at once and 20 slow
 * clients hold connections. Timeouts are shortened for the test: connection 2 s, body 3 s.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.connection-timeout=2s", "complaint-rules.web.max-request-time=3s"})
class AdvisorServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String caseJson(String id, String text) {
        return "{\"complaint\": {\"id\": \"" + id
                + "\", \"receivedAt\": \"2026-11-20T10:15:00Z\", \"channel\": \"EMAIL\","
                + " \"category\": \"DELIVERY\", \"text\": \"" + text + "\","
                + " \"claimedLoss\": {\"amount\": \"" + (10 + id.hashCode() % 90 + 90)
                + ".50\", \"currency\": \"EUR\"}},"
                + " \"customer\": {\"id\": \"K-" + id + "\", \"complaintsLast12Months\": " + Math.abs(id.hashCode() % 4)
                + "}}";
    }

    private static void assertContractError(HttpResponse<String> r, int status, String messagePart) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.has("caseId")).as(r.body()).isTrue();
        assertThat(body.path("error").path("code").asText()).isIn("INVALID_INPUT", "UNSUPPORTED", "RULES_FAILED");
        assertThat(body.path("error").has("field")).isTrue();
        assertThat(body.path("error").path("message").asText()).contains(messagePart);
    }

    @Test
    void routesAreExactAndEveryErrorIsContractJson() throws Exception {
        String one = caseJson("C-1", "The parcel never came.");
        assertThat(send("POST", "/advise", "application/json", one).statusCode())
                .isEqualTo(200);

        assertContractError(send("POST", "/advise/extra", "application/json", one), 404, "no route POST /advise/extra");
        assertContractError(send("POST", "/advise/", "application/json", one), 404, "no route POST /advise/");
        assertContractError(send("GET", "/health", null, null), 404, "no route GET /health");
        assertContractError(send("GET", "/", null, null), 404, "no route GET /");
        assertContractError(send("DELETE", "/actuator/health", null, null), 405, "DELETE");
        assertContractError(send("GET", "/advise", null, null), 405, "GET");
        assertContractError(send("POST", "/ruleset", "application/json", "{}"), 405, "POST");
        assertContractError(send("POST", "/advise", "application/json", null), 400, "empty");
        assertContractError(send("POST", "/advise", "application/x-www-form-urlencoded", one), 415, "Content-Type");
        assertContractError(send("POST", "/advise", "application/json", "{\"complaint\": "), 400, "");
        // unreadable after the case id: still 400, and the answer names the case
        HttpResponse<String> cutShort =
                send("POST", "/advise", "application/json", "{\"complaint\": {\"id\": \"C-77\", \"receivedAt\": ");
        assertContractError(cutShort, 400, "not valid JSON");
        assertThat(JSON.readTree(cutShort.body()).path("caseId").asText()).isEqualTo("C-77");
        assertContractError(
                send("POST", "/advise", "application/json", one.replace("\"EMAIL\"", "\"FAX\"")), 422, "FAX");
    }

    @Test
    void requestsTomcatRejectsBeforeAnyServletAreAnsweredAsContractJsonToo() throws Exception {
        String bigHeader = "GET /ruleset HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n";
        String badRequestLine = "GET /ruleset and more HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        String badUri = "GET /advise%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        for (String request : List.of(bigHeader, badRequestLine, badUri)) {
            String answer = rawExchange(request);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(head)
                    .as(answer)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/json");
            JsonNode error = JSON.readTree(body);
            assertThat(error.has("caseId")).as(body).isTrue();
            assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
            assertThat(error.path("error").has("field")).isTrue();
            assertThat(error.path("error").path("message").asText()).contains("400");
        }
        // the service goes on answering
        assertThat(send("GET", "/ruleset", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void traceIsAnsweredLikeEveryOtherMethodARouteDoesNotTake() throws Exception {
        HttpResponse<String> advise = send("TRACE", "/advise", null, null);
        assertContractError(advise, 405, "TRACE is not allowed on /advise");
        assertThat(advise.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        HttpResponse<String> ruleSet = send("TRACE", "/ruleset", null, null);
        assertContractError(ruleSet, 405, "TRACE is not allowed on /ruleset");
        assertThat(ruleSet.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        HttpResponse<String> health = send("TRACE", "/actuator/health", null, null);
        assertContractError(health, 405, "TRACE is not allowed on /actuator/health");
        assertThat(health.headers().allValues("Allow"))
                .isEqualTo(
                        send("DELETE", "/actuator/health", null, null).headers().allValues("Allow"));
        assertContractError(send("TRACE", "/nope", null, null), 404, "no route TRACE /nope");
        // never an echo of the request (with its headers) as TRACE would answer
        String answer =
                rawExchange("TRACE /advise HTTP/1.1\r\nHost: localhost\r\nX-Echo: secret\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 405").doesNotContain("secret");
    }

    @Test
    void errorsTheServerAnswersItselfSayWhatIsWrong() throws Exception {
        // an actuator route with a name it does not know: not a malformed request
        assertContractError(send("GET", "/actuator/metrics/nope", null, null), 404, "no metric named nope");
        assertContractError(
                send("GET", "/actuator/health/nope", null, null), 404, "no health component or group named nope");
        assertContractError(
                send("GET", "/actuator/health/liveness/x", null, null),
                404,
                "no health component or group named liveness/x");
        // faults of the client's protocol, refused by Tomcat: INVALID_INPUT, naming the fault
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(
                "GET /ruleset HTTP/1.1\r\nHost: localhost\r\nExpect: bogus\r\nConnection: close\r\n\r\n", "417 Expect");
        refused.put(
                "POST /advise HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n",
                "501 Transfer-Encoding");
        refused.put("GET /ruleset HTTP/1.2\r\nHost: localhost\r\nConnection: close\r\n\r\n", "505 HTTP version");
        for (Map.Entry<String, String> e : refused.entrySet()) {
            String answer = rawExchange(e.getKey());
            String[] expected = e.getValue().split(" ", 2);
            assertThat(answer).as(answer).startsWith("HTTP/1.1 " + expected[0]);
            JsonNode error = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(error.path("error").path("code").asText()).as(answer).isEqualTo("INVALID_INPUT");
            assertThat(error.path("error").path("message").asText())
                    .as(answer)
                    .contains(expected[1])
                    .doesNotContain("malformed");
        }
    }

    @Test
    void aBodyThatStopsArrivingIs408AndTheConnectionClosesWithTheAnswer() throws Exception {
        String body = caseJson("S-1", "The parcel never came.");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            s.getOutputStream()
                    .write(("POST /advise HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 10))
                            .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            // then silence: the connection timeout (2 s here) ends the wait
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int c = in.read();
                assertThat(c).as("the answer ended early: %s", head).isNotNegative();
                head.write(c);
            }
            String headers = head.toString(StandardCharsets.US_ASCII);
            int length = Integer.parseInt(headers.replaceAll("(?is).*\r\ncontent-length: *(\\d+).*", "$1"));
            String answer = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            long answeredAt = System.nanoTime();
            try {
                assertThat(in.read()).isEqualTo(-1);
            } catch (IOException reset) {
                // closed with a reset: closed all the same
            }
            long closedAfter = (System.nanoTime() - answeredAt) / 1_000_000;

            assertThat(headers).startsWith("HTTP/1.1 408");
            JsonNode error = JSON.readTree(answer);
            assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
            assertThat(error.path("error").path("message").asText())
                    .contains("must arrive within 3000 ms, without a pause of 2000 ms");
            // closed with the answer, not after waiting once more for the rest of the body
            assertThat(closedAfter).as("ms from the answer to the close").isLessThan(1_000);
        }
    }

    /** @return everything the server answers to one raw request before it closes the connection */
    private String rawExchange(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(answer);
            } catch (IOException reset) {
                // closed with a reset after the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheTwoRoutes() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(docs.body());
        assertThat(api.path("info").path("title").asText()).isEqualTo("complaint-advisor");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/advise", "/ruleset");
        List<String> adviseMethods = new ArrayList<>();
        api.path("paths").path("/advise").fieldNames().forEachRemaining(adviseMethods::add);
        assertThat(adviseMethods).containsExactly("post");
        assertThat(api.path("paths")
                        .path("/advise")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .has("application/x-ndjson"))
                .isTrue();
        assertThat(send("GET", "/swagger-ui.html", null, null).statusCode()).isEqualTo(302);
        assertThat(send("GET", "/swagger-ui/index.html", null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a25MegabyteBatchStreamsBackLineByLineInOrder() throws Exception {
        String[] sentences = {
            "The parcel came two weeks late and the box was crushed.",
            "Third time I am writing about the same broken kettle.",
            "Nobody answers my emails and the chat closes when I ask about it.",
            "I was charged twice for one order and want the second payment back.",
            "The courier left the package in the rain, so the manual is ruined.",
            "It would be nice if the driver rang the bell next time.",
            "I have been a customer for years and never complained before."
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream(26 * 1024 * 1024);
        int n = 0;
        while (body.size() < 25 * 1024 * 1024) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; text.length() < 3_000; k++) {
                text.append(sentences[(n + k * 3) % sentences.length]).append(' ');
            }
            body.write((caseJson(
                                    String.format(java.util.Locale.ROOT, "C-%06d", n),
                                    text.toString().strip()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            n++;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/advise"))
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        body = null;

        long t0 = System.nanoTime();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        long firstLineAt = 0;
        int lines = 0;
        try (Stream<String> out = response.body()) {
            Iterator<String> it = out.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (lines == 0) {
                    firstLineAt = System.nanoTime() - t0;
                }
                assertThat(line)
                        .startsWith("{\"caseId\":\"" + String.format(java.util.Locale.ROOT, "C-%06d", lines)
                                + "\",\"ruleSet\"");
                lines++;
            }
        }
        long lastLineAt = System.nanoTime() - t0;
        assertThat(lines).isEqualTo(n);
        // streamed: the first answers arrive while most cases are still being advised
        assertThat(firstLineAt)
                .as("first line after %d ms of %d ms", firstLineAt / 1_000_000, lastLineAt / 1_000_000)
                .isLessThan(lastLineAt / 2);
    }

    @Test
    void healthAnswersThroughout200ConcurrentClientsAnd20SlowOnes() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicBoolean probing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> healthMillis = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> healthStatus = new ConcurrentLinkedQueue<>();
        List<Socket> sockets = new ArrayList<>();
        try {
            // 10 idle half-sent requests: headers never finished
            List<Future<Long>> idle = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Socket s = new Socket("127.0.0.1", port);
                sockets.add(s);
                s.getOutputStream()
                        .write("POST /advise HTTP/1.1\r\nHost: localhost\r\nContent-Type: appl"
                                .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                idle.add(pool.submit(() -> untilClosed(s)));
            }
            // 10 slow bodies: a byte every 200 ms of a declared 100 kB
            List<Future<String>> slow = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Socket s = new Socket("127.0.0.1", port);
                sockets.add(s);
                slow.add(pool.submit(() -> dripBody(s)));
            }
            Future<?> prober = pool.submit(() -> {
                while (probing.get()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send("GET", "/actuator/health", null, null);
                    healthMillis.add((System.nanoTime() - t0) / 1_000_000);
                    healthStatus.add(r.statusCode());
                    sleep(100);
                }
            });

            List<CompletableFuture<HttpResponse<String>>> advice = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                advice.add(client.sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/advise"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(caseJson("L-" + i, "It broke on day two.")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < advice.size(); i++) {
                HttpResponse<String> r = advice.get(i).get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).path("caseId").asText()).isEqualTo("L-" + i);
            }
            for (Future<Long> f : idle) {
                assertThat(f.get(15, TimeUnit.SECONDS))
                        .as("ms until an idle half-sent request is closed")
                        .isLessThan(6_000);
            }
            for (Future<String> f : slow) {
                assertThat(f.get(15, TimeUnit.SECONDS))
                        .as("answer to a slow body")
                        .isIn("408", "closed");
            }
            probing.set(false);
            prober.get(10, TimeUnit.SECONDS);

            assertThat(healthStatus).hasSizeGreaterThan(10).containsOnly(200);
            assertThat(healthMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
                    .as("slowest health answer, ms")
                    .isLessThan(2_000);
        } finally {
            probing.set(false);
            for (Socket s : sockets) {
                s.close();
            }
            pool.shutdownNow();
        }
    }

    /** @return ms until the server closed the connection (or answered and closed) */
    private static long untilClosed(Socket s) throws IOException {
        long t0 = System.nanoTime();
        s.setSoTimeout(15_000);
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // drain whatever the server answers before it closes
            }
        } catch (IOException reset) {
            // closed with a reset: closed all the same
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** @return "408" when the server answered 408 with contract JSON, "closed" when it closed the connection */
    private static String dripBody(Socket s) throws IOException {
        s.setSoTimeout(15_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /advise HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        try {
            while (System.nanoTime() < deadline && in.available() == 0) {
                out.write(' ');
                out.flush();
                sleep(200);
            }
        } catch (IOException closed) {
            // the server stopped reading
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            in.transferTo(answer);
        } catch (IOException reset) {
            // nothing more to read
        }
        String text = answer.toString(StandardCharsets.UTF_8);
        if (text.startsWith("HTTP/1.1 408")) {
            assertThat(text).contains("\"code\":\"INVALID_INPUT\"").contains("must arrive within");
            return "408";
        }
        return text.isEmpty() ? "closed" : text.lines().findFirst().orElse("");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
