package org.complaintrules.tooling.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.complaintrules.api.RuleInfo;

/**
 * What changed between two policies before any case is run: the settings (old -> new), the
 * rules added, removed and changed (matched by {@code @id}), and the policy's other files (word lists,
 * wording, reply templates) added, removed or edited, so that a case whose advice changed with no rule
 * changed has a visible cause.
 *
 * @param settings every setting whose value differs, in key order
 * @param added rules only the second policy has
 * @param removed rules only the first policy has
 * @param changed rules both have, with what differs
 * @param files the other policy files that differ, by name; empty when either side's files are unknown
 *     ({@link PolicySide#of})
 */
public record PolicyChanges(
        List<SettingChange> settings,
        List<RuleInfo> added,
        List<RuleInfo> removed,
        List<RuleChange> changed,
        List<FileChange> files) {

    /**
     * Copies the lists.
     *
     * @param settings every setting whose value differs, in key order
     * @param added rules only the second policy has
     * @param removed rules only the first policy has
     * @param changed rules both have, with what differs
     * @param files the other policy files that differ, by name
     */
    public PolicyChanges {
        settings = List.copyOf(settings);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        files = List.copyOf(files);
    }

    /**
     * Changes of settings and rules only.
     *
     * @param settings every setting whose value differs, in key order
     * @param added rules only the second policy has
     * @param removed rules only the first policy has
     * @param changed rules both have, with what differs
     */
    public PolicyChanges(
            List<SettingChange> settings, List<RuleInfo> added, List<RuleInfo> removed, List<RuleChange> changed) {
        this(settings, added, removed, changed, List.of());
    }

    /**
     * A policy file other than the rules and {@code policy.properties} that differs.
     *
     * @param file its name relative to the policy folder, e.g. {@code lexicon/en/legal.txt}
     * @param kind what it is: {@code word list}, {@code wording}, {@code reply template} or {@code file}
     * @param linesAdded lines of the second version that the first lacks (order aside; every line of a new file)
     * @param linesRemoved lines of the first version that the second lacks (every line of a removed file)
     * @param status {@code changed}, {@code added} (only the second policy has it) or {@code removed}
     */
    public record FileChange(String file, String kind, int linesAdded, int linesRemoved, String status) {
        /**
         * Validates the components.
         *
         * @param file its name relative to the policy folder
         * @param kind what it is
         * @param linesAdded lines added
         * @param linesRemoved lines removed
         * @param status {@code changed}, {@code added} or {@code removed}
         */
        public FileChange {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
        }

        /** @return e.g. {@code lexicon/en/legal.txt (word list, +2 -0 lines)} */
        @Override
        public String toString() {
            String how = status.equals("changed") ? "" : status + ", ";
            return file + " (" + kind + ", " + how + "+" + linesAdded + " -" + linesRemoved + " lines)";
        }

        /**
         * @param name a policy file's name relative to its folder
         * @return what it is: {@code word list} under {@code lexicon/}, {@code wording} under {@code messages/},
         *     {@code reply template} under {@code replies/}, else {@code file}
         */
        static String kindOf(String name) {
            if (name.startsWith("lexicon/")) {
                return "word list";
            }
            if (name.startsWith("messages/")) {
                return "wording";
            }
            if (name.startsWith("replies/")) {
                return "reply template";
            }
            return "file";
        }

        /**
         * @param name the file's name relative to the policy folder
         * @param a its text in the first policy, or {@code null} when it has none
         * @param b its text in the second policy, or {@code null} when it has none
         * @return the change, lines counted as multisets (a line moved within the file is no change)
         */
        static FileChange between(String name, String a, String b) {
            Map<String, Integer> count = new HashMap<>();
            if (a != null) {
                for (String line : lines(a)) {
                    count.merge(line, 1, Integer::sum);
                }
            }
            if (b != null) {
                for (String line : lines(b)) {
                    count.merge(line, -1, Integer::sum);
                }
            }
            int removed = 0;
            int added = 0;
            for (int n : count.values()) {
                if (n > 0) {
                    removed += n;
                } else {
                    added -= n;
                }
            }
            String status = a == null ? "added" : b == null ? "removed" : "changed";
            return new FileChange(name, kindOf(name), added, removed, status);
        }

        private static List<String> lines(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            return List.of(text.split("\r?\n|\r"));
        }
    }

    /**
     * A setting whose value differs.
     *
     * @param key the key
     * @param from the old value, or {@code null} when the key is new
     * @param to the new value, or {@code null} when the key was removed
     */
    public record SettingChange(String key, String from, String to) {
        /**
         * Validates the components.
         *
         * @param key a case id or scenario name
         * @param from the old value, or {@code null} when the key is new
         * @param to the new value, or {@code null} when the key was removed
         */
        public SettingChange {
            Objects.requireNonNull(key, "key");
        }

        /** @return e.g. {@code cap.noLoss: 25 -> 30} */
        @Override
        public String toString() {
            return key + ": " + (from == null ? "(absent)" : from) + " -> " + (to == null ? "(absent)" : to);
        }
    }

    /**
     * A rule both policies have that differs.
     *
     * @param rule the rule in the second policy
     * @param what what differs, e.g. {@code [conditions or actions, description]}
     */
    public record RuleChange(RuleInfo rule, List<String> what) {
        /**
         * Validates the components and copies the list.
         *
         * @param rule the rule in the second policy
         * @param what what differs, e.g. {@code [conditions or actions, description]}
         */
        public RuleChange {
            Objects.requireNonNull(rule, "rule");
            what = List.copyOf(what);
        }
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return settings.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && files.isEmpty();
    }

    /**
     * @param from the first policy
     * @param to the second policy
     * @return what changed
     */
    public static PolicyChanges between(PolicySide from, PolicySide to) {
        List<SettingChange> settings = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(from.settings().keySet());
        keys.addAll(to.settings().keySet());
        for (String k : keys) {
            String a = from.settings().get(k);
            String b = to.settings().get(k);
            if (!Objects.equals(a, b)) {
                settings.add(new SettingChange(k, a, b));
            }
        }
        Map<String, RuleInfo> before = byId(from.advisor().rules());
        Map<String, RuleInfo> after = byId(to.advisor().rules());
        List<RuleInfo> added =
                after.values().stream().filter(r -> !before.containsKey(r.id())).toList();
        List<RuleInfo> removed =
                before.values().stream().filter(r -> !after.containsKey(r.id())).toList();
        List<RuleChange> changed = new ArrayList<>();
        for (RuleInfo b : after.values()) {
            RuleInfo a = before.get(b.id());
            if (a == null) {
                continue;
            }
            List<String> what = new ArrayList<>();
            String ta = from.ruleTexts().get(a.id());
            String tb = to.ruleTexts().get(b.id());
            if (ta != null && tb != null && !RuleTexts.body(ta).equals(RuleTexts.body(tb))) {
                what.add("conditions or actions");
            }
            if (!a.name().equals(b.name())) {
                what.add("name (was \"" + a.name() + "\")");
            }
            if (!a.description().equals(b.description())) {
                what.add("description");
            }
            if (!a.file().equals(b.file())) {
                what.add("file (was " + a.file() + ")");
            }
            if (!what.isEmpty()) {
                changed.add(new RuleChange(b, what));
            }
        }
        return new PolicyChanges(settings, added, removed, changed, files(from, to));
    }

    private static List<FileChange> files(PolicySide from, PolicySide to) {
        if (!from.filesKnown() || !to.filesKnown()) {
            return List.of();
        }
        List<FileChange> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(from.otherFiles().keySet());
        names.addAll(to.otherFiles().keySet());
        for (String name : names) {
            String a = from.otherFiles().get(name);
            String b = to.otherFiles().get(name);
            if (!Objects.equals(a, b)) {
                out.add(FileChange.between(name, a, b));
            }
        }
        return out;
    }

    private static Map<String, RuleInfo> byId(List<RuleInfo> rules) {
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        rules.forEach(r -> out.putIfAbsent(r.id(), r));
        return out;
    }

    /** @return the changes for people, one line each, under headings */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Settings changed (").append(settings.size()).append(")").append(settings.isEmpty() ? "\n" : ":\n");
        settings.forEach(s -> out.append("  ").append(s).append('\n'));
        out.append("Rules added (").append(added.size()).append(")").append(added.isEmpty() ? "\n" : ":\n");
        added.forEach(r -> out.append("  + ").append(rule(r)).append('\n'));
        out.append("Rules removed (").append(removed.size()).append(")").append(removed.isEmpty() ? "\n" : ":\n");
        removed.forEach(r -> out.append("  - ").append(rule(r)).append('\n'));
        out.append("Rules changed (").append(changed.size()).append(")").append(changed.isEmpty() ? "\n" : ":\n");
        changed.forEach(c -> out.append("  ~ ")
                .append(rule(c.rule()))
                .append(": ")
                .append(String.join(", ", c.what()))
                .append('\n'));
        out.append("Word lists, wording and reply templates changed (")
                .append(files.size())
                .append(")")
                .append(files.isEmpty() ? "\n" : ":\n");
        files.forEach(f -> out.append("  ")
                .append(f.status().equals("added") ? "+ " : f.status().equals("removed") ? "- " : "~ ")
                .append(f)
                .append('\n'));
        return out.toString();
    }

    static String rule(RuleInfo r) {
        return r.id() + " \"" + r.name() + "\" (" + r.file() + ")";
    }
}
