package org.complaintrules.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The complaint-advisor HTTP service: Spring Boot with {@code complaint-rules-spring-boot-starter}.
 * The endpoints come from the starter ({@code complaint-rules.web.enabled=true}); this application
 * adds its configuration ({@code application.properties}: limits, connector timeouts, actuator,
 * OpenAPI), {@link ContractErrorController}, which answers every other error (unknown routes,
 * wrong methods) in the contract's error format too, and {@link ContractErrorReportValve}, which does
 * the same for requests Tomcat rejects before any servlet runs. {@code TRACE} is answered as every
 * method a route does not take is (405 with {@code Allow}, or 404), never by echoing the request: Tomcat
 * lets it through ({@code allowTrace}) and Spring routes it ({@code spring.mvc.dispatch-trace-request}).
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
     * @return Tomcat's own error answers (requests rejected before any servlet runs) as contract JSON:
     *     {@link ContractErrorReportValve} in place of Tomcat's HTML error report
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> contractErrorReport() {
        return new ContractErrorReportCustomizer();
    }

    /**
     * Puts {@link ContractErrorReportValve} on the host, after Spring Boot's own customizer (which
     * adds Tomcat's error report valve), and removes Tomcat's; lets {@code TRACE} through to the
     * application, whose routes answer it ({@code spring.mvc.dispatch-trace-request} in
     * {@code application.properties}) as every method they do not take.
     */
    static final class ContractErrorReportCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ContractErrorReportValve());
                    host.setErrorReportValveClass(ContractErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(AdvisorService.class, args);
    }
}
