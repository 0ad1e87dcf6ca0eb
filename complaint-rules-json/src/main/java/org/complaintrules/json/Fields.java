package org.complaintrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;

/**
 * Typed, path-aware access to the fields of one JSON object. Every failure is an
 * {@link InvalidInputException} whose field is the full path and whose detail quotes the value.
 * A JSON {@code null} is treated as an absent field.
 */
final class Fields {
    private static final Set<String> MONEY_FIELDS = Set.of("amount", "currency");
    private static final String TIME_ZONE = "an IANA time-zone id such as \"Europe/Tallinn\"";

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * @param node the value that must be an object
     * @param path its path, or {@code null} at the top level
     * @param allowed the field names it may have
     * @return a view of the object
     * @throws InvalidInputException when the value is not an object or has a field not in {@code allowed}
     */
    static Fields of(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(
                    path,
                    (path == null ? "must be a JSON object, was " : "must be an object, was ") + Texts.describe(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(Texts.child(path, name), "unknown field " + Texts.quote(name));
            }
        }
        return new Fields(node, path);
    }

    /** @return the path of this object, or {@code null} at the top level */
    String path() {
        return path;
    }

    /** @return the path of a field of this object */
    String pathOf(String name) {
        return Texts.child(path, name);
    }

    /** @return the field's value, or {@code null} when absent or JSON null */
    JsonNode get(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** @return the field's value, never null */
    JsonNode require(String name) {
        JsonNode v = get(name);
        if (v == null) {
            throw new InvalidInputException(pathOf(name), "is required");
        }
        return v;
    }

    /** @return the nested object, or {@code null} when absent */
    Fields object(String name, Set<String> allowed, boolean required) {
        JsonNode v = required ? require(name) : get(name);
        return v == null ? null : of(v, pathOf(name), allowed);
    }

    /** @return the string, or {@code null} when absent and not required */
    String string(String name, boolean required) {
        JsonNode v = required ? require(name) : get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(pathOf(name), "must be a string, was " + Texts.describe(v));
        }
        return v.textValue();
    }

    /**
     * @param min the smallest value the field accepts, quoted when a number does not fit an int
     * @param max the largest value the field accepts, likewise
     * @return the whole number, or {@code null} when absent; range checks are left to the records
     */
    Integer integer(String name, boolean required, int min, int max) {
        JsonNode v = required ? require(name) : get(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            // 2e0 and 3.0 stand for whole numbers, but are not written as one: nothing sent is rewritten
            String how = v.isBigDecimal() && isWhole(v.decimalValue()) ? " written without a fraction or exponent" : "";
            throw new InvalidInputException(
                    pathOf(name), "must be a whole number" + how + ", was " + Texts.describe(v));
        }
        if (!v.canConvertToInt()) {
            throw new InvalidInputException(pathOf(name), "must be " + min + ".." + max + ", was " + Texts.describe(v));
        }
        return v.intValue();
    }

