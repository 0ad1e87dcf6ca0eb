package org.complaintrules.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** Validation helpers for the records' constructors; every message names the field and quotes the value. */
final class Checks {
    private Checks() {}

    /**
     * @throws InvalidInputException when {@code value} is not null and not a well-formed BCP-47 tag
     *     ({@link #isLanguageTag}) of at most {@link InputLimits#MAX_LANGUAGE_TAG_LENGTH} characters
     */
    static String languageTag(String value, String field) {
        if (value != null && (value.length() > InputLimits.MAX_LANGUAGE_TAG_LENGTH || !isLanguageTag(value))) {
            throw new InvalidInputException(
                    field, "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was " + quote(value));
        }
        return value;
    }

    /**
     * Whether a text is a well-formed BCP-47 language tag as the JDK reads one ({@link
     * Locale.Builder#setLanguageTag}): a language with its optional extended language, script,
     * region, variant, extension and private-use subtags ({@code en}, {@code zh-Hans},
     * {@code de-CH-1996}, {@code en-u-ca-gregory}), a private-use tag ({@code x-klingon}), or a
     * grandfathered tag ({@code i-klingon}, {@code en-GB-oed}, {@code zh-min-nan}). Whether the
     * library has word lists for its language is another matter: a tag it has none for is read as
     * any other such language.
     */
    private static boolean isLanguageTag(String value) {
        if (value.isEmpty()) {
            return false; // the builder reads "" as "no locale"
        }
        try {
            new Locale.Builder().setLanguageTag(value);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    static String id(String value, String field) {
        required(value, field);
        // characters are code points: an emoji is one character, not two UTF-16 units
        int characters = value.codePointCount(0, value.length());
        if (characters == 0 || characters > InputLimits.MAX_ID_LENGTH) {
            throw new InvalidInputException(
                    field,
                    "must be 1.." + InputLimits.MAX_ID_LENGTH + " characters, was " + characters + " characters");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank, was \"" + value + "\"");
        }
        return value;
    }

    static String nonBlank(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank, was " + quote(value));
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

    /** The offset of the earliest calendar on Earth (Line Islands): the latest date anywhere at an instant. */
    static final ZoneOffset LATEST_OFFSET = ZoneOffset.ofHours(14);

    static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.isBefore(InputLimits.EARLIEST_DATE) || value.isAfter(InputLimits.LATEST_DATE))) {
            throw new InvalidInputException(
                    field,
                    "must be from " + InputLimits.EARLIEST_DATE + " to " + InputLimits.LATEST_DATE + ", was \"" + value
                            + "\"");
        }
        return value;
    }

    static Instant instant(Instant value, String field) {
        if (value != null
                && (value.isBefore(InputLimits.EARLIEST_INSTANT) || value.isAfter(InputLimits.LATEST_INSTANT))) {
            throw new InvalidInputException(
                    field,
                    "must be from " + InputLimits.EARLIEST_DATE + " to " + InputLimits.LATEST_DATE + ", was \"" + value
                            + "\"");
        }
        return value;
    }

    /**
     * The date of receipt that a date field ({@code incidentDate}, {@code customerSince}) may not
     * be after: the date in the complaint's time zone, else the latest date anywhere at that
     * instant, so that no valid date is rejected for want of a zone.
     */
    static LocalDate receivedDate(Instant receivedAt, ZoneId zone) {
        return receivedAt.atZone(zone != null ? zone : LATEST_OFFSET).toLocalDate();
    }

    /** @return how {@link #receivedDate} was taken, for messages: {@code "in Europe/Tallinn"} */
    static String receivedDateBasis(ZoneId zone) {
        return zone != null ? "in " + zone.getId() : "at UTC+14, the latest date anywhere";
    }

    static String quote(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "\"" + shown + "\"";
    }
}
