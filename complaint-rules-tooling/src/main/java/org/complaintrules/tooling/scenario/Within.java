package org.complaintrules.tooling.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.drools.model.AdviceDraft;

/**
 * A time limit after receipt as policy owners write it: {@code 30m}, {@code 24h}, {@code 3d},
 * {@code 8w}, or {@code 15bd} for business days (Monday to Friday, the deadline being the end of
 * that day in UTC, as {@code AdviceDraft.resolveWithinBusinessDays} computes it).
 *
 * @param text the limit as written
 * @param duration the limit as a duration, or {@code null} for business days
 * @param businessDays the number of business days, or 0 for a duration
 */
public record Within(String text, Duration duration, int businessDays) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})\\s*(m|h|d|w|bd)");

    /**
     * Validates the components.
     *
     * @param text any text
     * @param duration the limit as a duration, or {@code null} for business days
     * @param businessDays the number of business days, or 0 for a duration
     */
    public Within {
        Objects.requireNonNull(text, "text");
        if ((duration == null) == (businessDays <= 0)) {
            throw new IllegalArgumentException("a limit is either a duration or business days, was " + text);
        }
    }

    /**
     * @param text e.g. {@code 24h}, {@code 8w}, {@code 15bd}
     * @return the limit
     * @throws IllegalArgumentException when the text is not such a limit
     */
    public static Within parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time limit: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> new Within(text, Duration.ofMinutes(n), 0);
            case "h" -> new Within(text, Duration.ofHours(n), 0);
            case "d" -> new Within(text, Duration.ofDays(n), 0);
            case "w" -> new Within(text, Duration.ofDays(7 * n), 0);
            default -> new Within(text, null, (int) n);
        };
    }

    /**
     * @param receivedAt when the complaint was received
     * @return the latest instant this limit allows
     */
    public Instant latest(Instant receivedAt) {
        if (duration != null) {
            return receivedAt.plus(duration);
        }
        return AdviceDraft.endOfBusinessDay(receivedAt, businessDays);
    }

    @Override
    public String toString() {
        return text;
    }
}
