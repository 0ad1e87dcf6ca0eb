package org.complaintrules.drools.signals;

import java.util.List;
import org.complaintrules.drools.model.TextProfile;

/** Placeholder until the multilingual analysis lands: detects nothing. */
public final class DefaultSignalAnalyzer implements SignalAnalyzer {
    private DefaultSignalAnalyzer() {
    }

    /** @return the analyzer */
    public static DefaultSignalAnalyzer create() {
        return new DefaultSignalAnalyzer();
    }

    @Override
    public TextAnalysis analyse(org.complaintrules.api.Complaint complaint) {
        String lang = complaint.language() == null ? "en" : complaint.language();
        return new TextAnalysis(TextProfile.empty(lang), List.of());
    }
}
