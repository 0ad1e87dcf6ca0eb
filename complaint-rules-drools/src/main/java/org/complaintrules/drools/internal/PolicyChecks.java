package org.complaintrules.drools.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.Money;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.internal.DrlAnalyzer.KeyRead;
import org.complaintrules.drools.internal.DrlAnalyzer.ValueType;
import org.complaintrules.drools.model.PolicySettings;
import org.complaintrules.drools.signals.DefaultSignalAnalyzer;
import org.complaintrules.wording.internal.EditDistance;

/**
 * Checks the numbers of a policy when it is built, so a policy with a misspelled key or value never
 * starts answering cases: every key a rule reads exists and has the type the reading method needs;
 * every key the engine reads exists ({@link #ENGINE_KEYS}); no key is unknown; and every declaration
 * {@code check.<name>=a <= b <= c} in {@code policy.properties} holds. Each problem names the file
 * and line.
 */
public final class PolicyChecks {
    /** Prefix of the cross-check declarations in {@code policy.properties}. */
    static final String CHECK_PREFIX = "check.";

    /**
     * A key the engine itself (Java) reads.
     *
     * @param key the key
     * @param type its type
     * @param required whether a policy must set it
     * @param why what the engine uses it for
     */
    public record EngineKey(String key, ValueType type, boolean required, String why) {}

    /** The keys the engine reads; each has one home, {@code policy.properties}, and no Java default. */
    /** The policy keys the built-in text analysis ({@link DefaultSignalAnalyzer}) reads. */
    public static final List<EngineKey> TEXT_ANALYSIS_KEYS = List.of(
            new EngineKey(
                    DefaultSignalAnalyzer.SHOUTING_PERCENT_KEY,
                    ValueType.WHOLE,
                    false,
                    "the text analysis: the share of capitals, in percent, that makes a text shouting"),
            new EngineKey(
                    DefaultSignalAnalyzer.SHOUTED_WORDS_KEY,
                    ValueType.WHOLE,
                    false,
                    "the text analysis: words in a row in capitals that are a shouted sentence"),
            new EngineKey(
                    DefaultSignalAnalyzer.EXCLAMATION_MARKS_KEY,
                    ValueType.WHOLE,
                    false,
                    "the text analysis: exclamation marks in a text for EXCLAMATION"));

    static final List<EngineKey> ENGINE_KEYS = List.of(
            new EngineKey("name", ValueType.TEXT, false, "the policy's name"),
            new EngineKey("version", ValueType.TEXT, false, "the policy's version"),
            new EngineKey("currency", ValueType.TEXT, true, "the only currency the policy has limits for"),
            new EngineKey("regulatory.profile", ValueType.TEXT, false, "the regulatory profile"),
            new EngineKey("type.precedence", ValueType.TEXT, true, "the order of the complainant types"),
            new EngineKey(
                    PolicySettings.ABSOLUTE_CAP,
                    ValueType.MONEY,
                    true,
                    "the guardrail's absolute compensation cap (unless the builder sets one)"),
            new EngineKey(
                    PolicySettings.ACKNOWLEDGE,
                    ValueType.TERM,
                    true,
                    "the guardrail's fallback when no rule sets acknowledgeBy"),
            new EngineKey(
                    PolicySettings.RESPOND,
                    ValueType.TERM,
                    true,
                    "the guardrail's fallback when no rule sets respondBy"),
            new EngineKey(
                    PolicySettings.RESOLVE,
                    ValueType.TERM,
                    true,
                    "the guardrail's fallback when no rule sets resolveBy"),
            new EngineKey(
                    PolicySettings.FOLLOW_UP,
                    ValueType.TERM,
                    true,
                    "the guardrail's fallback when no rule sets followUpAt"),
            new EngineKey(
                    ClockSettings.CLOSE_OF_BUSINESS,
                    ValueType.TEXT,
                    false,
                    "when a business day ends, local time (the legal clock)"));

    private static final Pattern OPERATOR = Pattern.compile("\\s*(<=|>=|==|<|>)\\s*");
    private static final Pattern DURATION_LITERAL = Pattern.compile("\\d+[mhdwMHDW]|[Pp][0-9A-Za-z.]+");

