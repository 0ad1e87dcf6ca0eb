package org.complaintrules.drools.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintrules.api.SignalType;

/**
 * A signal seen in a case, a fact for the rules. At most one signal of each type is inserted
 * per case ({@link #merge}): the text analysis keeps the strongest evidence, and a code the host
 * supplied is the host's signal, with the text's detail when the text showed it too.
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

    /**
     * The signals of a case as the engine inserts them, one per type: the detected ones in order (the
     * first of a type keeps its detail), then the codes the host supplied that were not detected. A code
     * the host supplied that was detected too stays in its place with its detail, but as the host's
     * ({@link Source#HOST}): the host's word decides where rules tell the two apart, as a SHOUTING that
     * the agent heard on a call whose written account reads calm.
     *
     * @param detected the signals of each analysis, in the order the analyses ran
     * @param hostSupplied the codes of {@code complaint.signals}
     * @return one signal per type
     */
    public static List<Signal> merge(List<? extends List<Signal>> detected, Collection<SignalType> hostSupplied) {
        Set<SignalType> seen = EnumSet.noneOf(SignalType.class);
        List<Signal> merged = new ArrayList<>();
        for (List<Signal> list : detected) {
            for (Signal s : list) {
                if (seen.add(s.type())) {
                    merged.add(s);
                }
            }
        }
        for (SignalType t : hostSupplied) {
            if (seen.add(t)) {
                merged.add(fromHost(t));
            } else {
                for (int i = 0; i < merged.size(); i++) {
                    Signal s = merged.get(i);
                    if (s.type() == t && s.source() == Source.TEXT) {
                        merged.set(i, new Signal(t, s.detail(), Source.HOST));
                    }
                }
            }
        }
        return merged;
    }
}
