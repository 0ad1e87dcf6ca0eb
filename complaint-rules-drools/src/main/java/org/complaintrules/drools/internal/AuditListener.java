package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import org.complaintrules.api.FiredRule;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every fired rule for one evaluation, in firing order. Not thread-safe: one per evaluation. */
final class AuditListener extends DefaultAgendaEventListener {
    private final List<FiredRule> fired = new ArrayList<>();
    private String current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = ruleId(event.getMatch().getRule());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        fired.add(new FiredRule(ruleId(rule), rule.getName()));
    }

    /** @return the rules fired so far */
    List<FiredRule> fired() {
        return fired;
    }

    /** @return the id of the rule firing now, or last fired */
    String current() {
        return current;
    }

    static String ruleId(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : RuleMetadata.unquote(id.toString());
    }
}
