package org.complaintrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash/zsh completion script for {@code complaint-advisor} (picocli's {@link AutoComplete}
 * over the real command tree). The build runs it and leaves {@code complaint-advisor_completion}
 * next to the jar: {@code source complaint-advisor_completion}.
 */
public final class CompletionScript {
    private CompletionScript() {}

    /**
     * @param args the file to write
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript FILE");
        }
        Files.writeString(Path.of(args[0]), script(), StandardCharsets.UTF_8);
    }

    /** @return the completion script */
    static String script() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Main.Cli cli = new Main.Cli(InputStream.nullInputStream(), sink, sink, Terminal.none());
        return AutoComplete.bash("complaint-advisor", Main.commandLine(cli));
    }
}
