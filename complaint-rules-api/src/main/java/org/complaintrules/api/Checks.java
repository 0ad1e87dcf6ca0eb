package org.complaintrules.api;

import java.util.List;

/** Validation helpers for the records' constructors; every message names the field and quotes the value. */
final class Checks {
    private Checks() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    static String id(String value, String field) {
        required(value, field);
        if (value.isEmpty() || value.length() > InputLimits.MAX_ID_LENGTH) {
            throw new InvalidInputException(
                    field,
                    "must be 1.." + InputLimits.MAX_ID_LENGTH + " characters, was " + value.length() + " characters");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank, was \"" + value + "\"");
        }
        return value;
    }

    static int count(int value, String field, int min) {
        if (value < min || value > InputLimits.MAX_COUNT) {
            throw new InvalidInputException(field, "must be " + min + ".." + InputLimits.MAX_COUNT + ", was " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    static String quote(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "\"" + shown + "\"";
    }
}
