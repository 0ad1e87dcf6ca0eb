package org.complaintrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input and standard error are a terminal (a person), or a file or pipe. */
interface Terminal {

    /** @return whether standard input is a terminal: reading it waits for a person to type */
    boolean stdinIsTerminal();

    /** @return whether standard error is a terminal: progress may be shown there */
    boolean stderrIsTerminal();

    /** @return the process's real streams: on Linux from {@code /proc/self/fd}, else from {@link System#console()} */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean stdinIsTerminal() {
                return isTerminal(0);
            }

            @Override
            public boolean stderrIsTerminal() {
                return isTerminal(2);
            }
        };
    }

    /** @return a terminal that is never one (for tests and pipelines) */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean stdinIsTerminal() {
                return false;
            }

            @Override
            public boolean stderrIsTerminal() {
                return false;
            }
        };
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | SecurityException e) {
            // fall back below
        }
        return System.console() != null;
    }
}
