package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.model.PolicySettings;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles policy files into a {@link CompiledPolicy}; every error comes back with file and line. */
public final class PolicyCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyCompiler.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    /** Sessions kept ready per policy; the pool grows on demand beyond it. */
    private static final int SESSION_POOL_SIZE = 4;

    private PolicyCompiler() {}

    /**
     * @param files the DRL files and, optionally, one {@code policy.properties}
     * @param overrides property values that replace the file's
     * @param profile the regulatory profile, or {@code null} to take {@code regulatory.profile} from the properties
     * @return the compiled policy
     * @throws RuleCompilationException with every problem, as {@code file:line: message}
     */
    public static CompiledPolicy compile(
            List<PolicyFile> files, Map<String, String> overrides, RegulatoryProfile profile) {
        long start = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        PolicyFile propertiesFile = files.stream()
                .filter(f -> f.name().equals(PolicyLoader.PROPERTIES))
                .findFirst()
                .orElse(null);
        Map<String, String> values = new LinkedHashMap<>(readProperties(propertiesFile, problems));
        values.putAll(overrides);
        PolicySettings settings = settings(values, profile, propertiesFile, problems);

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, PolicyFile> byKiePath = new HashMap<>();
        for (PolicyFile f : files) {
            if (!f.isDrl()) {
                continue;
            }
            Matcher m = PACKAGE.matcher(f.content());
            String pkg = m.find() ? m.group(1) : "defaultpkg";
            // a decision table is compiled as the DRL it was converted to: give it a .drl resource name
            String kiePath = RESOURCES + pkg.replace('.', '/') + "/"
                    + f.name().replace('/', '_').replace('#', '_') + (f.name().endsWith(".drl") ? "" : ".drl");
            byKiePath.put(kiePath, f);
            kfs.write(ks.getResources()
                    .newByteArrayResource(f.content().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(kiePath)
                    .setResourceType(ResourceType.DRL));
        }
        ReleaseId releaseId =
                ks.newReleaseId("org.complaintrules.policy", "policy-" + SEQUENCE.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RuleProblem(
                    fileName(msg.getPath(), byKiePath),
                    Math.max(msg.getLine(), 0),
                    msg.getText().trim()));
        }
        dropFollowUpErrors(problems);
        problems.replaceAll(p -> locateInTable(p, files));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);

        List<RuleInfo> rules = catalog(kieBase, byKiePath, problems);
        if (!problems.isEmpty()) {
            problems.replaceAll(p -> locateInTable(p, files));
            throw new RuleCompilationException(problems);
        }
        RuleSetInfo info = new RuleSetInfo(settings.name(), settings.version(), checksum(files, overrides, settings));
        LOG.info(
                "compiled policy {} {} ({} rules from {} files) in {} ms",
                info.name(),
                info.version(),
                rules.size(),
                files.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new CompiledPolicy(kieBase, kieBase.newKieSessionsPool(SESSION_POOL_SIZE), settings, info, rules);
    }

    /** A syntax error also yields "Parser returned a null Package" at line 0 for the same file: noise. */
    private static void dropFollowUpErrors(List<RuleProblem> problems) {
        problems.removeIf(p -> p.line() == 0
                && p.message().startsWith("Parser returned a null Package")
                && problems.stream().anyMatch(q -> q != p && q.file().equals(p.file())));
    }

    /** A problem in the DRL a decision table became is reported at the table's sheet, row and column. */
    private static RuleProblem locateInTable(RuleProblem p, List<PolicyFile> files) {
        for (PolicyFile f : files) {
            if (f.origin() != null && f.name().equals(p.file())) {
                return f.origin().locate(p);
            }
        }
        return p;
    }

    private static Map<String, String> readProperties(PolicyFile file, List<RuleProblem> problems) {
        Map<String, String> values = new TreeMap<>();
        if (file == null) {
            return values;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(file.content()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(file.name(), 0, "cannot read properties: " + e.getMessage()));
            return values;
        }
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    private static PolicySettings settings(
            Map<String, String> values,
            RegulatoryProfile profile,
            PolicyFile propertiesFile,
            List<RuleProblem> problems) {
        String file = propertiesFile == null ? PolicyLoader.PROPERTIES : propertiesFile.name();
        RegulatoryProfile chosen = profile;
        if (chosen == null) {
            String v = values.getOrDefault("regulatory.profile", RegulatoryProfile.GENERIC.name())
                    .trim();
            try {
                chosen = RegulatoryProfile.valueOf(v);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(
                        file,
                        lineOf(propertiesFile, "regulatory.profile"),
                        "regulatory.profile must be one of " + List.of(RegulatoryProfile.values()) + ", was \"" + v
                                + "\""));
                chosen = RegulatoryProfile.GENERIC;
            }
        }
        try {
            return new PolicySettings(values, chosen);
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().startsWith("type.precedence") ? "type.precedence" : "currency";
            problems.add(new RuleProblem(file, lineOf(propertiesFile, key), key + ": " + e.getMessage()));
            return new PolicySettings(Map.of(), chosen);
        }
    }

    private static int lineOf(PolicyFile file, String key) {
        if (file == null) {
            return 0;
        }
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String fileName(String kiePath, Map<String, PolicyFile> byKiePath) {
        if (kiePath == null) {
            return "(policy)";
        }
        PolicyFile f = byKiePath.get(kiePath);
        if (f != null) {
            return f.name();
        }
        for (Map.Entry<String, PolicyFile> e : byKiePath.entrySet()) {
            if (e.getKey().endsWith(kiePath) || kiePath.endsWith(e.getKey())) {
                return e.getValue().name();
            }
        }
        return kiePath.startsWith(RESOURCES) ? kiePath.substring(RESOURCES.length()) : kiePath;
    }

    private static List<RuleInfo> catalog(
            KieBase kieBase, Map<String, PolicyFile> byKiePath, List<RuleProblem> problems) {
        record Entry(RuleInfo info, int loadOrder) {}
        List<Entry> entries = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = "(unknown)";
                if (rule instanceof RuleImpl impl && impl.getResource() != null) {
                    file = fileName(impl.getResource().getSourcePath(), byKiePath);
                }
                entries.add(new Entry(
                        new RuleInfo(AuditListener.ruleId(rule), rule.getName(), RuleMetadata.description(rule), file),
                        rule.getLoadOrder()));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.info().file()).thenComparingInt(Entry::loadOrder));
        Map<String, RuleInfo> seen = new HashMap<>();
        for (Entry e : entries) {
            RuleInfo previous = seen.putIfAbsent(e.info().id(), e.info());
            if (previous != null) {
                problems.add(new RuleProblem(
                        e.info().file(),
                        lineOfRule(byKiePath, e.info()),
                        "rule \"" + e.info().name() + "\" has @id(" + e.info().id() + "), already used by rule \""
                                + previous.name() + "\" in " + previous.file()));
            }
        }
        return entries.stream().map(Entry::info).toList();
    }

    private static int lineOfRule(Map<String, PolicyFile> byKiePath, RuleInfo rule) {
        for (PolicyFile f : byKiePath.values()) {
            if (f.name().equals(rule.file())) {
                String[] lines = f.content().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains("\"" + rule.name() + "\"")
                            && lines[i].trim().startsWith("rule")) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static String checksum(List<PolicyFile> files, Map<String, String> overrides, PolicySettings settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(PolicyFile::name)).forEach(f -> {
                sha.update(f.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            new TreeMap<>(overrides)
                    .forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            sha.update(("profile=" + settings.profile()).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
