package org.complaintrules.tooling.scenario;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RegulatoryProfile;

/**
 * One scenario: a complaint case and what the policy should advise for it, as a policy owner
 * writes it in a scenario file.
 *
 * @param name a sentence saying what the scenario shows; the test's display name
 * @param description an optional longer explanation, or {@code null}
 * @param file the file it was read from, or {@code null} when built in code
 * @param profile the regulatory profile to run it under, or {@code null} for the advisor's own
 * @param policyProperties values of {@code policy.properties} to run it with instead of the policy's
 *        own (for example {@code "currency": "GBP"}); empty for none. Since 0.2
 * @param complaintCase the case ({@code given})
 * @param expectation what the advice must show ({@code expect})
 */
public record Scenario(
        String name,
        String description,
        Path file,
        RegulatoryProfile profile,
        Map<String, String> policyProperties,
        ComplaintCase complaintCase,
        Expectation expectation) {

    /**
     * Validates the components.
     *
     * @param name its name
     * @param description an optional longer explanation, or {@code null}
     * @param file the rule file it comes from, or empty
     * @param profile the regulatory profile in force, for {@code <PROFILE>}; may be {@code null}
     * @param policyProperties property overrides for this scenario, or {@code null} for none
     * @param complaintCase the case
     * @param expectation what the advice must show ({@code expect})
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(complaintCase, "complaintCase");
        Objects.requireNonNull(expectation, "expectation");
        policyProperties = policyProperties == null ? Map.of() : Map.copyOf(policyProperties);
    }

    /**
     * A scenario run with the policy's own values.
     *
     * @param name a sentence saying what the scenario shows
     * @param description an optional longer explanation, or {@code null}
     * @param file the file it was read from, or {@code null}
     * @param profile the regulatory profile to run it under, or {@code null}
     * @param complaintCase the case
     * @param expectation what the advice must show
     */
    public Scenario(
            String name,
            String description,
            Path file,
            RegulatoryProfile profile,
            ComplaintCase complaintCase,
            Expectation expectation) {
        this(name, description, file, profile, Map.of(), complaintCase, expectation);
    }

    /** @return the file name, or the name when there is no file */
    public String source() {
        return file == null ? name : file.getFileName().toString();
    }
}
