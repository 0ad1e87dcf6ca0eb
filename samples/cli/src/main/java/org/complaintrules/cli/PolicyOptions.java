package org.complaintrules.cli;

import java.nio.file.Path;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import picocli.CommandLine.Option;

/** The options that choose the policy: {@code --rules DIR} and {@code --profile PROFILE}. */
final class PolicyOptions {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Folder of the policy: its .drl files, decision tables (.drl.xlsx, .drl.csv) and"
                    + " policy.properties. Default: the bundled default policy.")
    Path rules;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "Regulatory profile to apply, overriding the policy's regulatory.profile: one of"
                    + " ${COMPLETION-CANDIDATES} (any case).")
    RegulatoryProfile profile;

    /** @return a builder for the chosen policy and profile */
    DroolsComplaintAdvisor.Builder builder() {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        if (rules != null) {
            RulesCache.apply(b.rulesDirectory(rules), false);
        }
        if (profile != null) {
            b.regulatoryProfile(profile);
        }
        return b;
    }

    /** @return what to call the policy in reports: its folder, or the bundled policy */
    String source() {
        return rules == null ? "bundled default policy" : rules.toString();
    }
}
