package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-policy attacks through the real {@code complaint-advisor.jar}: a copy of the default
 * policy plus one hostile rule file. {@code check} and {@code advise} refuse the rules with file and
 * line before any case runs (exit 1, nothing written); a rule that fails at run time fails only its
 * own case (every line answered, exit 2).
 */
class HostilePolicyIT {
    private static final Path SAMPLES = Path.of(System.getProperty("complaint.samples.dir"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = Jar.command();
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private Path policyWith(String attack) throws IOException {
        Path copy = BundledPolicy.copyTo(dir.resolve("policy"));
        Files.writeString(copy.resolve("attack.drl"), """
                package org.complaintrules.policy;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;
                rule "Attack"
                    @id(ATTACK-1)
                    @description("A hostile rule.")
                when
                    $c : Complaint( id == "%s" )
                then
                    %s
                end
                """.formatted(secondCaseId(), attack));
        return copy;
    }

    private Path fourCases() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("complaints.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .limit(4)
                .toList();
        Path file = dir.resolve("four.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static String secondCaseId() throws IOException {
        String second = Files.readAllLines(SAMPLES.resolve("complaints.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .skip(1)
                .findFirst()
                .orElseThrow();
        return second.replaceAll("^.*?\"id\"\\s*:\\s*\"([^\"]+)\".*$", "$1");
    }

    @Test
    void systemExitIsRefusedByCheckAndAdviseWithFileAndLine() throws Exception {
        Path policy = policyWith("System.exit(42);");

        Run check = run("check", "--rules", policy.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("attack.drl:10: sandbox: java.lang.System is not allowed");

        Run advise = run("advise", fourCases().toString(), "--rules", policy.toString());
        assertThat(advise.exit()).isEqualTo(1);
        assertThat(advise.out()).isEmpty();
        assertThat(advise.err()).contains("attack.drl:10: sandbox");
    }

    @Test
    void filesProcessesAndSocketsAreRefusedAndNothingHappens() throws Exception {
        Path written = dir.resolve("written.txt");
        Path touched = dir.resolve("touched.txt");
        for (String attack : List.of(
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written + "\"), $c.text());",
                "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + touched + "\"});",
                "new java.net.Socket(\"127.0.0.1\", 9).getOutputStream().write(1);")) {
            Path policy = policyWith(attack);
            Run advise = run("advise", fourCases().toString(), "--rules", policy.toString());
            assertThat(advise.exit()).as(attack).isEqualTo(1);
            assertThat(advise.err()).as(attack).contains("attack.drl:10: sandbox");
            deleteRecursively(policy);
        }
        assertThat(written).doesNotExist();
        assertThat(touched).doesNotExist();
    }

    @Test
    void anErrorThrownByARuleFailsOnlyItsCase() throws Exception {
        Path policy = policyWith("throw new Error(\"hostile\");");

        Run advise = run("advise", fourCases().toString(), "--rules", policy.toString());

        assertThat(advise.exit()).as(advise.err()).isEqualTo(2);
        List<String> lines = advise.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"complainantType\"");
        assertThat(lines.get(1))
                .startsWith("{\"caseId\":\"" + secondCaseId() + "\",\"error\":{\"code\":\"RULES_FAILED\"")
                .contains("ATTACK-1");
        assertThat(lines.get(2)).contains("\"complainantType\"");
        assertThat(lines.get(3)).contains("\"complainantType\"");
    }

    @Test
    void aMisspelledKeyIsReportedByCheckWithFileAndLine() throws Exception {
        Path policy = policyWith("");
        Files.delete(policy.resolve("attack.drl"));
        Path props = policy.resolve("policy.properties");
        Files.writeString(props, Files.readString(props).replace("cap.noLoss=", "cap.noLos="));

        Run check = run("check", "--rules", policy.toString());

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err())
                .containsPattern("policy.properties:\\d+: unknown key \"cap.noLos\"")
                .containsPattern("compensation.drl:\\d+: policy.properties has no key \"cap.noLoss\"");
    }

    @Test
    void checkNamesATemplateLackingARequiredClauseAndACodeWithoutWording() throws Exception {
        Path policy = policyWith("");
        Files.delete(policy.resolve("attack.drl"));
        Path letter = policy.resolve("replies/final_response_ru.txt");
        String text = Files.readString(letter);
        int at = text.indexOf("[clause FOS_CONTACT]");
        Files.writeString(letter, text.substring(0, at) + text.substring(text.indexOf("\n\n", at) + 2));
        Path zh = policy.resolve("messages/messages_zh.properties");
        Files.writeString(zh, Files.readString(zh).replaceAll("(?m)^step\\.CLARIFY=.*\n", ""));

        Run generic = run("check", "--rules", policy.toString());
        Run fca = run("check", "--rules", policy.toString(), "--profile", "UK_FCA,AU_ASIC");

        assertThat(generic.exit()).isEqualTo(1);
        assertThat(generic.out())
                .containsPattern(
                        "strategy.drl:\\d+: step code CLARIFY has no wording in messages/messages_zh.properties")
                .doesNotContain("FOS_CONTACT");
        assertThat(fca.exit()).isEqualTo(1);
        assertThat(fca.out())
                .contains("replies/final_response_ru.txt:0: a FINAL_RESPONSE letter under UK_FCA must carry clause"
                        + " FOS_CONTACT");
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
