package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.drools.model.AdviceDraft;
import org.complaintrules.drools.model.PolicySettings;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Turns the joins on the engine's one-per-case facts into globals, without changing what any rule
 * means. Every case has exactly one {@link PolicySettings} and one {@link AdviceDraft}, inserted
 * before the rules run and never replaced, so a rule condition {@code $p : PolicySettings()} (bound,
 * with no constraint) only joins every other match of the rule with that one object. Nearly every
 * rule of a policy has such a join, and the engine pays for it on each case: a left tuple per rule,
 * a linked segment per rule, and resetting them all when the session goes back to the pool.
 *
 * <p>Here such a condition is removed from the text the compiler sees and its variable becomes a
 * global of the same name, which the engine sets to the case's object before inserting any fact;
 * the rule's other conditions and its consequence read the same object as before. A condition with
 * constraints on the same variable ({@code $p : PolicySettings( profile == ... )}) is kept without its
 * binding ({@code PolicySettings( profile == ... )}): it still tests the case's one object of that type,
 * and the variable, now the global, is that same object. (A unification with the global, {@code $p :=
 * ...}, would say the same, but Drools' executable model evaluates such a pattern's other constraints
 * with the wrong arguments.)
 *
 * <p>Only what is certain is rewritten: a bound, unconstrained pattern directly under a rule's
 * top-level {@code and}, with no source, of a type that resolves to the engine's class in that file,
 * whose variable is bound to no other type in any file of the policy (globals and bindings meet across
 * packages in one rule base), is no global already, is never changed or deleted by a consequence, and
 * is found exactly once on its line. Blanks replace the removed text and the globals are declared after
 * the last line, so every line and column the compiler reports is the policy owner's own.
 * Files that do not parse are passed on unchanged (the compiler reports them).
 */
final class SingletonFacts {
    /** The engine's one-per-case facts that may become globals. */
    enum Kind {
        /** The policy's numbers ({@link PolicySettings}). */
        SETTINGS(PolicySettings.class),
        /** The advice being written ({@link AdviceDraft}). */
        DRAFT(AdviceDraft.class);

        final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    /**
     * The rewritten policy.
     *
     * @param files the rule files to compile, in the given order, each rewritten or as it was
     * @param globals the globals introduced, by name, and which fact each stands for
     */
    record Rewrite(List<PolicyFile> files, Map<String, Kind> globals) {
        Rewrite {
            files = List.copyOf(files);
            globals = Map.copyOf(globals);
        }
    }

    private static final String MODEL_PACKAGE = PolicySettings.class.getPackageName();
    private static final String CHANGING_MACROS = "delete|retract|update|modify|insertLogical";

    private SingletonFacts() {}

    /** A condition on one of the engine's facts: in which file and line, which variable, and whether it goes. */
    private record Occurrence(PolicyFile file, int line, String variable, Kind kind, boolean remove) {}

    /** One planned change to one line. */
    private record Edit(PolicyFile file, int line, int start, int end, String replacement) {}

    /**
     * @param drl the rule files
     * @param parsed each file's parse, for the files that parsed
     * @return the files to compile and the globals to set
     */
    static Rewrite rewrite(List<PolicyFile> drl, Map<PolicyFile, PackageDescr> parsed) {
        if (!drl.stream().allMatch(parsed::containsKey)) {
            return new Rewrite(drl, Map.of()); // the compiler reports the file that does not parse, undisturbed
        }
        Map<PolicyFile, List<Edit>> edits = new HashMap<>();
        Map<PolicyFile, Map<String, Kind>> declarations = new HashMap<>();
        Map<String, Kind> globals = new LinkedHashMap<>();
        // globals and bindings meet across packages in one rule base: every file is one scope
        plan(drl, parsed, edits, declarations, globals);
        if (globals.isEmpty()) {
            return new Rewrite(drl, Map.of());
        }
        List<PolicyFile> out = new ArrayList<>();
        for (PolicyFile f : drl) {
            List<Edit> mine = edits.getOrDefault(f, List.of());
            Map<String, Kind> declare = declarations.getOrDefault(f, Map.of());
            out.add(mine.isEmpty() && declare.isEmpty() ? f : apply(f, mine, declare));
        }
        return new Rewrite(out, globals);
    }

