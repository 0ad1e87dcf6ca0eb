package org.complaintrules.spring;

import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.ErrorCode;

/**
 * The advisor cannot answer yet: its policy is still compiling, or did not compile. A case refused
 * this way is answered with {@link ErrorCode#RULES_FAILED}; the HTTP layer answers 503 with a
 * {@code Retry-After} header.
 */
public final class PolicyNotReadyException extends ComplaintRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message why, e.g. {@code "the policy is still compiling; retry shortly"}
     * @param cause the compile failure, or {@code null}
     */
    public PolicyNotReadyException(String message, Throwable cause) {
        super(ErrorCode.RULES_FAILED, message, cause);
    }
}
