package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.complaintrules.api.Advice;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy files are UTF-8: a byte order mark (which Windows editors write) is dropped from every kind
 * of file alike, and a file in another encoding is an error naming the file, the line and the byte,
 * never a policy whose words were silently replaced.
 */
class PolicyFileEncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aByteOrderMarkOnEveryFileOfAPolicyChangesNothing(@TempDir Path dir) throws Exception {
        Path policy = DecisionTablesTest.policyWith(dir, "forms.drl.csv", DecisionTablesTest.csv());
        Advice plain =
                DroolsComplaintAdvisor.builder().rulesDirectory(policy).build().advise(TestCases.simple("C-1"));
        int marked = 0;
        try (Stream<Path> files = Files.walk(policy)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                byte[] withBom = new byte[bytes.length + BOM.length];
                System.arraycopy(BOM, 0, withBom, 0, BOM.length);
                System.arraycopy(bytes, 0, withBom, BOM.length, bytes.length);
                Files.write(f, withBom);
                marked++;
            }
        }
        assertThat(marked).as("files given a byte order mark").isGreaterThan(2);

        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(policy).build();

        assertThat(advisor.advise(TestCases.simple("C-1"))).isEqualTo(plain);
        assertThat(advisor.rules()).extracting(RuleInfo::id).contains("TAB-FORM-1");
    }

    @Test
    void aRuleFileInLatin1IsAnErrorNamingTheFileLineColumnAndByte(@TempDir Path dir) throws Exception {
        Path policy = DecisionTablesTest.policyWith(dir, "forms.drl.csv", DecisionTablesTest.csv());
        String drl = "package org.complaintrules.policy;\n\n// Crédit rule, written by a Windows editor\n";
        Files.write(policy.resolve("extra.drl"), drl.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).file()).isEqualTo("extra.drl");
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.problems().get(0).message())
                            .contains("not UTF-8", "byte 0xE9", "line 3, column 6", "save the file as UTF-8");
                });
    }

    @Test
    void aCsvTableInLatin1IsAnErrorInsteadOfAReplacedCharacter(@TempDir Path dir) throws Exception {
        String csv = new String(DecisionTablesTest.csv(), StandardCharsets.UTF_8)
                .replace("credit on the account", "crédit on the account");
        assertThat(csv).contains("crédit");
        Path policy = DecisionTablesTest.policyWith(dir, "forms.drl.csv", csv.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("forms.drl.csv");
                            assertThat(p.message()).contains("not UTF-8", "byte 0xE9");
                        }));
    }

    @Test
    void aUtf16FileAndEveryBadFileOfAFolderAreReportedTogether(@TempDir Path dir) throws Exception {
        Path policy = DecisionTablesTest.policyWith(dir, "forms.drl.csv", DecisionTablesTest.csv());
        Files.write(policy.resolve("a.drl"), "package org.complaintrules.policy;\n".getBytes(StandardCharsets.UTF_16));
        Files.write(
                policy.resolve("b.drl"), "package org.complaintrules.policy;\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(policy.resolve("c.drl"), "// Ünterschrift\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(policy).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems())
                            .extracting(p -> p.file() + ":" + p.line())
                            .containsExactly("a.drl:1", "b.drl:1", "c.drl:1");
                    assertThat(e.problems().get(0).message()).contains("UTF-16", "save it as UTF-8");
                    assertThat(e.problems().get(1).message()).contains("NUL", "UTF-16");
                    assertThat(e.problems().get(2).message()).contains("byte 0xDC", "column 4");
                });
    }
}
