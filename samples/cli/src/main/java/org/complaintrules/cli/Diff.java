package org.complaintrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.CaseInput;
import org.complaintrules.tooling.diff.PolicyDiff;
import org.complaintrules.tooling.diff.PolicyDiff.AspectDiff;
import org.complaintrules.tooling.diff.PolicyDiff.Change;
import org.complaintrules.tooling.diff.PolicyDiff.DiffReport;

/** {@code complaint-advisor diff --from DIR --to DIR FILE}: what a policy change does to a corpus. */
final class Diff {
    private Diff() {}

    static int run(Arguments a, PrintWriter out) {
        String fromDir = a.option("from");
        String toDir = a.option("to");
        if (fromDir == null || toDir == null) {
            throw new UsageException(
                    "diff needs --from DIR and --to DIR (DIR may be \"default\" for the bundled policy)");
        }
        if (a.positional().size() != 1) {
            throw new UsageException("diff takes exactly one FILE of cases");
        }
        String format = a.option("format", "text").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format must be json or text, was \"" + format + "\"");
        }
        int examples = parseExamples(a.option("examples", "5"));
        List<CaseInput> inputs = Main.read(a.positional().get(0));
        List<ComplaintCase> cases = new ArrayList<>();
        inputs.stream().filter(CaseInput::isValid).forEach(i -> cases.add(i.complaintCase()));
        DiffReport report = PolicyDiff.compare(policy(fromDir), policy(toDir), cases, examples);
        int invalid = inputs.size() - cases.size();
        if (format.equals("json")) {
            out.println(json(report, invalid));
        } else {
            out.print(report.toText());
            if (invalid > 0) {
                out.println("  " + invalid + " invalid input(s) skipped; `advise` shows their errors");
            }
        }
        return Main.OK;
    }

    private static int parseExamples(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--examples must be 0..1000, was \"" + v + "\"");
    }

    private static ComplaintAdvisor policy(String dir) {
        DroolsComplaintAdvisor.Builder b = DroolsComplaintAdvisor.builder();
        return dir.equals("default")
                ? b.build()
                : b.rulesDirectory(Path.of(dir)).build();
    }

    private static String json(DiffReport r, int invalid) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("from", ruleSet(mapper, r.from()));
        root.set("to", ruleSet(mapper, r.to()));
        root.put("cases", r.cases());
        root.put("invalidInputs", invalid);
        root.put("changedCases", r.changedCases());
        ObjectNode aspects = root.putObject("changes");
        for (AspectDiff d : r.aspects()) {
            ObjectNode node = aspects.putObject(camel(d.aspect().name()));
            node.put("count", d.count());
            ArrayNode ex = node.putArray("examples");
            for (Change c : d.examples()) {
                ex.addObject().put("caseId", c.caseId()).put("from", c.from()).put("to", c.to());
            }
        }
        ObjectNode exposure = root.putObject("exposure");
        exposure.put("from", r.exposureFrom().toPlainString());
        exposure.put("to", r.exposureTo().toPlainString());
        exposure.put("delta", r.exposureDelta().toPlainString());
        exposure.put("currency", r.currency());
        return root.toString();
    }

    private static ObjectNode ruleSet(ObjectMapper mapper, RuleSetInfo info) {
        return mapper.createObjectNode()
                .put("name", info.name())
                .put("version", info.version())
                .put("checksum", info.checksum());
    }

    private static String camel(String enumName) {
        String[] parts = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
