package org.complaintrules.spring.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.complaintrules.spring.TestPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new application with the starter and properties only, on a real embedded server: the
 * endpoints, their errors, health, metrics, the reload endpoint and reloading on file change.
 */
@SpringBootTest(
        classes = ServerTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "complaint-rules.web.enabled=true",
            "complaint-rules.web.max-request-size=1MB",
            "complaint-rules.reload.watch=true",
            "complaint-rules.reload.interval=100ms",
            "management.endpoints.web.exposure.include=health,metrics,complaintrules",
            "management.endpoint.health.show-details=always",
            "management.endpoint.health.probes.enabled=true"
        })
class EmbeddedServerTest {
    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path rules;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        rules = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        registry.add("complaint-rules.rules-directory", rules::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ManagedComplaintAdvisor advisor;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void oneCaseGetsOneAdviceObjectAndBatchesGetOneLinePerCaseInOrder() throws Exception {
        HttpResponse<String> one = http.post("/advise", "application/json", TestPolicy.blenderJson("C-1", "EUR"));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(one.body()).path("caseId").asText()).isEqualTo("C-1");
        assertThat(json(one.body()).path("strategy").has("do")).isTrue();

        String lines = TestPolicy.blenderJson("C-2", "EUR") + "\n{\"complaint\": 7}\n\n"
                + TestPolicy.blenderJson("C-3", "USD") + "\n";
        HttpResponse<String> batch = http.post("/advise", NDJSON, lines);
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(NDJSON));
        List<String> out = batch.body().lines().toList();
        assertThat(out).hasSize(3);
        assertThat(json(out.get(0)).path("caseId").asText()).isEqualTo("C-2");
        assertThat(json(out.get(0)).has("error")).isFalse();
        assertThat(json(out.get(1)).path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(json(out.get(1)).path("error").path("field").asText()).isEqualTo("complaint");
        assertThat(json(out.get(2)).path("caseId").asText()).isEqualTo("C-3");
        assertThat(json(out.get(2)).path("error").path("code").asText()).isEqualTo("UNSUPPORTED");

        HttpResponse<String> array = http.post(
                "/advise",
                "application/json",
                "[" + TestPolicy.blenderJson("C-4", "EUR") + ", " + TestPolicy.blenderJson("C-5", "EUR") + "]");
        assertThat(array.statusCode()).isEqualTo(200);
        assertThat(array.body().lines().map(l -> l.substring(0, 16)))
                .containsExactly("{\"caseId\":\"C-4\",", "{\"caseId\":\"C-5\",");
    }

