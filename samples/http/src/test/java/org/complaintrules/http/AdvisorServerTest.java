package org.complaintrules.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample HTTP host, over loopback only. */
class AdvisorServerTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("complaint.data.dir")).getParent().resolve("samples/data/complaints.jsonl");
    private static AdvisorServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = AdvisorServer.start(
                DroolsComplaintAdvisor.builder().build(), new InetSocketAddress("127.0.0.1", 0), 2, 200_000);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    @Test
    void advisesABatchInOrder() throws Exception {
        List<String> inputs =
                Files.readAllLines(SAMPLES).stream().filter(l -> !l.isBlank()).toList();

        HttpResponse<String> r =
                send(HttpRequest.newBuilder(uri("/advise")).POST(HttpRequest.BodyPublishers.ofFile(SAMPLES)));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(inputs.size());
        assertThat(lines.get(0)).startsWith("{\"caseId\":\"C-2001\"");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"caseId\":\"C-2024\"");
    }

    @Test
    void aBadCaseGetsAnErrorInItsPlaceAnd422() throws Exception {
        String good = Files.readAllLines(SAMPLES).get(0);

        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/advise"))
                .POST(HttpRequest.BodyPublishers.ofString(good + "\n{\"complaint\": 1}\n" + good + "\n")));

        assertThat(r.statusCode()).isEqualTo(422);
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("\"code\":\"INVALID_INPUT\"", "\"field\":\"complaint\"");
        assertThat(lines.get(2)).isEqualTo(lines.get(0));
    }

    @Test
    void refusesOtherMethodsAndOversizedBodies() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/advise")).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");

        HttpResponse<String> big = send(
                HttpRequest.newBuilder(uri("/advise")).POST(HttpRequest.BodyPublishers.ofString("x".repeat(200_001))));
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void reportsTheRuleSetAndHealth() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/ruleset")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"name\":\"default-policy\"", "\"checksum\":\"sha256:");

        assertThat(send(HttpRequest.newBuilder(uri("/health")).GET()).body()).isEqualTo("ok\n");
    }
}
