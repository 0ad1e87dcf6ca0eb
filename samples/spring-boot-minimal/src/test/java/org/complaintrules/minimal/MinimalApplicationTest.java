package org.complaintrules.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseReader;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as shipped (the starter, one property, no code) on a real server: it answers the
 * sample cases with exactly the JSON the contract's writer writes for the advisor it was given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinimalApplicationTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("complaint.data.dir")).getParent().resolve("samples/data/complaints.jsonl");

    @LocalServerPort
    int port;

    @Autowired
    ManagedComplaintAdvisor advisor;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", contentType)
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheContractsJsonWithNoCodeOfItsOwn() throws Exception {
        RuleSetInfo ruleSet = advisor.awaitReady(Duration.ofMinutes(2));
        List<String> cases = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        CaseReader reader = CaseReader.create();
        AdviceWriter writer = AdviceWriter.create();
        List<String> expected = cases.stream()
                .map(c -> writer.write(advisor.tryAdvise(reader.readCase(c))))
                .toList();

        HttpResponse<String> one = post("/advise", "application/json", cases.get(0));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body().strip()).isEqualTo(expected.get(0));
        assertThat(one.body()).contains("\"do\":").doesNotContain("\"actions\":");

        HttpResponse<String> batch = post("/advise", "application/x-ndjson", String.join("\n", cases) + "\n");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        assertThat(batch.body().lines().toList()).isEqualTo(expected);

        HttpResponse<String> invalid = post(
                "/advise",
                "application/json",
                cases.get(0).replaceFirst("\"channel\": \"[A-Z]+\"", "\"channel\": \"FAX\""));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"field\":\"complaint.channel\"").contains("FAX");

        HttpResponse<String> shown = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ruleset"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("\"" + ruleSet.name() + "\"").contains(ruleSet.checksum());
    }
}
