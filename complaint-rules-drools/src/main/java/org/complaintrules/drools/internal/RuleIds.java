package org.complaintrules.drools.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.complaintrules.api.FiredRule;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Each rule's audit entry ({@code @id} and name), read from its metadata once when the policy is
 * compiled rather than on every firing. Read-only after construction, so shared by all threads.
 */
final class RuleIds {
    private final Map<Rule, FiredRule> byRule = new IdentityHashMap<>();

    /** @param kieBase the compiled rules */
    RuleIds(KieBase kieBase) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                byRule.put(r, new FiredRule(AuditListener.ruleId(r), r.getName()));
            }
        }
    }

    /**
     * @param rule a rule of the policy
     * @return its audit entry
     */
    FiredRule of(Rule rule) {
        FiredRule f = byRule.get(rule);
        return f != null ? f : new FiredRule(AuditListener.ruleId(rule), rule.getName());
    }
}
