package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.FiredRule;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.drools.internal.DecisionTables;
import org.complaintrules.drools.internal.PolicyFile;
import org.complaintrules.drools.internal.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision tables beside DRL: each row a rule with its own id and description; errors at sheet, row, column. */
class DecisionTablesTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(DecisionTablesTest.class.getResource("/fixtures").toURI());
    }

    /** The mini policy plus one table file. */
    static Path policyWith(Path dir, String tableName, byte[] table) throws Exception {
        Path mini = fixtures().resolve("mini");
        try (var files = Files.list(mini)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.write(dir.resolve(tableName), table);
        return dir;
    }

    static byte[] csv() throws Exception {
        return Files.readAllBytes(fixtures().resolve("tables/forms.drl.csv"));
    }

    /** The CSV table's cells as a one-sheet workbook named "Forms". */
    static byte[] xlsx(String csv) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Forms");
            List<List<String>> rows = parseCsv(csv);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("no rule table here");
            wb.write((OutputStream) out);
            return out.toByteArray();
        }
    }

    /** Just enough CSV for the fixture: commas, double quotes with "" inside. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> fields = new java.util.ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(ch);
                }
            }
            fields.add(f.toString());
            rows.add(fields);
        }
        return rows;
    }

    static ComplaintCase billing() {
        return ComplaintCase.of(
                TestCases.complaint("C-B").category(Category.BILLING).build(), Customer.of("K-1"));
    }

    @Test
    void eachRowOfACsvTableIsARuleWithItsIdAndDescription(@TempDir Path dir) throws Exception {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(policyWith(dir, "forms.drl.csv", csv()))
                .build();

        assertThat(advisor.rules())
                .filteredOn(r -> r.file().equals("forms.drl.csv"))
                .extracting(RuleInfo::id, RuleInfo::name, RuleInfo::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "TAB-FORM-1",
                                "A faulty product is replaced or repaired",
                                "Product quality complaints: a new one or a repair."),
                        org.assertj.core.groups.Tuple.tuple(
                                "TAB-FORM-2",
                                "A billing error is credited",
                                "Billing complaints: credit on the account."));
        Advice product = advisor.advise(TestCases.simple("C-P"));
        assertThat(product.compensation().allowedForms())
                .contains(CompensationForm.REFUND, CompensationForm.REPLACEMENT, CompensationForm.REPAIR)
                .doesNotContain(CompensationForm.STORE_CREDIT);
        assertThat(product.firedRules())
                .extracting(FiredRule::id)
                .contains("TAB-FORM-1")
                .doesNotContain("TAB-FORM-2");
        Advice bill = advisor.advise(billing());
        assertThat(bill.compensation().allowedForms()).contains(CompensationForm.STORE_CREDIT);
        assertThat(bill.firedRules()).contains(new FiredRule("TAB-FORM-2", "A billing error is credited"));
    }

    @Test
    void anXlsxTableWorksTheSameAndSheetsWithoutRulesAreIgnored(@TempDir Path dir) throws Exception {
        byte[] workbook = xlsx(new String(csv(), StandardCharsets.UTF_8));
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(policyWith(dir, "forms.drl.xlsx", workbook))
                .build();

        assertThat(advisor.rules())
                .filteredOn(r -> r.file().equals("forms.drl.xlsx"))
                .hasSize(2);
        assertThat(advisor.advise(billing()).firedRules())
                .extracting(FiredRule::id)
                .contains("TAB-FORM-2");
        List<PolicyFile> converted = DecisionTables.toDrl("forms.drl.xlsx", workbook);
        assertThat(converted).hasSize(1);
        assertThat(converted.get(0).content()).contains("rule \"A billing error is credited\"", "@id(TAB-FORM-2)");
    }

    @Test
    void aCompileErrorInACsvTableNamesTheRowAndColumn(@TempDir Path dir) throws Exception {
        String broken = new String(csv(), StandardCharsets.UTF_8).replace(",STORE_CREDIT,", ",STORE_CREDT,");
        Path policy = policyWith(dir, "forms.drl.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("forms.drl.csv");
                        assertThat(p.line()).isEqualTo(11);
                        assertThat(p.message()).startsWith("row 11, column F: ");
                    });
                    assertThat(e.problems().get(0).toString()).startsWith("forms.drl.csv:11: row 11, column F: ");
                });
    }

    @Test
    void aSandboxRefusalInTheTablesImportOrFunctionsRowNamesThatRowAndCell(@TempDir Path dir) throws Exception {
        // the header rows are no rule's: they were reported at line 0 with no row or cell
        String table = new String(csv(), StandardCharsets.UTF_8)
                .replace(
                        "Import,\"org.complaintrules.api.*, org.complaintrules.drools.model.*\"",
                        "Import,\"org.complaintrules.api.*, org.complaintrules.drools.model.*, java.io.File\"\n"
                                + "Functions,\"function String leak() { return System.getProperty(\"\"user.home\"\"); }\"");
        Path policy = policyWith(dir, "forms.drl.csv", table.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                                .anyMatch(m ->
                                        m.startsWith("forms.drl.csv:2: row 2, column B: sandbox: import java.io.File"))
                                .anyMatch(m ->
                                        m.startsWith("forms.drl.csv:3: row 3, column B: sandbox: java.lang.System")));
    }

    @Test
    void aCompileErrorInAnXlsxTableNamesTheSheetRowAndColumn(@TempDir Path dir) throws Exception {
        String broken = new String(csv(), StandardCharsets.UTF_8).replace(",REPAIR,", ",REPAIRR,");
        Path policy = policyWith(dir, "forms.drl.xlsx", xlsx(broken));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                            assertThat(p.file()).isEqualTo("forms.drl.xlsx");
                            assertThat(p.line()).isEqualTo(10);
                            assertThat(p.message()).startsWith("sheet 'Forms', row 10, column G: ");
                        }));
    }

    @Test
    void aMalformedTableIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
        String broken = new String(csv(), StandardCharsets.UTF_8)
                .replace("NAME,METADATA,METADATA,CONDITION", "NAME,METADATA,METADATA,HEADLINE");
        // a header that is no column type: Drools names the cell, we name row and column
        Path policy = policyWith(dir, "forms.drl.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PolicyLoader.fromDirectory(policy))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).file()).isEqualTo("forms.drl.csv");
                    assertThat(e.problems().get(0).message()).contains("row 6, column D");
                });
        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOf(RuleCompilationException.class);
    }

    /** The audit's t-break: a NAME cell without its closing quote compiled into a junk rule that fired on every case. */
    @Test
    void aCsvRowWithAQuoteNotClosedIsAnErrorAtItsRowAndColumn(@TempDir Path dir) throws Exception {
        String broken = new String(csv(), StandardCharsets.UTF_8)
                .replace(
                        "A billing error is credited,TAB-FORM-2,Billing complaints: credit on the account.,",
                        "\"A billing error is credited,TAB-FORM-2,\"Billing complaints, credit on the account.\",");
        Path policy = policyWith(dir, "forms.drl.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PolicyLoader.fromDirectory(policy))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).toString())
                            .startsWith("forms.drl.csv:11: row 11, column A: ")
                            .contains("closing quote is missing");
                });
    }

    @Test
    void aCsvRuleRowWithMoreCellsThanTheHeaderIsAnErrorAtItsRow(@TempDir Path dir) throws Exception {
        String broken = new String(csv(), StandardCharsets.UTF_8)
                .replace("BILLING,x,STORE_CREDIT,,", "BILLING,x,STORE_CREDIT,,,VOUCHER");
        Path policy = policyWith(dir, "forms.drl.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PolicyLoader.fromDirectory(policy))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).toString())
                            .startsWith(
                                    "forms.drl.csv:11: row 11: the row has 9 cells, the table's header (row 6) has 8");
                });
    }

    /** The audit: a table's duplicate @id was reported at column A, the rule's name, not at the id's column B. */
    @Test
    void aDuplicateIdInATableIsReportedAtTheIdsCell(@TempDir Path dir) throws Exception {
        String twice = new String(csv(), StandardCharsets.UTF_8).replace("TAB-FORM-2", "TAB-FORM-1");
        Path policy = policyWith(dir, "forms.drl.csv", twice.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString())
                                        .startsWith("forms.drl.csv:11: row 11, column B: ")
                                        .contains("@id(TAB-FORM-1)")));
    }

    @Test
    void tablesAreRecognisedByTheirDoubleExtension() {
        assertThat(DecisionTables.isTable("weights.drl.xlsx")).isTrue();
        assertThat(DecisionTables.isTable("forms.DRL.CSV")).isTrue();
        assertThat(DecisionTables.isTable("data.csv")).isFalse();
        assertThat(DecisionTables.isTable("forms.xlsx")).isFalse();
    }
}
