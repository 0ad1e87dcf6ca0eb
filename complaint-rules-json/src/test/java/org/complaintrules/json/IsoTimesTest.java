package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path for the usual dates and instants answers exactly what java.time answers, or
 * declines: on generated values of every year, offset and shape, and on the same texts with one
 * character changed.
 */
class IsoTimesTest {
    private static final int RUNS = 20_000;
    /** What a changed character becomes: digits, separators, look-alikes and letters of every case. */
    private static final String NOISE = "0123456789:-+TtZz .,/\u00a0\uff11\u0661";

    /** @return the ordinary parse, or {@code null} where it rejects the text */
    private static Instant ordinaryInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate ordinaryDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A local date and time of any year from 0 to 9999, written as {@code yyyy-MM-ddTHH:mm:ss}. */
    private static String localText(SplittableRandom r) {
        long second = r.nextLong(
                LocalDate.of(0, 1, 1).toEpochDay() * 86_400,
                LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400);
        return java.time.LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC).toString();
    }

    /** An offset text: {@code Z}, or a sign and hours and minutes, now and then out of range. */
    private static String offsetText(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return "Z";
        }
        return String.format(Locale.ROOT, "%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(62));
    }

    private static String changeOneCharacter(String text, SplittableRandom r) {
        int at = r.nextInt(text.length());
        return text.substring(0, at) + NOISE.charAt(r.nextInt(NOISE.length())) + text.substring(at + 1);
    }

    @Test
    void instantsOfEveryYearAndOffsetAreReadAsJavaTimeReadsThem() {
        SplittableRandom r = new SplittableRandom(20_261_127L);
        int read = 0;
        for (int i = 0; i < RUNS; i++) {
            String local = localText(r);
            // seconds are always written by LocalDateTime.toString() unless they are zero: then the
            // text lacks them, a shape only the ordinary parser reads
            String text = local + offsetText(r);
            Instant expected = ordinaryInstant(text);
            Instant fast = IsoTimes.instant(text);
            if (fast != null) {
                read++;
                assertThat(fast).as(text).isEqualTo(expected);
            } else if (text.length() == 20 || text.length() == 25) {
                assertThat(expected)
                        .as("declined a valid instant of the usual shape: %s", text)
                        .isNull();
            }
        }
        assertThat(read).as("the fast path read most usual texts").isGreaterThan(RUNS / 2);
    }

    @Test
    void aChangedCharacterIsDeclinedOrReadAsJavaTimeReadsIt() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < RUNS; i++) {
            String text = changeOneCharacter(localText(r) + offsetText(r), r);
            Instant fast = IsoTimes.instant(text);
            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(ordinaryInstant(text));
            }
        }
    }

    @Test
    void datesAreReadAsJavaTimeReadsThemOrDeclined() {
        SplittableRandom r = new SplittableRandom(11);
        int read = 0;
        for (int i = 0; i < RUNS; i++) {
            String text = String.format(Locale.ROOT, "%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
            if (r.nextInt(3) == 0) {
                text = changeOneCharacter(text, r);
            }
            LocalDate fast = IsoTimes.date(text);
            LocalDate expected = ordinaryDate(text);
            if (fast != null) {
                read++;
                assertThat(fast).as(text).isEqualTo(expected);
            } else if (text.length() == 10 && text.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9'))) {
                assertThat(expected)
                        .as("declined a valid date of the usual shape: %s", text)
                        .isNull();
            }
        }
        assertThat(read).isGreaterThan(RUNS / 4);
    }

    @Test
    void edgesOfTheCalendarAndOfOffsets() {
        assertThat(IsoTimes.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoTimes.date("2023-02-29")).isNull();
        assertThat(IsoTimes.date("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(IsoTimes.instant("2026-11-20T24:00:00Z")).isNull();
        assertThat(IsoTimes.instant("2026-11-20T23:59:60Z")).isNull();
        assertThat(IsoTimes.instant("2026-11-20T10:15:00+18:00"))
                .isEqualTo(ordinaryInstant("2026-11-20T10:15:00+18:00"));
        assertThat(IsoTimes.instant("2026-11-20T10:15:00+18:01")).isNull();
        assertThat(IsoTimes.instant("2026-11-20T10:15:00-00:00")).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        // shapes left to the ordinary parser, which reads them
        for (String other : new String[] {
            "2026-11-20T10:15Z", "2026-11-20T10:15:00.5Z", "2026-11-20t10:15:00z", "2026-11-20T10:15:00+02:00:30"
        }) {
            assertThat(IsoTimes.instant(other)).as(other).isNull();
            assertThat(ordinaryInstant(other)).as(other).isNotNull();
        }
    }

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < RUNS; i++) {
            Instant instant = Instant.ofEpochSecond(
                    r.nextLong(-70_000_000_000L, 300_000_000_000L), r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
            assertThat(IsoTimes.format(instant)).isEqualTo(instant.toString());
        }
        assertThat(IsoTimes.format(Instant.parse("2026-11-20T10:15:00Z"))).isEqualTo("2026-11-20T10:15:00Z");
        assertThat(IsoTimes.format(Instant.parse("0000-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00Z");
        assertThat(IsoTimes.format(Instant.MAX)).isEqualTo(Instant.MAX.toString());
        assertThat(IsoTimes.format(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    }
}
