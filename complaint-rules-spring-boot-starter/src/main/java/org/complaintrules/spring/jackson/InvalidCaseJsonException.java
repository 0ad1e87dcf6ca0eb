package org.complaintrules.spring.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;
import org.complaintrules.api.CaseError;

/**
 * A case, advice or error object that {@link ComplaintRulesJacksonModule} could not read: the JSON is
 * malformed or the value breaks the contract. {@link #error()} is the contract error it is answered
 * with (field path, value, and the case id when it could be read). Spring MVC wraps it in an
 * {@code HttpMessageNotReadableException}, which the starter answers with that error.
 */
public final class InvalidCaseJsonException extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private final transient CaseError error;

    /**
     * @param parser where the value was read
     * @param error the contract error
     */
    public InvalidCaseJsonException(JsonParser parser, CaseError error) {
        super(parser, Objects.requireNonNull(error, "error").message());
        this.error = error;
    }

    /** @return the contract error the value is answered with */
    public CaseError error() {
        return error;
    }
}
