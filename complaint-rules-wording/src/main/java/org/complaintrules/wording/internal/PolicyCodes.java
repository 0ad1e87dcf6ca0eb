package org.complaintrules.wording.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string codes a policy's rule files write into the advice, found by reading the DRL text: the
 * arguments of {@code recommend}, {@code avoid}, {@code placeStep}, {@code followUp}, the reason after
 * an {@code EscalationLevel} or {@code Team} constant, and the evidence name after a
 * {@code ComplainantType} in {@code new TraitEvidence(...)}. Codes held in enums (teams, levels,
 * types...) are not listed here: they are known without reading the rules.
 */
public final class PolicyCodes {
    private static final String CODE = "\"([A-Z][A-Z0-9_]*)\"";
    private static final Pattern CALL = Pattern.compile("\\b(recommend|avoid|placeStep|followUp)\\s*\\(\\s*" + CODE);
    private static final Pattern REASON = Pattern.compile("\\b(?:EscalationLevel|Team)\\.[A-Z_]+\\s*,\\s*" + CODE);
    private static final Pattern EVIDENCE =
            Pattern.compile("\\bTraitEvidence\\s*\\(\\s*ComplainantType\\.[A-Z_]+\\s*,\\s*" + CODE);

    /**
     * Where a code is used.
     *
     * @param namespace the message namespace: {@code do}, {@code avoid}, {@code step}, {@code followUp},
     *        {@code reason} or {@code evidence}
     * @param code the code
     * @param file the rule file
     * @param line the line, 1-based
     */
    public record Use(String namespace, String code, String file, int line) {
        /** @return the message key, e.g. {@code step.ASK_WHAT_ELSE} */
        public String key() {
            return namespace + "." + code;
        }
    }

    private PolicyCodes() {}

    /**
     * @param drlFiles rule files by name
     * @return every code used, the first use of each key only, in file and line order
     */
    public static List<Use> scan(Map<String, String> drlFiles) {
        Map<String, Use> first = new LinkedHashMap<>();
        drlFiles.forEach((name, content) -> {
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = stripComment(lines[i]);
                for (Use u : uses(line, name, i + 1)) {
                    first.putIfAbsent(u.key(), u);
                }
            }
        });
        return List.copyOf(first.values());
    }

    private static List<Use> uses(String line, String file, int lineNo) {
        List<Use> found = new ArrayList<>();
        Matcher m = CALL.matcher(line);
        while (m.find()) {
            String ns = switch (m.group(1)) {
                case "recommend" -> "do";
                case "placeStep" -> "step";
                default -> m.group(1);
            };
            found.add(new Use(ns, m.group(2), file, lineNo));
        }
        m = REASON.matcher(line);
        while (m.find()) {
            found.add(new Use("reason", m.group(1), file, lineNo));
        }
        m = EVIDENCE.matcher(line);
        while (m.find()) {
            found.add(new Use("evidence", m.group(1), file, lineNo));
        }
        return found;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
