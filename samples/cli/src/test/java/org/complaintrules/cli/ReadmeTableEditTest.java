package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's decision-table edit, done on a copy made by {@code init}, does what the README says. */
class ReadmeTableEditTest {
    private static final Path ROOT =
            Path.of(System.getProperty("complaint.data.dir")).getParent();
    private static final String TABLE = "compensation-forms.drl.csv";
    private static final String BILLING_CASE =
            "{\"complaint\":{\"id\":\"C-BILL\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                    + "\"channel\":\"EMAIL\",\"category\":\"BILLING\"},\"customer\":{\"id\":\"K-1\"}}";

    /** @return the two rows the README shows: before and after the edit */
    static List<String> readmeRows() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Decision tables"));
        List<String> blocks = section.lines()
                .filter(l -> l.startsWith("A billing error is refunded or credited,COMP-FORM-3,"))
                .toList();
        assertThat(blocks).hasSize(2);
        return blocks;
    }

    @Test
    void addingAFormToTheBillingRowLetsAgentsOfferIt(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("my-policy");
        assertThat(Cli.run("init", policy.toString()).exit()).isZero();
        Path table = policy.resolve(TABLE);
        String csv = Files.readString(table, StandardCharsets.UTF_8);
        List<String> rows = readmeRows();
        assertThat(csv).as("the README shows the row as shipped").contains(rows.get(0));

        Run before = Cli.run(BILLING_CASE, Terminal.none(), "advise", "--rules", policy.toString());
        assertThat(before.out()).contains("\"allowedForms\":[\"REFUND\",\"STORE_CREDIT\"]");
        Files.writeString(table, csv.replace(rows.get(0), rows.get(1)), StandardCharsets.UTF_8);
        Run after = Cli.run(BILLING_CASE, Terminal.none(), "advise", "--rules", policy.toString());

        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out())
                .contains("\"allowedForms\":[\"REFUND\",\"STORE_CREDIT\",\"VOUCHER\"]")
                .contains("{\"id\":\"COMP-FORM-3\",\"name\":\"A billing error is refunded or credited\"}");
        Run check = Cli.run(
                "check",
                "--rules",
                policy.toString(),
                "--scenarios",
                policy.resolve("scenarios").toString());
        assertThat(check.exit()).as(check.out()).isEqualTo(2);
        assertThat(check.out())
                .contains("compensation.forms: expected exactly [REFUND, STORE_CREDIT], was [REFUND, STORE_CREDIT,"
                        + " VOUCHER]");
        assertThat(check.out().lines().filter(l -> l.startsWith("  ") && l.contains(": expected ")))
                .as("every mismatch is about the forms")
                .isNotEmpty()
                .allMatch(l -> l.startsWith("  compensation.forms: "));
    }

    @Test
    void aMistakeInTheTableIsReportedAtItsCellAsTheReadmeSays(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("my-policy");
        assertThat(Cli.run("init", policy.toString()).exit()).isZero();
        Path table = policy.resolve(TABLE);
        String row = readmeRows().get(0);
        Files.writeString(
                table,
                Files.readString(table).replace(row, row.replace("STORE_CREDIT", "STORE_CREDT")),
                StandardCharsets.UTF_8);

        Run check = Cli.run("check", "--rules", policy.toString());

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains(TABLE + ":12: row 12, column F: ").contains("STORE_CREDT");
        assertThat(Files.readString(ROOT.resolve("README.md")))
                .contains("`" + TABLE + ":12: row 12, column F: ... STORE_CREDT cannot be");
    }
}
