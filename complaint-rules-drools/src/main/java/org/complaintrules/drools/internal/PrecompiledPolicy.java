package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.complaintrules.api.RuleInfo;
import org.drools.base.util.Drools;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy compiled when the library was built, to Drools' executable model: the rule network is
 * built from generated classes on the class path instead of parsing the rule files and running the
 * Java compiler, which takes seconds on a cold JVM. {@link PolicyPrecompiler} makes it (the bundled
 * default policy is made by its module's build) and runs both sandbox layers over it there: the
 * analysis of the rule files and the check of every generated class's bytecode.
 *
 * <p>It is found by the same key as {@link RuleBaseCache}: a digest of the rule files as compiled,
 * in order, and the join strategy. So it serves exactly the rule files it was made from, wherever
 * they were read from (the bundled folder, or a copy of it written out by {@code init}); any other
 * rule files, however small the change, are compiled at run time as before. An index file, {@code
 * META-INF/complaint-rules/precompiled/<key>.properties}, names the generated model classes and
 * keeps what the compiler learnt of the files: the policy keys the rules read (still checked
 * against each build's values), the globals that stand for the engine's one-per-case facts, and
 * every rule with its file in source order.
 *
 * <p>A model made by another Drools version, or one that fails to load, is not used: the policy is
 * then compiled from its rule files (with a warning in the log).
 */
final class PrecompiledPolicy {
    /** Where the index files are, on the class path. */
    static final String FOLDER = "META-INF/complaint-rules/precompiled/";
    /** The index format this code reads and writes. */
    static final String FORMAT = "1";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledPolicy.class);
    private static final String TAB = "\t";

    private PrecompiledPolicy() {}

    /**
     * @param key the rule files' key ({@link RuleBaseCache#key})
     * @return the index file's path on the class path
     */
    static String indexPath(String key) {
        return FOLDER + key + ".properties";
    }

    /**
     * Loads the rule base made at build time for these rule files, if there is one.
     *
     * @param key the rule files' key ({@link RuleBaseCache#key})
     * @param loader where the index and the generated classes are
     * @return the rule base and what was learnt of its files, or {@code null} when there is none (or it
     *     cannot be used: then the caller compiles)
     */
    static RuleBaseCache.Entry load(String key, ClassLoader loader) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(indexPath(key))) {
            if (in == null) {
                return null;
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                index.load(r);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Precompiled policy {} unreadable ({}); compiling its rule files", key, e.toString());
            return null;
        }
        String made = index.getProperty("drools", "");
        if (!FORMAT.equals(index.getProperty("format")) || !made.equals(Drools.getFullVersion())) {
            LOG.warn(
                    "Precompiled policy {} was made for format {} with Drools {}, this is format {} with Drools {};"
                            + " compiling its rule files",
                    key,
                    index.getProperty("format"),
                    made,
                    FORMAT,
                    Drools.getFullVersion());
            return null;
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : List.of(index.getProperty("models", "").split(",", -1))) {
                if (!name.isBlank()) {
                    models.add(Class.forName(name.trim(), true, loader)
                            .asSubclass(Model.class)
                            .getConstructor()
                            .newInstance());
                }
            }
            if (models.isEmpty()) {
                throw new IllegalStateException("the index names no model class");
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, PolicyCompiler.MUTABILITY);
            return new RuleBaseCache.Entry(
                    kieBase, reads(index), globals(index), rules(index, kieBase), new CodeMap(Map.of(), Map.of()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Precompiled policy {} cannot be loaded ({}); compiling its rule files", key, e.toString());
            return null;
        }
    }

    /**
     * Writes the index of a precompiled policy.
     *
     * @param out where to
     * @param models the generated model classes, by binary name
     * @param entry what the compiler learnt of the rule files
     * @throws IOException when writing fails
     */
    static void writeIndex(Writer out, List<String> models, RuleBaseCache.Entry entry) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        lines.put("format", FORMAT);
        lines.put("drools", Drools.getFullVersion());
        lines.put("models", String.join(",", models));
        List<DrlAnalyzer.KeyRead> reads = entry.reads();
        for (int i = 0; i < reads.size(); i++) {
            DrlAnalyzer.KeyRead r = reads.get(i);
            lines.put(
                    "read." + pad(i),
                    String.join(TAB, r.key(), r.type().name(), r.file(), Integer.toString(r.line()), r.method()));
        }
        entry.globals().forEach((name, kind) -> lines.put("global." + name, kind.name()));
        List<RuleInfo> rules = entry.rules();
        for (int i = 0; i < rules.size(); i++) {
            lines.put("rule." + pad(i), rules.get(i).file() + TAB + rules.get(i).name());
        }
        out.write("# Made by PolicyPrecompiler: the executable model of one set of rule files. Do not edit.\n");
        for (Map.Entry<String, String> e : lines.entrySet()) {
            out.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
        }
    }

    private static String pad(int i) {
        return String.format(Locale.ROOT, "%05d", i);
    }

    /** Properties escaping, without {@link Properties#store}'s date line (the file is reproducible). */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<String> numbered(Properties index, String prefix) {
        Map<String, String> sorted = new TreeMap<>();
        for (String name : index.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                sorted.put(name, index.getProperty(name));
            }
        }
        return new ArrayList<>(sorted.values());
    }

    private static List<DrlAnalyzer.KeyRead> reads(Properties index) {
        List<DrlAnalyzer.KeyRead> reads = new ArrayList<>();
        for (String line : numbered(index, "read.")) {
            String[] f = line.split(TAB, -1);
            if (f.length != 5) {
                throw new IllegalStateException("malformed read in the index: " + line);
            }
            reads.add(new DrlAnalyzer.KeyRead(
                    f[0], DrlAnalyzer.ValueType.valueOf(f[1]), f[2], Integer.parseInt(f[3]), f[4]));
        }
        return List.copyOf(reads);
    }

    private static Map<String, SingletonFacts.Kind> globals(Properties index) {
        Map<String, SingletonFacts.Kind> globals = new TreeMap<>();
        for (String name : index.stringPropertyNames()) {
            if (name.startsWith("global.")) {
                globals.put(name.substring("global.".length()), SingletonFacts.Kind.valueOf(index.getProperty(name)));
            }
        }
        return globals;
    }

    private static List<RuleInfo> rules(Properties index, KieBase kieBase) {
        Map<String, Rule> byName = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                byName.put(r.getName(), r);
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (String line : numbered(index, "rule.")) {
            int tab = line.indexOf('\t');
            String file = line.substring(0, tab);
            Rule r = byName.remove(line.substring(tab + 1));
            if (r == null) {
                throw new IllegalStateException("the model lacks rule \"" + line.substring(tab + 1) + "\"");
            }
            rules.add(new RuleInfo(AuditListener.ruleId(r), r.getName(), RuleMetadata.description(r), file));
        }
        if (!byName.isEmpty()) {
            throw new IllegalStateException("the index lacks rules " + byName.keySet());
        }
        return List.copyOf(rules);
    }
}