    private static void plan(
            List<PolicyFile> files,
            Map<PolicyFile, PackageDescr> parsed,
            Map<PolicyFile, List<Edit>> edits,
            Map<PolicyFile, Map<String, Kind>> declarations,
            Map<String, Kind> globals) {
        List<Occurrence> found = new ArrayList<>();
        for (PolicyFile f : files) {
            PackageDescr pkg = parsed.get(f);
            for (RuleDescr r : pkg.getRules()) {
                if (r.isQuery() || r.getParentName() != null) {
                    return; // queries and rule inheritance share declarations in ways not worth following
                }
                List<BaseDescr> top =
                        r.getLhs() == null ? List.of() : r.getLhs().getDescrs();
                for (BaseDescr d : top) {
                    collect(d, true, f, pkg, found);
                }
            }
        }
        Map<String, Kind> variables = new LinkedHashMap<>();
        Map<String, Boolean> usable = new HashMap<>();
        for (Occurrence o : found) {
            Kind before = variables.putIfAbsent(o.variable(), o.kind());
            usable.merge(o.variable(), before == null || before == o.kind(), Boolean::logicalAnd);
        }
        for (String v : variables.keySet()) {
            usable.merge(v, found.stream().anyMatch(o -> o.variable().equals(v) && o.remove()), Boolean::logicalAnd);
        }
        for (Map.Entry<String, Kind> v : variables.entrySet()) {
            String name = v.getKey();
            if (!usable.get(name) || !boundOnlyTo(name, v.getValue(), files, parsed)) {
                continue;
            }
            List<Edit> planned = new ArrayList<>();
            boolean exact = true;
            for (Occurrence o : found) {
                if (o.variable().equals(name)) {
                    Edit e = edit(o);
                    exact &= e != null;
                    planned.add(e);
                }
            }
            if (!exact) {
                continue; // a condition we cannot find exactly: keep every condition on this variable as it is
            }
            for (Edit e : planned) {
                edits.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
                declarations
                        .computeIfAbsent(e.file(), k -> new LinkedHashMap<>())
                        .put(name, v.getValue());
            }
            globals.put(name, v.getValue());
        }
    }

