package org.complaintrules.tooling.scenario;

import java.time.Instant;
import java.util.Objects;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.Term;

/**
 * A time limit after receipt as policy owners write it, a {@link Term}: {@code 30m}, {@code 24h},
 * {@code 3d}, {@code 8w}, or {@code 15bd} for business days. It is counted on the same
 * {@link CaseClock} the advisor counts deadlines on (the complaint's jurisdiction, time zone and
 * business calendar), so a scenario and the rules never disagree about a date.
 *
 * @param text the limit as written
 * @param term the limit
 */
public record Within(String text, Term term) {

    /**
     * Validates the components.
     *
     * @param text any text
     * @param term the limit
     */
    public Within {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(term, "term");
    }

    /**
     * @param text e.g. {@code 24h}, {@code 8w}, {@code 15bd}
     * @return the limit
     * @throws IllegalArgumentException when the text is not such a limit
     */
    public static Within parse(String text) {
        return new Within(text, Term.parse(text));
    }

    /**
     * @param clock the complaint's clock
     * @return the latest instant this limit allows
     */
    public Instant latest(CaseClock clock) {
        return clock.after(term);
    }

    /**
     * @param receivedAt when the complaint was received
     * @return the latest instant this limit allows on the 0.1 clock (UTC, Monday to Friday)
     */
    public Instant latest(Instant receivedAt) {
        return latest(CaseClock.utc(receivedAt));
    }

    @Override
    public String toString() {
        return text;
    }
}
