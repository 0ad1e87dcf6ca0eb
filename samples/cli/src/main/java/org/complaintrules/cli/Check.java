package org.complaintrules.cli;

import java.io.PrintWriter;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.RuleInfo;

/** {@code complaint-advisor check}: compile the rules, run the scenarios, report rule coverage. */
final class Check {
    private Check() {
    }

    static int run(Arguments a, PrintWriter out) {
        ComplaintAdvisor advisor = Main.advisor(a);
        out.println("OK: " + advisor.ruleSet().name() + " " + advisor.ruleSet().version() + " compiles, "
                + advisor.rules().size() + " rules (" + advisor.ruleSet().checksum() + ")");
        for (RuleInfo r : advisor.rules()) {
            out.println("  " + r.file() + "  " + r.id() + "  " + r.name());
        }
        return Main.OK;
    }
}
