package org.complaintrules.tooling.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;

/**
 * Where a scenario runner gets its advisor: the default one, and one per regulatory profile for
 * scenarios that name a {@code "profile"}. All of them must run the same rules (coverage is
 * counted against {@link #defaultAdvisor()}'s rules).
 */
public interface Advisors {

    /** @return the advisor for scenarios without a profile */
    ComplaintAdvisor defaultAdvisor();

    /**
     * @param profile a regulatory profile
     * @return an advisor running the same policy under that profile
     * @throws IllegalArgumentException when this source cannot provide one
     */
    ComplaintAdvisor forProfile(RegulatoryProfile profile);

    /**
     * @param profile a regulatory profile, or {@code null} for the default advisor's
     * @param policyProperties values of {@code policy.properties} that replace the policy's own
     * @return an advisor running the same policy with those values
     * @throws IllegalArgumentException when this source cannot provide one
     * @since 0.2
     */
    default ComplaintAdvisor forPolicy(RegulatoryProfile profile, Map<String, String> policyProperties) {
        if (policyProperties.isEmpty()) {
            return profile == null ? defaultAdvisor() : forProfile(profile);
        }
        throw new IllegalArgumentException("the scenario needs policy properties " + policyProperties
                + " but the runner was given fixed advisors; use Advisors.drools(() -> builder) to build them");
    }

    /**
     * One advisor for everything. Scenarios naming a profile run on it only when it is a
     * {@link DroolsComplaintAdvisor} with that profile; otherwise they fail, saying so.
     *
     * @param advisor the advisor
     * @return the source
     */
    static Advisors of(ComplaintAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        return new Advisors() {
            @Override
            public ComplaintAdvisor defaultAdvisor() {
                return advisor;
            }

            @Override
            public ComplaintAdvisor forProfile(RegulatoryProfile profile) {
                if (advisor instanceof DroolsComplaintAdvisor d && d.regulatoryProfile() == profile) {
                    return advisor;
                }
                throw new IllegalArgumentException(
                        "the scenario needs regulatory profile " + profile
                                + " but the runner was given a single advisor; use Advisors.drools(() -> builder) to build one per profile");
            }
        };
    }

    /**
     * Builds advisors from a builder: the default as the builder says, and one per profile on first
     * use (compiled once, then cached). Example: {@code Advisors.drools(DroolsComplaintAdvisor::builder)}
     * for the bundled policy.
     *
     * @param builder a fresh, configured builder each time it is called
     * @return the source
     */
    static Advisors drools(Supplier<DroolsComplaintAdvisor.Builder> builder) {
        Objects.requireNonNull(builder, "builder");
        Map<RegulatoryProfile, ComplaintAdvisor> byProfile = new ConcurrentHashMap<>();
        Map<java.util.List<Object>, ComplaintAdvisor> byPolicy = new ConcurrentHashMap<>();
        ComplaintAdvisor base = builder.get().build();
        return new Advisors() {
            @Override
            public ComplaintAdvisor defaultAdvisor() {
                return base;
            }

            @Override
            public ComplaintAdvisor forProfile(RegulatoryProfile profile) {
                Objects.requireNonNull(profile, "profile");
                return byProfile.computeIfAbsent(
                        profile, p -> builder.get().regulatoryProfile(p).build());
            }

            @Override
            public ComplaintAdvisor forPolicy(RegulatoryProfile profile, Map<String, String> policyProperties) {
                if (policyProperties.isEmpty()) {
                    return profile == null ? base : forProfile(profile);
                }
                return byPolicy.computeIfAbsent(java.util.Arrays.asList(profile, Map.copyOf(policyProperties)), k -> {
                    DroolsComplaintAdvisor.Builder b = builder.get().policyProperties(policyProperties);
                    return (profile == null ? b : b.regulatoryProfile(profile)).build();
                });
            }
        };
    }
}
