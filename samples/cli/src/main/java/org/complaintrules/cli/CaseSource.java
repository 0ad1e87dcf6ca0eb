package org.complaintrules.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;

/**
 * The one place the command line reads cases: a file, or standard input for {@code -}, as one
 * JSON object, a JSON array or JSON Lines; every input becomes one {@link CaseInput} (a case or
 * its error), in order. The input is streamed as UTF-8 bytes through {@link CaseReader#iterator(InputStream)}:
 * one case is read when the batch asks for it, so memory does not grow with the input, and
 * invalid UTF-8 is answered with an error naming the line and byte offset, never replaced.
 */
final class CaseSource implements Iterable<CaseInput>, AutoCloseable {
    /** The file name that means standard input. */
    static final String STDIN = "-";

    static final String TERMINAL_HINT = "complaint-advisor: reading cases from the terminal: paste or type JSON (one"
            + " object, an array or JSON Lines), then press Ctrl-D (Ctrl-Z Enter on Windows). To read a file, give"
            + " its name: complaint-advisor advise FILE; see complaint-advisor advise --help.";

    private final String name;
    private final InputStream in;
    private final boolean owned;
    private boolean iterated;
    private Runnable idle;

    private CaseSource(String name, InputStream in, boolean owned) {
        this.name = name;
        this.in = in;
        this.owned = owned;
    }

    /**
     * Opens the input; nothing is read until the cases are iterated.
     *
     * @param file a file name, or {@value #STDIN} for standard input
     * @param stdin standard input
     * @param terminal where standard input comes from
     * @param err standard error, for the hint when standard input is a terminal
     * @return the cases, to be iterated once and closed
     * @throws IllegalArgumentException when the file cannot be read (the command exits 1)
     */
    static CaseSource open(String file, InputStream stdin, Terminal terminal, PrintWriter err) {
        if (file.equals(STDIN)) {
            if (terminal.stdinIsTerminal()) {
                err.println(TERMINAL_HINT);
                err.flush();
            }
            return new CaseSource("standard input", stdin, false);
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": it is a directory, not a file of cases");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": permission denied");
        }
        try {
            return new CaseSource(file, Files.newInputStream(path), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets what to do before the reader waits for input that has not arrived yet: finish and write
     * the answers to the cases read so far, so that a host writing one case at a time to standard
     * input gets each answer before it sends the next. Runs on the thread that iterates, whenever a
     * read finds no input ready (for a file: only at its end).
     *
     * @param idle the work, or {@code null} for none
     */
    void whenIdle(Runnable idle) {
        this.idle = idle;
    }

    /**
     * @return the cases in input order, read lazily; {@code hasNext()} and {@code next()} throw
     *         {@link UncheckedIOException} naming the input when reading it fails
     * @throws IllegalStateException when called a second time (the input is read once)
     */
    @Override
    public Iterator<CaseInput> iterator() {
        if (iterated) {
            throw new IllegalStateException("the cases of " + name + " are read once");
        }
        iterated = true;
        Iterator<CaseInput> cases = CaseReader.create().iterator(new IdleAware(in));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return cases.hasNext();
                } catch (UncheckedIOException e) {
                    throw new UncheckedIOException(
                            "cannot read " + name + ": " + e.getCause().getMessage(), e.getCause());
                }
            }

            @Override
            public CaseInput next() {
                if (!hasNext()) { // reads ahead, turning a read failure into the message above
                    throw new java.util.NoSuchElementException();
                }
                return cases.next();
            }
        };
    }

    /** The input, running {@link #idle} before a read that would wait for bytes not yet there. */
    private final class IdleAware extends FilterInputStream {
        IdleAware(InputStream in) {
            super(in);
        }

        private void beforeRead() {
            Runnable r = idle;
            if (r == null) {
                return;
            }
            int ready;
            try {
                ready = in.available();
            } catch (IOException e) {
                ready = 0; // unknown: finishing the work in flight is always safe
            }
            if (ready <= 0) {
                r.run();
            }
        }

        @Override
        public int read() throws IOException {
            beforeRead();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            beforeRead();
            return in.read(b, off, len);
        }
    }

    /** Closes the file; standard input is left open. */
    @Override
    public void close() {
        if (owned) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
        }
    }
}
