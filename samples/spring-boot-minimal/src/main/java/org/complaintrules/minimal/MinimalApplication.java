package org.complaintrules.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A new Spring Boot application: the starter on the class path and
 * {@code complaint-rules.web.enabled=true} in {@code application.properties}, no code of its own.
 * {@code POST /advise} answers with the contract's JSON.
 */
@SpringBootApplication
public class MinimalApplication {
    /** Creates the application; Spring calls it. */
    public MinimalApplication() {}

    /**
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }
}
