package org.complaintrules.api;

/** How soon the case must be worked. */
public enum Priority {
    /** Routine. */
    LOW,
    /** The default. */
    NORMAL,
    /** Ahead of normal work. */
    HIGH,
    /** At once. */
    URGENT
}
