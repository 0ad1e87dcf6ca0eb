package org.complaintrules.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}: how many cases are worked on at once; the output stays in input order. */
final class ThreadsOption {
    /** The most threads accepted. */
    static final int MAX = 256;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Cases worked on at once, 1.." + MAX + " (default: the available processors);"
                    + " the output is in input order whatever N is.")
    Integer threads;

    /**
     * @return the threads to use
     * @throws ParameterException when {@code --threads} is out of range (a usage error, exit 1)
     */
    int threads() {
        if (threads == null) {
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        if (threads < 1 || threads > MAX) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1.." + MAX + ", was " + threads);
        }
        return threads;
    }
}
