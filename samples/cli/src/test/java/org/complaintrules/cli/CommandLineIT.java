package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code complaint-advisor.jar} as a user would. */
class CommandLineIT {
    private static final Path SAMPLES = Path.of(System.getProperty("complaint.samples.dir"));

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = Jar.command();
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void advisesEverySampleComplaintInOrderAndExitsZero() throws Exception {
        Path file = SAMPLES.resolve("complaints.jsonl");
        List<String> inputs =
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();

        Run r = run(null, "advise", file.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String id = inputs.get(i).replaceAll("^.*?\"id\"\\s*:\\s*\"([^\"]+)\".*$", "$1");
            assertThat(r.lines().get(i))
                    .startsWith("{\"caseId\":\"" + id + "\",\"ruleSet\":{\"name\":\"default-policy\"");
        }
    }

    @Test
    void aBadLineInTheMiddleGetsAnErrorInItsPlaceAndExitTwo() throws Exception {
        String good = Files.readAllLines(SAMPLES.resolve("complaints.jsonl")).get(0);
        String negative = good.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\":\"C-NEG\"")
                .replaceFirst(
                        "\"complaint\"\\s*:\\s*\\{",
                        "\"complaint\":{\"claimedLoss\":{\"amount\":\"-5\",\"currency\":\"EUR\"},");
        String stdin = good + "\n{not json\n" + negative + "\n" + good + "\n";