    /** Finds every pattern on an engine fact, at any depth; only top-level unconstrained ones may go. */
    private static void collect(BaseDescr d, boolean topLevel, PolicyFile f, PackageDescr pkg, List<Occurrence> found) {
        if (d instanceof PatternDescr p) {
            Kind kind = p.getObjectType() == null ? null : kindOf(p.getObjectType(), pkg);
            if (kind != null && p.getIdentifier() != null && !p.getIdentifier().isBlank()) {
                found.add(new Occurrence(f, p.getLine(), p.getIdentifier().trim(), kind, topLevel && removable(p)));
            }
            if (p.getSource() instanceof AccumulateDescr a) {
                a.getDescrs().forEach(x -> collect(x, false, f, pkg, found));
            } else if (p.getSource() instanceof CollectDescr c) {
                c.getDescrs().forEach(x -> collect(x, false, f, pkg, found));
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(x -> collect(x, false, f, pkg, found));
        }
    }

    private static boolean removable(PatternDescr p) {
        return !p.isUnification()
                && !p.isQuery()
                && p.getSource() == null
                && p.getConstraint().getDescrs().isEmpty()
                && p.getBehaviors().isEmpty()
                && p.getAnnotations().isEmpty();
    }

    /** @return which engine fact the type names in this file, or {@code null} */
    private static Kind kindOf(String objectType, PackageDescr pkg) {
        String type = objectType.trim();
        for (Kind k : Kind.values()) {
            String simpleName = k.type.getSimpleName();
            if (type.equals(k.type.getName())) {
                return k;
            }
            if (!type.equals(simpleName)) {
                continue;
            }
            boolean declaredHere = pkg.getTypeDeclarations().stream()
                            .anyMatch(t -> t.getTypeName().equals(simpleName))
                    || pkg.getEnumDeclarations().stream()
                            .anyMatch(t -> t.getTypeName().equals(simpleName));
            if (declaredHere) {
                return null;
            }
            String single = null;
            boolean wildcard = false;
            for (ImportDescr i : pkg.getImports()) {
                String target = i.getTarget().trim();
                if (target.endsWith("." + simpleName)) {
                    single = target;
                } else if (target.equals(MODEL_PACKAGE + ".*")) {
                    wildcard = true;
                }
            }
            if (single != null ? single.equals(k.type.getName()) : wildcard) {
                return k;
            }
        }
        return null;
    }

    private static String typeAlternatives(Kind kind) {
        return "(?:" + Pattern.quote(kind.type.getSimpleName()) + "|" + Pattern.quote(kind.type.getName()) + ")";
    }

    /**
     * @return whether, in every file of the package, the variable is bound only as a pattern of the
     *     kind's type, no consequence changes or deletes it, and it is no global already
     */
    private static boolean boundOnlyTo(
            String variable, Kind kind, List<PolicyFile> files, Map<PolicyFile, PackageDescr> parsed) {
        String name = "(?<![\\w$])" + Pattern.quote(variable);
        Pattern anyBinding = Pattern.compile(name + "\\s*:(?!:)");
        Pattern typed = Pattern.compile(name + "\\s*:=?\\s*" + typeAlternatives(kind) + "\\s*\\(");
        Pattern changed =
                Pattern.compile("\\b(?:" + CHANGING_MACROS + ")\\s*\\(\\s*" + Pattern.quote(variable) + "(?![\\w$])");
        for (PolicyFile f : files) {
            PackageDescr pkg = parsed.get(f);
            if (pkg.getGlobals().stream().anyMatch(g -> g.getIdentifier().equals(variable))
                    || changed.matcher(f.content()).find()) {
                return false;
            }
            if (count(anyBinding, f.content()) != count(typed, f.content())) {
                return false;
            }
        }
        return true;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** @return the change for one condition, or {@code null} when its line does not hold it exactly once */
    private static Edit edit(Occurrence o) {
        String[] lines = o.file().content().split("\n", -1);
        int i = o.line() - 1;
        if (i < 0 || i >= lines.length) {
            return null;
        }
        String name = "(?<![\\w$])" + Pattern.quote(o.variable()) + "\\s*";
        Pattern p = o.remove()
                ? Pattern.compile(name + ":\\s*" + typeAlternatives(o.kind()) + "\\s*\\(\\s*\\)")
                : Pattern.compile(name + ":(?![:=])(?=\\s*" + typeAlternatives(o.kind()) + "\\s*\\()");
        Matcher m = p.matcher(lines[i]);
        if (!m.find()) {
            return null;
        }
        int start = m.start();
        int end = m.end();
        if (m.find()) {
            return null;
        }
        String replacement = " ".repeat(end - start);
        return new Edit(o.file(), o.line(), start, end, replacement);
    }

    private static PolicyFile apply(PolicyFile f, List<Edit> edits, Map<String, Kind> declare) {
        String[] lines = f.content().split("\n", -1);
        List<Edit> sorted = new ArrayList<>(edits);
        // right to left within a line, so earlier offsets stay valid
        sorted.sort((a, b) ->
                a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(b.start(), a.start()));
        for (Edit e : sorted) {
            String line = lines[e.line() - 1];
            lines[e.line() - 1] = line.substring(0, e.start()) + e.replacement() + line.substring(e.end());
        }
        StringBuilder text = new StringBuilder(String.join("\n", lines));
        declare.forEach((name, kind) -> text.append("\nglobal ")
                .append(kind.type.getName())
                .append(' ')
                .append(name)
                .append(';'));
        return new PolicyFile(f.name(), text.toString());
    }
}
