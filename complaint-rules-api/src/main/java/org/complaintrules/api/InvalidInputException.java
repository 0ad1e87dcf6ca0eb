package org.complaintrules.api;

import java.util.Objects;

/**
 * A case, or part of one, is not valid: a required field is missing or a value is out of
 * range. {@link #field()} is the path of the offending field relative to the value that was
 * being built ({@code "amount"} inside {@link Money}, {@code "claimedLoss.amount"} inside
 * {@link Complaint}); readers that know more of the path prefix it with {@link #under(String)}.
 */
public final class InvalidInputException extends ComplaintRulesException {
    private static final long serialVersionUID = 1L;
    /** The field at fault, or {@code null}. */
    private final String field;
    /** What is wrong, quoting the value. */
    private final String detail;

    /**
     * @param field path of the offending field, e.g. {@code "complaint.claimedLoss.amount"}
     * @param detail what is wrong, quoting the value, e.g. {@code "must be >= 0, was -5"}
     */
    public InvalidInputException(String field, String detail) {
        this(field, detail, null);
    }

    /**
     * @param field path of the offending field
     * @param detail what is wrong, quoting the value
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidInputException(String field, String detail, Throwable cause) {
        super(ErrorCode.INVALID_INPUT, (field == null ? "" : field + ": ") + detail, cause);
        this.field = field;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String detail() {
        return detail;
    }

    /**
     * The same failure seen from an enclosing object.
     *
     * @param parent the enclosing field's path, e.g. {@code "complaint"}
     * @return a new exception whose field is {@code parent + "." + field()}
     */
    public InvalidInputException under(String parent) {
        String path = field == null || field.isEmpty() ? parent : parent + "." + field;
        InvalidInputException moved = new InvalidInputException(path, detail, getCause());
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
