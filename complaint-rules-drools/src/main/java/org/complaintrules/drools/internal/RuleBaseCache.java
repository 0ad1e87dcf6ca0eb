package org.complaintrules.drools.internal;

import java.lang.ref.SoftReference;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.RuleInfo;
import org.kie.api.KieBase;

/**
 * The rule bases compiled in this JVM, by the rule files they came from. Compiling is the costly
 * part of building an advisor (seconds); the rule base depends on the rule files only, not on
 * {@code policy.properties}, overrides or the regulatory profile, so an advisor for another
 * profile, other policy values or a rebuild of the same files reuses it. Only rule bases that
 * passed every check are kept (a failing policy is compiled, and reported, each time), and only
 * sandboxed ones. At most {@value #MAX_ENTRIES} are kept, the least recently used leaving first,
 * each softly held so the garbage collector may take it when memory runs short and no advisor
 * uses it.
 */
final class RuleBaseCache {
    /** Rule bases kept at most. */
    static final int MAX_ENTRIES = 8;

    /**
     * A rule base that passed every check, with what the compiler learnt of its files.
     *
     * @param kieBase the compiled rules
     * @param reads every policy key the rules read
     * @param globals the globals that stand for the engine's one-per-case facts
     * @param rules every rule, by file and source order
     * @param code which generated class holds which rule or function
     */
    record Entry(
            KieBase kieBase,
            List<DrlAnalyzer.KeyRead> reads,
            Map<String, SingletonFacts.Kind> globals,
            List<RuleInfo> rules,
            CodeMap code) {}

    private final Map<String, SoftReference<Entry>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SoftReference<Entry>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * @param key a key from {@link #key}
     * @return the rule base compiled for it, or {@code null}
     */
    synchronized Entry get(String key) {
        SoftReference<Entry> ref = entries.get(key);
        Entry e = ref == null ? null : ref.get();
        if (ref != null && e == null) {
            entries.remove(key);
        }
        return e;
    }

    /**
     * @param key a key from {@link #key}
     * @param entry the rule base compiled for it
     */
    synchronized void put(String key, Entry entry) {
        entries.put(key, new SoftReference<>(entry));
    }

    /** @return how many rule bases are kept (some may have been collected since) */
    synchronized int size() {
        return entries.size();
    }

    /**
     * @param drl the rule files, as loaded
     * @param singletonGlobals whether the one-per-case facts become globals
     * @return a digest of everything the rule base depends on
     */
    static String key(List<PolicyFile> drl, boolean singletonGlobals) {
        MessageDigest sha = PolicyFile.sha256();
        sha.update((byte) (singletonGlobals ? 1 : 0));
        // in the given order: it is the order the compiler reads them in
        drl.forEach(f -> f.addTo(sha));
        return HexFormat.of().formatHex(sha.digest());
    }
}
