package org.complaintrules.drools.signals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;

/** Builds complaints around a text and reads analyses, for the signal tests. */
final class Analyses {

    static final DefaultSignalAnalyzer ANALYZER = DefaultSignalAnalyzer.create();

    private Analyses() {}

    static Complaint complaint(String text, String language) {
        return Complaint.builder("c-1", Instant.parse("2025-03-01T09:00:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                .text(text)
                .language(language)
                .build();
    }

    /** @return the analysis of a complaint with this text and no language tag */
    static TextAnalysis analyse(String text) {
        return ANALYZER.analyse(complaint(text, null));
    }

    /** @return the analysis of a complaint with this text and language tag */
    static TextAnalysis analyse(String text, String language) {
        return ANALYZER.analyse(complaint(text, language));
    }

    static List<SignalType> types(TextAnalysis analysis) {
        return analysis.signals().stream().map(Signal::type).toList();
    }

    static Optional<String> detail(TextAnalysis analysis, SignalType type) {
        return analysis.signals().stream()
                .filter(s -> s.type() == type)
                .map(Signal::detail)
                .findFirst();
    }
}
