package org.complaintrules.spring.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseReader;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.complaintrules.spring.TestPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The MVC slice with an application's own controller: {@code @RequestBody ComplaintCase} in and
 * {@code Advice} out speak the contract's JSON, and failures come back as contract errors.
 */
@WebMvcTest({UserController.class, ComplaintController.class})
class WebMvcSliceTest {

    @TestConfiguration
    static class Advisors {
        @Bean
        @Primary
        ComplaintAdvisor advisor() {
            return DroolsComplaintAdvisor.builder().build();
        }

        @Bean
        ComplaintAdvisor failing() {
            return DroolsComplaintAdvisor.builder().firingLimit(1).build();
        }

        @Bean
        ManagedComplaintAdvisor compiling() {
            return new ManagedComplaintAdvisor(
                    () -> DroolsComplaintAdvisor.builder().build()); // never started
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintAdvisor advisor;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** @return the advice for the case in {@code body}, as the library's own writer writes it */
    private String expectedAdvice(String body) {
        return AdviceWriter.create().write(advisor.advise(CaseReader.create().readCase(body)));
    }

    @Test
    void anAdviceIsWrittenExactlyAsTheContractSays() throws Exception {
        String body = TestPolicy.blenderJson("C-1001", "EUR");
        String expected = expectedAdvice(body);

        String written = postJson("/my/advise", body)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.strategy.do").isArray())
                .andExpect(jsonPath("$.compensation.maxAmount.amount").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(written).isEqualTo(expected);
    }

    @Test
    void anInvalidCaseIs422WithTheFieldPathAndTheCaseId() throws Exception {
        String body = TestPolicy.blenderJson("C-9", "EUR").replace("\"89.99\"", "\"-5\"");
        postJson("/my/advise", body)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.caseId").value("C-9"))
                .andExpect(jsonPath("$.error.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.error.field").value("complaint.claimedLoss.amount"))
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("-5")));
    }

    @Test
    void unknownFieldsAndDuplicateKeysAreRejectedNotDropped() throws Exception {
        String unknown =
                TestPolicy.blenderJson("C-10", "EUR").replace("\"customer\": {", "\"customer\": {\"vip\": true, ");
        postJson("/my/advise", unknown)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error.field").value("customer.vip"));
        String duplicate =
                TestPolicy.blenderJson("C-11", "EUR").replace("\"customer\": {", "\"customer\": {\"id\": \"K-1\", ");
        postJson("/my/advise", duplicate)
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("id")));
    }

    @Test
    void malformedJsonIs400InTheContractFormat() throws Exception {
        postJson("/my/advise", "{\"complaint\": {\"id\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.caseId").isEmpty())
                .andExpect(jsonPath("$.error.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.error.field").isEmpty());
    }

    @Test
    void anEmptyBodyIs400InTheContractFormat() throws Exception {
        postJson("/my/advise", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.caseId").isEmpty())
                .andExpect(jsonPath("$.error.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.error.message").value("the body is empty: send one case as a JSON object"));
    }

    @Test
    void anUnsupportedCurrencyIs422FromAdviseAndAnErrorObjectFromTryAdvise() throws Exception {
        String usd = TestPolicy.blenderJson("C-12", "USD");
        postJson("/my/advise", usd)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error.code").value("UNSUPPORTED"))
                .andExpect(jsonPath("$.error.field").value("complaint.claimedLoss.currency"));
        postJson("/my/try", usd)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("C-12"))
                .andExpect(jsonPath("$.error.code").value("UNSUPPORTED"));
    }

    @Test
    void failingRulesAre500AndAPolicyStillCompilingIs503() throws Exception {
        String body = TestPolicy.blenderJson("C-13", "EUR");
        postJson("/my/failing", body)
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.caseId").value("C-13"))
                .andExpect(jsonPath("$.error.code").value("RULES_FAILED"));
        postJson("/my/compiling", body)
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.error.code").value("RULES_FAILED"))
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("compiling")));
    }

    @Test
    void theReadmeControllerAnswersAdviceOrTheErrorObject() throws Exception {
        String body = TestPolicy.blenderJson("C-14", "EUR");
        String expected = expectedAdvice(body);
        String written = postJson("/complaints/advice", body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(written).isEqualTo(expected);
        postJson("/complaints/advice", TestPolicy.blenderJson("C-15", "GBP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("C-15"))
                .andExpect(jsonPath("$.error.code").value("UNSUPPORTED"));
    }

    @Test
    void otherBodiesKeepTheApplicationsOwnErrorHandling() throws Exception {
        String answer = postJson("/my/echo", "{\"a\": ")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain("INVALID_INPUT");
        // an empty body too: only a method that takes a ComplaintCase is answered in the contract's format
        String empty = postJson("/my/echo", "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty).doesNotContain("INVALID_INPUT");
    }
}
