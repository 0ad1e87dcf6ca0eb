package org.complaintrules.api;

/**
 * The regulated service a complaint is about (CONTRACT.md section 5.1, {@code complaint.service}).
 * Some regulators set other clocks for some services; {@link #OTHER} is the default when the
 * input does not say. Since 0.2.
 */
public enum RegulatedService {
    /** A payment service (UK PSRs, EU PSD2): 15 business days, 35 in exceptional cases. */
    PAYMENT_SERVICE,
    /** Electronic money (UK EMRs): the payment-service clock. */
    E_MONEY,
    /** Credit: loans, cards, buy now pay later. */
    CREDIT,
    /** Financial hardship or a default notice on credit (AU: 21 days). */
    CREDIT_HARDSHIP,
    /** Superannuation (AU: 45 days). */
    SUPERANNUATION,
    /** Insurance. */
    INSURANCE,
    /** Investments. */
    INVESTMENT,
    /**
     * Anything else, or not said: the profile's general clock (under EU_PSD2, whose only clock is the
     * payment-services one, that one). The default.
     */
    OTHER
}
