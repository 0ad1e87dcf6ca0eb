package org.complaintrules.tooling.diff;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.PolicyFile;
import org.complaintrules.drools.internal.PolicyLoader;

/**
 * One side of a policy diff: a label a reviewer recognises (the folder), the advisor, its settings,
 * the text of each rule, and the policy's other files (word lists, wording, reply templates), so that a
 * diff can say which settings, rules and files changed.
 */
public final class PolicySide {
    private final String label;
    private final ComplaintAdvisor advisor;
    private final Map<String, String> settings;
    private final Map<String, String> ruleTexts;
    private final Map<String, String> otherFiles;
    private final boolean filesKnown;

    private PolicySide(
            String label,
            ComplaintAdvisor advisor,
            Map<String, String> settings,
            Map<String, String> ruleTexts,
            Map<String, String> otherFiles,
            boolean filesKnown) {
        this.label = Objects.requireNonNull(label, "label");
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.settings = Map.copyOf(settings);
        this.ruleTexts = Map.copyOf(ruleTexts);
        this.otherFiles = Map.copyOf(otherFiles);
        this.filesKnown = filesKnown;
    }

    /**
     * A side without rule texts: the diff compares rules by name, description and file only.
     *
     * @param label what to call it
     * @param advisor the advisor
     * @return the side; its settings are the advisor's when it is a {@link DroolsComplaintAdvisor}
     */
    public static PolicySide of(String label, ComplaintAdvisor advisor) {
        Map<String, String> settings = advisor instanceof DroolsComplaintAdvisor d ? d.policySettings() : Map.of();
        return new PolicySide(label, advisor, settings, Map.of(), Map.of(), false);
    }

    /**
     * @param dir a rules folder
     * @param configure sets the builder up further (e.g. a regulatory profile); the folder is already given
     * @return the side, labelled by the folder
     * @throws org.complaintrules.api.RuleCompilationException when the rules do not compile
     */
    public static PolicySide directory(Path dir, UnaryOperator<DroolsComplaintAdvisor.Builder> configure) {
        DroolsComplaintAdvisor advisor = configure
                .apply(DroolsComplaintAdvisor.builder().rulesDirectory(dir))
                .build();
        return withTexts(dir.toString(), advisor, PolicyLoader.fromDirectory(dir));
    }

    /**
     * @param configure sets the builder up further (e.g. a regulatory profile)
     * @return the bundled default policy as a side, labelled {@code bundled default policy}
     */
    public static PolicySide bundled(UnaryOperator<DroolsComplaintAdvisor.Builder> configure) {
        DroolsComplaintAdvisor advisor =
                configure.apply(DroolsComplaintAdvisor.builder()).build();
        return withTexts(
                "bundled default policy",
                advisor,
                PolicyLoader.fromClasspath(
                        DroolsComplaintAdvisor.class.getClassLoader(), DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER));
    }

    private static PolicySide withTexts(String label, DroolsComplaintAdvisor advisor, List<PolicyFile> files) {
        Map<String, Map<String, String>> byFile = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        for (PolicyFile f : files) {
            if (f.isDrl()) {
                byFile.put(f.name(), RuleTexts.of(f.content()));
            } else if (!f.isPolicyProperties()) {
                others.put(f.name(), f.content());
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (RuleInfo r : advisor.rules()) {
            String text = byFile.getOrDefault(r.file(), Map.of()).get(r.name());
            if (text != null) {
                texts.put(r.id(), text);
            }
        }
        return new PolicySide(label, advisor, advisor.policySettings(), texts, others, true);
    }

    /** @return what to call this side, e.g. its folder */
    public String label() {
        return label;
    }

    /** @return the advisor */
    public ComplaintAdvisor advisor() {
        return advisor;
    }

    /** @return the policy settings, key to value (empty when unknown) */
    public Map<String, String> settings() {
        return settings;
    }

    /** @return rule id to the rule's text, white space collapsed (empty when unknown) */
    public Map<String, String> ruleTexts() {
        return ruleTexts;
    }

    /**
     * @return the policy's files other than rule files, decision tables and {@code policy.properties} (word
     *     lists, wording, reply templates), relative name to text; empty when unknown
     */
    public Map<String, String> otherFiles() {
        return otherFiles;
    }

    /** @return whether {@link #otherFiles()} is known: the side was read from a folder or the bundled policy */
    public boolean filesKnown() {
        return filesKnown;
    }
}
