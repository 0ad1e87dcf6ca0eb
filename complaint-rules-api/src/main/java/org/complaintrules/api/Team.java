package org.complaintrules.api;

/** Specialist teams a case may be routed to. */
public enum Team {
    /** Legal department. */
    LEGAL,
    /** Regulatory compliance. */
    COMPLIANCE,
    /** Quality management, for recurring causes. */
    QUALITY,
    /** Product or service safety. */
    SAFETY,
    /** The social media team. */
    SOCIAL_MEDIA,
    /** The customer's account manager. */
    ACCOUNT_MANAGEMENT,
    /** Specialists for customers in vulnerable circumstances (FCA FG21/1). Since 0.2. */
    VULNERABLE_CUSTOMERS
}
