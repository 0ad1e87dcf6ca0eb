package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.CaseProperty;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Keeps the README's QA snippet compiling and passing (on the bundled policy's folder). */
class ReadmeQaSnippetTest {
    private static final Path ROOT =
            Path.of(System.getProperty("complaint.data.dir")).getParent();

    @Test
    void theQaSnippetRunsOnACopyOfThePolicy() {
        Path myPolicy = ROOT.resolve("rules/src/main/resources/org/complaintrules/policy");
        // spotless:off (the README shows these lines as they are)
        // --- README QA snippet starts
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().rulesDirectory(myPolicy).build();
        PropertyCheck.check("a legal threat always involves LEGAL", CaseGenerator.builder().seed(7).build(),
                CaseProperty.given("a legal threat", c -> c.has("signal=LEGAL_THREAT"),
                        CaseProperty.that("LEGAL among the teams",
                                c -> advisor.advise(c.complaintCase()).escalation().teams().contains(Team.LEGAL))));
        // --- README QA snippet ends
        // spotless:on
        assertThat(advisor.ruleSet().name()).isEqualTo("default-policy");
        assertThat(CaseGenerator.builder().seed(7).build().stream(PropertyCheck.cases())
                        .filter(c -> c.has("signal=LEGAL_THREAT"))
                        .count())
                .as("cases carrying a legal threat")
                .isPositive();
    }

    @Test
    void theReadmeShowsExactlyThisSnippet() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String test = Files.readString(
                ROOT.resolve("rules/src/test/java/org/complaintrules/policy/ReadmeQaSnippetTest.java"),
                StandardCharsets.UTF_8);
        String snippet = test.substring(
                        test.indexOf("// --- README QA snippet starts") + 31,
                        test.indexOf("        // --- README QA snippet ends"))
                .strip();
        String normalised = snippet.lines()
                .map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow()
                .replace("rulesDirectory(myPolicy)", "rulesDirectory(Path.of(\"my-policy\"))");
        assertThat(readme).contains(normalised);
    }
}
