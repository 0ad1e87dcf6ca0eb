package org.complaintrules.tooling.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Team;
import org.complaintrules.drools.internal.PolicyLoader;
import org.complaintrules.json.CaseReader;

/**
 * Reads scenario files: one JSON object per file, readable by policy owners.
 *
 * <pre>{@code
 * { "name": "A shouting VIP with a lawyer is an aggressive high-roller sent to legal",
 *   "description": "optional sentence",
 *   "profile": "UK_FCA",                      // optional: run under this regulatory profile
 *   "policyProperties": {"currency": "GBP"},  // optional: policy.properties values to run with
 *   "given": { ...a complaint case exactly as CONTRACT.md section 1... },
 *   "expect": { "complainantType": "AGGRESSIVE", "traits": ["AGGRESSIVE", "HIGH_ROLLER"],
 *               "escalation": {"levelAtLeast": "SUPERVISOR", "teamsInclude": ["LEGAL"]},
 *               "deadlines": {"respondWithin": "24h", "resolveWithin": "15bd",
 *                             "regulatoryLimit": "2027-01-18T23:59:59Z",
 *                             "basisInclude": [{"deadline": "resolveBy", "ruleId": "DL-FCA-PSD-1"}]},
 *               "referral": {"body": "FOS", "timeBarred": false},
 *               "firedRulesInclude": ["ESC-LEGAL-1"], "warnings": [] } }
 * }</pre>
 *
 * Every key of {@code expect} is optional (see {@link Expectation} for what each checks). Unknown
 * keys anywhere are an error naming the file and the JSON path, as are duplicate keys, so a typo
 * never silently turns a check off. {@code given} is read exactly as the library reads a case.
 */
public final class ScenarioLoader {
    private static final Set<String> ROOT =
            Set.of("name", "description", "profile", "policyProperties", "given", "expect");
    private static final Set<String> EXPECT = Set.of(
            "complainantType",
            "traits",
            "traitsInclude",
            "traitsExclude",
            "priority",
            "do",
            "doExclude",
            "avoid",
            "avoidExclude",
            "responseSteps",
            "compensation",
            "escalation",
            "deadlines",
            "firedRulesInclude",
            "firedRulesExclude",
            "tagsInclude",
            "tagsExclude",
            "followUpInclude",
            "followUpExclude",
            "warnings",
            "referral");
    private static final Set<String> COMPENSATION = Set.of(
            "maxAmount", "maxAmountAtMost", "maxAmountAtLeast", "forms", "formsInclude", "formsExclude", "topApprover");
    private static final Set<String> ESCALATION = Set.of(
            "level",
            "levelAtLeast",
            "levelAtMost",
            "teams",
            "teamsInclude",
            "teamsExclude",
            "reasonsInclude",
            "reasonsExclude");
    private static final Set<String> DEADLINES = Set.of(
            "acknowledgeWithin",
            "respondWithin",
            "resolveWithin",
            "followUpWithin",
            "acknowledgeBy",
            "respondBy",
            "resolveBy",
            "followUpAt",
            "regulatoryLimit",
            "regulatoryLimitWithin",
            "basisInclude");
    private static final Set<String> BASIS = Set.of("deadline", "ruleId", "citation");
    private static final Set<String> REFERRAL =
            Set.of("body", "availableFrom", "availableWithin", "windowAfterFinalResponse", "timeBarred", "citation");

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final CaseReader cases = CaseReader.create();

    private ScenarioLoader() {}

    /** @return a loader */
    public static ScenarioLoader create() {
        return new ScenarioLoader();
    }

