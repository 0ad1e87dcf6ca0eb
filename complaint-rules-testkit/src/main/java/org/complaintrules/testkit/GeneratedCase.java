package org.complaintrules.testkit;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.json.AdviceWriter;

/**
 * A generated case and the setting it is advised in.
 *
 * @param complaintCase the case, valid by construction
 * @param profile the regulatory profile the advisor should apply
 * @param labels what was generated, e.g. {@code channel=SURVEY}, {@code signal=LEGAL_THREAT}, {@code lang=zh}
 * @param textLanguage the language the text was written in (also when {@code complaint.language} is
 *                     absent), or {@code null} when there is no generated text
 */
public record GeneratedCase(
        ComplaintCase complaintCase, RegulatoryProfile profile, Set<String> labels, String textLanguage) {

    private static final AdviceWriter WRITER = AdviceWriter.create();

    /**
     * Validates the components and keeps the labels sorted and read-only.
     *
     * @param complaintCase the case, valid by construction
     * @param profile the regulatory profile the advisor should apply
     * @param labels what was generated, e.g. {@code channel=SURVEY}, {@code signal=LEGAL_THREAT}, {@code lang=zh}
     * @param textLanguage the text language
     */
    public GeneratedCase {
        Objects.requireNonNull(complaintCase, "complaintCase");
        Objects.requireNonNull(profile, "profile");
        labels = Set.copyOf(new TreeSet<>(labels));
    }

    /**
     * @param complaintCase a case
     * @param profile its regulatory profile
     * @return a generated case with no labels, e.g. for a hand-written case
     */
    public static GeneratedCase of(ComplaintCase complaintCase, RegulatoryProfile profile) {
        return new GeneratedCase(complaintCase, profile, Set.of(), null);
    }

    /**
     * @param changed the changed case
     * @return this setting with another case (labels kept; they describe how it was generated)
     */
    public GeneratedCase withCase(ComplaintCase changed) {
        return new GeneratedCase(changed, profile, labels, textLanguage);
    }

    /**
     * @param changed another profile
     * @return this case in another setting
     */
    public GeneratedCase withProfile(RegulatoryProfile changed) {
        return new GeneratedCase(complaintCase, changed, labels, textLanguage);
    }

    /**
     * @param label e.g. {@code segment=VIP}
     * @return whether it was generated with that label
     * @throws IllegalArgumentException when the label is not one the generator can produce (a typo such as
     *     {@code signal=LEGAL_THRET}), naming the known labels; see {@link Labels#requireKnown(String, Set)}
     */
    public boolean has(String label) {
        if (labels.contains(label)) {
            return true;
        }
        Labels.requireKnown(label, labels);
        return false;
    }

    /**
     * The language to write more text in: the case's language tag when present, else the language
     * the text was generated in, else English.
     *
     * @return a primary language tag with phrases, e.g. {@code ru}
     */
    public String writingLanguage() {
        String tag = complaintCase.complaint().language();
        if (tag != null && Phrases.LANGUAGES.contains(Phrases.primary(tag))) {
            return Phrases.primary(tag);
        }
        return textLanguage != null ? textLanguage : "en";
    }

    /** @return the case as one line of contract JSON, as {@code complaint-advisor explain} reads it */
    public String json() {
        return WRITER.writeCase(complaintCase);
    }

    /** @return the profile and the JSON */
    @Override
    public String toString() {
        return "profile=" + profile + " " + json();
    }
}
