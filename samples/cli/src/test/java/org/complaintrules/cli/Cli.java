package org.complaintrules.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM with captured streams and a chosen terminal. */
final class Cli {
    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(String stdin, Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Main(
                        new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)),
                        new PrintWriter(out),
                        new PrintWriter(err),
                        terminal)
                .run(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(null, Terminal.none(), args);
    }

    static Terminal terminal(boolean stdin, boolean stderr) {
        return new Terminal() {
            @Override
            public boolean stdinIsTerminal() {
                return stdin;
            }

            @Override
            public boolean stderrIsTerminal() {
                return stderr;
            }
        };
    }
}
