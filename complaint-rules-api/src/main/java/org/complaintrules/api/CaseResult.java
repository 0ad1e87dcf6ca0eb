package org.complaintrules.api;

/**
 * What a case is answered with: an {@link Advice}, or a {@link CaseError} in its place.
 */
public sealed interface CaseResult permits Advice, CaseError {
    /** @return the case id, or {@code null} when it could not be read */
    String caseId();
}
