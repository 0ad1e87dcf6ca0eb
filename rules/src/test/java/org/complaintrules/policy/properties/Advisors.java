package org.complaintrules.policy.properties;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.GeneratedCase;

/** One advisor per regulatory profile over one policy, built on first use and shared. */
final class Advisors {
    private static final Advisors DEFAULT_POLICY = new Advisors(
            p -> DroolsComplaintAdvisor.builder().regulatoryProfile(p).build());

    private final Function<RegulatoryProfile, DroolsComplaintAdvisor> factory;
    private final Map<RegulatoryProfile, DroolsComplaintAdvisor> built = new ConcurrentHashMap<>();

    private Advisors(Function<RegulatoryProfile, DroolsComplaintAdvisor> factory) {
        this.factory = factory;
    }

    /** @return advisors over the bundled default policy, shared by every test in this JVM */
    static Advisors defaultPolicy() {
        return DEFAULT_POLICY;
    }

    /**
     * @param dir a policy folder
     * @return advisors over the policy in {@code dir}
     */
    static Advisors fromDirectory(Path dir) {
        return new Advisors(p -> DroolsComplaintAdvisor.builder()
                .rulesDirectory(dir)
                .regulatoryProfile(p)
                .build());
    }

    DroolsComplaintAdvisor advisor(RegulatoryProfile profile) {
        return built.computeIfAbsent(profile, factory);
    }

    DroolsComplaintAdvisor advisor(GeneratedCase c) {
        return advisor(c.profile());
    }

    Advice advise(GeneratedCase c) {
        return advisor(c).advise(c.complaintCase());
    }
}
