package org.complaintrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;

/**
 * Parses JSON documents under the hostile-input limits and turns every parser failure into an
 * {@link InvalidInputException} that says where and what. Thread-safe.
 */
final class JsonDocuments {
    /** Deepest nesting of objects and arrays in one case; a valid case needs 3. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Longest JSON number, in characters; counts need at most 6 digits. */
    static final int MAX_NUMBER_LENGTH = 32;
    /** Longest JSON string. */
    static final int MAX_STRING_LENGTH = InputLimits.MAX_TEXT_LENGTH * 4;
    /** Longest field name. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** Most tokens in one document; a valid case has fewer than 250. */
    static final long MAX_TOKEN_COUNT = 100_000;

    private final JsonFactory strict;
    /** The same limits without the check for duplicate names, for {@link #wellFormed}. */
    private final JsonFactory syntax;

    private final ObjectMapper mapper;
    /** Reads trees; each parse gives it a node factory of its own ({@link AsWritten}). */
    private final ObjectReader trees;

    JsonDocuments() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(InputLimits.MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
        strict = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(limits)
                .build();
        syntax = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(limits)
                .build();
        mapper = JsonMapper.builder(strict)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        trees = mapper.readerFor(JsonNode.class);
    }

    /** @return the strict factory, for writers that share its settings */
    JsonFactory factory() {
        return strict;
    }

