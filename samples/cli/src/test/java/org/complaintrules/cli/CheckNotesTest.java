package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.complaintrules.api.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} tells a policy owner which rules lack the {@code @id} that names them in the audit
 * trail or the {@code @description} that {@code explain} gives as their reason, with file and line;
 * such rules still compile and run, so the check still passes.
 */
class CheckNotesTest {

    @TempDir
    Path dir;

    @Test
    void rulesWithoutIdOrDescriptionAreNotedWithTheirLineAndTheCheckPasses() throws Exception {
        Path policy = dir.resolve("policy");
        assertThat(Cli.run("init", policy.toString()).exit()).isZero();
        Path file = policy.resolve("escalation.drl");
        int before = Files.readAllLines(file, StandardCharsets.UTF_8).size();
        Files.writeString(file, """

                rule "Survey answers are read by a person"
                when
                    Complaint( channel == Channel.SURVEY )
                then
                end

                rule "Chat complaints are counted"
                    @id(ESC-CHAT-1)
                when
                    Complaint( channel == Channel.CHAT )
                then
                end
                """, StandardOpenOption.APPEND);

        Path report = dir.resolve("report.html");
        Cli.Run check = Cli.run("check", "--rules", policy.toString(), "--report", report.toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out())
                .contains("2 rule(s) without the metadata that the audit trail and explain show (not an error):")
                .contains("escalation.drl:" + (before + 2)
                        + ": note: rule \"Survey answers are read by a person\" has no @id and no @description")
                .contains("escalation.drl:" + (before + 8)
                        + ": note: rule \"Chat complaints are counted\" has no @description (explain gives no reason)");
        // and on the report's page, under Notes
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("<h2 id=\"notes\">Notes (2)</h2>")
                .contains("rule &quot;Survey answers are read by a person&quot; has no @id and no @description");
    }

    /** The audit's t-add: a table's row without an id was noted at line 0, with no row or column. */
    @Test
    void aTableRowWithoutIdIsNotedAtItsRow() throws Exception {
        Path policy = dir.resolve("policy");
        assertThat(Cli.run("init", policy.toString()).exit()).isZero();
        Path table = policy.resolve("compensation-forms.drl.csv");
        int rows = Files.readAllLines(table, StandardCharsets.UTF_8).size();
        Files.writeString(table, "A row without id,,\"No id.\",WAIT_TIME,x,\"VOUCHER\"\n", StandardOpenOption.APPEND);

        Cli.Run check = Cli.run("check", "--rules", policy.toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out())
                .contains("compensation-forms.drl.csv:" + (rows + 1) + ": note: row " + (rows + 1)
                        + ", column A: rule \"A row without id\" has no @id (firedRules names it by its name)");
    }

    @Test
    void theBundledPolicyHasEveryRulesMetadata() {
        Cli.Run check = Cli.run("check");

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).doesNotContain("without the metadata");
    }

    @Test
    void aRuleWhoseIdIsItsNameOrThatHasNoDescriptionIsNotedWithoutALineWhenItsFileIsNotInTheFolder() {
        List<String> notes = CheckCommand.metadataNotes(
                List.of(
                        new RuleInfo("R-1", "Has both", "Why.", "a.drl"),
                        new RuleInfo("No id", "No id", "Why.", "a.drl"),
                        new RuleInfo("R-3", "No description", " ", "a.drl")),
                dir);

        assertThat(notes)
                .containsExactly(
                        "a.drl:0: note: rule \"No id\" has no @id (firedRules names it by its name)",
                        "a.drl:0: note: rule \"No description\" has no @description (explain gives no reason)");
    }
}
