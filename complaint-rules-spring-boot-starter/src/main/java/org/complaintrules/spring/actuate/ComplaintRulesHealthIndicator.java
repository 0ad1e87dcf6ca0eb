package org.complaintrules.spring.actuate;

import java.util.Objects;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the advisor, as {@code complaintRules} under {@code /actuator/health}: UP with the rule
 * set's name, version and checksum and the number of rules; OUT_OF_SERVICE while the policy
 * compiles; DOWN when it did not compile. The last reload's time and failure, if any, are details
 * (a failed reload leaves the rules in force, so health stays UP).
 */
public class ComplaintRulesHealthIndicator extends AbstractHealthIndicator {
    private final ComplaintAdvisor advisor;

    /** @param advisor the advisor to report on */
    public ComplaintRulesHealthIndicator(ComplaintAdvisor advisor) {
        super("complaint-rules health check failed");
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (advisor instanceof ManagedComplaintAdvisor m) {
            switch (m.state()) {
                case COMPILING -> {
                    builder.outOfService().withDetail("state", "COMPILING");
                    return;
                }
                case FAILED -> {
                    builder.down()
                            .withDetail("state", "FAILED")
                            .withDetail("error", String.valueOf(m.failure().getMessage()));
                    return;
                }
                case READY -> {
                    builder.withDetail("state", "READY");
                    if (m.compileTime() != null) {
                        builder.withDetail("compileTimeMs", m.compileTime().toMillis());
                    }
                    if (m.lastReload() != null) {
                        builder.withDetail("lastReload", m.lastReload().toString());
                    }
                    if (m.lastReloadError() != null) {
                        builder.withDetail("lastReloadError", m.lastReloadError());
                    }
                }
            }
        }
        RuleSetInfo r = advisor.ruleSet();
        builder.up()
                .withDetail("name", r.name())
                .withDetail("version", r.version())
                .withDetail("checksum", r.checksum())
                .withDetail("rules", advisor.rules().size());
    }
}
