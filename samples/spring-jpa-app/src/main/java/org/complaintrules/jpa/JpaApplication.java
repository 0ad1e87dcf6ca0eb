package org.complaintrules.jpa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application that keeps a log of advice in a database with Spring Data JPA (Hibernate) and gets
 * its advisor from the starter. Its build imports complaint-rules-bom and passes Maven's dependency
 * convergence although Drools and Hibernate each bring their own antlr4-runtime.
 */
@SpringBootApplication
public class JpaApplication {
    /** Creates the application; Spring calls it. */
    public JpaApplication() {}

    /**
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(JpaApplication.class, args);
    }
}
