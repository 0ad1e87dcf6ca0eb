package org.complaintrules.tooling.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.ComplaintCase;

/**
 * Fills in the values behind the policy settings a rule description names, so that
 * {@code "A score of passive.lowScore or less"} reads {@code "A score of passive.lowScore (2) or less"}.
 * A name with a placeholder, such as {@code factor.<CATEGORY>}, is resolved for the case at hand
 * ({@code factor.DELIVERY (1.1)}); {@code <CATEGORY>}, {@code <SEGMENT>}, {@code <CHANNEL>} and
 * {@code <PROFILE>} come from the case and the policy, any other placeholder lists every value
 * ({@code authority.<ROLE> (AGENT 50, SUPERVISOR 250, MANAGER 1000)}): in the order of the roles for
 * {@code <ROLE>} (the approval ladder, lowest first), else by name. Words that are not settings are left
 * alone.
 */
public final class Settings {
    private static final Pattern NAME =
            Pattern.compile("(?<![\\w.<>])[a-z][A-Za-z0-9]*(?:\\.(?:[A-Za-z0-9_]+|<[A-Z_]+>|\\*))+(?![\\w<>])");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Z_]+)>");
    /** The placeholder a {@code *} in a name stands for: no case or policy value fills it. */
    private static final String ANY = "_ANY";

    private final Map<String, String> values;

    /** @param values the policy's settings, key to value */
    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** @return the settings, key to value */
    public Map<String, String> values() {
        return values;
    }

    /**
     * @param text a rule description
     * @param c the case, for placeholders; may be {@code null}
     * @param profile the regulatory profile in force, for {@code <PROFILE>}; may be {@code null}
     * @return the text with {@code " (value)"} after every setting it names
     */
    public String annotate(String text, ComplaintCase c, String profile) {
        if (text == null || text.isEmpty() || values.isEmpty()) {
            return text == null ? "" : text;
        }
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String name = m.group();
            String shown = shown(name, c, profile);
            out.append(text, last, m.start()).append(shown == null ? name : shown);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** @return {@code name (value)}, the resolved name with its value, or {@code null} when it names no setting */
    private String shown(String written, ComplaintCase c, String profile) {
        // "deadline.*.vip": a part written as * stands for every value, like a placeholder of its own
        String name = written.replace("*", "<" + ANY + ">");
        String direct = values.get(name);
        if (direct != null) {
            return name + " (" + direct + ")";
        }
        Matcher p = PLACEHOLDER.matcher(name);
        if (!p.find()) {
            return null;
        }
        String resolved = name;
        p.reset();
        while (p.find()) {
            String value = placeholder(p.group(1), c, profile);
            if (value != null) {
                resolved = resolved.replace(p.group(), value);
            }
        }
        if (!resolved.contains("<")) {
            String v = values.get(resolved);
            return v == null ? null : resolved + " (" + v + ")";
        }
        Pattern keys = Pattern.compile(toRegex(resolved));
        List<String[]> found = new ArrayList<>();
        values.keySet().stream().sorted().forEach(k -> {
            Matcher km = keys.matcher(k);
            if (km.matches()) {
                StringBuilder label = new StringBuilder();
                for (int g = 1; g <= km.groupCount(); g++) {
                    label.append(g > 1 ? "." : "").append(km.group(g));
                }
                found.add(new String[] {label.toString(), values.get(k)});
            }
        });
        if (resolved.equals(name) && name.endsWith(".<ROLE>")) {
            found.sort(java.util.Comparator.comparingInt(f -> roleRank(f[0])));
        }
        List<String> shown = found.stream().map(f -> f[0] + " " + f[1]).toList();
        return shown.isEmpty() ? null : resolved.replace("<" + ANY + ">", "*") + " (" + String.join(", ", shown) + ")";
    }

    /** @return the role's place on the approval ladder, lowest first; a name that is no role comes last */
    private static int roleRank(String role) {
        for (ApprovalRole r : ApprovalRole.values()) {
            if (r.name().equals(role)) {
                return r.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String placeholder(String name, ComplaintCase c, String profile) {
        return switch (name) {
            case "CATEGORY" -> c == null ? null : c.complaint().category().name();
            case "CHANNEL" -> c == null ? null : c.complaint().channel().name();
            case "SEGMENT" -> c == null ? null : c.customer().segment().name();
            case "PROFILE" -> profile;
            default -> null;
        };
    }

    private static String toRegex(String name) {
        StringBuilder b = new StringBuilder();
        Matcher p = PLACEHOLDER.matcher(name);
        int last = 0;
        while (p.find()) {
            b.append(Pattern.quote(name.substring(last, p.start()))).append("([A-Za-z0-9_]+)");
            last = p.end();
        }
        b.append(Pattern.quote(name.substring(last)));
        return b.toString();
    }
}
