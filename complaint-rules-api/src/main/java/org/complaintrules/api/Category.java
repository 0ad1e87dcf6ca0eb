package org.complaintrules.api;

/** What the complaint is about. */
public enum Category {
    /** A faulty or poor product. */
    PRODUCT_QUALITY,
    /** A poor service. */
    SERVICE_QUALITY,
    /** Charges, invoices, refunds. */
    BILLING,
    /** Late, lost or damaged delivery. */
    DELIVERY,
    /** How staff behaved. */
    STAFF_CONDUCT,
    /** Waiting too long. */
    WAIT_TIME,
    /** Personal data handling. */
    PRIVACY,
    /** A risk to health or safety. */
    SAFETY,
    /** Anything else. */
    OTHER
}