    private final PolicyFile propertiesFile;
    private final Map<String, String> values;
    private final Map<String, String> overrides;
    private final List<RuleProblem> problems = new ArrayList<>();
    /**
     * Keys whose value was found of the wrong type, each reported once (with its first reader, and
     * again only for an error of another kind); the declared checks that name one are left out, its
     * value being known to be wrong already.
     */
    private final Map<String, Set<String>> wronglyTyped = new LinkedHashMap<>();

    private PolicyChecks(PolicyFile propertiesFile, Map<String, String> values, Map<String, String> overrides) {
        this.propertiesFile = propertiesFile;
        this.values = values;
        this.overrides = overrides;
    }

    /**
     * @param propertiesFile the policy's properties file, or null
     * @param values its values merged with the overrides
     * @param overrides the builder's overrides
     * @param reads every key the rules read
     * @param engineKeys the keys the engine reads
     * @param absoluteCapGiven whether the builder sets the absolute cap (then the key is optional)
     * @param allReadsKnown whether {@code reads} holds the reads of every rule file; when a file did not
     *     parse, no key is reported as unknown (it may be the broken file's), only the parse error
     * @return the problems, each with file and line
     */
    static List<RuleProblem> check(
            PolicyFile propertiesFile,
            Map<String, String> values,
            Map<String, String> overrides,
            List<KeyRead> reads,
            List<EngineKey> engineKeys,
            boolean absoluteCapGiven,
            boolean allReadsKnown) {
        PolicyChecks c = new PolicyChecks(propertiesFile, values, overrides);
        c.run(reads, engineKeys, absoluteCapGiven, allReadsKnown);
        return List.copyOf(c.problems);
    }

    private String fileOf(String key) {
        if (overrides.containsKey(key)) {
            return "(builder policyProperty " + key + ")";
        }
        return propertiesFile == null ? PolicyLoader.PROPERTIES : propertiesFile.name();
    }

    /** @return the 1-based line where {@code key} is set, or 0 */
    int lineOf(String key) {
        if (propertiesFile == null || overrides.containsKey(key)) {
            return 0;
        }
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        String[] lines = propertiesFile.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find() || lines[i].trim().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private void problem(String key, String message) {
        problems.add(new RuleProblem(fileOf(key), lineOf(key), message));
    }

    private void run(List<KeyRead> reads, List<EngineKey> engineKeys, boolean absoluteCapGiven, boolean allReadsKnown) {
        if (values.isEmpty()) {
            // one problem, not one per key: rule files given without any settings
            problems.add(
                    new RuleProblem(
                            "policy.properties",
                            0,
                            "the policy has no settings: no policy.properties (or an empty one) among its files; add"
                                    + " defaultPolicy() to build on the bundled policy, or give a policy.properties of its own"));
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        for (EngineKey k : engineKeys) {
            known.add(k.key());
            boolean required = k.required() && !(k.key().equals(PolicySettings.ABSOLUTE_CAP) && absoluteCapGiven);
            if (required && !values.containsKey(k.key())) {
                problems.add(new RuleProblem(
                        fileOf(k.key()),
                        0,
                        "policy.properties has no key \"" + k.key() + "\"; the engine needs it: " + k.why()));
            }
        }
        Map<String, KeyRead> firstMissing = new LinkedHashMap<>();
        for (KeyRead r : reads) {
            known.add(r.key());
            if (r.type() == ValueType.OPTIONAL) {
                continue;
            }
            if (!values.containsKey(r.key())) {
                firstMissing.putIfAbsent(r.key() + "@" + r.file() + ":" + r.line(), r);
            }
        }
        for (KeyRead r : firstMissing.values()) {
            problems.add(new RuleProblem(
                    r.file(),
                    r.line(),
                    "policy.properties has no key \"" + r.key() + "\" (read by " + r.method() + ")"
                            + suggestion(r.key(), values.keySet())));
        }
        // value types: the engine's keys, then each reading method's
        for (EngineKey k : engineKeys) {
            if (values.containsKey(k.key())) {
                typed(k.key(), k.type(), "read by the engine");
            }
        }
        specials();
        Set<String> typedOnce = new TreeSet<>();
        for (KeyRead r : reads) {
            if (r.type() != ValueType.OPTIONAL
                    && values.containsKey(r.key())
                    && typedOnce.add(r.key() + "|" + r.type())) {
                typed(r.key(), r.type(), "read by " + r.method() + " at " + r.file() + ":" + r.line());
            }
        }
        // dated versions (key@YYYY-MM-DD): well formed, of a key that exists, typed as the key is read
        for (String key : values.keySet()) {
            int at = key.indexOf('@');
            if (at >= 0) {
                String problem = PolicySettings.datedKeyProblem(key, values);
                if (problem != null) {
                    problem(key, problem);
                } else {
                    dated(key, key.substring(0, at), engineKeys, reads, allReadsKnown);
                }
            }
        }
        // the legal clock's keys (clock.closeOfBusiness, clock.jurisdiction.<PROFILE>, clock.zone.<CODE>)
        for (String[] p : ClockSettings.problems(values)) {
            problem(p[0], p[1]);
        }
        // unknown keys: only when every rule file could be read for the keys it reads (a file that
        // does not parse is the compiler's error, and each key it reads would be one more)
        for (String key : allReadsKnown ? values.keySet() : Set.<String>of()) {
            int at = key.indexOf('@');
            String base = at >= 0 ? key.substring(0, at) : key;
            if (at >= 0 || key.startsWith(ClockSettings.PREFIX)) {
                continue; // checked above
            }
            if (!known.contains(base) && !key.startsWith(CHECK_PREFIX)) {
                Set<String> wanted = new TreeSet<>(known);
                wanted.removeAll(values.keySet());
                String hint = suggestion(key, wanted);
                if (hint.isEmpty()) {
                    // a misspelt copy of a key that is set too
                    String setToo = suggestion(key, known);
                    hint = setToo.isEmpty() ? "" : setToo + " (it is set too)";
                }
                problem(key, "unknown key \"" + key + "\": no rule and no part of the engine reads it" + hint);
            }
        }
        // declared cross-checks
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().startsWith(CHECK_PREFIX)) {
                declaredCheck(e.getKey(), e.getValue());
            }
        }
    }

