package org.complaintrules.api;

/** The management level a case is escalated to, in increasing order. */
public enum EscalationLevel {
    /** Handled by the agent. */
    NONE,
    /** A team supervisor. */
    SUPERVISOR,
    /** A department manager. */
    MANAGER,
    /** An executive. */
    EXECUTIVE
}