    /**
     * Reads every {@code *.json} file directly in a folder, sorted by file name.
     *
     * @param folder the folder
     * @return the scenarios, in file-name order
     * @throws ScenarioLoadException listing every problem in every file, when any file is bad or the folder holds none
     * @throws java.io.UncheckedIOException when the folder cannot be listed
     */
    public List<Scenario> loadFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new ScenarioLoadException(List.of(folder + ": not a folder"));
        }
        List<Path> files;
        List<String> problems = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> json = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            // the scenarios come with the policy, as untrusted as its rule files: as in the policy folder, a
            // link is read only where its real path stays in the folder (a Kubernetes ConfigMap mount)
            Path real = folder.toRealPath();
            files = new ArrayList<>();
            for (Path p : json) {
                Path target = Files.isSymbolicLink(p) ? PolicyLoader.linkTargetInside(p, real) : p;
                if (target == null) {
                    problems.add(p.getFileName() + ": is a symbolic link to a file outside the scenarios folder;"
                            + " copy the file into the scenarios folder");
                } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty() && problems.isEmpty()) {
            throw new ScenarioLoadException(List.of(folder + ": no *.json scenario files"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            try {
                scenarios.add(loadFile(f));
            } catch (ScenarioLoadException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioLoadException(problems);
        }
        return scenarios;
    }

    /**
     * @param file a scenario file
     * @return its scenario
     * @throws ScenarioLoadException naming the file and the JSON path of the problem
     */
    public Scenario loadFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioLoadException(List.of(file.getFileName() + ": cannot read: " + e.getMessage()));
        }
        return parse(text, file);
    }

    /**
     * @param json a scenario as JSON
     * @param file the file it came from, for messages; may be {@code null}
     * @return the scenario
     * @throws ScenarioLoadException naming the file and the JSON path of the problem
     */
    public Scenario parse(String json, Path file) {
        String where = file == null ? "<scenario>" : file.getFileName().toString();
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioLoadException(List.of(
                    where + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        try {
            if (tree == null || tree.isMissingNode()) {
                throw new Node.BadScenario("", "empty file");
            }
            Node root = new Node(tree, "").requireObject().onlyKeys(ROOT);
            String name = root.requiredText("name");
            String description = root.text("description");
            RegulatoryProfile profile = root.enumValue("profile", RegulatoryProfile.class);
            java.util.Map<String, String> policyProperties = new java.util.TreeMap<>();
            Node props = root.object("policyProperties");
            if (props != null) {
                props.json().fieldNames().forEachRemaining(k -> policyProperties.put(k, props.requiredText(k)));
            }
            Node given = root.get("given").requireObject();
            ComplaintCase complaintCase;
            try {
                complaintCase = cases.readCase(given.json().toString());
            } catch (InvalidInputException e) {
                throw new Node.BadScenario(e.field() == null ? "given" : "given." + e.field(), e.detail());
            }
            Node expect = root.object("expect");
            Expectation expectation = expect == null ? Expectation.none() : expectation(expect.onlyKeys(EXPECT));
            return new Scenario(name, description, file, profile, policyProperties, complaintCase, expectation);
        } catch (Node.BadScenario e) {
            throw new ScenarioLoadException(
                    List.of(where + ": " + (e.path().isEmpty() ? "" : e.path() + ": ") + e.detail()));
        }
    }

    private static Expectation expectation(Node e) {
        Node c = e.object("compensation");
        Expectation.CompensationExpectation comp = c == null
                ? null
                : new Expectation.CompensationExpectation(
                        amount(c.onlyKeys(COMPENSATION), "maxAmount"),
                        amount(c, "maxAmountAtMost"),
                        amount(c, "maxAmountAtLeast"),
                        c.enums("forms", CompensationForm.class),
                        c.enums("formsInclude", CompensationForm.class),
                        c.enums("formsExclude", CompensationForm.class),
                        c.enumValue("topApprover", ApprovalRole.class));
        Node s = e.object("escalation");
        Expectation.EscalationExpectation esc = s == null
                ? null
                : new Expectation.EscalationExpectation(
                        s.onlyKeys(ESCALATION).enumValue("level", EscalationLevel.class),
                        s.enumValue("levelAtLeast", EscalationLevel.class),
                        s.enumValue("levelAtMost", EscalationLevel.class),
                        s.enums("teams", Team.class),
                        s.enums("teamsInclude", Team.class),
                        s.enums("teamsExclude", Team.class),
                        s.texts("reasonsInclude"),
                        s.texts("reasonsExclude"));
        Node d = e.object("deadlines");
        Expectation.DeadlinesExpectation dl = d == null
                ? null
                : new Expectation.DeadlinesExpectation(
                        within(d.onlyKeys(DEADLINES), "acknowledgeWithin"),
                        within(d, "respondWithin"),
                        within(d, "resolveWithin"),
                        within(d, "followUpWithin"),
                        instant(d, "acknowledgeBy"),
                        instant(d, "respondBy"),
                        instant(d, "resolveBy"),
                        instant(d, "followUpAt"),
                        "none".equals(d.text("regulatoryLimit")) ? null : instant(d, "regulatoryLimit"),
                        within(d, "regulatoryLimitWithin"),
                        "none".equals(d.text("regulatoryLimit")) ? Boolean.TRUE : null,
                        basis(d));
        return new Expectation(
                e.enumValue("complainantType", ComplainantType.class),
                e.enums("traits", ComplainantType.class),
                e.enums("traitsInclude", ComplainantType.class),
                e.enums("traitsExclude", ComplainantType.class),
                e.enumValue("priority", Priority.class),
                e.texts("do"),
                e.texts("doExclude"),
                e.texts("avoid"),
                e.texts("avoidExclude"),
                e.texts("responseSteps"),
                comp,
                esc,
                dl,
                e.texts("firedRulesInclude"),
                e.texts("firedRulesExclude"),
                e.texts("tagsInclude"),
                e.texts("tagsExclude"),
                e.texts("followUpInclude"),
                e.texts("followUpExclude"),
                e.texts("warnings"),
                referral(e));
    }

    private static List<Expectation.BasisExpectation> basis(Node d) {
        if (!d.has("basisInclude")) {
            return null;
        }
        Node list = d.get("basisInclude");
        if (!list.json().isArray()) {
            throw new Node.BadScenario(list.path(), "must be a JSON array of {\"deadline\", \"ruleId\"} objects");
        }
        List<Expectation.BasisExpectation> out = new ArrayList<>();
        for (int i = 0; i < list.json().size(); i++) {
            Node b = new Node(list.json().get(i), list.path() + "[" + i + "]").onlyKeys(BASIS);
            String deadline = b.requiredText("deadline");
            if (!org.complaintrules.api.DeadlineBasis.DEADLINES.contains(deadline)) {
                throw new Node.BadScenario(
                        b.path() + ".deadline",
                        "must be one of " + org.complaintrules.api.DeadlineBasis.DEADLINES + ", was \"" + deadline
                                + "\"");
            }
            out.add(new Expectation.BasisExpectation(deadline, b.requiredText("ruleId"), b.text("citation")));
        }
        return out;
    }

    private static Expectation.ReferralExpectation referral(Node e) {
        if (!e.has("referral")) {
            return null;
        }
        if ("none".equals(e.get("referral").json().asText(null))) {
            return new Expectation.ReferralExpectation(true, null, null, null, null, null, null);
        }
        Node r = e.get("referral");
        if (!r.json().isObject()) {
            throw new Node.BadScenario(r.path(), "must be a JSON object, or \"none\" for no referral");
        }
        r.onlyKeys(REFERRAL);
        return new Expectation.ReferralExpectation(
                false,
                r.text("body"),
                instant(r, "availableFrom"),
                within(r, "availableWithin"),
                r.parsed("windowAfterFinalResponse", java.time.Period::parse, "an ISO-8601 period such as P6M"),
                r.bool("timeBarred"),
                r.text("citation"));
    }

    private static BigDecimal amount(Node n, String key) {
        return n.parsed(
                key,
                v -> {
                    if (!v.matches("[0-9]{1,18}(\\.[0-9]{1,6})?")) {
                        throw new IllegalArgumentException(v);
                    }
                    return new BigDecimal(v);
                },
                "a non-negative decimal string such as \"89.99\"");
    }

    private static Within within(Node n, String key) {
        return n.parsed(
                key,
                Within::parse,
                "a time limit such as \"30m\", \"24h\", \"3d\", \"8w\", \"6mo\" or \"15bd\" (business days)");
    }

    private static Instant instant(Node n, String key) {
        return n.parsed(key, Instant::parse, "an ISO-8601 instant such as 2026-11-20T10:15:00Z");
    }
}
