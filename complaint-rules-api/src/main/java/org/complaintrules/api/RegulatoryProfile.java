package org.complaintrules.api;

/** Regulatory deadline profiles (DESIGN.md) that bound the final-response deadline. */
public enum RegulatoryProfile {
    /** No regulator; the policy's own numbers. */
    GENERIC,
    /** UK FCA DISP: summary resolution by the end of the 3rd business day, final response within 8 weeks. */
    UK_FCA,
    /** US CFPB: response within 15 days, final within 60. */
    US_CFPB,
    /** EU PSD2 art. 101: 15 business days, 35 in exceptional cases. */
    EU_PSD2,
    /** AU ASIC RG 271: acknowledge within 24 hours, final response within 30 calendar days. */
    AU_ASIC
}
