package org.complaintrules.api;

/** The customer's commercial segment. */
public enum Segment {
    /** Most customers; the default. */
    STANDARD,
    /** Pays for a higher tier. */
    PREMIUM,
    /** Named, high-value customers. */
    VIP
}
