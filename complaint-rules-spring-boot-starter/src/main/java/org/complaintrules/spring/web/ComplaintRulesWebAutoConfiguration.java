package org.complaintrules.spring.web;

import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.json.CaseReader;
import org.complaintrules.spring.ComplaintRulesAutoConfiguration;
import org.complaintrules.spring.ComplaintRulesProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * In a servlet web application: {@link ComplaintRulesExceptionHandler}, so complaint-rules failures
 * in any controller are answered with the contract's error JSON; and with
 * {@code complaint-rules.web.enabled=true}, the {@link AdviseController} endpoints.
 */
@AutoConfiguration(after = ComplaintRulesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, CaseReader.class})
@EnableConfigurationProperties(ComplaintRulesProperties.class)
public class ComplaintRulesWebAutoConfiguration {
    /** Creates the configuration; Spring calls it. */
    public ComplaintRulesWebAutoConfiguration() {}

    /** @return the exception handler */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintRulesExceptionHandler complaintRulesExceptionHandler() {
        return new ComplaintRulesExceptionHandler();
    }

    /**
     * @param advisor the advisor
     * @param properties the limits
     * @return the endpoints
     */
    @Bean
    @ConditionalOnBean(ComplaintAdvisor.class)
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = ComplaintRulesProperties.PREFIX, name = "web.enabled")
    public AdviseController complaintRulesAdviseController(
            ComplaintAdvisor advisor, ComplaintRulesProperties properties) {
        ComplaintRulesProperties.Web web = properties.getWeb();
        return new AdviseController(advisor, web.getMaxRequestSize().toBytes(), web.getMaxRequestTime());
    }
}
