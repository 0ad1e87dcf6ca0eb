package org.complaintrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON Schemas (draft 2020-12) of the contract, shipped in this jar: the case a host sends
 * (CONTRACT.md sections 1 and 5) and the advice or error line it gets back (sections 2, 3 and 5).
 * Use them to validate or document the JSON at a system's edge (an OpenAPI description, a message
 * topic, a form); {@link CaseReader} stays the authority, and checks a few things no schema can
 * (that a currency, a country and a time zone exist, dates that must not be after receipt, that
 * {@code upheldComplaintsLast12Months} is at most {@code complaintsLast12Months}), and one it could
 * only say loosely: a whole number is written without a fraction ({@code 3}, not {@code 3.0}, which
 * JSON Schema counts as an integer too), as nothing sent is silently rewritten.
 *
 * <p>The schemas are classpath resources, {@value #CASE_SCHEMA} and {@value #ADVICE_LINE_SCHEMA}.
 */
public final class ContractSchemas {
    /** Classpath resource of the case schema. */
    public static final String CASE_SCHEMA = "org/complaintrules/json/schema/complaint-case.schema.json";
    /** Classpath resource of the advice-or-error-line schema. */
    public static final String ADVICE_LINE_SCHEMA = "org/complaintrules/json/schema/advice-line.schema.json";

    private ContractSchemas() {}

    /**
     * @return the JSON Schema of a complaint case, as JSON text
     * @throws UncheckedIOException when the resource cannot be read (a broken jar)
     */
    public static String caseSchema() {
        return read(CASE_SCHEMA);
    }

    /**
     * @return the JSON Schema of one advice or error line, as JSON text
     * @throws UncheckedIOException when the resource cannot be read (a broken jar)
     */
    public static String adviceLineSchema() {
        return read(ADVICE_LINE_SCHEMA);
    }

    private static String read(String resource) {
        String name = resource.substring(resource.lastIndexOf("/json/") + "/json/".length());
        try (InputStream in = ContractSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
