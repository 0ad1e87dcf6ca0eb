package org.complaintrules.wording.internal;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.complaintrules.api.RuleProblem;

/**
 * One message file of a policy, {@code messages/messages_<lang>.properties}: Java properties read as
 * UTF-8, each value an ICU message pattern.
 *
 * @param file the file name, relative to the policy folder
 * @param language the language tag from the file name
 * @param values message patterns by key
 * @param lines the line of each key, 1-based
 */
public record MessageFile(String file, String language, Map<String, String> values, Map<String, Integer> lines) {
    /** Copies the maps. */
    public MessageFile {
        values = Map.copyOf(values);
        lines = Map.copyOf(lines);
    }

    /**
     * Reads a message file; problems (unreadable properties, a value that is no valid message
     * pattern) are added to {@code problems}.
     *
     * @param file the file name
     * @param language the language tag
     * @param content the text
     * @param problems where problems go
     * @return the messages that could be read
     */
    public static MessageFile parse(String file, String language, String content, List<RuleProblem> problems) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(file, 0, "cannot read properties: " + e.getMessage()));
            return new MessageFile(file, language, Map.of(), Map.of());
        }
        Map<String, Integer> lines = keyLines(content);
        Map<String, String> values = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            try {
                new MessagePattern(value);
                values.put(key, value);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(
                        file, lines.getOrDefault(key, 0), key + ": not a valid message pattern: " + e.getMessage()));
            }
        }
        return new MessageFile(file, language, values, lines);
    }

    /**
     * @param key a message key
     * @return the line it is defined on, 0 when unknown
     */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    private static Map<String, Integer> keyLines(String content) {
        Map<String, Integer> lines = new HashMap<>();
        String[] physical = content.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i].strip();
            boolean startsLogical = !continued;
            continued = endsWithOddBackslashes(line);
            if (!startsLogical || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < line.length()) {
                char c = line.charAt(end);
                if (c == '\\') {
                    end += 2;
                    continue;
                }
                if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                }
                end++;
            }
            String key = line.substring(0, Math.min(end, line.length())).replace("\\", "");
            lines.putIfAbsent(key, i + 1);
        }
        return lines;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
