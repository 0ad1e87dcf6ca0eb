package org.complaintrules.drools.internal;

/** Reads rule metadata values the way policy owners write them. */
final class RuleMetadata {
    private RuleMetadata() {}

    /**
     * {@code @description} is a Drools annotation ({@code org.kie.api.definition.type.Description}),
     * so the parser files it under the annotation's class name; plain {@code description} is read too.
     *
     * @param rule a rule
     * @return its description, or empty
     */
    static String description(org.kie.api.definition.rule.Rule rule) {
        Object d = rule.getMetaData().get("description");
        if (d == null) {
            d = rule.getMetaData().get(org.kie.api.definition.type.Description.class.getName());
        }
        return d == null ? "" : unquote(d.toString());
    }

    /** @return the value without surrounding double quotes */
    static String unquote(String v) {
        String s = v.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
