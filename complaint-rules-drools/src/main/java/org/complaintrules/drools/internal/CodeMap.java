package org.complaintrules.drools.internal;

import java.util.Map;

/**
 * Which generated class holds which rule or function: Drools names a rule's class
 * {@code Rule_<name><hash>} (the name with spaces as {@code _} and other characters as {@code $uNN$})
 * and a function's class after the function. Used to say which rule a stuck case was in.
 *
 * @param rulesByClassPrefix rule id by {@code Rule_<normalised name>}
 * @param functionsByClass function name by simple class name
 */
public record CodeMap(Map<String, String> rulesByClassPrefix, Map<String, String> functionsByClass) {
    /** Copies the maps. */
    public CodeMap {
        rulesByClassPrefix = Map.copyOf(rulesByClassPrefix);
        functionsByClass = Map.copyOf(functionsByClass);
    }

    /**
     * @param ruleName a rule's name
     * @return the prefix of the class Drools generates for it
     */
    static String classPrefix(String ruleName) {
        String normalized = ruleName.replace(' ', '_');
        StringBuilder sb = new StringBuilder("Rule_");
        for (char ch : normalized.toCharArray()) {
            if (ch == '$') {
                sb.append("_dollar_");
            } else if (Character.isJavaIdentifierPart(ch)) {
                sb.append(ch);
            } else {
                sb.append("$u").append((int) ch).append('$');
            }
        }
        return sb.toString();
    }

    /**
     * @param simpleClassName a generated class's simple name
     * @return the rule id it belongs to, or null
     */
    String ruleOf(String simpleClassName) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : rulesByClassPrefix.entrySet()) {
            String p = e.getKey();
            if (simpleClassName.startsWith(p)
                    && p.length() > bestLength
                    && simpleClassName.length() > p.length()
                    && Character.isDigit(simpleClassName.charAt(p.length()))) {
                best = e.getValue();
                bestLength = p.length();
            }
        }
        return best;
    }

    /**
     * @param stack a thread's stack, innermost first
     * @return the innermost rule and function of the policy on it, e.g. "rule LOOP-1, in function spin", or null
     */
    String describe(StackTraceElement[] stack) {
        String function = null;
        for (StackTraceElement e : stack) {
            String cls = e.getClassName();
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            if (function == null && functionsByClass.containsKey(simple)) {
                function = functionsByClass.get(simple);
            }
            String rule = ruleOf(simple);
            if (rule != null) {
                return "rule " + rule + (function == null ? "" : ", in function " + function);
            }
        }
        return function == null ? null : "function " + function;
    }
}
