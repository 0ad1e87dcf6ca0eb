package org.complaintrules.json;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
 * <p>Batches of any size are streamed: {@link #iterator(InputStream)} and {@link #stream(InputStream)}
 * read one case at a time (object, array or JSON Lines, decided without buffering the input);
 * {@link #readAll(Reader)} collects the same into a list for small inputs.
 *
 * <p>Hostile input is bounded: one case (a document, a JSON Lines line, or an array element) may be at
 * most {@link InputLimits#MAX_DOCUMENT_LENGTH} characters, nested at most
 * {@value JsonDocuments#MAX_NESTING_DEPTH} levels deep, with numbers of at most
 * {@value JsonDocuments#MAX_NUMBER_LENGTH} characters. A case past the length limit is answered, without
 * being held, by the field that made it too long when that can be told (a {@code complaint.text} past
 * its own limit is answered as a shorter one is, else the string that alone puts it past the limit is
 * named); one nested too deep names the field where the nesting starts.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * CaseReader reader = CaseReader.create();
 * try (InputStream in = Files.newInputStream(path)) {
 *     reader.stream(in).forEach(c -> {
 *         CaseResult result = c.isValid() ? advisor.tryAdvise(c.complaintCase()) : c.error();
 *         // write result, in input order
 *     });
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
     * Reads a batch given as text; see {@link #iterator(Reader)}.
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
     * Reads a whole batch into a list; for small inputs. Large inputs should be read with
     * {@link #iterator(Reader)} or {@link #stream(Reader)}, one case at a time.
     *
     * @param in the input; read to its end, not closed
     * @return one entry per input case, in input order, as {@link #iterator(Reader)} gives them
     * @throws NullPointerException when {@code in} is null
     * @throws UncheckedIOException when reading from {@code in} fails
     */
    public List<CaseInput> readAll(Reader in) {
        List<CaseInput> out = new ArrayList<>();
        iterator(in).forEachRemaining(out::add);
        return out;
    }

    /**
     * Reads a whole batch of UTF-8 bytes into a list; for small inputs. See {@link #iterator(InputStream)}.
     *
     * @param in the input, UTF-8; read to its end, not closed
     * @return one entry per input case, in input order
     * @throws NullPointerException when {@code in} is null
     * @throws UncheckedIOException when reading from {@code in} fails
     */
    public List<CaseInput> readAll(InputStream in) {
        List<CaseInput> out = new ArrayList<>();
        iterator(in).forEachRemaining(out::add);
        return out;
    }

    /**
     * Streams a batch of UTF-8 bytes: one case read at a time, with memory bounded by one case
     * whatever the input's size. Decoding is strict: an invalid UTF-8 sequence is never replaced;
     * the case that holds it (its line, or its array element) is answered with an error naming the
     * line and the byte offset (0-based, from the start of the input), and the batch goes on. A
     * leading byte-order mark is skipped. Otherwise as {@link #iterator(Reader)}.
     *
     * @param in the input, UTF-8; read lazily as the iterator advances, never closed by it
     * @return the cases in input order; {@code hasNext()} and {@code next()} throw
     *         {@link UncheckedIOException} when reading from {@code in} fails
     * @throws NullPointerException when {@code in} is null
     */
    public Iterator<CaseInput> iterator(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new CaseIterator(documents, CharSource.of(in));
    }

    /**
     * Streams a batch: one JSON object (possibly pretty-printed over many lines), a JSON array of
     * objects, or JSON Lines (one object per non-blank line), read one case at a time, with memory
     * bounded by one case of at most {@link InputLimits#MAX_DOCUMENT_LENGTH} characters whatever the
     * input's size. Every input case gets exactly one {@link CaseInput}, in input order, holding
     * either the case or an {@link ErrorCode#INVALID_INPUT} error; nothing is dropped and nothing is
     * thrown for bad input. Each case is handed out as soon as it has been read, before the rest of
     * the input arrives: a line of JSON Lines or a pretty-printed object once it closes, an array
     * element once the {@code ,} or {@code ]} after it has come.
     *
     * <ul>
     *   <li>Input whose first non-whitespace character is {@code [} is an array: each element is read
     *       and answered on its own as it arrives, so one bad element is answered by one error. An
     *       element longer than {@link InputLimits#MAX_DOCUMENT_LENGTH} is answered by an error
     *       without being held in memory. An array cut short (no closing {@code ]}) ends with one
     *       error saying so. After the closing {@code ]}, another array's elements or JSON Lines are
     *       read too (as {@code cat} of two files writes them); any other content after it is
     *       answered by one error. An element that is itself an array, the first one included
     *       ({@code [[1], {...}, {...}]}), is answered by one error, and the elements after it are
     *       read as usual. Input whose first line is only {@code [[} is no array of cases: that line
     *       is answered by one error and the lines after it are read as JSON Lines. An
     *       element that does not balance (a quote or a brace lost) where it shows on its own line,
     *       as in an array written on one line, is answered by one error naming its index, line and
     *       column, and reading resumes at the next element that can be read: the first object after
     *       a {@code ,} that is complete and well-formed, names a {@code "complaint"} at its own
     *       level and is followed by {@code ,} or {@code ]}, looked for within
     *       {@link InputLimits#MAX_DOCUMENT_LENGTH} characters of the element; with none there, the
     *       element runs to the end of the input as one error. An element not followed by {@code ,} or {@code ]} is
     *       answered as it is, and the element after it by an error for the missing comma. When a
     *       {@code [} stands alone on its line and the object on the next line, starting in its
     *       first column, is followed by another line rather than a comma, the input is JSON Lines
     *       with a stray first line: that line is answered by one error and every line after it is
     *       read as JSON Lines.</li>
     *   <li>Anything else is a sequence of JSON values: JSON Lines, or one object (or several)
     *       pretty-printed over many lines. A line that is a JSON value on its own is one case. A line
     *       that is cut short (an object not closed) starts a document that runs over the following
     *       lines; if no valid document comes of it, the bad input runs up to the next line that is
     *       a JSON object on its own and is answered with one error. When no more input is ready
     *       (a pipe kept open by a host that waits for each answer), a line cut short that no later
     *       line can complete (it ends inside a string, or, once the input reads as JSON Lines, it
     *       ends after a value rather than after <code>{</code>, <code>[</code>, {@code ,} or
     *       {@code :}) is answered at once with that error. So a stray <code>{</code> line
     *       costs one error and the valid lines after it are still read, and a malformed
     *       pretty-printed object is one error. Lines longer than
     *       {@link InputLimits#MAX_DOCUMENT_LENGTH} are answered by an error without being held in
     *       memory.</li>
     *   <li>The error's {@code caseId} is {@code complaint.id}, as written, whenever it could be
     *       read as a string, even an invalid one (too long, blank) and even from a document that is
     *       malformed further on or holds a duplicate key (the id given twice with the same value
     *       too); {@code null} when it could not, or was given twice with different values.</li>
     * </ul>
     *
     * <p>The iterator is for one consumer thread; the reader itself may serve many.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(path)) {
     *     Iterator<CaseInput> cases = reader.iterator(in);
     *     while (cases.hasNext()) {
     *         CaseInput c = cases.next();
     *         out.println(writer.write(c.isValid() ? advisor.tryAdvise(c.complaintCase()) : c.error()));
     *     }
     * }
     * }</pre>
     *
     * @param in the input; read lazily as the iterator advances, never closed by it
     * @return the cases in input order; {@code hasNext()} and {@code next()} throw
     *         {@link UncheckedIOException} when reading from {@code in} fails
     * @throws NullPointerException when {@code in} is null
     */
    public Iterator<CaseInput> iterator(Reader in) {
        Objects.requireNonNull(in, "in");
        return new CaseIterator(documents, CharSource.of(in));
    }

    /**
     * {@link #iterator(InputStream)} as a sequential, ordered stream.
     *
     * @param in the input, UTF-8; read lazily, never closed by the stream
     * @return the cases in input order
     * @throws NullPointerException when {@code in} is null
     */
    public Stream<CaseInput> stream(InputStream in) {
        return toStream(iterator(in));
    }

    /**
     * {@link #iterator(Reader)} as a sequential, ordered stream.
     *
     * @param in the input; read lazily, never closed by the stream
     * @return the cases in input order
     * @throws NullPointerException when {@code in} is null
     */
    public Stream<CaseInput> stream(Reader in) {
        return toStream(iterator(in));
    }

    private static Stream<CaseInput> toStream(Iterator<CaseInput> cases) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(cases, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
