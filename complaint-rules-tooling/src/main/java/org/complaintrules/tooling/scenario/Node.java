package org.complaintrules.tooling.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A JSON value together with its path in the scenario file, for strict reading with clear errors. */
final class Node {
    private final JsonNode json;
    private final String path;

    Node(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    String path() {
        return path;
    }

    JsonNode json() {
        return json;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Fails on the first key not in {@code allowed}, naming it and the keys that are allowed. */
    Node onlyKeys(Set<String> allowed) {
        requireObject();
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new BadScenario(
                        child(k), "unknown key \"" + k + "\"; allowed here: " + new java.util.TreeSet<>(allowed));
            }
        }
        return this;
    }

    Node requireObject() {
        if (!json.isObject()) {
            throw new BadScenario(path, "must be a JSON object, was " + describe(json));
        }
        return this;
    }

    boolean has(String key) {
        return json.has(key) && !json.get(key).isNull();
    }

    Node get(String key) {
        if (!has(key)) {
            throw new BadScenario(child(key), "is required");
        }
        return new Node(json.get(key), child(key));
    }

    Node object(String key) {
        return has(key) ? get(key).requireObject() : null;
    }

    String text(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = json.get(key);
        if (!v.isTextual()) {
            throw new BadScenario(child(key), "must be a string, was " + describe(v));
        }
        return v.asText();
    }

    String requiredText(String key) {
        String v = text(key);
        if (v == null) {
            throw new BadScenario(child(key), "is required");
        }
        if (v.isBlank()) {
            throw new BadScenario(child(key), "must not be blank");
        }
        return v;
    }

    <T> T parsed(String key, Function<String, T> parse, String what) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (RuntimeException e) {
            throw new BadScenario(child(key), "must be " + what + ", was \"" + v + "\"");
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return parsed(key, v -> Enum.valueOf(type, v), "one of " + List.of(type.getEnumConstants()));
    }

    /** @return the strings of a JSON array, or {@code null} when the key is absent */
    List<String> texts(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = json.get(key);
        if (!v.isArray()) {
            throw new BadScenario(child(key), "must be a JSON array of strings, was " + describe(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new BadScenario(child(key) + "[" + i + "]", "must be a string, was " + describe(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    <E extends Enum<E>> List<E> enums(String key, Class<E> type) {
        List<String> raw = texts(key);
        if (raw == null) {
            return null;
        }
        List<E> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                out.add(Enum.valueOf(type, raw.get(i)));
            } catch (IllegalArgumentException e) {
                throw new BadScenario(
                        child(key) + "[" + i + "]",
                        "must be one of " + List.of(type.getEnumConstants()) + ", was \"" + raw.get(i) + "\"");
            }
        }
        return out;
    }

    Integer integer(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = json.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new BadScenario(child(key), "must be a whole number, was " + describe(v));
        }
        return v.intValue();
    }

    Boolean bool(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = json.get(key);
        if (!v.isBoolean()) {
            throw new BadScenario(child(key), "must be true or false, was " + describe(v));
        }
        return v.booleanValue();
    }

    static String describe(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** A problem at a JSON path; the loader adds the file name. */
    static final class BadScenario extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final String detail;

        BadScenario(String path, String detail) {
            super(path + ": " + detail);
            this.path = path;
            this.detail = detail;
        }

        String path() {
            return path;
        }

        String detail() {
            return detail;
        }
    }
}
