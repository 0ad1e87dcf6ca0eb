package org.complaintrules.api;

/** Why a case could not be advised; the {@code error.code} of CONTRACT.md section 3. */
public enum ErrorCode {
    /** Bad JSON, a missing or unknown field, or a value out of range. */
    INVALID_INPUT,
    /** A valid case the policy cannot handle, for example a currency it has no limits for. */
    UNSUPPORTED,
    /** A rule threw, or the rules exceeded the firing limit. */
    RULES_FAILED
}
