package org.complaintrules.api;

import java.util.List;
import java.util.Objects;

/**
 * Whom to involve.
 *
 * @param level the management level
 * @param teams specialist teams
 * @param reasons codes saying why, e.g. {@code LEGAL_THREAT}
 */
public record Escalation(EscalationLevel level, List<Team> teams, List<String> reasons) {
    /**
     * Validates the components and copies the lists.
     *
     * @param level the management level
     * @param teams specialist teams
     * @param reasons codes saying why, e.g. {@code LEGAL_THREAT}
     */
    public Escalation {
        Objects.requireNonNull(level, "level");
        teams = teams == null ? List.of() : List.copyOf(teams);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
