package org.complaintrules.drools.internal;

import java.util.List;
import java.util.Objects;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.model.PolicySettings;
import org.kie.api.KieBase;

/**
 * A policy compiled and ready to run; immutable and shared by all threads.
 *
 * @param kieBase the compiled rules
 * @param sessions the sessions over {@code kieBase}
 * @param settings the policy's numbers
 * @param info name, version and checksum
 * @param rules every rule, by file and source order
 * @param code which generated class holds which rule or function, to name the code a stuck case is in
 */
public record CompiledPolicy(
        KieBase kieBase,
        Sessions sessions,
        PolicySettings settings,
        RuleSetInfo info,
        List<RuleInfo> rules,
        CodeMap code) {
    /** Validates the components. */
    public CompiledPolicy {
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(info, "info");
        rules = List.copyOf(rules);
        Objects.requireNonNull(code, "code");
    }
}