    /** A dated version's value must have the type its key is read with. */
    private void dated(
            String datedKey, String key, List<EngineKey> engineKeys, List<KeyRead> reads, boolean allReadsKnown) {
        Set<ValueType> types = new LinkedHashSet<>();
        engineKeys.stream().filter(k -> k.key().equals(key)).forEach(k -> types.add(k.type()));
        reads.stream().filter(r -> r.key().equals(key)).forEach(r -> types.add(r.type()));
        if (types.isEmpty() && allReadsKnown) {
            problem(
                    datedKey,
                    "unknown key \"" + key + "\" in \"" + datedKey + "\": no rule and no part of the engine reads it");
        }
        for (ValueType t : types) {
            if (t != ValueType.OPTIONAL) {
                typedValue(datedKey, values.get(datedKey).trim(), t, "a dated version of " + key);
            }
        }
    }

    private void specials() {
        String currency = values.get("currency");
        if (currency != null) {
            try {
                Money.parseCurrency(currency.trim());
            } catch (RuntimeException e) {
                problem("currency", "currency must be an ISO 4217 code such as EUR, was \"" + currency + "\"");
            }
        }
        String order = values.get("type.precedence");
        if (order != null) {
            Set<ComplainantType> wanted = EnumSet.allOf(ComplainantType.class);
            wanted.remove(ComplainantType.MODERATE);
            List<String> listed =
                    Arrays.stream(order.split(",")).map(String::trim).toList();
            Set<String> names = wanted.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            if (!new TreeSet<>(listed).equals(names) || listed.size() != names.size()) {
                problem(
                        "type.precedence",
                        "type.precedence must list each of " + names + " once, in the order of precedence, was \""
                                + order + "\"");
            }
        }
    }

    private void typed(String key, ValueType type, String why) {
        typedValue(key, values.get(key).trim(), type, why);
    }

