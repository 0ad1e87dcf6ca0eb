package org.complaintrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values are shown in error messages: short, quoted, never the whole input. */
final class Texts {
    /** Longest part of a string value quoted in a message. */
    static final int MAX_QUOTED = 40;

    private Texts() {}

    /**
     * @param value a string
     * @return the string in double quotes, cut after {@value #MAX_QUOTED} characters (never between the
     *     two halves of a character), control characters and unpaired surrogates escaped as <code>&#92;u0001</code>
     */
    static String quote(String value) {
        int cut = value.length() > MAX_QUOTED && Character.isHighSurrogate(value.charAt(MAX_QUOTED - 1))
                ? MAX_QUOTED - 1
                : MAX_QUOTED;
        String shown = value.length() > MAX_QUOTED ? value.substring(0, cut) + "..." : value;
        StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || isUnpaired(shown, i)) {
                sb.append(escape(c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** @return {@code c} as a JSON escape, <code>&#92;ud800</code> */
    static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    /**
     * @param text a text
     * @return the index of its first unpaired UTF-16 surrogate (a high surrogate not followed by a low
     *     one, or a low one not after a high one: half a character, which no Unicode text holds), or -1
     */
    static int unpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i)) && isUnpaired(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnpaired(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** @return the text with its unpaired surrogates escaped ({@link #escape}), else as it is */
    static String escapeUnpaired(String text) {
        if (unpairedSurrogate(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(Character.isSurrogate(c) && isUnpaired(text, i) ? escape(c) : String.valueOf(c));
        }
        return sb.toString();
    }

    /**
     * @param node a JSON value
     * @return the value as a message shows it: strings quoted, numbers and literals as written (a decimal
     *     number read by {@link JsonDocuments} as it was written: {@code 2e0}, not {@code 2}), containers named
     */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "absent";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node instanceof JsonDocuments.WrittenDecimal decimal) {
            return decimal.written.length() > MAX_QUOTED
                    ? decimal.written.substring(0, MAX_QUOTED) + "..."
                    : decimal.written;
        }
        if (node.isNumber()) {
            // BigDecimal.toString, never toPlainString: 1e999999999 must not become a gigabyte of zeros
            String text = node.isBigDecimal() ? node.decimalValue().toString() : node.asText();
            return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param type an enum
     * @return its constant names, comma separated
     */
    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * @param parent a path, or {@code null} for the top level
     * @param name a field name
     * @return {@code parent.name}, or {@code name} at the top level
     */
    static String child(String parent, String name) {
        String shown = escapeUnpaired(name.length() > 64 ? name.substring(0, 64) + "..." : name);
        return parent == null ? shown : parent + "." + shown;
    }
}
