package org.complaintrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;

/**
 * Reads complaint cases from contract JSON (CONTRACT.md section 1) and advice back from contract
 * JSON (sections 2 and 3). Strict: unknown fields, wrong JSON types, duplicate keys and values out
 * of range are rejected, never dropped or repaired. Every failure names the full JSON path of the
 * field at fault, e.g. {@code complaint.claimedLoss.amount}, and quotes the bad value.
 *
 * <p>Hostile input is bounded: a document (one case, one JSON Lines line, or one array) may be at
 * most {@link InputLimits#MAX_DOCUMENT_LENGTH} characters, nested at most
 * {@value JsonDocuments#MAX_NESTING_DEPTH} levels deep, with numbers of at most
 * {@value JsonDocuments#MAX_NUMBER_LENGTH} characters.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * CaseReader reader = CaseReader.create();
 * for (CaseInput in : reader.readAll(Files.newBufferedReader(path))) {
 *     CaseResult result = in.isValid() ? advisor.tryAdvise(in.complaintCase()) : in.error();
 * }
 * }</pre>
 */
public final class CaseReader {
    private final JsonDocuments documents;

    private CaseReader(JsonDocuments documents) {
        this.documents = documents;
    }

    /** @return a reader with the limits of {@link InputLimits} */
    public static CaseReader create() {
        return new CaseReader(new JsonDocuments());
    }

    /**
     * Reads one case: exactly one JSON object.
     *
     * @param json the case as JSON
     * @return the validated case
     * @throws NullPointerException when {@code json} is null
     * @throws InvalidInputException when the JSON is malformed or the case is invalid; its
     *         {@link InvalidInputException#field() field} is the full JSON path of the fault, or
     *         {@code null} when the fault is not in one field (malformed JSON)
     */
    public ComplaintCase readCase(String json) {
        Objects.requireNonNull(json, "json");
        return CaseMapper.toCase(documents.parse(stripBom(json), 1, 1));
    }

    /**
     * Reads an advice or error object (CONTRACT.md sections 2 and 3) back, e.g. for diff tools and
     * scenario tests. Strict: every advice key is required and unknown keys are rejected.
     *
     * @param json one advice object or error object
     * @return the {@link org.complaintrules.api.Advice} or {@link CaseError} it holds
     * @throws NullPointerException when {@code json} is null
     * @throws InvalidInputException when the JSON is malformed or does not match the contract,
     *         naming the full JSON path of the fault
     */
    public CaseResult readResult(String json) {
        Objects.requireNonNull(json, "json");
        return ResultMapper.toResult(documents.parse(stripBom(json), 1, 1));
    }

    /**
     * Reads a batch given as text; see {@link #readAll(Reader)}.
     *
     * @param input one JSON object, a JSON array of objects, or JSON Lines
     * @return one entry per input case, in input order
     * @throws NullPointerException when {@code input} is null
     */
    public List<CaseInput> readAll(String input) {
        Objects.requireNonNull(input, "input");
        return readAll(new StringReader(input));
    }

    /**
     * Reads a batch: one JSON object (possibly pretty-printed over many lines), a JSON array of
     * objects, or JSON Lines (one object per non-blank line). Every input case gets exactly one
     * {@link CaseInput}, in input order, holding either the case or an
     * {@link ErrorCode#INVALID_INPUT} error; nothing is dropped and nothing is thrown for bad input.
     *
     * <ul>
     *   <li>Input whose first non-whitespace character is {@code [} is an array: each element is
     *       read on its own, so one bad element is answered by one error. When the array itself is
     *       not valid JSON (or longer than {@link InputLimits#MAX_DOCUMENT_LENGTH}), the whole input
     *       is answered by one error.</li>
     *   <li>Input that is exactly one JSON value is one case.</li>
     *   <li>Anything else is JSON Lines: a malformed line is answered by an error naming its line and
     *       column, and the lines after it are still read. Lines longer than
     *       {@link InputLimits#MAX_DOCUMENT_LENGTH} are answered by an error without being held in
     *       memory. Large batches should be JSON Lines, which is read line by line.</li>
     * </ul>
     *
     * @param in the input; read to its end (or, for an over-long array, past the limit), not closed
     * @return one entry per input case, in input order
     * @throws NullPointerException when {@code in} is null
     * @throws UncheckedIOException when reading from {@code in} fails
     */
    public List<CaseInput> readAll(Reader in) {
        Objects.requireNonNull(in, "in");
        try {
            return readAllChecked(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CaseInput> readAllChecked(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean complete = readUpTo(in, sb, InputLimits.MAX_DOCUMENT_LENGTH + 1);
        String head = stripBom(sb.toString());
        int first = firstNonWhitespace(head);
        if (first < 0 && complete) {
            return List.of();
        }
        if (first >= 0 && head.charAt(first) == '[') {
            if (!complete) {
                return List.of(
                        failed(0, null, JsonDocuments.tooLong("document", -1), "; send large batches as JSON Lines"));
            }
            return readArray(head);
        }
        if (complete) {
            return readWhole(head);
        }
        return readLines(new LineSource(head, in, InputLimits.MAX_DOCUMENT_LENGTH), true);
    }

    /** Input that fits in memory and is not an array: one document, or else JSON Lines. */
    private List<CaseInput> readWhole(String text) throws IOException {
        InvalidInputException wholeError;
        try {
            return List.of(toInput(0, documents.parse(text, 1, 1)));
        } catch (InvalidInputException e) {
            wholeError = e;
        } catch (RuntimeException e) {
            wholeError = unexpected(e);
        }
        // Not one document. JSON Lines if any line is a complete JSON value, or if the first line
        // looks like one object; otherwise it is one malformed (e.g. pretty-printed) document.
        LineSource lines = new LineSource(text, null, InputLimits.MAX_DOCUMENT_LENGTH);
        List<Attempt> attempts = new ArrayList<>();
        boolean anyParsed = false;
        String firstLine = null;
        for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.text().isBlank()) {
                continue;
            }
            if (firstLine == null) {
                firstLine = line.text().strip();
            }
            Attempt a = attempt(line);
            anyParsed |= a.node() != null;
            attempts.add(a);
        }
        boolean looksLikeLines = firstLine != null && looksLikeOneObject(firstLine);
        if (!anyParsed && !looksLikeLines) {
            return List.of(failed(0, null, wholeError, ""));
        }
        List<CaseInput> out = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) {
            out.add(a.node() != null ? toInput(out.size(), a.node()) : failed(out.size(), null, a.error(), ""));
        }
        return out;
    }

