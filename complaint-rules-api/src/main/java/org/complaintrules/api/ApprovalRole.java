package org.complaintrules.api;

/** Who may approve compensation up to an amount, in increasing authority. */
public enum ApprovalRole {
    /** The handling agent. */
    AGENT,
    /** A supervisor. */
    SUPERVISOR,
    /** A manager. */
    MANAGER,
    /** An executive. */
    EXECUTIVE
}
