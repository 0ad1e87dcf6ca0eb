package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding snippet compiling and true. */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetAdvisesTheContractExample() {
        // spotless:off (the README shows these lines as they are)
        // --- README snippet starts
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().build(); // the bundled default policy
        ComplaintCase complaintCase = ComplaintCase.of(
                Complaint.builder("C-1001", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                        .text("The blender broke after two days. I want my money back.")
                        .claimedLoss(Money.of("89.99", "EUR"))
                        .build(),
                Customer.of("K-77"));
        Advice advice = advisor.advise(complaintCase);
        System.out.println(advice.complainantType() + ", offer up to " + advice.compensation().maxAmount());
        // --- README snippet ends
        // spotless:on

        assertThat(advice.caseId()).isEqualTo("C-1001");
        assertThat(advice.ruleSet().name()).isEqualTo("default-policy");
        assertThat(advice.compensation().maxAmount().compareTo(Money.of("89.99", "EUR")))
                .isLessThanOrEqualTo(0);
        assertThat(advice.warnings()).isEmpty();
    }

    @Test
    void theReadmeShowsExactlyThisSnippet() throws IOException {
        Path root = Path.of(System.getProperty("complaint.data.dir")).getParent();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        String test = Files.readString(
                root.resolve("rules/src/test/java/org/complaintrules/policy/ReadmeSnippetTest.java"),
                StandardCharsets.UTF_8);
        String snippet = test.substring(
                        test.indexOf("// --- README snippet starts") + "// --- README snippet starts".length(),
                        test.indexOf("        // --- README snippet ends"))
                .strip();
        String normalised = snippet.lines()
                .map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        assertThat(readme).contains(normalised);
    }
}
