package org.complaintrules.drools.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.model.PolicySettings;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads DRL files with Drools' own parser and every piece of Java in them (constraints, {@code eval},
 * {@code from}, accumulate arguments, functions, consequences) with JavaParser, and does two things
 * with the trees:
 *
 * <ul>
 *   <li>the first sandbox layer: everything named must be on the {@link Allowlist}; no loops, no
 *       recursion, no lambdas, no {@code try}, no reflection, no MVEL dialect (see {@link #analyse});
 *   <li>finds every policy key a rule reads from {@link PolicySettings}, whatever the variable is
 *       called, with the type the reading method implies and the file and line, expanding keys built
 *       from enum values ({@code "factor." + $category}) to every constant.
 * </ul>
 */
public final class DrlAnalyzer {
    /** How a rule reads a key: the reading method decides the value's type. */
    public enum ValueType {
        TEXT("text"),
        DECIMAL("a decimal"),
        WHOLE("a whole number"),
        MONEY("an amount of money (a decimal >= 0)"),
        DURATION("a duration such as 24h, 30m, 3d, 8w or PT24H"),
        /** A time limit of the legal clock ({@link org.complaintrules.drools.model.Term}). */
        TERM("a time limit such as 30m, 24h, 3d, 8w, 6mo, 6y or 15bd"),
        OPTIONAL("optional");

        final String description;

        ValueType(String description) {
            this.description = description;
        }
    }

    /**
     * One key read by a rule.
     *
     * @param key the key
     * @param type what the reading method needs
     * @param file the DRL file
     * @param line the line of the read
     * @param method the reading method
     */
    record KeyRead(String key, ValueType type, String file, int line, String method) {}

    /**
     * What the analysis found.
     *
     * @param violations sandbox violations (empty when the sandbox is off)
     * @param problems other problems: keys that cannot be listed
     * @param reads every key read
     * @param parsed each file's parse, for the files that parsed
     */
    record Result(
            List<RuleProblem> violations,
            List<RuleProblem> problems,
            List<KeyRead> reads,
            Map<PolicyFile, PackageDescr> parsed) {}

    private static final Map<String, ValueType> READERS = Map.of(
            "text", ValueType.TEXT,
            "number", ValueType.DECIMAL,
            "whole", ValueType.WHOLE,
            "money", ValueType.MONEY,
            "duration", ValueType.DURATION,
            "has", ValueType.OPTIONAL,
            "scaled", ValueType.DECIMAL,
            "remaining", ValueType.MONEY,
            "atLeast", ValueType.DECIMAL,
            "term", ValueType.TERM);
    private static final Map<String, Integer> KEY_ARGUMENT = Map.of("scaled", 1, "atLeast", 1);
    private static final Set<String> MACROS =
            Set.of("insert", "insertLogical", "update", "modify", "delete", "retract");
    /** The macros that change a fact in place, which the sandbox refuses: facts are derived, not changed. */
    private static final Set<String> CHANGES_FACTS = Set.of("update", "modify");

    private static final Set<String> ACCUMULATE_FUNCTIONS =
            Set.of("sum", "count", "min", "max", "average", "collectList", "collectSet");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "salience",
            "no-loop",
            "lock-on-active",
            "agenda-group",
            "activation-group",
            "ruleflow-group",
            "auto-focus",
            "dialect",
            "enabled");
    /** Drools compares these with the wall clock, so replaying an old complaint would change its answer. */
    private static final Set<String> WALL_CLOCK_ATTRIBUTES = Set.of("date-effective", "date-expires");

    private static final Set<String> REFUSED_OPERATORS = Set.of("matches", "soundslike");
    private static final Pattern BINDING =
            Pattern.compile("^\\s*(\\$?[A-Za-z_][\\w$]*)\\s*:(?![:=])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern MODIFY = Pattern.compile("\\bmodify\\s*\\(");
    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "int", int.class,
            "long", long.class,
            "short", short.class,
            "byte", byte.class,
            "double", double.class,
            "float", float.class,
            "boolean", boolean.class,
            "char", char.class,
            "void", void.class);

    private final boolean sandbox;
    private final ClassLoader loader;
    private final JavaParser java;
    private final List<RuleProblem> violations = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<KeyRead> reads = new ArrayList<>();

    private DrlAnalyzer(boolean sandbox, ClassLoader loader) {
        this.sandbox = sandbox;
        this.loader = loader;
        this.java = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setAttributeComments(false));
    }

    /**
     * @param drlFiles the rule files, as DRL text
     * @param sandbox whether to apply the sandbox's allow-list (key reads are found either way)
     * @param loader the class loader the policy's types come from
     * @return violations, problems and key reads
     */
    static Result analyse(List<PolicyFile> drlFiles, boolean sandbox, ClassLoader loader) {
        DrlAnalyzer a = new DrlAnalyzer(sandbox, loader);
        Map<PolicyFile, PackageDescr> parsed = new LinkedHashMap<>();
        Map<String, Set<String>> declaredByPackage = new HashMap<>();
        Map<String, FunctionDescr> functions = new LinkedHashMap<>();
        for (PolicyFile f : drlFiles) {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, f.content());
            } catch (DroolsParserException | RuntimeException e) {
                continue; // the compiler reports it with file and line
            }
            if (pkg == null || parser.hasErrors()) {
                // the compiler reports the parser's error where the parser gave up; an unclosed
                // bracket is found where it was opened
                RuleProblem unclosed = unclosedBracket(f);
                if (unclosed != null) {
                    a.problems.add(unclosed);
                }
                continue;
            }
            parsed.put(f, pkg);
            Set<String> declared = declaredByPackage.computeIfAbsent(pkg.getName(), k -> new HashSet<>());
            pkg.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
            pkg.getEnumDeclarations().forEach(t -> declared.add(t.getTypeName()));
            pkg.getFunctions().forEach(fn -> functions.put(fn.getName(), fn));
        }
        Map<String, List<String>> calls = new HashMap<>();
        for (Map.Entry<PolicyFile, PackageDescr> e : parsed.entrySet()) {
            new FileScope(
                            a,
                            e.getKey(),
                            e.getValue(),
                            declaredByPackage.get(e.getValue().getName()),
                            functions,
                            calls)
                    .check();
        }
        a.checkRecursion(calls, functions, parsed);
        a.checkCallVolume(calls, functions, parsed);
        return new Result(
                List.copyOf(a.violations),
                List.copyOf(a.problems),
                List.copyOf(a.reads),
                Collections.unmodifiableMap(parsed));
    }

    /**
     * The first bracket of a rule file that a {@code then}, {@code end} or {@code rule} line (or the
     * end of the file) finds still open, outside strings and comments; the parser reports it lines
     * later, at the keyword it did not expect.
     *
     * @param f a rule file the parser refused
     * @return a problem at the line of the open bracket, or {@code null} when every bracket closes in time
     */
    static RuleProblem unclosedBracket(PolicyFile f) {
        String text = f.content();
        int[] openLines = new int[64];
        char[] opened = new char[64];
        int depth = 0;
        int line = 1;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && depth > 0) {
                String word = firstWord(text, i);
                if (word.equals("then") || word.equals("end") || word.equals("rule")) {
                    return openProblem(
                            f, openLines[depth - 1], opened[depth - 1], "before \"" + word + "\" at line " + line);
                }
            }
            lineStart = false;
            if (c == '\n') {
                line++;
                lineStart = true;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j, text.length() - 1);
                if (i < text.length() && text.charAt(i) == '\n') {
                    line++;
                    lineStart = true;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int j = text.indexOf('\n', i);
                i = (j < 0 ? text.length() : j) - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int j = text.indexOf("*/", i + 2);
                int stop = j < 0 ? text.length() : j + 2;
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = stop - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == opened.length) {
                    return null; // nested beyond any rule's need: leave it to the parser
                }
                opened[depth] = c;
                openLines[depth++] = line;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? openProblem(f, openLines[depth - 1], opened[depth - 1], "by the end of the file") : null;
    }

    private static String firstWord(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        boolean whole = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
        return whole ? text.substring(start, i) : "";
    }

    private static RuleProblem openProblem(PolicyFile f, int line, char bracket, String where) {
        return new RuleProblem(f.name(), line, "'" + bracket + "' opened on this line is not closed " + where);
    }

    private void refuse(String file, int line, String message) {
        if (sandbox) {
            violations.add(new RuleProblem(file, Math.max(line, 0), "sandbox: " + message));
        }
    }

    private void checkRecursion(
            Map<String, List<String>> calls,
            Map<String, FunctionDescr> functions,
            Map<PolicyFile, PackageDescr> parsed) {
        for (String start : calls.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(calls.getOrDefault(start, List.of()));
            while (!todo.isEmpty()) {
                String f = todo.remove(todo.size() - 1);
                if (f.equals(start)) {
                    FunctionDescr fn = functions.get(start);
                    String file = fileOf(fn, parsed);
                    refuse(
                            file,
                            fn.getLine(),
                            "function " + start + " calls itself (directly or through other functions): "
                                    + "recursion is not allowed");
                    break;
                }
                if (seen.add(f)) {
                    todo.addAll(calls.getOrDefault(f, List.of()));
                }
            }
        }
    }

    /** The most calls of functions one call of a function may lead to: loops are refused, so this bounds its time. */
    static final long MAX_FUNCTION_CALLS = 10_000;

    /**
     * Refuses a function that, without a loop or recursion, leads to more than {@link #MAX_FUNCTION_CALLS}
     * calls: each function calling the one before it twice doubles the work, so 25 of them take 2^24 calls,
     * and the time budget, checked between rule firings, would only see the case after it had run for
     * minutes. Every call written counts, in both branches of an {@code if}.
     */
    private void checkCallVolume(
            Map<String, List<String>> calls,
            Map<String, FunctionDescr> functions,
            Map<PolicyFile, PackageDescr> parsed) {
        Map<String, Long> volume = new HashMap<>();
        for (String f : calls.keySet()) {
            long v = callVolume(f, calls, volume, new HashSet<>());
            FunctionDescr fn = functions.get(f);
            if (v > MAX_FUNCTION_CALLS && fn != null) {
                refuse(
                        fileOf(fn, parsed),
                        fn.getLine(),
                        "function " + f + " leads to "
                                + (v == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(v))
                                + " calls of functions (functions calling others more than once multiply);"
                                + " at most " + MAX_FUNCTION_CALLS + " are allowed");
            }
        }
    }

    /** Calls one call of f leads to, itself included; a cycle (refused as recursion) counts once. */
    private static long callVolume(
            String f, Map<String, List<String>> calls, Map<String, Long> volume, Set<String> visiting) {
        Long known = volume.get(f);
        if (known != null) {
            return known;
        }
        if (!visiting.add(f)) {
            return 1;
        }
        long total = 1;
        for (String g : calls.getOrDefault(f, List.of())) {
            long v = callVolume(g, calls, volume, visiting);
            total = total > Long.MAX_VALUE - v ? Long.MAX_VALUE : total + v;
        }
        visiting.remove(f);
        volume.put(f, total);
        return total;
    }

    private static String fileOf(FunctionDescr fn, Map<PolicyFile, PackageDescr> parsed) {
        for (Map.Entry<PolicyFile, PackageDescr> e : parsed.entrySet()) {
            if (e.getValue().getFunctions().contains(fn)) {
                return e.getKey().name();
            }
        }
        return "(policy)";
    }

    /** A quoted string with only simple escapes, a number, a boolean, or one word with hyphens. */
    private static final Pattern ANNOTATION_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\[\"'\\\\nt])*\""
            + "|'(?:[^'\\\\]|\\\\[\"'\\\\nt])*'"
            + "|-?\\d{1,18}(?:\\.\\d{1,18})?"
            + "|[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*");

    /** {@code @watch}'s list of property names, each perhaps negated, or {@code *}. */
    private static final Pattern WATCH_LIST =
            Pattern.compile("\\s*!?(?:\\*|[A-Za-z_][A-Za-z0-9_]*)(?:\\s*,\\s*!?(?:\\*|[A-Za-z_][A-Za-z0-9_]*))*\\s*");

    /**
     * Why an annotation's value is refused, or null when it is a literal.
     *
     * @param name the annotation's name
     * @param value its value as the parser gives it: the text as written, or an array or a nested annotation
     * @return what is wrong, without quoting more than a short piece of the value
     */
    static String annotationValueProblem(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AnnotationDescr) {
            return "holds a nested annotation, which is not allowed";
        }
        if (value instanceof Object[] arr) {
            for (Object o : arr) {
                String p = annotationValueProblem(name, o);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        String text = String.valueOf(value).trim();
        if (ANNOTATION_LITERAL.matcher(text).matches()) {
            return null;
        }
        if (name.equals("watch") && WATCH_LIST.matcher(text).matches()) {
            return null;
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "value " + shown + " is not a literal (Drools would run it as code while building the rules)";
    }

    /** Names and types visible in one DRL file. */
    private static final class FileScope {
        private final DrlAnalyzer a;
        private final PolicyFile file;
        private final PackageDescr pkg;
        private final Set<String> declared;
        private final Map<String, FunctionDescr> functions;
        private final Map<String, List<String>> calls;
        private final Map<String, String> singles = new HashMap<>();
        private final List<String> wildcards = new ArrayList<>();
        private final Map<String, Class<?>> globals = new HashMap<>();
        private final Map<String, Class<?>> resolved = new HashMap<>();
        private final Set<String> unresolved = new HashSet<>();
        private final int[] lineStarts;

        FileScope(
                DrlAnalyzer a,
                PolicyFile file,
                PackageDescr pkg,
                Set<String> declared,
                Map<String, FunctionDescr> functions,
                Map<String, List<String>> calls) {
            this.a = a;
            this.file = file;
            this.pkg = pkg;
            this.declared = declared;
            this.functions = functions;
            this.calls = calls;
            String text = file.content();
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            wildcards.add("java.lang");
            wildcards.add(pkg.getName());
        }

        void check() {
            for (ImportDescr i : pkg.getImports()) {
                String target = i.getTarget().trim();
                if (target.endsWith(".*")) {
                    String p = target.substring(0, target.length() - 2);
                    wildcards.add(p);
                    if (!packageAllowed(p)) {
                        a.refuse(
                                file.name(),
                                i.getLine(),
                                "import " + target + " is not allowed; a policy may use "
                                        + "the complaint-rules API and model, java.math, java.time, String, Math and immutable collections");
                    }
                } else {
                    String simple = target.substring(target.lastIndexOf('.') + 1);
                    singles.put(simple, target);
                    Class<?> c = resolve(target);
                    if (c == null || !typeAllowed(c)) {
                        a.refuse(
                                file.name(),
                                i.getLine(),
                                "import " + target + " is not allowed (not on the sandbox's allow-list)");
                    }
                }
            }
            pkg.getFunctionImports()
                    .forEach(i -> a.refuse(
                            file.name(),
                            i.getLine(),
                            "import function " + i.getTarget()
                                    + " is not allowed; call the class's static method by its name"));
            pkg.getAccumulateImports()
                    .forEach(i -> a.refuse(
                            file.name(),
                            i.getLine(),
                            "import accumulate " + i.getTarget()
                                    + " is not allowed; use sum, count, min, max, average, collectList or collectSet"));
            pkg.getAttributes().forEach(at -> checkAttribute(at, at.getLine()));
            for (GlobalDescr g : pkg.getGlobals()) {
                Class<?> c = typeNamed(g.getType(), g.getLine());
                globals.put(g.getIdentifier(), c);
            }
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                checkAnnotations(t, t.getLine(), "declare " + t.getTypeName());
                for (TypeFieldDescr fd : t.getFields().values()) {
                    checkAnnotations(
                            fd,
                            fd.getLine() > 0 ? fd.getLine() : t.getLine(),
                            "declare " + t.getTypeName() + ", field " + fd.getFieldName());
                }
                for (String sup :
                        t.getSuperTypes().stream().map(q -> q.getFullName()).toList()) {
                    if (!sup.equals("java.lang.Object") && !sup.equals("Object")) {
                        typeNamed(sup, t.getLine());
                    }
                }
                for (TypeFieldDescr fd : t.getFields().values()) {
                    typeNamed(fd.getPattern().getObjectType(), fd.getLine() > 0 ? fd.getLine() : t.getLine());
                    if (fd.getInitExpr() != null && !fd.getInitExpr().isBlank()) {
                        Scope s = new Scope(this, "declare " + t.getTypeName(), lineOfText(fd.getInitExpr(), t), false);
                        s.expression(fd.getInitExpr());
                    }
                }
            }
            for (EnumDeclarationDescr en : pkg.getEnumDeclarations()) {
                checkAnnotations(en, en.getLine(), "declare enum " + en.getTypeName());
                for (TypeFieldDescr fd : en.getFields().values()) {
                    checkAnnotations(
                            fd,
                            fd.getLine() > 0 ? fd.getLine() : en.getLine(),
                            "declare enum " + en.getTypeName() + ", field " + fd.getFieldName());
                }
                for (EnumLiteralDescr lit : en.getLiterals()) {
                    checkAnnotations(
                            lit,
                            lit.getLine() > 0 ? lit.getLine() : en.getLine(),
                            "declare enum " + en.getTypeName() + ", " + lit.getName());
                }
            }
            for (EntryPointDeclarationDescr ep : pkg.getEntryPointDeclarations()) {
                checkAnnotations(ep, ep.getLine(), "declare entry-point " + ep.getEntryPointId());
            }
            for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
                checkAnnotations(w, w.getLine(), "declare window " + w.getName());
            }
            for (FunctionDescr fn : pkg.getFunctions()) {
                checkFunction(fn);
            }
            for (RuleDescr r : pkg.getRules()) {
                checkRule(r);
            }
        }

        private void checkAttribute(AttributeDescr at, int line) {
            String name = at.getName();
            if (WALL_CLOCK_ATTRIBUTES.contains(name)) {
                a.refuse(
                        file.name(),
                        line,
                        "attribute " + name + " is not allowed: Drools reads it against the wall clock, so an old "
                                + "complaint replayed later would get another answer; give the value a dated version "
                                + "in policy.properties (key@YYYY-MM-DD=value, in force from the day of receipt)");
                return;
            }
            if (!ALLOWED_ATTRIBUTES.contains(name)) {
                a.refuse(file.name(), line, "attribute " + name + " is not allowed");
                return;
            }
            String v = at.getValue() == null ? "" : at.getValue().trim();
            if (name.equals("dialect") && !v.replace("\"", "").equals("java")) {
                a.refuse(
                        file.name(),
                        line,
                        "dialect \"" + v.replace("\"", "") + "\" is not allowed: rule code is Java, "
                                + "so that it can be checked");
            }
            if (name.equals("salience") && !v.matches("-?\\d{1,9}")) {
                a.refuse(file.name(), line, "salience must be a whole number, was " + v);
            }
            if (name.equals("enabled") && !v.matches("true|false")) {
                a.refuse(file.name(), line, "enabled must be true or false, was " + v);
            }
        }

        /**
         * Metadata and annotations ({@code @id(X-1)}, {@code @description("...")}, {@code @role(event)},
         * {@code @watch(amount)}): Drools evaluates a value that is not a plain literal as an MVEL expression
         * while it builds the rules, before any check of compiled code, so a value may only be a literal:
         * a quoted string, a number, {@code true} or {@code false}, or one word with hyphens ({@code X-1}), and
         * for {@code @watch} a list of property names. (Such code runs at build time, before the compiled
         * code's check and outside the time budget; with the sandbox off, rule code may run anything anyway.)
         */
        private void checkAnnotations(AnnotatedBaseDescr d, int line, String where) {
            for (AnnotationDescr ad : d.getAnnotations()) {
                int at = ad.getLine() > 0 ? ad.getLine() : Math.max(line, 0);
                for (Map.Entry<String, Object> v : ad.getValueMap().entrySet()) {
                    String problem = annotationValueProblem(ad.getName(), v.getValue());
                    if (problem != null) {
                        a.refuse(
                                file.name(),
                                at,
                                where + ": @" + ad.getName() + " " + problem
                                        + "; write the value as a literal: a quoted string (\"...\"), a number, true or"
                                        + " false, or one word such as ABC-1");
                    }
                }
            }
        }

        private void checkFunction(FunctionDescr fn) {
            String name = fn.getName();
            if (name.startsWith("rule_") || name.startsWith("Rule_") || name.endsWith("Invoker")) {
                a.refuse(file.name(), fn.getLine(), "function name " + name + " is reserved for generated code");
            }
            Map<String, Class<?>> vars = new HashMap<>();
            for (int i = 0; i < fn.getParameterNames().size(); i++) {
                vars.put(
                        fn.getParameterNames().get(i),
                        typeNamed(fn.getParameterTypes().get(i), fn.getLine()));
            }
            typeNamed(fn.getReturnType(), fn.getLine());
            String body = fn.getBody() == null ? "" : fn.getBody();
            Scope s = new Scope(this, "function " + name, lineOfText(body, fn), true);
            s.vars.putAll(vars);
            s.function = name;
            s.block(body);
        }

        private void checkRule(RuleDescr r) {
            if (r.getName() == null || r.getName().isBlank()) {
                // the name is what explain, errors and the audit trail show, and what the compiled
                // rules cache files the rule under
                a.problems.add(new RuleProblem(
                        file.name(),
                        Math.max(r.getLine(), 0),
                        "a rule needs a name: rule \"\" (write what the rule decides, e.g. rule \"A legal threat goes"
                                + " to the legal team\")"));
            }
            for (AttributeDescr at : r.getAttributes().values()) {
                checkAttribute(at, at.getLine() > 0 ? at.getLine() : r.getLine());
            }
            checkAnnotations(r, r.getLine(), "rule \"" + r.getName() + "\"");
            Map<String, Class<?>> bound = new LinkedHashMap<>(globals);
            String where = "rule \"" + r.getName() + "\"";
            if (r.getLhs() != null) {
                lhs(r.getLhs(), bound, where);
            }
            if (r.getConsequence() instanceof String cons) {
                consequence(cons, r, bound, where, r.getConsequenceLine());
            }
            for (Map.Entry<String, Object> nc : r.getNamedConsequences().entrySet()) {
                if (nc.getValue() instanceof String cons) {
                    consequence(cons, r, bound, where + " do[" + nc.getKey() + "]", r.getLine());
                }
            }
        }

        private void consequence(String text, RuleDescr r, Map<String, Class<?>> bound, String where, int fallback) {
            int line = lineOfText(text, r);
            Scope s = new Scope(this, where, line > 0 ? line : fallback, true);
            s.vars.putAll(bound);
            s.block(rewriteModify(text));
        }

        /**
         * {@code modify($x) { setA(1), setB(2) }} is Drools syntax: it is checked as {@code modify($x);},
         * which {@link Scope#methodCall} refuses with its reason.
         */
        private static String rewriteModify(String text) {
            StringBuilder out = new StringBuilder(text);
            Matcher m = MODIFY.matcher(out);
            int from = 0;
            while (m.find(from)) {
                int open = m.end() - 1;
                int close = matching(out, open, '(', ')');
                if (close < 0) {
                    break;
                }
                int brace = close + 1;
                while (brace < out.length() && Character.isWhitespace(out.charAt(brace))) {
                    brace++;
                }
                if (brace < out.length() && out.charAt(brace) == '{') {
                    int end = matching(out, brace, '{', '}');
                    if (end < 0) {
                        break;
                    }
                    // modify is refused as a whole (methodCall says why): its block is not checked on
                    // its own, so that one mistake gives one message; its lines stay for the line numbers
                    String inner = out.substring(brace + 1, end);
                    out.replace(close + 1, end + 1, ";" + "\n".repeat(count(inner, '\n')));
                }
                from = Math.min(close + 1, out.length());
                m = MODIFY.matcher(out);
            }
            return out.toString();
        }

        private static int count(String s, char c) {
            return (int) s.chars().filter(ch -> ch == c).count();
        }

        private static int matching(CharSequence s, int open, char o, char c) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    i = skipString(s, i);
                } else if (ch == o) {
                    depth++;
                } else if (ch == c && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private static int skipString(CharSequence s, int i) {
            for (int j = i + 1; j < s.length(); j++) {
                if (s.charAt(j) == '\\') {
                    j++;
                } else if (s.charAt(j) == '"') {
                    return j;
                }
            }
            return s.length();
        }

        private static List<String> splitTopLevel(String s) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    i = skipString(s, i);
                } else if (ch == '(' || ch == '{' || ch == '[') {
                    depth++;
                } else if (ch == ')' || ch == '}' || ch == ']') {
                    depth--;
                } else if (ch == ',' && depth == 0) {
                    parts.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(s.substring(start));
            return parts.stream().filter(p -> !p.isBlank()).toList();
        }

        private void lhs(BaseDescr d, Map<String, Class<?>> bound, String where) {
            if (d instanceof PatternDescr p) {
                pattern(p, bound, where);
            } else if (d instanceof EvalDescr e) {
                Scope s = new Scope(this, where, e.getLine(), false);
                s.vars.putAll(bound);
                s.expression(String.valueOf(e.getContent()));
            } else if (d instanceof ConditionalBranchDescr cb) {
                lhs(cb.getCondition(), bound, where);
            } else if (d instanceof NamedConsequenceDescr) {
                return;
            } else if (d instanceof ConditionalElementDescr ce) {
                for (BaseDescr child : ce.getDescrs()) {
                    lhs(child, bound, where);
                }
            }
        }

        private void pattern(PatternDescr p, Map<String, Class<?>> bound, String where) {
            checkAnnotations(p, p.getLine(), where);
            Class<?> type = null;
            String objectType = p.getObjectType();
            if (objectType != null && !objectType.isBlank() && !objectType.equals("Object[]") && !p.isQuery()) {
                type = typeNamed(objectType, p.getLine());
            }
            if (p.getSource() instanceof FromDescr from) {
                Scope s = new Scope(this, where, from.getLine() > 0 ? from.getLine() : p.getLine(), false);
                s.vars.putAll(bound);
                s.expression(from.getExpression());
            } else if (p.getSource() instanceof AccumulateDescr acc) {
                accumulate(acc, bound, where, p.getLine());
            } else if (p.getSource() instanceof CollectDescr col) {
                pattern(col.getInputPattern(), bound, where);
            } else if (p.getSource() != null && !(p.getSource() instanceof EntryPointDescr)) {
                a.refuse(
                        file.name(),
                        p.getLine(),
                        "pattern source " + p.getSource().getClass().getSimpleName() + " is not allowed");
            }
            if (p.getIdentifier() != null) {
                bound.put(p.getIdentifier(), type);
            }
            if (p.getConstraint() != null) {
                for (BaseDescr c : p.getConstraint().getDescrs()) {
                    if (c instanceof ExprConstraintDescr ec) {
                        constraint(
                                ec.getExpression(), ec.getLine() > 0 ? ec.getLine() : p.getLine(), type, bound, where);
                    } else if (c instanceof BindingDescr b) {
                        constraint(b.getVariable() + " : " + b.getExpression(), p.getLine(), type, bound, where);
                    }
                }
            }
        }

        private void accumulate(AccumulateDescr acc, Map<String, Class<?>> bound, String where, int line) {
            if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null) {
                a.refuse(
                        file.name(),
                        line,
                        "accumulate with init/action/result code is not allowed; use an accumulate function");
            }
            if (acc.getInput() != null) {
                lhs(acc.getInput(), bound, where);
            }
            if (acc.getFunctions() != null) {
                for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                        a.refuse(file.name(), line, "accumulate function " + f.getFunction() + " is not allowed");
                    }
                    Scope s = new Scope(this, where, line, false);
                    s.vars.putAll(bound);
                    for (String param : f.getParams()) {
                        s.expression(param);
                    }
                    if (f.getBind() != null) {
                        bound.put(f.getBind(), null);
                    }
                }
            }
        }

        private void constraint(String text, int line, Class<?> type, Map<String, Class<?>> bound, String where) {
            Scope s = new Scope(this, where, line, false);
            s.vars.putAll(bound);
            s.pattern = type;
            s.patternKnown = type != null;
            String expr = text;
            Matcher m = BINDING.matcher(text);
            String var = null;
            if (m.matches()) {
                var = m.group(1);
                expr = m.group(2);
            }
            Expression parsed = s.parseConstraint(expr);
            if (var != null) {
                Class<?> t = null;
                if (parsed != null) {
                    Expression left = parsed;
                    if (left instanceof BinaryExpr b && isComparison(b.getOperator())) {
                        left = b.getLeft();
                    }
                    t = s.typeOf(left);
                }
                bound.put(var, t);
            }
        }

        private static boolean isComparison(BinaryExpr.Operator op) {
            return switch (op) {
                case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> true;
                default -> false;
            };
        }

        int lineOfText(String text, BaseDescr near) {
            if (text == null || text.isEmpty()) {
                return near.getLine();
            }
            int from = Math.max(near.getStartCharacter(), 0);
            int at = file.content().indexOf(text, from);
            if (at < 0) {
                at = file.content().indexOf(text);
            }
            if (at < 0) {
                return near.getLine();
            }
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= at) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        boolean packageAllowed(String p) {
            return Allowlist.allowed(p + ".X") || p.equals(pkg.getName());
        }

        boolean typeAllowed(Class<?> c) {
            Class<?> t = c;
            while (t.isArray()) {
                t = t.getComponentType();
            }
            if (t.isPrimitive()) {
                return true;
            }
            return Allowlist.allowed(t.getName());
        }

        /** Resolves and checks a type written in DRL or Java; returns it, or null when unknown or declared. */
        Class<?> typeNamed(String written, int line) {
            if (written == null) {
                return null;
            }
            String name = written.replaceAll("<.*>", "")
                    .replace("[]", "")
                    .replace("...", "")
                    .trim();
            if (name.isEmpty() || PRIMITIVES.containsKey(name)) {
                return PRIMITIVES.get(name);
            }
            if (declared.contains(name)
                    || (name.startsWith(pkg.getName() + ".")
                            && declared.contains(name.substring(pkg.getName().length() + 1)))) {
                return null;
            }
            Class<?> c = resolve(name);
            if (c == null) {
                return null; // the compiler reports an unknown type with file and line
            }
            if (!typeAllowed(c)) {
                a.refuse(file.name(), line, c.getName() + " is not allowed (not on the sandbox's allow-list)");
            }
            for (String arg : typeArguments(written)) {
                typeNamed(arg, line);
            }
            return c;
        }

        private static List<String> typeArguments(String written) {
            int lt = written.indexOf('<');
            int gt = written.lastIndexOf('>');
            if (lt < 0 || gt < lt) {
                return List.of();
            }
            return splitTopLevel(written.substring(lt + 1, gt).replace('<', '(').replace('>', ')')).stream()
                    .map(s -> s.replace('(', '<')
                            .replace(')', '>')
                            .replace("? extends", "")
                            .replace("? super", "")
                            .trim())
                    .filter(s -> !s.equals("?"))
                    .toList();
        }

        /** @return the class a simple or qualified name denotes here, or null */
        Class<?> resolve(String name) {
            if (resolved.containsKey(name)) {
                return resolved.get(name);
            }
            if (unresolved.contains(name)) {
                return null;
            }
            Class<?> c = null;
            if (PRIMITIVES.containsKey(name)) {
                c = PRIMITIVES.get(name);
            } else if (name.contains(".")) {
                c = load(name);
                if (c == null) {
                    // Outer.Inner, where Outer is imported
                    int dot = name.indexOf('.');
                    Class<?> outer = resolve(name.substring(0, dot));
                    if (outer != null) {
                        c = load(outer.getName() + "$" + name.substring(dot + 1).replace('.', '$'));
                    }
                }
            } else {
                if (singles.containsKey(name)) {
                    c = load(singles.get(name));
                }
                for (int i = 0; c == null && i < wildcards.size(); i++) {
                    c = load(wildcards.get(i) + "." + name);
                }
            }
            if (c == null) {
                unresolved.add(name);
            } else {
                resolved.put(name, c);
            }
            return c;
        }

        private Class<?> load(String name) {
            for (String candidate = name; ; ) {
                try {
                    return Class.forName(candidate, false, a.loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    int dot = candidate.lastIndexOf('.');
                    if (dot < 0 || !Character.isUpperCase(candidate.charAt(candidate.lastIndexOf('.', dot - 1) + 1))) {
                        return null;
                    }
                    candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
                }
            }
        }
    }

    /** One piece of Java: a constraint, an eval, a function body or a consequence. */
    private static final class Scope {
        private final FileScope f;
        private final String where;
        private final int baseLine;
        private final boolean statements;
        final Map<String, Class<?>> vars = new HashMap<>();
        Class<?> pattern;
        boolean patternKnown;
        String function;

        Scope(FileScope f, String where, int baseLine, boolean statements) {
            this.f = f;
            this.where = where;
            this.baseLine = baseLine;
            this.statements = statements;
        }

        private int line(Node n) {
            return n.getRange().map(r -> baseLine + r.begin.line - 1).orElse(baseLine);
        }

        private void refuse(Node n, String message) {
            f.a.refuse(f.file.name(), n == null ? baseLine : line(n), message + " (in " + where + ")");
        }

        private boolean unicodeEscapes(String text) {
            if (text.contains("\\u")) {
                f.a.refuse(
                        f.file.name(),
                        baseLine,
                        "unicode escapes (\\u) are not allowed in rule code; write the " + "character itself (in "
                                + where + ")");
                return true;
            }
            return false;
        }

        void block(String text) {
            if (unicodeEscapes(text)) {
                return;
            }
            ParseResult<BlockStmt> r = f.a.java.parseBlock("{" + text + "\n}");
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                f.a.refuse(
                        f.file.name(), baseLine, "cannot check this code: " + firstProblem(r) + " (in " + where + ")");
                return;
            }
            check(r.getResult().get());
        }

        void expression(String text) {
            if (text == null || text.isBlank() || unicodeEscapes(text)) {
                return;
            }
            ParseResult<Expression> r = f.a.java.parseExpression(text);
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                f.a.refuse(
                        f.file.name(),
                        baseLine,
                        "cannot check this expression: " + firstProblem(r) + " (in " + where + ")");
                return;
            }
            check(r.getResult().get());
        }

        /** A constraint is Java plus DRL operators; split it with Drools' expression parser when Java cannot read it. */
        Expression parseConstraint(String text) {
            if (text == null || text.isBlank() || unicodeEscapes(text)) {
                return null;
            }
            ParseResult<Expression> r = f.a.java.parseExpression(text);
            if (r.isSuccessful() && r.getResult().isPresent()) {
                check(r.getResult().get());
                return r.getResult().get();
            }
            ConstraintConnectiveDescr tree;
            try {
                tree = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6)
                        .parse(text);
            } catch (RuntimeException e) {
                tree = null;
            }
            if (tree == null) {
                f.a.refuse(
                        f.file.name(),
                        baseLine,
                        "cannot check this constraint: " + firstProblem(r) + " (in " + where + ")");
                return null;
            }
            drlExpression(tree);
            return null;
        }

        private void drlExpression(BaseDescr d) {
            if (d instanceof RelationalExprDescr rel) {
                if (REFUSED_OPERATORS.contains(rel.getOperator())) {
                    f.a.refuse(
                            f.file.name(),
                            baseLine,
                            "operator " + rel.getOperator() + " is not allowed: a regular "
                                    + "expression can take exponential time on a hostile text; signals find words (in "
                                    + where + ")");
                }
                drlExpression(rel.getLeft());
                drlExpression(rel.getRight());
            } else if (d instanceof ConstraintConnectiveDescr cc) {
                cc.getDescrs().forEach(this::drlExpression);
            } else if (d instanceof BindingDescr b) {
                vars.put(b.getVariable(), null);
                expression(b.getExpression());
            } else if (d instanceof AtomicExprDescr at) {
                if (!at.isLiteral() || !at.getExpression().startsWith("\"")) {
                    expression(
                            at.getExpression().replaceAll("^\\((.*)\\)$", "$1").replaceAll("#\\w+", ""));
                }
            }
        }

        private static String firstProblem(ParseResult<?> r) {
            return r.getProblems().isEmpty()
                    ? "not Java"
                    : r.getProblems().get(0).getMessage().lines().findFirst().orElse("not Java");
        }

        private void check(Node root) {
            // declare locals first, so uses anywhere in the snippet know them
            root.findAll(VariableDeclarator.class)
                    .forEach(v -> vars.put(v.getNameAsString(), f.resolve(v.getTypeAsString())));
            root.findAll(Parameter.class).forEach(p -> vars.put(p.getNameAsString(), f.resolve(p.getTypeAsString())));
            root.walk(n -> visit(n));
        }

        private void visit(Node n) {
            if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt) {
                refuse(n, "loops are not allowed: a rule states one decision; the engine does the repeating");
            } else if (n instanceof LabeledStmt) {
                refuse(n, "labels are not allowed");
            } else if (n instanceof TryStmt) {
                refuse(n, "try/catch is not allowed: a rule that fails fails its own case");
            } else if (n instanceof SynchronizedStmt) {
                refuse(n, "synchronized is not allowed");
            } else if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
                refuse(n, "classes declared in rule code are not allowed");
            } else if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
                refuse(n, "lambdas and method references are not allowed: they hide loops and callbacks");
            } else if (n instanceof ArrayCreationExpr) {
                refuse(n, "creating arrays is not allowed");
            } else if (n instanceof ClassExpr) {
                refuse(n, "class literals are not allowed (no reflection)");
            } else if (n instanceof SuperExpr) {
                refuse(n, "super is not allowed");
            } else if (n instanceof ObjectCreationExpr oc
                    && oc.getAnonymousClassBody().isPresent()) {
                refuse(n, "anonymous classes are not allowed");
            } else if (n instanceof ClassOrInterfaceType t) {
                if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
                    checkTypeName(t, t.getNameWithScope());
                }
            } else if (n instanceof MethodCallExpr call) {
                methodCall(call);
            } else if (n instanceof NameExpr name) {
                name(name);
            } else if (n instanceof FieldAccessExpr access) {
                propertyRead(access);
                constant(access);
            } else if (n instanceof BodyDeclaration<?> && statements) {
                refuse(n, "declarations are not allowed here");
            }
        }

        private void checkTypeName(Node n, String written) {
            if (written.equals("var")) {
                return;
            }
            if (f.declared.contains(written)) {
                return;
            }
            Class<?> c = f.resolve(written);
            if (c != null && !f.typeAllowed(c)) {
                refuse(n, c.getName() + " is not allowed (not on the sandbox's allow-list)");
            }
        }

        /**
         * A property read ({@code $d.declaringClass}, {@code Locale.default}) is a getter call in the MVEL
         * that runs conditions: it is refused like the getter it calls.
         */
        private void propertyRead(FieldAccessExpr access) {
            String name = access.getNameAsString();
            if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
                return;
            }
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String getter : List.of("get" + cap, "is" + cap)) {
                String denied = Allowlist.deniedBecause(getter);
                if (denied != null) {
                    refuse(access, "reading ." + name + " calls " + getter + "(): " + denied);
                    return;
                }
            }
        }

        private void methodCall(MethodCallExpr call) {
            String m = call.getNameAsString();
            String denied = Allowlist.deniedBecause(m);
            if (denied != null) {
                refuse(call, denied);
            }
            Class<?> receiver;
            if (call.getScope().isEmpty()) {
                if (f.functions.containsKey(m)) {
                    if (function != null) {
                        f.calls
                                .computeIfAbsent(function, k -> new ArrayList<>())
                                .add(m);
                    }
                    receiver = null;
                } else if (statements && CHANGES_FACTS.contains(m)) {
                    refuse(
                            call,
                            m + "(...) is not allowed: a fact does not change once inserted (each rule's"
                                    + " conclusions are facts of their own); insert(...) or insertLogical(...) a new"
                                    + " fact with the new values instead, and let rules match that");
                    receiver = null;
                } else if (statements && MACROS.contains(m)) {
                    receiver = null;
                } else if (pattern != null) {
                    receiver = pattern;
                    if (methodNamed(pattern, m) == null) {
                        refuse(call, pattern.getSimpleName() + " has no method " + m);
                    }
                } else if (!statements && !patternKnown) {
                    receiver = null; // a method of a declared type
                } else {
                    refuse(call, "unknown function " + m + "(...)");
                    receiver = null;
                }
            } else {
                receiver = typeOf(call.getScope().get());
            }
            if (receiver == PolicySettings.class) {
                if (!Allowlist.SETTINGS_METHODS.contains(m)) {
                    refuse(call, "PolicySettings." + m + "(...) is not allowed: read each number by its key");
                }
                keyRead(call, m);
            }
        }

        private void keyRead(MethodCallExpr call, String m) {
            ValueType type = READERS.get(m);
            if (type == null) {
                return;
            }
            int index = KEY_ARGUMENT.getOrDefault(m, 0);
            if (call.getArguments().size() <= index) {
                return;
            }
            Expression keyExpr = call.getArgument(index);
            List<String> keys = keys(keyExpr);
            if (keys == null) {
                f.a.problems.add(new RuleProblem(
                        f.file.name(),
                        line(call),
                        "the key of " + m + "(" + keyExpr
                                + ") must be a string, or built from strings and enum values, "
                                + "so that it can be checked against policy.properties (in " + where + ")"));
                return;
            }
            for (String k : keys) {
                f.a.reads.add(new KeyRead(k, type, f.file.name(), line(call), m + "(...)"));
            }
        }

        /** @return every value a key expression can take, or null when that cannot be known */
        private List<String> keys(Expression e) {
            if (e instanceof StringLiteralExpr s) {
                return List.of(s.asString());
            }
            if (e instanceof EnclosedExpr en) {
                return keys(en.getInner());
            }
            if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
                List<String> left = keys(b.getLeft());
                List<String> right = keys(b.getRight());
                if (left == null || right == null) {
                    return null;
                }
                List<String> out = new ArrayList<>();
                for (String l : left) {
                    for (String r : right) {
                        out.add(l + r);
                    }
                }
                return out;
            }
            if (e instanceof FieldAccessExpr fa) {
                Class<?> owner = f.resolve(fa.getScope().toString());
                if (owner != null && owner.isEnum()) {
                    return List.of(fa.getNameAsString());
                }
            }
            Expression target = e;
            if (e instanceof MethodCallExpr mc
                    && mc.getScope().isPresent()
                    && mc.getArguments().isEmpty()
                    && (mc.getNameAsString().equals("name")
                            || mc.getNameAsString().equals("toString"))) {
                target = mc.getScope().get();
            }
            Class<?> t = typeOf(target);
            if (t != null && t.isEnum()) {
                List<String> names = new ArrayList<>();
                for (Object c : t.getEnumConstants()) {
                    names.add(((Enum<?>) c).name());
                }
                return names;
            }
            return null;
        }

        /**
         * {@code Category.BILLNG}: an enum constant that does not exist is named here, with the closest
         * constant, at its line (the compiler would report it at line 0 in its own words).
         */
        private void constant(FieldAccessExpr access) {
            Expression scope = access.getScope();
            if (scope instanceof NameExpr ne
                    && (vars.containsKey(ne.getNameAsString())
                            || f.globals.containsKey(ne.getNameAsString())
                            || f.declared.contains(ne.getNameAsString())
                            || (pattern != null
                                    && Character.isLowerCase(
                                            ne.getNameAsString().charAt(0))
                                    && property(pattern, ne.getNameAsString()) != null))) {
                return;
            }
            if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
                return;
            }
            Class<?> owner = f.resolve(scope.toString());
            if (owner == null || !owner.isEnum()) {
                return;
            }
            String type = owner.getSimpleName();
            Set<String> names = new TreeSet<>();
            for (Field fd : owner.getFields()) {
                if (Modifier.isStatic(fd.getModifiers())) {
                    names.add(type + "." + fd.getName());
                }
            }
            String name = access.getNameAsString();
            if (!names.contains(type + "." + name)) {
                refuse(access, type + " has no constant " + name + PolicyChecks.suggestion(type + "." + name, names));
            }
        }

        @SuppressWarnings(
                "ReferenceEquality") // fa.getScope() == top: this very node; javaparser's equals is structural
        private void name(NameExpr n) {
            String id = n.getNameAsString();
            if (id.equals("drools") || id.equals("kcontext")) {
                refuse(n, id + " is not allowed: it hands a rule the engine itself");
                return;
            }
            if (vars.containsKey(id) || f.globals.containsKey(id) || f.functions.containsKey(id)) {
                return;
            }
            if (pattern != null && (property(pattern, id) != null)) {
                return;
            }
            // a type, or the start of a qualified name such as java.lang.System (also where a
            // lower-case name may be a field of a declared type: java.nio.file.Files in a from)
            Node top = n;
            String dotted = id;
            Class<?> c = f.declared.contains(id) ? Object.class : f.resolve(id);
            while (c == null
                    && top.getParentNode().orElse(null) instanceof FieldAccessExpr fa
                    && fa.getScope() == top) {
                top = fa;
                dotted = dotted + "." + fa.getNameAsString();
                c = f.resolve(dotted);
            }
            if (c == null) {
                if (!statements && !patternKnown && Character.isLowerCase(id.charAt(0))) {
                    return; // a field of a declared type
                }
                refuse(
                        n,
                        "unknown name " + id
                                + (Character.isUpperCase(id.charAt(0)) ? misspeltType(id) : misspeltProperty(id)));
            } else if (c != Object.class && !f.typeAllowed(c)) {
                refuse(n, c.getName() + " is not allowed (not on the sandbox's allow-list)");
            }
        }

        /** The static type of an expression where it can be known, else null. */
        Class<?> typeOf(Expression e) {
            if (e instanceof EnclosedExpr en) {
                return typeOf(en.getInner());
            }
            if (e instanceof CastExpr c) {
                return f.resolve(c.getTypeAsString());
            }
            if (e instanceof StringLiteralExpr) {
                return String.class;
            }
            if (e instanceof NameExpr n) {
                String id = n.getNameAsString();
                if (vars.containsKey(id)) {
                    return vars.get(id);
                }
                if (f.globals.containsKey(id)) {
                    return f.globals.get(id);
                }
                if (pattern != null) {
                    Class<?> p = property(pattern, id);
                    if (p != null) {
                        return p;
                    }
                }
                return null;
            }
            if (e instanceof FieldAccessExpr fa) {
                Class<?> owner = f.resolve(fa.getScope().toString());
                if (owner != null
                        && !(fa.getScope() instanceof NameExpr ne && vars.containsKey(ne.getNameAsString()))) {
                    if (owner.isEnum()) {
                        return owner;
                    }
                    return null;
                }
                Class<?> scope = typeOf(fa.getScope());
                return scope == null ? null : property(scope, fa.getNameAsString());
            }
            if (e instanceof MethodCallExpr mc) {
                Class<?> scope;
                if (mc.getScope().isPresent()) {
                    scope = typeOf(mc.getScope().get());
                } else if (f.functions.containsKey(mc.getNameAsString())) {
                    return f.resolve(f.functions.get(mc.getNameAsString()).getReturnType());
                } else {
                    scope = pattern;
                }
                if (scope == null) {
                    return null;
                }
                Method m = methodNamed(scope, mc.getNameAsString());
                return m == null ? null : m.getReturnType();
            }
            return null;
        }

        private static Method methodNamed(Class<?> c, String name) {
            for (Method m : c.getMethods()) {
                if (m.getName().equals(name) && !m.isBridge()) {
                    return m;
                }
            }
            return null;
        }

        /**
         * @return when a constraint names something close to a property of its pattern's type (a
         *     misspelt field), a suggestion of that property, else ""
         */
        /** @return a "did you mean" for a name written like a type: the types this file can name */
        private String misspeltType(String id) {
            Set<String> types = new TreeSet<>(f.singles.keySet());
            types.addAll(f.declared);
            for (String p : f.wildcards) {
                types.addAll(PolicyTypes.simpleNames(p));
            }
            return PolicyChecks.suggestion(id, types);
        }

        private String misspeltProperty(String id) {
            if (pattern == null || pattern == Object.class) {
                return "";
            }
            Set<String> properties = new TreeSet<>();
            for (Method m : pattern.getMethods()) {
                if (m.getParameterCount() == 0
                        && m.getReturnType() != void.class
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class
                        && !m.getName().equals("hashCode")
                        && !m.getName().equals("toString")) {
                    properties.add(propertyName(m.getName()));
                }
            }
            for (Field fd : pattern.getFields()) {
                if (!Modifier.isStatic(fd.getModifiers())) {
                    properties.add(fd.getName());
                }
            }
            return PolicyChecks.suggestion(id, properties);
        }

        /** @return the property a getter reads: {@code getChannel} and {@code channel} are both {@code channel} */
        private static String propertyName(String method) {
            for (String prefix : List.of("get", "is")) {
                if (method.length() > prefix.length()
                        && method.startsWith(prefix)
                        && Character.isUpperCase(method.charAt(prefix.length()))) {
                    return Character.toLowerCase(method.charAt(prefix.length()))
                            + method.substring(prefix.length() + 1);
                }
            }
            return method;
        }

        private static Class<?> property(Class<?> c, String name) {
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
                try {
                    Method m = c.getMethod(candidate);
                    if (m.getReturnType() != void.class) {
                        return m.getReturnType();
                    }
                } catch (NoSuchMethodException e) {
                    // next
                }
            }
            try {
                Field fd = c.getField(name);
                if (!Modifier.isStatic(fd.getModifiers())) {
                    return fd.getType();
                }
            } catch (NoSuchFieldException e) {
                // not a property
            }
            return null;
        }
    }
}
