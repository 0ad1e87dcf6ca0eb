package org.complaintrules.api;

/**
 * Regulatory deadline profiles (DESIGN.md, CONTRACT.md section 5.1) that bound the deadlines and
 * name the body a customer may refer the complaint to. Each profile has a default jurisdiction, whose
 * public holidays and time zone the legal clock uses when the complaint names none.
 */
public enum RegulatoryProfile {
    /** No regulator; the policy's own numbers. No default jurisdiction, no referral. */
    GENERIC,
    /**
     * UK FCA DISP: summary resolution by the close of the 3rd business day, final response within 8
     * weeks (payment services and e-money: 15 business days, 35 in exceptional circumstances); referral
     * to the Financial Ombudsman Service. Default jurisdiction {@code GB} (England and Wales).
     */
    UK_FCA,
    /** US CFPB: response within 15 days, final within 60. Default jurisdiction {@code US}. */
    US_CFPB,
    /**
     * EU PSD2 art. 101: 15 business days, 35 in exceptional cases, on the member state's calendar. No
     * default jurisdiction: without one, business days skip weekends only. For payment services, e-money
     * and a service not named ({@link RegulatedService#OTHER}); a complaint about another service gets no
     * regulatory limit and no referral from this profile, and the advice says so in its warnings.
     */
    EU_PSD2,
    /**
     * AU ASIC RG 271: acknowledge within 24 hours (or one business day), final response within 30
     * calendar days (21 for hardship and default notices, 45 for superannuation); referral to AFCA.
     * Default jurisdiction {@code AU}.
     */
    AU_ASIC,
    /**
     * Central Bank of Ireland Consumer Protection Code: acknowledge within 5 business days, update at
     * least every 20 business days, resolve within 40 business days; referral to the Financial
     * Services and Pensions Ombudsman. Default jurisdiction {@code IE}. Since 0.2.
     */
    IE_CBI
}
