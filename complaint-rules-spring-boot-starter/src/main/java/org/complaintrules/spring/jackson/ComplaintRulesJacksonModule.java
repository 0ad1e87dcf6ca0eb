package org.complaintrules.spring.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.json.AdviceWriter;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;

/**
 * A Jackson module that reads and writes the contract's JSON by delegating to
 * {@link CaseReader} and {@link AdviceWriter}, so a Spring MVC controller that takes a
 * {@code @RequestBody ComplaintCase} and returns an {@link Advice} or {@link CaseResult} speaks
 * exactly the contract: {@code strategy.do}, money as decimal strings, unknown fields rejected, every
 * field the contract adds in later versions included.
 *
 * <ul>
 *   <li>{@link ComplaintCase}: read strictly (a bad case fails with an {@link InvalidCaseJsonException}
 *       holding the contract error: field path, value, and the case id when it could be read), written
 *       as {@link AdviceWriter#writeCase(ComplaintCase)} does.</li>
 *   <li>{@link Advice}, {@link CaseError}, {@link CaseResult}: written as one advice or error
 *       object; read back with {@link CaseReader#readResult(String)} (for clients of a service).</li>
 * </ul>
 *
 * <p>The starter registers it with Spring Boot's {@code ObjectMapper}; elsewhere:
 * {@code JsonMapper.builder().addModule(new ComplaintRulesJacksonModule()).build()}.
 */
public final class ComplaintRulesJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ComplaintRulesJacksonModule() {
        super("complaint-rules", Version.unknownVersion());
        addSerializer(CaseResult.class, new Writer<>(CaseResult.class, r -> Contract.WRITER.write(r)));
        addSerializer(Advice.class, new Writer<>(Advice.class, a -> Contract.WRITER.write(a)));
        addSerializer(CaseError.class, new Writer<>(CaseError.class, e -> Contract.WRITER.write(e)));
        addSerializer(ComplaintCase.class, new Writer<>(ComplaintCase.class, c -> Contract.WRITER.writeCase(c)));
        addDeserializer(
                ComplaintCase.class, new Reader<>(ComplaintCase.class, json -> readCase(Contract.READER, json)));
        addDeserializer(CaseResult.class, new Reader<>(CaseResult.class, json -> Contract.READER.readResult(json)));
        addDeserializer(
                Advice.class, new Reader<>(Advice.class, json -> as(Advice.class, Contract.READER.readResult(json))));
        addDeserializer(
                CaseError.class,
                new Reader<>(CaseError.class, json -> as(CaseError.class, Contract.READER.readResult(json))));
    }

    /** The contract's reader and writer, made on first use (not while the application starts). */
    private static final class Contract {
        static final CaseReader READER = CaseReader.create();
        static final AdviceWriter WRITER = AdviceWriter.create();
    }

    /** Reads one case through {@link CaseReader#readAll(String)}, which keeps the case id of an invalid case. */
    private static ComplaintCase readCase(CaseReader reader, String json) {
        if (!json.startsWith("{")) {
            throw new CaseInputException(ContractErrorsHolder.notAnObject(json));
        }
        List<CaseInput> inputs = reader.readAll(json);
        if (inputs.size() != 1) {
            throw new CaseInputException(ContractErrorsHolder.notAnObject(json));
        }
        CaseInput in = inputs.get(0);
        if (!in.isValid()) {
            throw new CaseInputException(in.error());
        }
        return in.complaintCase();
    }

    private static <T> T as(Class<T> type, CaseResult result) {
        if (!type.isInstance(result)) {
            throw new InvalidInputException(
                    null,
                    "must be " + (type == Advice.class ? "an advice object" : "an error object") + ", was "
                            + (result instanceof Advice ? "an advice object" : "an error object"));
        }
        return type.cast(result);
    }

    /** Carries the error of one case from {@link #readCase} to the deserializer. */
    private static final class CaseInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CaseError error;

        CaseInputException(CaseError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** Builds the errors of inputs that are not one case object. */
    private static final class ContractErrorsHolder {
        static CaseError notAnObject(String json) {
            String shown = json.length() > 20 ? json.substring(0, 20) + "..." : json;
            return new CaseError(null, ErrorCode.INVALID_INPUT, null, "must be one JSON object, was " + shown);
        }
    }

    /** Writes a value as the contract's JSON, produced by {@link AdviceWriter}. */
    private static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> write;

        Writer(Class<T> type, Function<T, String> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(write.apply(value));
        }
    }

    /**
     * Reads a value from the contract's JSON with {@link CaseReader}: the value's tokens are copied as
     * they are (duplicate keys and exact numbers included) so the reader judges what was sent.
     */
    private static final class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private static final JsonFactory COPY = JsonFactory.builder().build();
        private final transient Function<String, T> read;

        Reader(Class<T> type, Function<String, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String json;
            try {
                json = copy(p);
            } catch (JsonProcessingException e) {
                throw new InvalidCaseJsonException(
                        p,
                        new CaseError(
                                null, ErrorCode.INVALID_INPUT, null, "is not valid JSON: " + e.getOriginalMessage()));
            }
            try {
                return read.apply(json);
            } catch (CaseInputException e) {
                throw new InvalidCaseJsonException(p, e.error);
            } catch (InvalidInputException e) {
                throw new InvalidCaseJsonException(
                        p, new CaseError(null, ErrorCode.INVALID_INPUT, e.field(), e.detail()));
            }
        }

        private static String copy(JsonParser p) throws IOException {
            StringWriter out = new StringWriter(1024);
            try (JsonGenerator g = COPY.createGenerator(out)) {
                JsonToken t = p.currentToken();
                int depth = 0;
                while (t != null) {
                    g.copyCurrentEventExact(p);
                    if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    }
                    if (depth == 0) {
                        break;
                    }
                    t = p.nextToken();
                }
            }
            return out.toString();
        }
    }
}