    private void typedValue(String key, String v, ValueType type, String why) {
        String error = switch (type) {
            case TEXT, OPTIONAL -> null;
            case WHOLE -> v.matches("-?\\d{1,9}") ? null : "must be a whole number";
            case DECIMAL -> decimal(v) == null ? "must be a decimal" : null;
            case MONEY -> {
                BigDecimal d = decimal(v);
                if (d == null) {
                    yield "must be an amount (a decimal)";
                }
                if (d.signum() < 0) {
                    yield "must be an amount >= 0";
                }
                yield d.compareTo(InputLimits.MAX_AMOUNT) > 0 ? "must be at most " + InputLimits.MAX_AMOUNT : null;
            }
            case DURATION -> {
                Duration d = duration(v);
                if (d == null) {
                    yield "must be " + ValueType.DURATION.description;
                }
                yield d.isNegative() ? "must not be negative" : null;
            }
            case TERM -> {
                try {
                    org.complaintrules.drools.model.Term.parse(v);
                    yield null;
                } catch (IllegalArgumentException e) {
                    yield "must be " + ValueType.TERM.description;
                }
            }
        };
        if (error != null
                && wronglyTyped.computeIfAbsent(key, k -> new TreeSet<>()).add(error)) {
            problem(key, key + " " + error + " (" + why + "), was \"" + v + "\"");
        }
    }

    private static BigDecimal decimal(String v) {
        if (!v.matches("-?\\d{1,30}(\\.\\d{1,10})?")) {
            return null;
        }
        return new BigDecimal(v);
    }

    private static Duration duration(String v) {
        try {
            return PolicySettings.parseDuration(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A term's values: a literal, a key, or a key pattern with {@code *} for one key part. */
    private record Term(String label, Object value) {}

    private void declaredCheck(String name, String expression) {
        List<String> terms = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        Matcher m = OPERATOR.matcher(expression);
        int at = 0;
        while (m.find()) {
            terms.add(expression.substring(at, m.start()).trim());
            ops.add(m.group(1));
            at = m.end();
        }
        terms.add(expression.substring(at).trim());
        if (ops.isEmpty() || terms.stream().anyMatch(String::isEmpty)) {
            problem(name, name + " must compare keys or values, such as \"a <= b <= c\", was \"" + expression + "\"");
            return;
        }
        List<List<Term>> resolved = new ArrayList<>();
        for (String t : terms) {
            List<Term> values = term(name, t);
            if (values == null) {
                return;
            }
            resolved.add(values);
        }
        for (int i = 0; i < ops.size(); i++) {
            for (Term left : resolved.get(i)) {
                for (Term right : resolved.get(i + 1)) {
                    compare(name, left, ops.get(i), right);
                }
            }
        }
    }

    private List<Term> term(String check, String t) {
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            return List.of(new Term(t, new BigDecimal(t)));
        }
        if (DURATION_LITERAL.matcher(t).matches()) {
            Duration d = duration(t);
            if (d != null) {
                return List.of(new Term(t, d));
            }
        }
        List<String> keys;
        if (t.contains("*")) {
            Pattern p = Pattern.compile(
                    Arrays.stream(t.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^.]+")));
            keys = values.keySet().stream()
                    .filter(k -> p.matcher(k).matches())
                    .sorted(Comparator.naturalOrder())
                    .toList();
            if (keys.isEmpty()) {
                problem(check, check + ": no key matches " + t);
                return null;
            }
        } else {
            if (!values.containsKey(t)) {
                problem(
                        check,
                        check + " names \"" + t + "\", which policy.properties does not set"
                                + suggestion(t, values.keySet()));
                return null;
            }
            keys = List.of(t);
        }
        List<Term> out = new ArrayList<>();
        for (String k : keys) {
            String v = values.get(k).trim();
            if (wronglyTyped.containsKey(k)) {
                return null; // its value is reported already
            }
            Object value = decimal(v) != null ? decimal(v) : duration(v);
            if (value == null) {
                problem(check, check + ": " + k + " is neither a number nor a duration, was \"" + v + "\"");
                return null;
            }
            out.add(new Term(k + " (" + v + ")", value));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void compare(String check, Term left, String op, Term right) {
        if (left.value().getClass() != right.value().getClass()) {
            problem(
                    check,
                    check + ": cannot compare " + left.label() + " with " + right.label()
                            + " (a number with a duration)");
            return;
        }
        int c = ((Comparable) left.value()).compareTo(right.value());
        boolean holds = switch (op) {
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            default -> c == 0;
        };
        if (!holds) {
            problem(check, check + " does not hold: " + left.label() + " " + op + " " + right.label());
        }
    }

    /**
     * @param key a name that is not known
     * @param candidates the names it may have meant
     * @return {@code "; did you mean \"x\"?"} for the closest candidate within a few edits, else ""
     */
    static String suggestion(String key, Set<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = EditDistance.between(key, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 6) ? "; did you mean \"" + best + "\"?" : "";
    }
}
