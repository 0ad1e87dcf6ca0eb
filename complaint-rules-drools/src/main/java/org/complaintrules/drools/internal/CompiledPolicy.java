package org.complaintrules.drools.internal;

import java.util.List;
import java.util.Objects;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.model.PolicySettings;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A policy compiled and ready to run; immutable and shared by all threads.
 *
 * @param kieBase the compiled rules
 * @param sessions a pool of sessions over {@code kieBase}; a session is reset when handed back
 * @param settings the policy's numbers
 * @param info name, version and checksum
 * @param rules every rule, by file and source order
 */
public record CompiledPolicy(
        KieBase kieBase, KieSessionsPool sessions, PolicySettings settings, RuleSetInfo info, List<RuleInfo> rules) {
    /** Validates the components. */
    public CompiledPolicy {
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(info, "info");
        rules = List.copyOf(rules);
    }
}
