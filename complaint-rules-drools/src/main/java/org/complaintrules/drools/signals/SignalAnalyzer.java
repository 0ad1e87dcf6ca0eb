package org.complaintrules.drools.signals;

import org.complaintrules.api.Complaint;

/**
 * Finds signals in a complaint's text. Implementations are thread-safe, linear in the text
 * length, and never log the text.
 *
 * <p>The library's own is {@link DefaultSignalAnalyzer}. A host adds its own beside it with
 * {@code DroolsComplaintAdvisor.builder().addSignalAnalyzer(...)} (for example one wrapping a
 * classifier the host holds); the signals are merged one per type, the built-in analysis first,
 * then the added analysers in the order they were added, then the host's {@code complaint.signals};
 * the first one found of a type keeps its detail. An added analyser's profile is not used.
 */
@FunctionalInterface
public interface SignalAnalyzer {
    /**
     * @param complaint the complaint; its text may be {@code null}
     * @return the profile and the signals detected in the text (host-supplied signals are not included)
     */
    TextAnalysis analyse(Complaint complaint);
}
