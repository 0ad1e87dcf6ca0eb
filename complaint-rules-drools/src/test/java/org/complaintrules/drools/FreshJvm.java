package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of the test class path in a JVM of its own, for what only a fresh JVM shows (a
 * first use, a build step); public for the tests of other packages.
 */
public final class FreshJvm {
    private FreshJvm() {}

    /**
     * @param main the class whose {@code main} runs
     * @param args its arguments
     * @return what it printed (standard output and error together), once it ended with status 0
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting for it
     */
    public static String run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        return said;
    }
}
