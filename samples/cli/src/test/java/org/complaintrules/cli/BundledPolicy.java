package org.complaintrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The default policy's source folder, for integration tests that need a rules folder to change. */
final class BundledPolicy {
    /** The default policy's sources (the failsafe configuration names them). */
    static final Path SOURCES = Path.of(System.getProperty("complaint.policy.dir"));

    private BundledPolicy() {}

    /**
     * @param to an absent or empty folder
     * @return {@code to}, holding a copy of the default policy's files, subfolders included (the
     *     wording lives in messages/ and replies/)
     * @throws IOException when copying fails
     */
    static Path copyTo(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(SOURCES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