    /**
     * Parses one JSON document.
     *
     * @param text the document
     * @param line the line of the whole input the document starts on, 1-based
     * @param column the column of the whole input the document starts at, 1-based
     * @return the parsed value, never {@code null}
     * @throws InvalidInputException when the document is too long, empty, not valid JSON, past a limit,
     *         holds a duplicate field or has content after its end
     */
    JsonNode parse(String text, int line, int column) {
        if (text.length() > InputLimits.MAX_DOCUMENT_LENGTH) {
            // named, when it can be told, by the field that made it too long
            OverlongCase overlong = new OverlongCase();
            overlong.accept(text);
            throw overlong.failure("document", text.length());
        }
        JsonParser p = null;
        try {
            p = strict.createParser(text);
            JsonNode node = readTree(p);
            if (node == null) {
                throw new InvalidInputException(null, "is empty, expected a JSON object");
            }
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new InvalidInputException(
                        null,
                        "not valid JSON at " + where(at, line, column)
                                + ": unexpected content after the end of the JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw translate(e, p, line, column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(p);
        }
    }

    /**
     * Whether a text is one JSON value, well formed and within the input limits, whatever it holds:
     * a duplicate field name does not count against it, nor does a value that is not a case.
     *
     * @param text the text
     * @return {@code true} when it is exactly one JSON value, with nothing but white space around it
     */
    boolean wellFormed(CharSequence text) {
        if (text.length() > InputLimits.MAX_DOCUMENT_LENGTH) {
            return false;
        }
        JsonParser p = null;
        try {
            p = syntax.createParser(text.toString());
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(p);
        }
    }

    /**
     * One JSON value read from the start of a stream of lines.
     *
     * @param node the value
     * @param endLine the 1-based line of the stream, counted from its start, that the value ends on
     * @param endColumn the 1-based column just after the value's last character on that line
     */
    record Streamed(JsonNode node, int endLine, int endColumn) {}

    /**
     * Parses the one JSON value at the start of {@code text}, reading no further than its end, so a
     * caller can feed lines lazily and see where the value ended.
     *
     * @param text the lines, each ending with {@code \n}
     * @param line the line of the whole input the text starts on, 1-based
     * @return the value and where it ended
     * @throws InvalidInputException as {@link #parse(String, int, int)}; {@link #cutShort} tells
     *         a value cut short by the end of the text
     * @throws UncheckedIOException when {@code text} fails
     */
    Streamed parseValue(Reader text, int line) {
        JsonParser p = null;
        try {
            p = strict.createParser(text);
            JsonNode node = readTree(p);
            if (node == null) {
                throw new InvalidInputException(null, "is empty, expected a JSON object");
            }
            JsonLocation end = p.currentLocation();
            return new Streamed(node, end.getLineNr(), end.getColumnNr());
        } catch (JsonProcessingException e) {
            throw translate(e, p, line, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(p);
        }
    }

    /** @return the value the parser is at, its decimal numbers as written ({@link WrittenDecimal}), or null at the end */
    private JsonNode readTree(JsonParser p) throws IOException {
        return trees.with(new AsWritten(p)).readTree(p);
    }

    /**
     * A decimal number that keeps the text it was written as ({@code 2e0}, {@code 3.0}), so that a
     * message quotes what was sent rather than the number it stands for ({@link Texts#describe}).
     */
    static final class WrittenDecimal extends DecimalNode {
        private static final long serialVersionUID = 1L;

        /** The number as written, at most {@link #MAX_NUMBER_LENGTH} characters. */
        final String written;

        WrittenDecimal(BigDecimal value, String written) {
            super(value);
            this.written = written;
        }
    }

    /** Builds the tree of one parse; its decimal numbers are {@link WrittenDecimal}s. */
    private static final class AsWritten extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        /** The parse's parser: when a decimal number's node is made, it is at that number. */
        private final transient JsonParser parser;

        AsWritten(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public ValueNode numberNode(BigDecimal v) {
            if (v == null || parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
                return super.numberNode(v);
            }
            try {
                return new WrittenDecimal(v, parser.getText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param e a failure of {@link #parse(String, int, int)} or {@link #parseValue(Reader, int)}
     * @return {@code true} when the text ended before the JSON value did (a value cut short, which
     *         may go on in the next line)
     */
    static boolean cutShort(InvalidInputException e) {
        return e.getCause() instanceof JsonEOFException
                || (e.getCause() instanceof JsonProcessingException jp
                        && jp.getOriginalMessage() != null
                        && jp.getOriginalMessage().startsWith("Unexpected end-of-input"));
    }

    /**
     * @param message what is wrong
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the failure for JSON that is not valid at that place
     */
    static InvalidInputException notValid(String message, int line, int column) {
        return new InvalidInputException(null, "not valid JSON at line " + line + " column " + column + ": " + message);
    }

    /**
     * @param what "document" or "line 7"
     * @param length its length, or -1 when unknown
     * @return the failure for a document past {@link InputLimits#MAX_DOCUMENT_LENGTH}
     */
    static InvalidInputException tooLong(String what, long length) {
        return new InvalidInputException(
                null,
                what + " must be at most " + InputLimits.MAX_DOCUMENT_LENGTH + " characters, was "
                        + (length < 0 ? "longer" : length + " characters"));
    }

    private static InvalidInputException translate(JsonProcessingException e, JsonParser p, int line, int column) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
        String message = clean(e.getOriginalMessage());
        JsonParser source = e.getProcessor() instanceof JsonParser jp ? jp : p;
        if (e instanceof StreamConstraintsException) {
            // a value too long is a fault of one field: name it; nesting too deep is the fault of the field
            // where it starts; size is a fault of the document
            String field = null;
            if (source != null
                    && (message.startsWith("Number value length") || message.startsWith("String value length"))) {
                field = path(source.getParsingContext());
            }
            if (message.startsWith("Document nesting depth")) {
                return new InvalidInputException(
                        source == null ? null : nestingStart(source.getParsingContext()),
                        "exceeds an input limit at " + where(at, line, column) + ": objects and arrays are nested"
                                + " more than " + MAX_NESTING_DEPTH + " levels deep",
                        e);
            }
            return new InvalidInputException(
                    field, "exceeds an input limit at " + where(at, line, column) + ": " + message, e);
        }
        if (message.startsWith("Duplicate field") && source != null) {
            JsonStreamContext ctx = source.getParsingContext();
            String name = ctx == null ? null : ctx.getCurrentName();
            if (name != null) {
                return new InvalidInputException(
                        path(ctx), "duplicate field " + Texts.quote(name) + " at " + where(at, line, column), e);
            }
        }
        return new InvalidInputException(null, "not valid JSON at " + where(at, line, column) + ": " + message, e);
    }

    private static String where(JsonLocation at, int line, int column) {
        if (at == null) {
            return "line " + line + " column " + column;
        }
        int l = Math.max(at.getLineNr(), 1);
        int c = Math.max(at.getColumnNr(), 1);
        return "line " + (line + l - 1) + " column " + (l == 1 ? column + c - 1 : c);
    }

    /**
     * Where a value nested too deep starts: the path of the parser's current field, from the top down
     * through the objects a case has ({@code complaint}, {@code customer}, {@code conversation}, and
     * their money objects), up to and including the first field that is not one of them (the field
     * that holds the nesting), and never into an array's items.
     *
     * @return e.g. {@code complaint.satisfactionScore} for a score of 40 nested arrays, or {@code null}
     *     when the nesting starts at the top (a line that is itself an array of arrays)
     */
    private static String nestingStart(JsonStreamContext ctx) {
        Deque<JsonStreamContext> levels = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            levels.push(c);
        }
        String path = null;
        for (JsonStreamContext c : levels) {
            if (!c.inObject() || c.getCurrentName() == null) {
                break;
            }
            String name = c.getCurrentName();
            boolean object = CaseMapper.isObjectField(path, name);
            path = Texts.child(path, name);
            if (!object) {
                break;
            }
        }
        return path;
    }

    /** @return the dotted path of the parser's current field, e.g. {@code complaint.signals[2]} */
    private static String path(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Jackson's message without source descriptions, feature hints or line breaks. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll(":? *enable `[^`]*` to allow", "")
                .replaceAll("\\s+", " ")
                .trim();
        // the parser may quote the input: half a character in it is escaped, as every message of ours does
        return Texts.escapeUnpaired(m.length() > 300 ? m.substring(0, 300) + "..." : m);
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // a String source cannot fail to close
            }
        }
    }
}