    /** @return whether a decimal has no fraction; never expands its exponent (1e999999999 stays small) */
    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** @return the boolean, or {@code fallback} when absent */
    boolean bool(String name, boolean fallback) {
        JsonNode v = get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new InvalidInputException(pathOf(name), "must be true or false, was " + Texts.describe(v));
        }
        return v.booleanValue();
    }

    /** @return the constant, or {@code null} when absent and not required */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        JsonNode v = required ? require(name) : get(name);
        return v == null ? null : constant(v, pathOf(name), type);
    }

    /** @return the constant named by {@code v}; names are exact and upper-case */
    static <E extends Enum<E>> E constant(JsonNode v, String path, Class<E> type) {
        if (v != null && v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.textValue())) {
                    return e;
                }
            }
        }
        throw new InvalidInputException(path, "must be one of " + Texts.names(type) + ", was " + Texts.describe(v));
    }

    /** @return the instant, or {@code null} when absent and not required; offsets are converted to UTC */
    Instant instant(String name, boolean required) {
        String text = typed(name, required, "an ISO-8601 instant such as \"2026-11-20T10:15:00Z\"");
        if (text == null) {
            return null;
        }
        Instant usual = IsoTimes.instant(text);
        if (usual != null) {
            return usual;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            String detail = "must be an ISO-8601 instant such as \"2026-11-20T10:15:00Z\", was " + Texts.quote(text);
            if (isLocalDateTime(text)) {
                detail = "must be an ISO-8601 instant with an offset such as \"2026-11-20T10:15:00Z\" or "
                        + "\"2026-11-20T12:15:00+02:00\", was " + Texts.quote(text);
            }
            throw new InvalidInputException(pathOf(name), detail);
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** @return the date, or {@code null} when absent and not required */
    LocalDate date(String name, boolean required) {
        String text = typed(name, required, "an ISO-8601 date such as \"2019-03-01\"");
        if (text == null) {
            return null;
        }
        LocalDate usual = IsoTimes.date(text);
        if (usual != null) {
            return usual;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    pathOf(name), "must be an ISO-8601 date such as \"2019-03-01\", was " + Texts.quote(text));
        }
    }

    /**
     * @return the jurisdiction such as {@code "GB-SCT"}, or {@code null} when absent
     * @throws InvalidInputException naming this field when the code is malformed or names an unknown country
     */
    Jurisdiction jurisdiction(String name) {
        String text = typed(name, false, "an ISO 3166 code such as \"GB\" or \"GB-SCT\"");
        if (text == null) {
            return null;
        }
        try {
            return Jurisdiction.of(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(pathOf(name), e.detail());
        }
    }

    /**
     * @return the zone, or {@code null} when absent; fixed offsets are returned for the record to
     *         reject with its own message
     * @throws InvalidInputException naming this field when the text is no zone id at all
     */
    ZoneId timeZone(String name) {
        String text = typed(name, false, TIME_ZONE);
        if (text == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException(pathOf(name), "must be " + TIME_ZONE + ", was " + Texts.quote(text));
        }
        if (!zone.getId().equals(text)) {
            // an offset the zone rules rewrite ("GMT+2" becomes "GMT+02:00"): no IANA id, and the
            // message quotes what was sent, not the rewritten form the record would quote
            throw new InvalidInputException(
                    pathOf(name),
                    "must be " + TIME_ZONE
                            + (zone.normalized() instanceof ZoneOffset ? " (a fixed offset is not a time zone)" : "")
                            + ", was " + Texts.quote(text));
        }
        return zone;
    }

    /** @return the ISO-8601 period such as {@code "P6M"}, or {@code null} when absent */
    Period period(String name) {
        String text = typed(name, false, "an ISO-8601 period such as \"P6M\"");
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    pathOf(name), "must be an ISO-8601 period such as \"P6M\", was " + Texts.quote(text));
        }
    }

    private String typed(String name, boolean required, String what) {
        JsonNode v = required ? require(name) : get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(pathOf(name), "must be " + what + ", was " + Texts.describe(v));
        }
        return v.textValue();
    }

    /**
     * @return the money object {@code {"amount": "89.99", "currency": "EUR"}}, or {@code null} when absent
     *         and not required; the amount must be a JSON string
     */
    Money money(String name, boolean required) {
        Fields m = object(name, MONEY_FIELDS, required);
        if (m == null) {
            return null;
        }
        JsonNode amount = m.require("amount");
        if (amount.isNumber()) {
            throw new InvalidInputException(
                    m.pathOf("amount"),
                    "must be a decimal in a JSON string such as \"89.99\""
                            + " (quote it: JSON numbers are not accepted for money), was " + Texts.describe(amount));
        }
        String amountText = m.string("amount", true);
        String currency = m.string("currency", true);
        try {
            return Money.of(amountText, currency);
        } catch (InvalidInputException e) {
            throw e.under(m.path());
        }
    }

    /** @return the array's elements mapped in order; an absent array is empty */
    <T> List<T> list(String name, boolean required, String what, BiFunction<JsonNode, String, T> element) {
        JsonNode v = required ? require(name) : get(name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidInputException(pathOf(name), "must be an array of " + what + ", was " + Texts.describe(v));
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(element.apply(v.get(i), pathOf(name) + "[" + i + "]"));
        }
        return out;
    }
}
