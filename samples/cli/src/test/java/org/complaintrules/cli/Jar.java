package org.complaintrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the integration tests start the real {@code complaint-advisor.jar}: as the launcher script
 * does (the build's class-data archive, the serial collector), and with the JIT's first tier only,
 * since each run advises a handful of cases and the optimising compiler would only cost time.
 */
final class Jar {
    static final Path JAR = Path.of(System.getProperty("complaint.advisor.jar"));

    private Jar() {}

    /**
     * @param jvmOptions options for the JVM, before {@code -jar}
     * @return the command that runs the jar, to which the command line's arguments are added
     */
    static List<String> command(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path archive = JAR.resolveSibling("complaint-advisor.jsa");
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString()));
        return command;
    }
}
