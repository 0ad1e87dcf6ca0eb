package org.complaintrules.drools.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dated versions of policy values: {@code key@YYYY-MM-DD=value} is the value of {@code key} in force
 * for complaints received on or after that date (the date of receipt in the complaint's time zone);
 * the plain {@code key=value} is in force before the first dated version. The version in force is
 * chosen by the complaint's receipt, never by the wall clock, so replaying old complaints gives the
 * old answers.
 */
final class DatedValues {
    /** Keys that shape the policy as a whole and so cannot change by date. */
    private static final Set<String> UNDATED =
            Set.of("name", "version", "currency", "regulatory.profile", "type.precedence");

    private DatedValues() {}

    /**
     * @param raw every key as written, dated ones included
     * @return the plain values (dated keys left out)
     */
    static Map<String, String> plain(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (k.indexOf('@') < 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * @param raw every key as written
     * @return each date on which some value changes, with the values changing then, in date order
     * @throws IllegalArgumentException naming the key when a dated key is malformed, names a key that
     *         cannot change by date, or has no plain value to be in force before it
     */
    static TreeMap<LocalDate, Map<String, String>> changes(Map<String, String> raw) {
        return changes(raw, raw);
    }

    /**
     * @param dated the keys to read the changes from
     * @param raw every key as written, for the plain values the dated ones need
     * @return each date on which some value changes, with the values changing then, in date order
     * @throws IllegalArgumentException naming the key when a dated key is malformed
     */
    static TreeMap<LocalDate, Map<String, String>> changes(Map<String, String> dated, Map<String, String> raw) {
        TreeMap<LocalDate, Map<String, String>> out = new TreeMap<>();
        dated.forEach((k, v) -> {
            int at = k.indexOf('@');
            if (at < 0) {
                return;
            }
            String key = k.substring(0, at);
            String date = k.substring(at + 1);
            LocalDate from;
            try {
                from = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(k + " must be written key@YYYY-MM-DD (the date the value comes"
                        + " into force), was \"" + k + "\"");
            }
            if (key.isEmpty() || UNDATED.contains(key) || key.startsWith("clock.")) {
                throw new IllegalArgumentException(
                        k + ": \"" + key + "\" cannot have dated versions (only the numbers and texts rules read can)");
            }
            if (!raw.containsKey(key)) {
                throw new IllegalArgumentException(
                        k + ": a dated version needs the plain " + key + "=... in force before " + from);
            }
            out.computeIfAbsent(from, d -> new LinkedHashMap<>()).put(key, v);
        });
        return out;
    }
}
