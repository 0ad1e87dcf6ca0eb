package org.complaintrules.drools.signals;

import org.complaintrules.api.Complaint;

/**
 * Finds signals in a complaint's text. Implementations are thread-safe, linear in the text
 * length, and never log the text.
 */
@FunctionalInterface
public interface SignalAnalyzer {
    /**
     * @param complaint the complaint; its text may be {@code null}
     * @return the profile and the signals detected in the text (host-supplied signals are not included)
     */
    TextAnalysis analyse(Complaint complaint);
}