    @Test
    void everyRequestErrorIsContractJsonWithItsStatus() throws Exception {
        assertError(http.post("/advise", "application/json", ""), 400, "empty");
        assertError(http.post("/advise", "application/json", "  \n "), 400, "empty");
        assertError(http.post("/advise", "text/plain", TestPolicy.blenderJson("C-1", "EUR")), 415, "Content-Type");
        assertError(http.post("/advise", null, TestPolicy.blenderJson("C-1", "EUR")), 415, "Content-Type");
        assertError(
                http.post("/advise", "application/json; charset=ISO-8859-1", TestPolicy.blenderJson("C-1", "EUR")),
                415,
                "UTF-8");
        assertError(
                http.post(
                        "/advise",
                        "application/json",
                        "{\"complaint\": {\"id\": \"\u00ff".getBytes(StandardCharsets.ISO_8859_1)),
                400,
                "UTF-8");
        assertError(http.post("/advise", NDJSON, "x".repeat(1024 * 1024 + 1)), 413, "at most 1048576 bytes");
        assertError(http.post("/advise", "application/json", "{\"complaint\": "), 400, "");
        // a body that is neither an object nor an array is one unreadable input, not a batch of one
        assertError(http.post("/advise", "application/json", "hello"), 400, "not valid JSON");
        assertError(http.post("/advise", "application/json", "123"), 400, "must be a JSON object");
        assertError(http.post("/advise", "application/json", "null"), 400, "must be a JSON object");

        HttpResponse<String> invalid = http.post(
                "/advise",
                "application/json",
                TestPolicy.blenderJson("C-6", "EUR").replace("\"89.99\"", "\"-5\""));
        assertError(invalid, 422, "-5");
        assertThat(json(invalid.body()).path("caseId").asText()).isEqualTo("C-6");
        assertThat(json(invalid.body()).path("error").path("field").asText()).isEqualTo("complaint.claimedLoss.amount");
        assertError(http.post("/advise", "application/json", TestPolicy.blenderJson("C-7", "USD")), 422, "USD");

        HttpResponse<String> get = http.get("/advise");
        assertError(get, 405, "GET");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertError(
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ruleset"))
                        .DELETE()),
                405,
                "DELETE");
    }

    @Test
    void aBodyThatCannotBeReadIs400WithTheCaseIdWhenTheIdWasRead() throws Exception {
        // the status follows the kind of fault, not whether the case id came before it
        HttpResponse<String> cutShort =
                http.post("/advise", "application/json", "{\"complaint\": {\"id\": \"C-77\", \"receivedAt\": ");
        assertError(cutShort, 400, "not valid JSON");
        assertThat(json(cutShort.body()).path("caseId").asText()).isEqualTo("C-77");
        assertThat(json(cutShort.body()).path("error").path("field").isNull()).isTrue();

        HttpResponse<String> notUtf8 = http.post(
                "/advise",
                "application/json",
                TestPolicy.blenderJson("C-78", "EUR")
                        .replace("blender", "blender \u00ff")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertError(notUtf8, 400, "UTF-8");
        assertThat(json(notUtf8.body()).path("caseId").asText()).isEqualTo("C-78");

        // a value out of range in the same place is still 422
        HttpResponse<String> invalid = http.post(
                "/advise",
                "application/json",
                TestPolicy.blenderJson("C-79", "EUR").replace("\"EMAIL\"", "\"FAX\""));
        assertError(invalid, 422, "FAX");
        assertThat(json(invalid.body()).path("caseId").asText()).isEqualTo("C-79");
    }

    private static void assertError(HttpResponse<String> r, int status, String messagePart) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(r.body());
        assertThat(body.has("caseId")).isTrue();
        assertThat(body.path("error").path("code").asText()).isIn("INVALID_INPUT", "UNSUPPORTED", "RULES_FAILED");
        assertThat(body.path("error").has("field")).isTrue();
        assertThat(body.path("error").path("message").asText()).contains(messagePart);
    }

    @Test
    void ruleSetHealthAndReadinessShowThePolicyInForce() throws Exception {
        JsonNode ruleSet = json(http.get("/ruleset").body());
        assertThat(ruleSet.path("name").asText()).isEqualTo(advisor.ruleSet().name());
        assertThat(ruleSet.path("checksum").asText())
                .isEqualTo(advisor.ruleSet().checksum());

        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode component = json(health.body()).path("components").path("complaintRules");
        assertThat(component.path("status").asText()).isEqualTo("UP");
        assertThat(component.path("details").path("name").asText()).isEqualTo("default-policy");
        assertThat(component.path("details").path("version").asText())
                .isEqualTo(advisor.ruleSet().version());
        assertThat(component.path("details").path("checksum").asText()).startsWith("sha256:");
        assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCountCasesByTypeErrorsByCodeAndTimeTheAdvice() throws Exception {
        String type = json(http.post("/advise", "application/json", TestPolicy.blenderJson("C-8", "EUR"))
                        .body())
                .path("complainantType")
                .asText();
        http.post("/advise", "application/json", "{\"complaint\": 1}");

        assertThat(count("complaint.rules.cases?tag=complainant.type:" + type)).isGreaterThanOrEqualTo(1);
        assertThat(count("complaint.rules.errors?tag=code:INVALID_INPUT")).isGreaterThanOrEqualTo(1);
        assertThat(count("complaint.rules.advice?tag=outcome:advice")).isGreaterThanOrEqualTo(1);
        assertThat(json(http.get("/actuator/metrics/complaint.rules.ready").body())
                        .path("measurements")
                        .get(0)
                        .path("value")
                        .asDouble())
                .isEqualTo(1.0);
    }

    private double count(String metric) throws Exception {
        HttpResponse<String> r = http.get("/actuator/metrics/" + metric);
        assertThat(r.statusCode()).as(metric).isEqualTo(200);
        return json(r.body()).path("measurements").get(0).path("value").asDouble();
    }

    @Test
    void theEndpointAndFileChangesReloadAndABrokenFileKeepsTheRulesInForce() throws Exception {
        String before = advisor.ruleSet().checksum();
        HttpResponse<String> ok = http.post("/actuator/complaintrules", "application/json", "");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok.body()).path("ruleSet").path("checksum").asText()).isEqualTo(before);

        Path broken = TestPolicy.writeBrokenRule(rules);
        try {
            HttpResponse<String> failed = http.post("/actuator/complaintrules", "application/json", "");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(json(failed.body()).path("error").path("code").asText()).isEqualTo("RULES_FAILED");
            assertThat(json(failed.body()).path("error").path("message").asText())
                    .contains("zz-broken.drl:");
            assertThat(json(http.get("/ruleset").body()).path("checksum").asText())
                    .isEqualTo(before);
            assertThat(http.post("/advise", "application/json", TestPolicy.blenderJson("C-9", "EUR"))
                            .statusCode())
                    .isEqualTo(200);
            JsonNode health =
                    json(http.get("/actuator/health").body()).path("components").path("complaintRules");
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.path("details").path("lastReloadError").asText()).contains("zz-broken.drl:");
        } finally {
            Files.delete(broken);
        }

        Path strategy = rules.resolve("strategy.drl");
        Files.writeString(strategy, Files.readString(strategy) + "\n// edited by a policy owner\n");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (advisor.ruleSet().checksum().equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(json(http.get("/ruleset").body()).path("checksum").asText()).isNotEqualTo(before);
        assertThat(count("complaint.rules.reloads?tag=result:success")).isGreaterThanOrEqualTo(2);
        assertThat(count("complaint.rules.reloads?tag=result:failure")).isGreaterThanOrEqualTo(1);
    }
}
