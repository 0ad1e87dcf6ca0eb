package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleInfo;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.drools.model.PolicySettings;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles policy files into a {@link CompiledPolicy}; every error comes back with file and line. */
public final class PolicyCompiler {

    /**
     * A policy's rule base never changes once built (a changed policy is compiled into a new one),
     * so it is built immutable. The engine then keeps each session's facts in one identity map
     * instead of a table per fact class, which the session's reset used to empty and every case
     * built again: about 8 KB less allocated per case (54 to 46 KB on the generated corpus). A fact
     * that no pattern of any rule can match is dropped from the session when inserted; it was never
     * part of a match, the rules' answers are the same, and the engine reads derived facts from
     * what the rules inserted ({@link AuditListener}), not from the session.
     */
    static final KieBaseMutabilityOption MUTABILITY = KieBaseMutabilityOption.DISABLED;

    private static final Logger LOG = LoggerFactory.getLogger(PolicyCompiler.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    private static final RuleBaseCache CACHE = new RuleBaseCache();

    private PolicyCompiler() {}

    /** @return the rule bases this JVM compiled, for tests */
    static RuleBaseCache cache() {
        return CACHE;
    }

    /**
     * How to compile.
     *
     * @param sandbox whether rule code is checked against the sandbox's allow-list (both layers)
     * @param absoluteCapGiven whether the host sets the absolute cap (then {@code guardrail.absoluteCap} is optional)
     * @param engineKeys the keys Java code reads from the policy, beyond the engine's own
     * @param singletonGlobals whether joins on the engine's one-per-case facts become globals
     *     ({@link SingletonFacts}); on unless comparing the two
     * @param precompiled whether rule files that were precompiled when the library was built are loaded
     *     from their executable model ({@link PrecompiledPolicy}) instead of compiled; on unless comparing
     *     the two (only sandboxed policies are ever loaded so)
     * @param rulesCache where rules compiled from rule files are kept between runs ({@link
     *     CompiledRulesCache}), or {@code null} for nowhere
     */
    public record Options(
            boolean sandbox,
            boolean absoluteCapGiven,
            List<PolicyChecks.EngineKey> engineKeys,
            boolean singletonGlobals,
            boolean precompiled,
            CompiledRulesCache.Location rulesCache) {
        /** Copies the list. */
        public Options {
            engineKeys = List.copyOf(engineKeys);
        }

        /**
         * @param sandbox whether rule code is checked against the sandbox's allow-list (both layers)
         * @param absoluteCapGiven whether the host sets the absolute cap
         * @param engineKeys the keys Java code reads from the policy, beyond the engine's own
         */
        public Options(boolean sandbox, boolean absoluteCapGiven, List<PolicyChecks.EngineKey> engineKeys) {
            this(sandbox, absoluteCapGiven, engineKeys, true, true, null);
        }

        /**
         * @param on whether joins on the engine's one-per-case facts become globals
         * @return these options with that choice
         */
        public Options withSingletonGlobals(boolean on) {
            return new Options(sandbox, absoluteCapGiven, engineKeys, on, precompiled, rulesCache);
        }

        /**
         * @param on whether precompiled rule files are loaded from their executable model
         * @return these options with that choice
         */
        public Options withPrecompiled(boolean on) {
            return new Options(sandbox, absoluteCapGiven, engineKeys, singletonGlobals, on, rulesCache);
        }

        /**
         * @param folder where rules compiled from rule files are kept between runs, or {@code null} for nowhere
         * @param write whether rules compiled as usual are written there for later runs (else it is only read)
         * @return these options with that cache
         */
        public Options withRulesCache(Path folder, boolean write) {
            return new Options(
                    sandbox,
                    absoluteCapGiven,
                    engineKeys,
                    singletonGlobals,
                    precompiled,
                    folder == null ? null : new CompiledRulesCache.Location(folder, write));
        }

        /** @return the sandbox on, no cap from the host, the engine's own keys */
        public static Options defaults() {
            return new Options(true, false, List.of());
        }
    }

    /**
     * Compiles with {@link Options#defaults()}.
     *
     * @param files the DRL files and, optionally, one {@code policy.properties}
     * @param overrides property values that replace the file's
     * @param profile the regulatory profile, or {@code null} to take {@code regulatory.profile} from the properties
     * @return the compiled policy
     * @throws RuleCompilationException with every problem, as {@code file:line: message}
     */
    public static CompiledPolicy compile(
            List<PolicyFile> files, Map<String, String> overrides, RegulatoryProfile profile) {
        return compile(files, overrides, profile, Options.defaults());
    }

    /**
     * @param files the DRL files and, optionally, one {@code policy.properties}
     * @param overrides property values that replace the file's
     * @param profile the regulatory profile, or {@code null} to take {@code regulatory.profile} from the properties
     * @param options sandbox and checks
     * @return the compiled policy
     * @throws RuleCompilationException with every problem, as {@code file:line: message}
     */
    public static CompiledPolicy compile(
            List<PolicyFile> files, Map<String, String> overrides, RegulatoryProfile profile, Options options) {
        long start = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        PolicyFile propertiesFile = files.stream()
                .filter(f -> f.name().equals(PolicyLoader.PROPERTIES))
                .findFirst()
                .orElse(null);
        Map<String, String> values = new LinkedHashMap<>(readProperties(propertiesFile, problems));
        values.putAll(overrides);
        List<PolicyFile> drl = drlSources(files);

        // the rule base depends on the rule files only: a build for another profile or other values reuses it
        String rulesKey = RuleBaseCache.key(drl, options.singletonGlobals());
        // a rule base compiled on request although a precompiled one exists is kept apart from it
        String cacheKey = options.precompiled() ? rulesKey : rulesKey + "/compiled";
        RuleBaseCache.Entry cached = options.sandbox() ? CACHE.get(cacheKey) : null;
        boolean fromModel = false;
        if (cached == null && options.sandbox() && options.precompiled()) {
            // made at build time, both sandbox layers run there
            cached = PrecompiledPolicy.load(rulesKey, PolicyCompiler.class.getClassLoader());
            fromModel = cached != null;
        }
        // rules an earlier run compiled from exactly these files, after both sandbox layers passed;
        // every class is checked again as it is loaded (CompiledRulesCache)
        boolean cacheable = options.rulesCache() != null
                && options.sandbox()
                && options.precompiled()
                && options.singletonGlobals();
        boolean fromCache = false;
        if (cached == null && cacheable) {
            cached = CompiledRulesCache.load(options.rulesCache().folder(), rulesKey, drl);
            fromCache = fromModel = cached != null;
        }
        // the first sandbox layer, and every key the rules read (known already for cached rules)
        DrlAnalyzer.Result analysis = cached == null
                ? DrlAnalyzer.analyse(drl, options.sandbox(), PolicyCompiler.class.getClassLoader())
                : null;
        if (analysis != null) {
            problems.addAll(analysis.violations());
            problems.addAll(analysis.problems());
        }
        List<PolicyChecks.EngineKey> engineKeys = new ArrayList<>(PolicyChecks.ENGINE_KEYS);
        engineKeys.addAll(options.engineKeys());
        problems.addAll(PolicyChecks.check(
                propertiesFile,
                values,
                overrides,
                cached != null ? cached.reads() : analysis.reads(),
                engineKeys,
                options.absoluteCapGiven(),
                // a rule file that does not parse reads keys nobody can see
                cached != null || analysis.parsed().size() == drl.size()));
        RegulatoryProfile chosen = profile(values, profile, propertiesFile, problems);
        if (analysis != null && !analysis.violations().isEmpty()) {
            // refused code is never handed to the compiler
            problems.replaceAll(p -> locateInTable(p, files));
            throw new RuleCompilationException(problems);
        }
        RuleBaseCache.Entry compiled = cached != null ? cached : build(drl, analysis, options, problems);
        if (!problems.isEmpty()) {
            problems.replaceAll(p -> locateInTable(p, files));
            throw new RuleCompilationException(problems);
        }
        if ((cached == null || fromModel) && options.sandbox()) {
            CACHE.put(cacheKey, compiled);
        }
        PolicySettings settings = new PolicySettings(values, chosen);
        RuleSetInfo info = new RuleSetInfo(settings.name(), settings.version(), checksum(files, overrides, settings));
        LOG.info(
                "{} policy {} {} ({} rules from {} files) in {} ms",
                fromCache
                        ? "loaded (rules compiled by an earlier run)"
                        : fromModel
                                ? "loaded (precompiled rules)"
                                : cached != null ? "loaded (compiled rules reused)" : "compiled",
                info.name(),
                info.version(),
                compiled.rules().size(),
                files.size(),
                (System.nanoTime() - start) / 1_000_000);
        // after the compile time is logged: writing the cache compiles the rules once more
        if (cacheable
                && cached == null
                && analysis != null
                && options.rulesCache().write()) {
            CompiledRulesCache.store(options.rulesCache().folder(), rulesKey, files, analysis, compiled);
        }
        return new CompiledPolicy(
                compiled.kieBase(),
                new Sessions(compiled.kieBase(), compiled.globals()),
                settings,
                info,
                compiled.rules(),
                compiled.code());
    }

    /**
     * Compiles the rule files and runs the second sandbox layer over what came out.
     *
     * @param problems where the problems go; on entry, those found so far
     * @return the rule base, or {@code null} when there are problems
     */
    static RuleBaseCache.Entry build(
            List<PolicyFile> drl, DrlAnalyzer.Result analysis, Options options, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // the joins on the engine's one-per-case facts become globals (same meaning, less work per case)
        SingletonFacts.Rewrite rewrite = options.singletonGlobals()
                ? SingletonFacts.rewrite(drl, analysis.parsed())
                : new SingletonFacts.Rewrite(drl, Map.of());
        Map<String, PolicyFile> byKiePath = write(ks, kfs, drl, rewrite);
        ReleaseId releaseId =
                ks.newReleaseId("org.complaintrules.policy", "policy-" + SEQUENCE.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> sameNames = duplicateNames(drl, analysis.parsed());
        problems.addAll(sameNames);
        for (Message msg : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (!sameNames.isEmpty() && isDuplicateNameError(msg.getText())) {
                continue; // said once above, naming both rules; Drools blames one of them and its class name
            }
            String file = fileName(msg.getPath(), byKiePath);
            PolicyFile source = byName(byKiePath, file);
            int line = lineOfError(source, Math.max(msg.getLine(), 0), msg.getText());
            String message = msg.getText().trim();
            String hint = constantHint(message, source, line);
            if (hint.isEmpty()) {
                hint = typeHint(message);
            }
            // a hint goes on a line of its own under a message of several lines
            problems.add(new RuleProblem(
                    file,
                    line,
                    hint.isEmpty() || !message.contains("\n") ? message + hint : message + "\n" + hint.substring(2)));
        }
        dropFollowUpErrors(problems);
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(MUTABILITY);
        KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(conf);
        ks.getRepository().removeKieModule(releaseId);

        List<RuleInfo> rules = catalog(kieBase, byKiePath, problems);
        CodeMap code = codeMap(kieBase);
        if (options.sandbox()) {
            verifyBytecode(kieBase, drl, rules, code, byKiePath, problems);
        }
        return problems.isEmpty()
                ? new RuleBaseCache.Entry(kieBase, analysis.reads(), rewrite.globals(), rules, code)
                : null;
    }

    /**
     * Writes the rule files, as rewritten, where the compiler reads them.
     *
     * @param ks the KIE services
     * @param kfs where to write
     * @param drl the rule files as the policy owner wrote them
     * @param rewrite the same files as compiled
     * @return each file by the path the compiler reports it under
     */
    static Map<String, PolicyFile> write(
            KieServices ks, KieFileSystem kfs, List<PolicyFile> drl, SingletonFacts.Rewrite rewrite) {
        Map<String, PolicyFile> byKiePath = new HashMap<>();
        for (int i = 0; i < drl.size(); i++) {
            PolicyFile f = drl.get(i);
            PolicyFile compiled = rewrite.files().get(i);
            Matcher m = PACKAGE.matcher(f.content());
            String pkg = m.find() ? m.group(1) : "defaultpkg";
            // a decision table is compiled as the DRL it was converted to: give it a .drl resource name
            String kiePath = RESOURCES + pkg.replace('.', '/') + "/"
                    + f.name().replace('/', '_').replace('#', '_') + (f.name().endsWith(".drl") ? "" : ".drl");
            byKiePath.put(kiePath, f);
            kfs.write(ks.getResources()
                    .newByteArrayResource(compiled.content().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(kiePath)
                    .setResourceType(ResourceType.DRL));
        }
        return byKiePath;
    }

    /**
     * The rule files as DRL text; the one place where other sources (such as decision tables) become
     * DRL, so that every check applies to what is compiled.
     */
    static List<PolicyFile> drlSources(List<PolicyFile> files) {
        return files.stream().filter(PolicyFile::isDrl).toList();
    }

    private static CodeMap codeMap(KieBase kieBase) {
        Map<String, String> byPrefix = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                byPrefix.put(CodeMap.classPrefix(r.getName()), AuditListener.ruleId(r));
            }
        }
        Map<String, String> functions = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            if (pkg instanceof InternalKnowledgePackage ip) {
                for (String f : ip.getFunctions().keySet()) {
                    functions.put(Character.toUpperCase(f.charAt(0)) + f.substring(1), f);
                }
            }
        }
        return new CodeMap(byPrefix, functions);
    }

