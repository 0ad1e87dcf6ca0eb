package org.complaintrules.spring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintrules.spring.ComplaintRulesAutoConfiguration;
import org.complaintrules.spring.GatedExecutor;
import org.complaintrules.spring.TestPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy compiles in the background: the server answers at once, readiness stays DOWN (503) and
 * advice is refused with 503 until the policy is compiled; a policy that does not compile fails start-up.
 */
class ReadinessTest {
    static final GatedExecutor GATE = new GatedExecutor();

    /** The application, with the compile held until the test opens the gate. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class GatedApplication {
        @Bean(ComplaintRulesAutoConfiguration.COMPILE_EXECUTOR)
        Executor gatedCompile() {
            return GATE;
        }
    }

    @Test
    void readinessIsDownAndAdviceRefusedUntilThePolicyIsCompiled() throws Exception {
        AtomicInteger serverPort = new AtomicInteger();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplicationBuilder app = new SpringApplicationBuilder(GatedApplication.class)
                .properties(
                        "server.port=0",
                        "complaint-rules.web.enabled=true",
                        "management.endpoint.health.probes.enabled=true",
                        "management.endpoint.health.show-details=always")
                .listeners(e -> {
                    if (e instanceof WebServerInitializedEvent w) {
                        serverPort.set(w.getWebServer().getPort());
                    } else if (e instanceof AvailabilityChangeEvent<?> a && a.getState() == LivenessState.CORRECT) {
                        // the application has started (the server listens a little earlier, before liveness is
                        // published); the policy is still held at the gate
                        port.complete(serverPort.get());
                    }
                });
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(app::run);
        try {
            Http http = new Http(port.get(60, TimeUnit.SECONDS));

            HttpResponse<String> readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(http.get("/actuator/health").body()).contains("COMPILING");
            HttpResponse<String> refused =
                    http.post("/advise", "application/json", TestPolicy.blenderJson("C-1", "EUR"));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("\"code\":\"RULES_FAILED\"").contains("still compiling");
            assertThat(http.get("/ruleset").statusCode()).isEqualTo(503);
            assertThat(started).isNotDone();

            GATE.open();
            started.get(120, TimeUnit.SECONDS);

            assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(http.post("/advise", "application/json", TestPolicy.blenderJson("C-2", "EUR"))
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            GATE.open();
            started.thenAccept(ConfigurableApplicationContext::close).get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPolicyThatDoesNotCompileFailsStartUpWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path dir = TestPolicy.copyDefaultPolicy(tmp.resolve("policy"));
        TestPolicy.writeBrokenRule(dir);
        SpringApplicationBuilder app = new SpringApplicationBuilder(ServerTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("complaint-rules.rules-directory=" + dir);
        assertThatThrownBy(app::run).hasStackTraceContaining("zz-broken.drl:");
    }
}
