package org.complaintrules.spring.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintrules.json.CaseReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ComplaintRulesJacksonModule} with Spring Boot's {@code ObjectMapper}, so that
 * Spring MVC, {@code RestClient} and {@code @JsonTest} read and write cases and advice as the
 * contract says. Independent of the advisor: a client of a complaint-rules service gets it too.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({ObjectMapper.class, CaseReader.class})
public class ComplaintRulesJacksonAutoConfiguration {
    /** Creates the configuration; Spring calls it. */
    public ComplaintRulesJacksonAutoConfiguration() {}

    /** @return the module; Spring Boot adds every {@code Module} bean to its {@code ObjectMapper} */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintRulesJacksonModule complaintRulesJacksonModule() {
        return new ComplaintRulesJacksonModule();
    }
}
