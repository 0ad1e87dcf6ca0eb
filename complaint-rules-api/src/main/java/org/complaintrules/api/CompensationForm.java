package org.complaintrules.api;

/** Forms in which compensation may be offered. */
public enum CompensationForm {
    /** Money back, in full or in part. */
    REFUND,
    /** A replacement product. */
    REPLACEMENT,
    /** Repair at no cost. */
    REPAIR,
    /** Credit for future purchases. */
    STORE_CREDIT,
    /** A voucher or discount code. */
    VOUCHER,
    /** Priority fix, upgrade or dedicated handling. */
    SERVICE_RECOVERY,
    /** A small token of goodwill. */
    GOODWILL_GESTURE,
    /** A sincere apology, no money. */
    APOLOGY_ONLY
}
