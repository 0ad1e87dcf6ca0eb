package org.complaintrules.api;

/** The kind of complainant (DESIGN.md, after Wysocki, Kepner and Glasser). */
public enum ComplainantType {
    /** Rarely complains; surfaces through surveys and reviews; silent churn risk. */
    PASSIVE,
    /** Complains readily, loudly, at length. */
    AGGRESSIVE,
    /** Expects the absolute best and pays for it; wants results. */
    HIGH_ROLLER,
    /** Aims to win more than they are entitled to. */
    RIP_OFF,
    /** Never satisfied, yet values honest effort. */
    CHRONIC,
    /** No type has enough evidence; most complainants. */
    MODERATE
}
