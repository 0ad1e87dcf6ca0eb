package org.complaintrules.tooling.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each rule's text in DRL source: from the line that starts with {@code rule "name"} to the
 * line that is {@code end}, white space collapsed, so that two versions of a rule can be compared;
 * and the line a rule starts on, for messages that name it.
 */
public final class RuleTexts {
    private static final Pattern RULE_START =
            Pattern.compile("^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|(\\S+))");
    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    private RuleTexts() {}

    /**
     * @param drl the text of one DRL file
     * @return rule name to its text (header to {@code end}), white space collapsed, in file order
     */
    static Map<String, String> of(String drl) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder block = null;
        boolean comment = false;
        for (String line : drl.split("\r?\n|\r", -1)) {
            if (block == null) {
                String code = line;
                if (comment) {
                    int close = code.indexOf("*/");
                    if (close < 0) {
                        continue;
                    }
                    code = code.substring(close + 2);
                    comment = false;
                }
                if (code.contains("/*") && !code.contains("*/")) {
                    comment = true;
                }
                Matcher m = RULE_START.matcher(code);
                if (m.find()) {
                    name = nameOf(m);
                    block = new StringBuilder(code.strip());
                }
                continue;
            }
            block.append('\n').append(line.strip());
            if (RULE_END.matcher(line).matches()) {
                out.put(name, collapse(block.toString()));
                block = null;
                name = null;
            }
        }
        return out;
    }

    /**
     * @param drl the text of one DRL file
     * @param name a rule's name
     * @return the 1-based line of its header ({@code rule "name"}, {@code rule 'name'} or {@code rule
     *     name}), 0 when the file has none
     */
    public static int lineOf(String drl, String name) {
        String[] lines = drl.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_START.matcher(lines[i]);
            if (m.find() && name.equals(nameOf(m))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * @param ruleText a rule's text as {@link #of} returns it
     * @return the text without its header line and {@code @description} metadata: its conditions,
     *     actions and other attributes
     */
    static String body(String ruleText) {
        String s = RULE_START.matcher(ruleText).replaceFirst("rule");
        return s.replaceAll("@description\\s*\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\)", "")
                .replaceAll("@description\\s*\\([^)]*\\)", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** @return the rule name a match of {@link #RULE_START} holds, quoted either way or bare */
    private static String nameOf(Matcher m) {
        return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
