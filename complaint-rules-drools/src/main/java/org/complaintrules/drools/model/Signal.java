package org.complaintrules.drools.model;

import java.util.Objects;
import org.complaintrules.api.SignalType;

/**
 * A signal seen in a case, a fact for the rules. At most one signal of each type is inserted
 * per case: the text analysis keeps the strongest evidence, and a host-supplied code is added
 * only when the text did not already show it.
 *
 * @param type what was seen
 * @param detail readable evidence, e.g. {@code "71% of letters are capitals"} or {@code "'lawyer' at 34"};
 *               never the whole complaint text
 * @param source where it came from
 */
public record Signal(SignalType type, String detail, Source source) {

    /** Where a signal came from. */
    public enum Source {
        /** Detected by the library's text analysis. */
        TEXT,
        /** Supplied by the host in {@code complaint.signals}. */
        HOST
    }

    /**
     * Validates the components.
     *
     * @param type what was seen
     * @param detail readable evidence
     * @param source where it came from
     */
    public Signal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param type the signal type
     * @param detail readable evidence
     * @return a signal detected in the text
     */
    public static Signal fromText(SignalType type, String detail) {
        return new Signal(type, detail, Source.TEXT);
    }

    /**
     * @param type the signal type
     * @return a signal the host supplied
     */
    public static Signal fromHost(SignalType type) {
        return new Signal(type, "supplied by the host", Source.HOST);
    }
}
