package org.complaintrules.drools.signals;

/** A malformed line in a word list: names the file and the line. */
final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file the file's name
     * @param line the line number, from 1
     * @param problem what is wrong
     */
    LexiconException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** @return the file's name */
    String file() {
        return file;
    }

    /** @return the line number */
    int line() {
        return line;
    }

    /** @return what is wrong, without file and line */
    String problem() {
        return problem;
    }
}
