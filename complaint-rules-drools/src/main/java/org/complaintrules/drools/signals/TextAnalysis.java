package org.complaintrules.drools.signals;

import java.util.List;
import java.util.Objects;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TextProfile;

/**
 * What the text analysis found in one complaint.
 *
 * @param profile measurements of the text
 * @param signals the signals detected in the text, at most one per type, in {@code SignalType} order
 */
public record TextAnalysis(TextProfile profile, List<Signal> signals) {
    /**
     * Validates the components and copies the list.
     *
     * @param profile measurements of the text
     * @param signals the signals detected in the text, at most one per type, in {@code SignalType} order
     */
    public TextAnalysis {
        Objects.requireNonNull(profile, "profile");
        signals = List.copyOf(signals);
    }
}
