package org.complaintrules.api;

/**
 * Root of every exception complaint-rules throws on purpose. Unchecked: a host catches it
 * where it answers a case, and {@link #code()} says which contract error it becomes.
 */
public class ComplaintRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The error code. */
    private final ErrorCode code;

    /**
     * @param code the contract error code
     * @param message what went wrong, naming the field or rule and the value
     * @param cause the underlying failure, or {@code null}
     */
    public ComplaintRulesException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = java.util.Objects.requireNonNull(code, "code");
    }

    /** @return the contract error code this failure is answered with */
    public ErrorCode code() {
        return code;
    }

    /** @return the field path the failure is about, or {@code null} when it is about no field */
    public String field() {
        return null;
    }

    /** @return the message without the field prefix, as it goes into {@code error.message} */
    public String detail() {
        return getMessage();
    }
}