    /**
     * JSON Lines too long to hold as one document.
     *
     * @param judgeFirst when the first non-blank line is a lone <code>{</code>, as pretty-printers
     *        write it, the input is taken for one over-long document and answered with one error
     *        instead of one per line; any other first line, even a broken one, means JSON Lines
     */
    private List<CaseInput> readLines(LineSource lines, boolean judgeFirst) throws IOException {
        List<CaseInput> out = new ArrayList<>();
        for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.text() != null && line.text().isBlank()) {
                continue;
            }
            Attempt a = attempt(line);
            if (out.isEmpty()
                    && judgeFirst
                    && line.text() != null
                    && line.text().strip().equals("{")) {
                return List.of(failed(
                        0,
                        null,
                        JsonDocuments.tooLong("document", -1),
                        "; send large batches as JSON Lines, one case per line"));
            }
            out.add(a.node() != null ? toInput(out.size(), a.node()) : failed(out.size(), null, a.error(), ""));
        }
        return out;
    }

    private List<CaseInput> readArray(String text) {
        List<JsonDocuments.Element> elements;
        try {
            elements = documents.scanArray(text);
        } catch (InvalidInputException e) {
            return List.of(failed(0, null, e, ""));
        } catch (RuntimeException e) {
            return List.of(failed(0, null, unexpected(e), ""));
        }
        List<CaseInput> out = new ArrayList<>(elements.size());
        for (JsonDocuments.Element el : elements) {
            int index = out.size();
            if (el.notAnObject() != null) {
                out.add(failed(
                        index,
                        null,
                        new InvalidInputException(null, "must be a JSON object, was " + el.notAnObject()),
                        ""));
                continue;
            }
            try {
                out.add(toInput(index, documents.parse(text.substring(el.start(), el.end()), el.line(), el.column())));
            } catch (InvalidInputException e) {
                out.add(failed(index, null, e, ""));
            } catch (RuntimeException e) {
                out.add(failed(index, null, unexpected(e), ""));
            }
        }
        return out;
    }

    /** A line parsed as JSON, or why it could not be. */
    private record Attempt(JsonNode node, InvalidInputException error) {}

    private Attempt attempt(LineSource.Line line) {
        if (line.text() == null) {
            return new Attempt(null, JsonDocuments.tooLong("line " + line.number(), line.length()));
        }
        try {
            return new Attempt(documents.parse(line.text(), line.number(), 1), null);
        } catch (InvalidInputException e) {
            return new Attempt(null, e);
        } catch (RuntimeException e) {
            return new Attempt(null, unexpected(e));
        }
    }

    private static CaseInput toInput(int index, JsonNode node) {
        String id = CaseMapper.readableId(node);
        try {
            return CaseInput.of(index, CaseMapper.toCase(node));
        } catch (InvalidInputException e) {
            return failed(index, id, e, "");
        } catch (RuntimeException e) {
            return failed(index, id, unexpected(e), "");
        }
    }

    private static CaseInput failed(int index, String caseId, InvalidInputException e, String hint) {
        return CaseInput.failed(index, new CaseError(caseId, ErrorCode.INVALID_INPUT, e.field(), e.detail() + hint));
    }

    /** A failure the mapping did not foresee; answered, not thrown, so the batch goes on. */
    private static InvalidInputException unexpected(RuntimeException e) {
        return new InvalidInputException(
                null, "could not be read (" + e.getClass().getSimpleName() + ")", e);
    }

    private static boolean readUpTo(Reader in, StringBuilder sb, int max) throws IOException {
        char[] buf = new char[8192];
        while (sb.length() < max) {
            int n = in.read(buf, 0, Math.min(buf.length, max - sb.length()));
            if (n < 0) {
                return true;
            }
            sb.append(buf, 0, n);
        }
        return false;
    }

    private static boolean looksLikeOneObject(String line) {
        String t = line.strip();
        return t.startsWith("{") && t.endsWith("}");
    }

    private static int firstNonWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
