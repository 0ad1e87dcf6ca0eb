package org.complaintrules.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The complaint-advisor HTTP service: Spring Boot with {@code complaint-rules-spring-boot-starter}.
 * The endpoints come from the starter ({@code complaint-rules.web.enabled=true}); this application
 * adds its configuration ({@code application.properties}: limits, connector timeouts, actuator,
 * OpenAPI) and {@link ContractErrorController}, which answers every other error (unknown routes,
 * wrong methods) in the contract's error format too.
 *
 * <pre>
 * java -jar samples/http/target/complaint-advisor-http.jar [--server.port=8080] [--complaint-rules.rules-directory=DIR]
 * curl -H 'Content-Type: application/x-ndjson' --data-binary @samples/data/complaints.jsonl http://127.0.0.1:8080/advise
 * </pre>
 */
@SpringBootApplication
public class AdvisorService {
    /** Creates the application; Spring calls it. */
    public AdvisorService() {}

    /** @return the title and description of the OpenAPI document at {@code /v3/api-docs} */
    @Bean
    public OpenAPI complaintAdvisorApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("complaint-advisor")
                        .description("Complaint-handling advice from an editable Drools policy. Cases and advice are"
                                + " the JSON of the complaint-rules contract; every error is a contract error object.")
                        .version(
                                getClass().getPackage().getImplementationVersion() == null
                                        ? "dev"
                                        : getClass().getPackage().getImplementationVersion())
                        .license(new License()
                                .name("Apache License, Version 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")));
    }

    /**
     * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(AdvisorService.class, args);
    }
}
