package org.complaintrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;

/**
 * The one place the command line reads cases: a file, or standard input for {@code -}, as one
 * JSON object, a JSON array or JSON Lines; every input becomes one {@link CaseInput} (a case or
 * its error), in order. Today it reads the whole input before the first case is advised; a
 * streaming reader replaces the body of {@link #open} without touching the commands.
 */
final class CaseSource implements Iterable<CaseInput> {
    /** The file name that means standard input. */
    static final String STDIN = "-";

    static final String TERMINAL_HINT = "complaint-advisor: reading cases from the terminal: paste or type JSON (one"
            + " object, an array or JSON Lines), then press Ctrl-D (Ctrl-Z Enter on Windows). To read a file, give"
            + " its name: complaint-advisor advise FILE; see complaint-advisor advise --help.";

    private final List<CaseInput> inputs;

    private CaseSource(List<CaseInput> inputs) {
        this.inputs = inputs;
    }

    /**
     * @param file a file name, or {@value #STDIN} for standard input
     * @param stdin standard input
     * @param terminal where standard input comes from
     * @param err standard error, for the hint when standard input is a terminal
     * @return the cases
     * @throws IllegalArgumentException when the file cannot be read (the command exits 1)
     */
    static CaseSource open(String file, InputStream stdin, Terminal terminal, PrintWriter err) {
        CaseReader reader = CaseReader.create();
        if (file.equals(STDIN)) {
            if (terminal.stdinIsTerminal()) {
                err.println(TERMINAL_HINT);
                err.flush();
            }
            return new CaseSource(reader.readAll(new InputStreamReader(stdin, StandardCharsets.UTF_8)));
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such readable file");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new CaseSource(reader.readAll(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return how many inputs there are, or -1 when not known before reading them all */
    int size() {
        return inputs.size();
    }

    @Override
    public Iterator<CaseInput> iterator() {
        return inputs.iterator();
    }
}