        Run r = run(stdin, "advise", "-");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).contains("\"complainantType\"");
        assertThat(r.lines().get(1)).startsWith("{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\"");
        assertThat(r.lines().get(2))
                .isEqualTo("{\"caseId\":\"C-NEG\",\"error\":{\"code\":\"INVALID_INPUT\","
                        + "\"field\":\"complaint.claimedLoss.amount\",\"message\":\"must be >= 0, was -5\"}}");
        assertThat(r.lines().get(3)).isEqualTo(r.lines().get(0));
    }

    @Test
    void anUnreadableFileOrRulesDirectoryExitsOne() throws Exception {
        Run missingFile = run(null, "advise", "/no/such/file.jsonl");
        assertThat(missingFile.exit()).isEqualTo(1);
        assertThat(missingFile.err()).contains("/no/such/file.jsonl");

        Run missingRules =
                run(null, "advise", SAMPLES.resolve("complaints.jsonl").toString(), "--rules", "/no/such/rules");
        assertThat(missingRules.exit()).isEqualTo(1);
        assertThat(missingRules.err()).contains("/no/such/rules");
        assertThat(missingRules.out()).isEmpty();

        Run usage = run(null, "advise", "--colour", "red");
        assertThat(usage.exit()).isEqualTo(1);
        assertThat(usage.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void checkOnABrokenRulesDirectoryPrintsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("policy.properties"), "name=broken\nversion=1\ncurrency=EUR\n");
        Files.writeString(dir.resolve("good.drl"), """
                package broken;
                import org.complaintrules.api.*;
                rule "Fine" @id(OK-1) when Complaint() then end
                """);
        Files.writeString(dir.resolve("bad.drl"), """
                package broken;
                import org.complaintrules.api.*;

                rule "Unknown fact"
                    @id(BAD-1)
                when
                    NoSuchFact( x == 1 )
                then
                end
                """);

        Run r = run(null, "check", "--rules", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out() + r.err())
                .contains("bad.drl:7: Unable to resolve ObjectType 'NoSuchFact'")
                .doesNotContain("good.drl:");
    }

    @Test
    void checkOnTheDefaultPolicyPasses() throws Exception {
        Run r = run(null, "check");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("default-policy");
    }

    @Test
    void explainPrintsEachFiredRuleWithItsDescription() throws Exception {
        Run advice = run(null, "advise", SAMPLES.resolve("complaints.jsonl").toString());
        String firstAdvice = advice.lines().get(0);
        String firstRuleId = firstAdvice.replaceAll("^.*?\"firedRules\":\\[\\{\"id\":\"([^\"]+)\".*$", "$1");

        Run r = run(null, "explain", SAMPLES.resolve("complaints.jsonl").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Why: the rules that fired, in order:", " 1. " + firstRuleId + "  ")
                .contains("Complainant type: ")
                .contains("Deadlines: acknowledge by ");
    }

    @Test
    void textFormatIsForPeople() throws Exception {
        Run r = run(null, "advise", SAMPLES.resolve("complaints.jsonl").toString(), "--format", "text");

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Case C-2001")
                .contains("Compensation: up to ")
                .doesNotContain("{\"caseId\"");
    }

    @Test
    void diffReportsWhatAPolicyChangeDoes(@TempDir Path dir) throws Exception {
        Path copy = BundledPolicy.copyTo(dir.resolve("candidate"));
        String props = Files.readString(copy.resolve("policy.properties"));
        Files.writeString(copy.resolve("policy.properties"), props.replaceAll("(?m)^name=.*$", "name=candidate"));
        String samples = SAMPLES.resolve("complaints.jsonl").toString();

        Run same = run(null, "diff", "--from", "default", "--to", copy.toString(), samples, "--format", "json");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("\"name\":\"candidate\"", "\"changedCases\":0", "\"delta\":\"0");

        Run usage = run(null, "diff", "--from", "default", samples);
        assertThat(usage.exit()).isEqualTo(1);
        assertThat(usage.err()).contains("--to");
    }

    @Test
    void checkRunsScenariosReportsFailuresAndCoverageAndWritesAnHtmlReport(@TempDir Path dir) throws Exception {
        String given = Files.readAllLines(SAMPLES.resolve("complaints.jsonl")).get(0);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve("right.json"),
                "{\"name\": \"The sample is advised without warnings\", \"given\": " + given
                        + ", \"expect\": {\"warnings\": []}}");
        Files.writeString(
                scenarios.resolve("wrong.json"),
                "{\"name\": \"A deliberately wrong expectation\", \"given\": " + given
                        + ", \"expect\": {\"priority\": \"URGENT\", \"escalation\": {\"teamsInclude\": [\"LEGAL\"]}}}");
        Path report = dir.resolve("report.html");

        Run r = run(null, "check", "--scenarios", scenarios.toString(), "--report", report.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out())
                .contains("FAIL: ", "A deliberately wrong expectation", "URGENT", "LEGAL")
                .contains("1 of 2 scenarios passed")
                .contains("Rule coverage");
        String html = Files.readString(report);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("1 of 2 scenarios passed")
                .contains("A deliberately wrong expectation")
                .contains("<th>scenarios firing it</th>")
                .doesNotContain("<script")
                .doesNotContain("https://");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .as("no external resources; the only URL is the SVG namespace")
                .doesNotContain("http://");

        Files.delete(scenarios.resolve("wrong.json"));
        Run ok = run(null, "check", "--scenarios", scenarios.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        Run strict = run(null, "check", "--scenarios", scenarios.toString(), "--require-coverage");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.out())
                .contains("never fired")
                .containsPattern("FAIL: --require-coverage: [1-9]\\d* rules no");
    }

    @Test
    void theBuildLeavesAShellCompletionScriptNextToTheJar() throws Exception {
        Path script = Path.of(System.getProperty("complaint.advisor.completion"));
        assertThat(script).exists().hasParent(Jar.JAR.getParent());
        String text = Files.readString(script);
        assertThat(text)
                .contains(
                        "complaint-advisor",
                        "advise",
                        "check",
                        "explain",
                        "diff",
                        "init",
                        "--rules",
                        "--scenarios",
                        "--require-coverage",
                        "UK_FCA");

        Process p = new ProcessBuilder(
                        "bash", "-c", "source \"$0\" && complete -p complaint-advisor", script.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("complete").contains("complaint-advisor");
    }

    @Test
    void initThenCheckPassesWithTheJarAlone(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy");
        Run init = run(null, "init", policy.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        // the files a policy owner edits, not the executable model the build made of them
        try (java.util.stream.Stream<Path> written = java.nio.file.Files.walk(policy)) {
            assertThat(written.map(Path::toString)).isNotEmpty().noneMatch(n -> n.endsWith(".class"));
        }

        Run check = run(
                null,
                "check",
                "--rules",
                policy.toString(),
                "--scenarios",
                policy.resolve("scenarios").toString());
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).containsPattern("(\\d+) of \\1 scenarios passed");
    }
}