    /** The second sandbox layer: every class Drools generated, checked as bytecode. */
    private static void verifyBytecode(
            KieBase kieBase,
            List<PolicyFile> drl,
            List<RuleInfo> rules,
            CodeMap code,
            Map<String, PolicyFile> byKiePath,
            List<RuleProblem> problems) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Set<String> functionClasses = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            if (!(pkg instanceof InternalKnowledgePackage ip)) {
                continue;
            }
            ip.getFunctions()
                    .keySet()
                    .forEach(f -> functionClasses.add(
                            ip.getName() + "." + Character.toUpperCase(f.charAt(0)) + f.substring(1)));
            DialectRuntimeData data = ip.getDialectRuntimeRegistry().getDialectData("java");
            if (data instanceof JavaDialectRuntimeData java) {
                java.getStore().forEach((resource, bytes) -> {
                    if (bytes != null) {
                        classes.put(resource.replace('/', '.').replaceAll("\\.class$", ""), bytes);
                    }
                });
            }
        }
        if (kieBase instanceof InternalRuleBase rb && rb.getRootClassLoader() instanceof ProjectClassLoader pcl) {
            Map<String, byte[]> store = pcl.getStore();
            if (store != null) {
                store.forEach((resource, bytes) -> {
                    if (bytes != null) {
                        classes.put(resource.replace('/', '.').replaceAll("\\.class$", ""), bytes);
                    }
                });
            }
        }
        for (BytecodeVerifier.Violation v : BytecodeVerifier.verify(classes, functionClasses)) {
            String simple = v.className().substring(v.className().lastIndexOf('.') + 1);
            String ruleId = code.ruleOf(simple);
            String function = code.functionsByClass().get(simple);
            String file = "(policy)";
            int line = 0;
            String where = v.className();
            if (ruleId != null) {
                for (RuleInfo r : rules) {
                    if (r.id().equals(ruleId)) {
                        file = r.file();
                        line = lineOfRule(byKiePath, r);
                        where = "rule \"" + r.name() + "\"";
                    }
                }
            } else if (function != null) {
                Pattern fn = Pattern.compile("^\\s*function\\s+.*\\b" + Pattern.quote(function) + "\\s*\\(");
                for (PolicyFile f : drl) {
                    String[] lines = f.content().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (fn.matcher(lines[i]).find()) {
                            file = f.name();
                            line = i + 1;
                        }
                    }
                }
                where = "function " + function;
            }
            problems.add(
                    new RuleProblem(file, line, "sandbox (compiled code): " + v.message() + " (in " + where + ")"));
        }
    }

    /** Drools' errors about two rules of one package with one name: "Duplicate rule name", "The type Rule_X is already defined". */
    private static final Pattern DUPLICATE_NAME_ERROR =
            Pattern.compile("Duplicate rule name|The type Rule_\\w+ is already defined");

    static boolean isDuplicateNameError(String message) {
        return message != null && DUPLICATE_NAME_ERROR.matcher(message).find();
    }

    /**
     * Two rules of one package with the same name: Drools reports the second one it compiled (whichever
     * file that is) and the generated class the two share. One problem instead, at the rule that comes
     * later (by file name, then line), naming where the other one is.
     *
     * @param drl the rule files
     * @param parsed each file's parse, for the files that parsed
     * @return one problem per rule whose name an earlier rule of its package has
     */
    static List<RuleProblem> duplicateNames(List<PolicyFile> drl, Map<PolicyFile, PackageDescr> parsed) {
        record Place(PolicyFile file, int line, String pkg, String name) {}
        List<Place> places = new ArrayList<>();
        for (PolicyFile f : drl) {
            PackageDescr pkg = parsed.get(f);
            if (pkg == null) {
                continue;
            }
            for (RuleDescr r : pkg.getRules()) {
                places.add(new Place(f, r.getLine(), pkg.getName(), r.getName()));
            }
        }
        places.sort(Comparator.comparing((Place p) -> p.file().name()).thenComparingInt(Place::line));
        Map<List<String>, Place> first = new HashMap<>();
        List<RuleProblem> out = new ArrayList<>();
        for (Place p : places) {
            Place earlier = first.putIfAbsent(List.of(p.pkg(), p.name()), p);
            if (earlier != null) {
                PolicyFile ef = earlier.file();
                // a table's rule is named by its row, as every problem of a table is
                int line = ef.origin() == null
                        ? earlier.line()
                        : ef.origin()
                                .locate(new RuleProblem(ef.name(), earlier.line(), ""))
                                .line();
                out.add(new RuleProblem(
                        p.file().name(),
                        p.line(),
                        "rule \"" + p.name() + "\" has the name of the rule at " + ef.name() + ":" + line
                                + "; two rules of a package need two names: rename one"));
            }
        }
        return out;
    }

    /** A syntax error also yields "Parser returned a null Package" at line 0 for the same file: noise. */
    @SuppressWarnings("ReferenceEquality") // q != p: another problem object, not an equal one
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
        Set<String> twice = new TreeSet<>();
        // Properties.load keeps the last of two values silently: a key set twice is an error instead
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try {
            p.load(new StringReader(file.content()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(file.name(), 0, "cannot read properties: " + e.getMessage()));
            return values;
        }
        for (String key : twice) {
            List<Integer> lines = linesOf(file, key);
            problems.add(new RuleProblem(
                    file.name(),
                    lines.isEmpty() ? 0 : lines.get(lines.size() - 1),
                    "key \"" + key + "\" is set more than once" + (lines.size() > 1 ? " (lines " + lines + ")" : "")
                            + ": each key has one value; remove all but one"));
        }
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    /** @return the numbers of the lines that set the key, first to last */
    private static List<Integer> linesOf(PolicyFile file, String key) {
        List<Integer> out = new ArrayList<>();
        String[] lines = file.content().split("\n", -1);
        Pattern setting = Pattern.compile(Pattern.quote(key) + "\\s*[=:].*");
        for (int i = 0; i < lines.length; i++) {
            if (setting.matcher(lines[i].trim()).matches()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static RegulatoryProfile profile(
            Map<String, String> values,
            RegulatoryProfile profile,
            PolicyFile propertiesFile,
            List<RuleProblem> problems) {
        if (profile != null) {
            return profile;
        }
        String v = values.getOrDefault("regulatory.profile", RegulatoryProfile.GENERIC.name())
                .trim();
        try {
            return RegulatoryProfile.valueOf(v);
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(
                    propertiesFile == null ? PolicyLoader.PROPERTIES : propertiesFile.name(),
                    lineOf(propertiesFile, "regulatory.profile"),
                    "regulatory.profile must be one of " + List.of(RegulatoryProfile.values()) + ", was \"" + v
                            + "\""));
            return RegulatoryProfile.GENERIC;
        }
    }

    private static int lineOf(PolicyFile file, String key) {
        List<Integer> lines = file == null ? List.of() : linesOf(file, key);
        return lines.isEmpty() ? 0 : lines.get(0);
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

    static List<RuleInfo> catalog(KieBase kieBase, Map<String, PolicyFile> byKiePath, List<RuleProblem> problems) {
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

    private static PolicyFile byName(Map<String, PolicyFile> byKiePath, String name) {
        for (PolicyFile f : byKiePath.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** {@code Type.NAME}: a constant of an enum, as a rule writes it. */
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");

    /** The packages whose enums a rule names by their simple names (the policy's imports). */
    private static final List<String> ENUM_PACKAGES =
            List.of("org.complaintrules.api.", "org.complaintrules.drools.model.");

    /**
     * For a compiler error about a constant an enum of the engine does not have ({@code Channel.SURVY},
     * {@code ComplainantType.PASIVE}), the constant the rule probably meant; else "".
     *
     * @param message the compiler's message
     * @param file the rule file, or {@code null}
     * @param line the error's line in it (1-based), or 0
     */
    static String constantHint(String message, PolicyFile file, int line) {
        if (message == null) {
            return "";
        }
        String[] lines =
                file == null || line <= 0 ? new String[0] : file.content().split("\n", -1);
        String text = message + (line <= lines.length && line > 0 ? "\n" + lines[line - 1] : "");
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            String name = m.group(2);
            if (!message.contains(name)) {
                continue; // the error is about something else on the line
            }
            for (String pkg : ENUM_PACKAGES) {
                Class<?> c = enumNamed(pkg + type);
                if (c == null) {
                    continue;
                }
                Set<String> constants = new TreeSet<>();
                for (Object k : c.getEnumConstants()) {
                    constants.add(((Enum<?>) k).name());
                }
                if (!constants.contains(name)) {
                    String hint = PolicyChecks.suggestion(name, constants);
                    return hint.isEmpty()
                            ? "; " + type + " has no constant " + name
                            : hint.replace("did you mean \"", "did you mean \"" + type + ".");
                }
            }
        }
        return "";
    }

    /** A type the compiler could not find: as a pattern, or in code. */
    private static final Pattern UNKNOWN_TYPE =
            Pattern.compile("Unable to resolve ObjectType '(\\w+)'|\\b(\\w+) cannot be resolved to a type");

    /**
     * For a compiler error about a type it cannot find ({@code Complain( ... )}, {@code new
     * TraitEvidance( ... )}), the class of the engine's packages the rule probably meant; else "".
     *
     * @param message the compiler's message
     */
    static String typeHint(String message) {
        Matcher m = UNKNOWN_TYPE.matcher(message == null ? "" : message);
        if (!m.find()) {
            return "";
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return PolicyChecks.suggestion(name, EngineTypes.NAMES);
    }

    /**
     * The simple names of the classes in the packages whose names a rule may use unqualified, listed
     * when first asked (only a policy with a compiler error asks): the holder class is initialised then.
     */
    private static final class EngineTypes {
        static final Set<String> NAMES = names();

        private static Set<String> names() {
            Set<String> n = new TreeSet<>();
            n.addAll(classesBeside(org.complaintrules.api.Advice.class));
            n.addAll(classesBeside(PolicySettings.class));
            return Set.copyOf(n);
        }

        /**
         * @return the simple names of the top-level classes in the package of {@code c}, read from the
         *     folder or jar it was loaded from; empty when that cannot be read (a nested jar, say)
         */
        static Set<String> classesBeside(Class<?> c) {
            Set<String> out = new TreeSet<>();
            String folder = c.getPackageName().replace('.', '/') + "/";
            try {
                Path path = Path.of(
                        c.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(path)) {
                    try (var files = Files.list(path.resolve(folder))) {
                        files.forEach(f -> addClass(out, f.getFileName().toString()));
                    }
                } else {
                    try (JarFile jar = new JarFile(path.toFile())) {
                        jar.stream()
                                .map(JarEntry::getName)
                                .filter(e -> e.startsWith(folder) && e.indexOf('/', folder.length()) < 0)
                                .forEach(e -> addClass(out, e.substring(folder.length())));
                    }
                }
            } catch (IOException | RuntimeException | URISyntaxException e) {
                LOG.debug("cannot list the classes beside {} for suggestions: {}", c.getName(), e.toString());
            }
            return out;
        }

        private static void addClass(Set<String> out, String fileName) {
            if (fileName.endsWith(".class") && fileName.indexOf('$') < 0 && !fileName.startsWith("package-info")) {
                out.add(fileName.substring(0, fileName.length() - ".class".length()));
            }
        }
    }

    private static Class<?> enumNamed(String name) {
        try {
            Class<?> c = Class.forName(name, false, PolicyCompiler.class.getClassLoader());
            return c.isEnum() ? c : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved");

    /**
     * Drools reports a compile error in a rule's Java at the rule's first line. When the message names
     * a method that does not exist or a name that cannot be resolved, the first line of the rule that
     * uses it is where the author has to look. Tables keep their own mapping to rows and columns.
     *
     * @param file the rule file, or {@code null}
     * @param ruleLine the line Drools reported
     * @param message Drools' message
     * @return the line that names what failed, else {@code ruleLine}
     */
    static int lineOfError(PolicyFile file, int ruleLine, String message) {
        if (file == null || file.origin() != null || ruleLine <= 0 || message == null) {
            return ruleLine;
        }
        Matcher method = UNDEFINED_METHOD.matcher(message);
        Matcher unresolved = UNRESOLVED.matcher(message);
        Pattern use;
        if (method.find()) {
            use = Pattern.compile("\\b" + Pattern.quote(method.group(1)) + "\\s*\\(");
        } else if (unresolved.find()) {
            use = Pattern.compile("\\b" + Pattern.quote(unresolved.group(1)) + "\\b");
        } else {
            return ruleLine;
        }
        String[] lines = file.content().split("\n", -1);
        for (int i = ruleLine; i < lines.length && !lines[i].trim().equals("end"); i++) {
            if (use.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return ruleLine;
    }

    private static int lineOfRule(Map<String, PolicyFile> byKiePath, RuleInfo rule) {
        PolicyFile f = byName(byKiePath, rule.file());
        if (f == null) {
            return 0;
        }
        String[] lines = f.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"" + rule.name() + "\"") && lines[i].trim().startsWith("rule")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String checksum(List<PolicyFile> files, Map<String, String> overrides, PolicySettings settings) {
        MessageDigest sha = PolicyFile.sha256();
        files.stream().sorted(Comparator.comparing(PolicyFile::name)).forEach(f -> f.addTo(sha));
        new TreeMap<>(overrides).forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        sha.update(("profile=" + settings.profile()).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
