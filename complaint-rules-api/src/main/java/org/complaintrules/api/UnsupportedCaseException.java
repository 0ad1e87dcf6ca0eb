package org.complaintrules.api;

/** A valid case the loaded policy cannot advise, for example money in a currency it has no limits for. */
public final class UnsupportedCaseException extends ComplaintRulesException {
    private static final long serialVersionUID = 1L;
    /** The field at fault, or {@code null}. */
    private final String field;
    /** What is wrong, quoting the value. */
    private final String detail;

    /**
     * @param field path of the field the policy cannot handle, or {@code null}
     * @param detail why, quoting the value
     */
    public UnsupportedCaseException(String field, String detail) {
        super(ErrorCode.UNSUPPORTED, (field == null ? "" : field + ": ") + detail, null);
        this.field = field;
        this.detail = detail;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String detail() {
        return detail;
    }
}
