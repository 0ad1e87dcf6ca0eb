package org.complaintrules.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The usual shapes of the contract's dates and instants, read and written without java.time's
 * formatters: nearly every case has the same few of them ({@code 2026-11-20T10:15:00Z},
 * {@code 2026-11-20T12:15:00+02:00}, {@code 2019-03-01}), and each advice writes four or five
 * instants. The formatters' general machinery (a parsed-field map and its resolution per value)
 * cost more than the rest of reading a case's fields, and their code is among the largest the JIT
 * compiles in a batch.
 *
 * <p>Every method answers exactly what java.time answers, or declines: {@link #instant} and {@link
 * #date} return {@code null} for any text outside the shapes they know (a fraction of a second, a
 * year of five digits, an offset with seconds, lower-case letters, an invalid day), and the caller
 * then parses it the ordinary way, which also words the error; {@link #format} falls back to {@link
 * Instant#toString()} outside years 0000-9999 or with a fraction of a second.
 */
final class IsoTimes {
    /** 0000-01-01T00:00:00Z: before it, {@link Instant#toString()} writes a sign. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    /** 9999-12-31T23:59:59Z: after it, {@link Instant#toString()} writes a sign and five digits. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private IsoTimes() {}

    /**
     * @param text an instant with an offset, such as {@code 2026-11-20T10:15:00Z} or
     *     {@code 2026-11-20T12:15:00+02:00}
     * @return the instant, as {@code OffsetDateTime.parse(text).toInstant()} gives it; {@code null}
     *     when the text has another shape or is not a valid instant
     */
    static Instant instant(String text) {
        int n = text.length();
        if ((n != 20 && n != 25) || text.charAt(10) != 'T' || !dateShape(text) || !timeShape(text)) {
            return null;
        }
        int offsetSeconds;
        if (n == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            char sign = text.charAt(19);
            if ((sign != '+' && sign != '-') || text.charAt(22) != ':') {
                return null;
            }
            int hours = twoDigits(text, 20);
            int minutes = twoDigits(text, 23);
            if (hours < 0 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    fourDigits(text, 0),
                    twoDigits(text, 5),
                    twoDigits(text, 8),
                    twoDigits(text, 11),
                    twoDigits(text, 14),
                    twoDigits(text, 17));
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // an invalid day, time or offset: the ordinary parser words the error
        }
    }

    /**
     * @param text a date such as {@code 2019-03-01}
     * @return the date, as {@code LocalDate.parse(text)} gives it; {@code null} when the text has
     *     another shape or is not a valid date
     */
    static LocalDate date(String text) {
        if (text.length() != 10 || !dateShape(text)) {
            return null;
        }
        try {
            return LocalDate.of(fourDigits(text, 0), twoDigits(text, 5), twoDigits(text, 8));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @param instant an instant
     * @return the same text as {@link Instant#toString()}
     */
    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        if (instant.getNano() != 0 || second < FIRST_SECOND || second > LAST_SECOND) {
            return instant.toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        int year = t.getYear();
        char[] c = new char[20];
        put(c, 0, year / 100);
        put(c, 2, year % 100);
        c[4] = '-';
        put(c, 5, t.getMonthValue());
        c[7] = '-';
        put(c, 8, t.getDayOfMonth());
        c[10] = 'T';
        put(c, 11, t.getHour());
        c[13] = ':';
        put(c, 14, t.getMinute());
        c[16] = ':';
        put(c, 17, t.getSecond());
        c[19] = 'Z';
        return new String(c);
    }

    /** @return whether positions 0-9 read {@code dddd-dd-dd} */
    private static boolean dateShape(String s) {
        return s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && fourDigits(s, 0) >= 0
                && twoDigits(s, 5) >= 0
                && twoDigits(s, 8) >= 0;
    }

    /** @return whether positions 11-18 read {@code dd:dd:dd} */
    private static boolean timeShape(String s) {
        return s.charAt(13) == ':'
                && s.charAt(16) == ':'
                && twoDigits(s, 11) >= 0
                && twoDigits(s, 14) >= 0
                && twoDigits(s, 17) >= 0;
    }

    /** @return the ASCII digits at {@code at} and {@code at + 1} as a number, or -1 */
    private static int twoDigits(String s, int at) {
        int a = s.charAt(at) - '0';
        int b = s.charAt(at + 1) - '0';
        return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
    }

    /** @return the four ASCII digits from {@code at} as a number, or -1 */
    private static int fourDigits(String s, int at) {
        int high = twoDigits(s, at);
        int low = twoDigits(s, at + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    private static void put(char[] c, int at, int twoDigits) {
        c[at] = (char) ('0' + twoDigits / 10);
        c[at + 1] = (char) ('0' + twoDigits % 10);
    }
}
