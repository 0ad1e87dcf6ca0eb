package org.complaintrules.testkit;

/**
 * A label asked about is not one any generator of the kit produces (usually a typo such as
 * {@code signal=LEGAL_THRET}); the message names the known labels. The property runner lets it
 * through at once instead of treating it as a counterexample.
 */
public final class UnknownLabelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was asked and which labels are known */
    public UnknownLabelException(String message) {
        super(message);
    }
}
