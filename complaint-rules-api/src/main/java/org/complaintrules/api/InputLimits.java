package org.complaintrules.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The limits on input that protect the library from hostile or broken cases, in one place.
 * A value past a limit is rejected as {@link ErrorCode#INVALID_INPUT}; nothing is truncated
 * silently. Text analysis is linear in the text length, so {@link #MAX_TEXT_LENGTH} also
 * bounds its cost.
 */
public final class InputLimits {
    /** Longest {@code complaint.id} and {@code customer.id}, in characters (Unicode code points). */
    public static final int MAX_ID_LENGTH = 128;
    /**
     * Longest {@code complaint.text}, in characters (Unicode code points, as JSON Schema's
     * {@code maxLength} counts them: an emoji is one character; see {@link #textLength}).
     */
    public static final int MAX_TEXT_LENGTH = 100_000;
    /** Longest {@code complaint.language} tag. */
    public static final int MAX_LANGUAGE_TAG_LENGTH = 35;
    /** Most host-supplied {@code complaint.signals}. */
    public static final int MAX_SIGNALS = 64;
    /** Largest count ({@code complaintsLast12Months}, {@code contacts}, ...). */
    public static final int MAX_COUNT = 100_000;
    /** Largest money amount accepted. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /** Most digits after the decimal point in a money amount. */
    public static final int MAX_AMOUNT_SCALE = 4;
    /**
     * Largest JSON text of one case the JSON reader accepts, in characters: a document, a JSON Lines
     * line or an array element. Batches themselves have no size limit; they are streamed.
     */
    public static final int MAX_DOCUMENT_LENGTH = 4 * MAX_TEXT_LENGTH;

    /**
     * Earliest date accepted in a case ({@code complaint.receivedAt}, {@code complaint.incidentDate},
     * {@code customer.customerSince}). Since 0.2.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    /**
     * Latest date accepted in a case ({@code complaint.receivedAt}, {@code complaint.incidentDate},
     * {@code customer.customerSince}); later values are typing errors, and deadlines computed from
     * them would overflow. Since 0.2.
     */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    /** The first instant of {@link #EARLIEST_DATE} in UTC. Since 0.2. */
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    /** The last instant of {@link #LATEST_DATE} in UTC. Since 0.2. */
    public static final Instant LATEST_INSTANT =
            LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);

    private InputLimits() {}

    /**
     * The length of a text as {@link #MAX_TEXT_LENGTH} counts it, for checking it against the limit.
     *
     * @param text a text, or {@code null}
     * @return 0 for {@code null}; for a text of more UTF-16 units than {@link #MAX_TEXT_LENGTH}, its
     *     length in Unicode code points; for a shorter one, its length in UTF-16 units (then within the
     *     limit whichever way it is counted, and not counted again). Since 0.2
     */
    public static int textLength(String text) {
        if (text == null) {
            return 0;
        }
        // at most one code point per UTF-16 unit: a text that short is within the limit either way
        return text.length() <= MAX_TEXT_LENGTH ? text.length() : text.codePointCount(0, text.length());
    }
}
