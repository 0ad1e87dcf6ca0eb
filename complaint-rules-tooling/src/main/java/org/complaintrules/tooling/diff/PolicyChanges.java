package org.complaintrules.tooling.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.complaintrules.api.RuleInfo;

/**
 * What changed between two policies before any case is run: the settings (old -> new) and the
 * rules added, removed and changed (matched by {@code @id}).
 *
 * @param settings every setting whose value differs, in key order
 * @param added rules only the second policy has
 * @param removed rules only the first policy has
 * @param changed rules both have, with what differs
 */
public record PolicyChanges(
        List<SettingChange> settings, List<RuleInfo> added, List<RuleInfo> removed, List<RuleChange> changed) {

    /**
     * Copies the lists.
     *
     * @param settings every setting whose value differs, in key order
     * @param added rules only the second policy has
     * @param removed rules only the first policy has
     * @param changed rules both have, with what differs
     */
    public PolicyChanges {
        settings = List.copyOf(settings);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
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
        return settings.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
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
        return new PolicyChanges(settings, added, removed, changed);
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
        return out.toString();
    }

    static String rule(RuleInfo r) {
        return r.id() + " \"" + r.name() + "\" (" + r.file() + ")";
    }
}
