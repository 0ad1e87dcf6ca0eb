package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's policy-owner example true: the word-list entry it adds and the scenario it
 * writes are read from the README itself, and the scenario passes with the entry and fails without.
 */
class ReadmeLexiconExampleTest {

    private static String entry;
    private static ComplaintCase given;

    @BeforeAll
    static void readTheReadme() throws IOException {
        Path root = Path.of(System.getProperty("complaint.data.dir")).getParent();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        entry = between(readme, "regulator.txt <<'TXT'\n", "\nTXT\n");
        JsonNode scenario = new ObjectMapper().readTree(between(readme, ".json <<'JSON'\n", "\nJSON\n"));
        given = CaseReader.create().readCase(scenario.get("given").toString());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("README holds %s", start.strip()).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    @Test
    void theReadmeEntryTeachesThePhrase() {
        Advice without = DroolsComplaintAdvisor.builder().build().advise(given);
        Advice with = DroolsComplaintAdvisor.builder()
                .defaultPolicy()
                .lexicon("lexicon/en/regulator.txt", entry)
                .build()
                .advise(given);

        assertThat(without.tags()).doesNotContain("REGULATOR_MENTION");
        assertThat(with.tags()).contains("REGULATOR_MENTION");
        assertThat(with.escalation().teams()).contains(Team.COMPLIANCE);
    }

    @Test
    void aWordListAloneExtendsTheBundledPolicy() {
        // no rules or policy folder given: the word list is an addition to the bundled policy
        Advice with = DroolsComplaintAdvisor.builder()
                .lexicon("lexicon/en/regulator.txt", entry)
                .build()
                .advise(given);

        assertThat(with.ruleSet().name()).isEqualTo("default-policy");
        assertThat(with.tags()).contains("REGULATOR_MENTION");
    }

    @Test
    void rulesWithoutPolicyPropertiesAreOneClearError() {
        DroolsComplaintAdvisor.Builder rulesAlone = DroolsComplaintAdvisor.builder()
                .drl("mine.drl", "package mine;\nrule \"Nothing\" @id(MINE-1) when then end\n");

        assertThatThrownBy(rulesAlone::build)
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .filteredOn(p -> p.file().equals("policy.properties"))
                                .singleElement()
                                .satisfies(p ->
                                        assertThat(p.message()).contains("no policy.properties", "defaultPolicy()")));
    }
}
