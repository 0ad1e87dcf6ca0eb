package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar on big inputs and broken outputs: streaming in a small heap, output faults. */
class BatchIT {
    private static final Path JAR = Path.of(System.getProperty("complaint.advisor.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("complaint.samples.dir"));

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void anInputFarLargerThanTheHeapStreamsThroughWithEveryLineInOrder() throws Exception {
        // 1,000 cases of ~90,000 characters each: about 90 MB of input through an 80 MB heap of which loading
        // the policy and the English word lists takes about 55 MB (with all four languages' lists the CLI
        // does not start below about 66 MB), so reading the whole input first runs out of memory; on two
        // worker threads, whose window of cases in flight is bounded by their text too. (In a 64 MB heap,
        // after 2026-11-28's longer word lists, the start itself failed now and then.)
        String first = Files.readAllLines(SAMPLES.resolve("complaints.jsonl")).get(0);
        String sentence = "The parcel was left outside in the rain again and nobody answered my calls. ";
        String text = sentence.repeat(90_000 / sentence.length());
        int cases = 1_000;
        List<String> command = Jar.command("-Xmx80m");
        command.addAll(List.of("advise", "-", "--threads", "2"));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (int i = 0; i < cases; i++) {
                    String line = first.replace("\"C-2001\"", "\"BIG-" + i + "\"")
                                    .replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + text + "\"")
                            + "\n";
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> ids = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                ids.add(line.replaceAll("^\\{\"caseId\":\"([^\"]+)\",\"ruleSet\".*$", "$1"));
            }
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        feed.get(10, TimeUnit.SECONDS);

        assertThat(p.exitValue()).isZero();
        assertThat(ids).hasSize(cases);
        for (int i = 0; i < cases; i++) {
            assertThat(ids.get(i)).isEqualTo("BIG-" + i);
        }
    }

    @Test
    void aFullDiskExitsOneWithAMessage() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "/dev/full exists (Linux)");

        List<String> command = Jar.command();
        command.addAll(List.of("advise", SAMPLES.resolve("complaints.jsonl").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(devFull.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();

        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("complaint-advisor: cannot write to standard output");
    }

    /** @return the launcher's value of TieredStopAtLevel for these arguments (the JVM prints its flags and exits) */
    private static int tieredStopAtLevel(String... args) throws Exception {
        return flag("TieredStopAtLevel", args);
    }

    /** @return whether the launcher leaves tiered compilation on for these arguments */
    private static boolean tiered(String... args) throws Exception {
        String out = flags(args);
        return out.lines()
                .filter(l -> l.matches("\\s*bool TieredCompilation\\s+=.*"))
                .map(l -> l.contains("= true"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TieredCompilation in " + out));
    }

    /** @return the launcher's value of an integer JVM flag for these arguments */
    private static int flag(String name, String... args) throws Exception {
        String out = flags(args);
        return out.lines()
                .filter(l -> l.matches("\\s*intx " + name + "\\s+=.*"))
                .map(l -> Integer.parseInt(l.replaceAll(".*=\\s*(\\d+).*", "$1")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + out));
    }

    /** @return the JVM's final flags as the launcher starts it with these arguments */
    private static String flags(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("sh", JAR.resolveSibling("complaint-advisor").toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("JAVA", java().get(0));
        b.environment().put("COMPLAINT_ADVISOR_JAVA_OPTS", "-XX:+PrintFlagsFinal -version");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theLauncherUsesTheFirstJitTierAloneUnlessTheInputIsLargeOrOfUnknownLength(@TempDir Path dir) throws Exception {
        Path small = SAMPLES.resolve("complaints.jsonl");
        Path large = dir.resolve("large.jsonl");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(80L << 20); // sparse: the launcher only asks for the size
        }
        Path smaller = dir.resolve("smaller.jsonl");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(smaller.toFile(), "rw")) {
            f.setLength((80L << 20) - 1);
        }

        assertThat(tieredStopAtLevel("advise", small.toString())).isEqualTo(1);
        assertThat(flag("CICompilerCount", "advise", small.toString())).isEqualTo(1);
        assertThat(tieredStopAtLevel("explain", "--format", "text", small.toString()))
                .isEqualTo(1);
        assertThat(tieredStopAtLevel("advise", smaller.toString())).isEqualTo(1);
        assertThat(tieredStopAtLevel("check", "--rules", dir.toString())).isEqualTo(1);
        assertThat(tiered("advise", small.toString())).isTrue();
        // a large input may be millions of cases: the optimising compiler pays off, alone
        assertThat(tieredStopAtLevel("advise", large.toString())).isEqualTo(4);
        assertThat(tiered("advise", large.toString())).isFalse();
        assertThat(flag("CICompilerCount", "advise", large.toString())).isGreaterThan(1);
        assertThat(tieredStopAtLevel("diff", "--threads", "2", smaller.toString(), small.toString()))
                .isEqualTo(4);
        assertThat(tiered("diff", "--threads", "2", smaller.toString(), small.toString()))
                .isFalse();
        // standard input may be one case or millions: both tiers
        assertThat(tieredStopAtLevel("advise", "-")).isEqualTo(4);
        assertThat(tiered("advise", "-")).isTrue();
        assertThat(tieredStopAtLevel("advise", "--threads", "2")).isEqualTo(4);
        assertThat(tiered("advise", "--threads", "2")).isTrue();
    }

    @Test
    void theBuildLeavesAClassDataArchiveThatFitsTheJarAndALauncherThatUsesIt() throws Exception {
        Path archive = JAR.resolveSibling("complaint-advisor.jsa");
        Path launcher = JAR.resolveSibling("complaint-advisor");
        assertThat(archive).isRegularFile();
        assertThat(launcher).isRegularFile();

        // -Xshare:on refuses to start when the archive does not fit this jar and this Java
        Process strict = new ProcessBuilder(
                        java("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar", JAR.toString(), "--version"))
                .redirectErrorStream(true)
                .start();
        String version = new String(strict.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(strict.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(strict.exitValue()).as(version).isZero();
        assertThat(version).startsWith("complaint-advisor ");

        ProcessBuilder viaLauncher = new ProcessBuilder(
                "sh",
                launcher.toString(),
                "advise",
                SAMPLES.resolve("complaints.jsonl").toString());
        viaLauncher.environment().put("JAVA", java().get(0));
        Process p = viaLauncher.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(lines).hasSize(24).allMatch(l -> l.contains("\"complainantType\""));
    }
}
