package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with a rules folder: {@code check} leaves the compiled rules in the cache, and
 * {@code advise} of the same folder then loads them, with the same answers.
 */
class RulesCacheIT {
    private static final Path SAMPLES = Path.of(System.getProperty("complaint.samples.dir"));

    private record Run(String out, String err) {}

    private static Run run(String cache, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Jar.command("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put(RulesCache.VARIABLE, cache);
        Path err = Files.createTempFile("rules-cache-it", ".err");
        try {
            Process p = b.redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String said = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(said).isZero();
            return new Run(out, said);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void checkLeavesTheCompiledRulesAndAdviseLoadsThem(@TempDir Path tmp) throws Exception {
        Path rules = BundledPolicy.copyTo(tmp.resolve("policy"));
        // a comment: other bytes than the bundled files, so the rules are compiled, not the bundled model
        Path drl = rules.resolve("classification.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8) + "\n// a local copy\n");
        Path cache = tmp.resolve("cache");
        String cases = SAMPLES.resolve("complaints.jsonl").toString();

        Run before = run(cache.toString(), "advise", "--rules", rules.toString(), cases);
        assertThat(before.err()).contains("compiled policy");
        assertThat(cache).doesNotExist(); // advise only reads the cache

        Run check = run(cache.toString(), "check", "--rules", rules.toString());
        assertThat(check.out()).startsWith("OK");
        assertThat(check.err()).contains("Compiled rules cached");

        Run after = run(cache.toString(), "advise", "--rules", rules.toString(), cases);
        assertThat(after.err())
                .contains("loaded (rules compiled by an earlier run)")
                .doesNotContain("compiled policy");
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(after.out().lines()).hasSize(24);
    }
}
