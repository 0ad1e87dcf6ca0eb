package org.complaintrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;

/**
 * Reads cases one at a time from a {@link CharSource}: a JSON array is split into its elements as
 * they arrive; anything else is read as a sequence of JSON values, one per line (JSON Lines) or
 * spread over lines (a pretty-printed object). Memory is bounded by one case of at most
 * {@link InputLimits#MAX_DOCUMENT_LENGTH} characters, whatever the input's size. Not thread-safe.
 *
 * <p>How a line that does not parse on its own is judged: when the line is only cut short (an
 * object opened and not closed), the following lines are read as the rest of one document. If that
 * document does not parse either, the lines are taken back; the bad input runs up to the next line
 * that starts a new input, and is answered with one error. A new input starts at a line that is a
 * JSON object on its own, or at a line whose first character is <code>{</code> or <code>[</code>:
 * every line of JSON Lines does (a line cut short too), and so does the first line of the next
 * pretty-printed object, while the lines inside one are indented or begin with a key. So a stray
 * <code>{</code> on the first line of JSON Lines costs that line, not the batch; lines of JSON Lines
 * cut short one after the other get an error each; and a broken pretty-printed object is one error,
 * and the objects after it are read as usual. (Inside a broken object, a line that begins with
 * <code>{</code> or <code>[</code> in its first column starts another error; after a line cut
 * short, a line of some other JSON value, such as {@code 42}, belongs to the same error.)
 */
final class CaseIterator implements Iterator<CaseInput> {
    private enum Mode {
        START,
        ARRAY,
        VALUES,
        DONE
    }

    private final JsonDocuments documents;
    private final CharSource chars;
    private final LineSource lines;
    private Mode mode = Mode.START;
    private CaseInput ahead;
    private int index;

    // where the array scanner is: the line and column of the next character
    private int line = 1;
    private int column = 1;

    CaseIterator(JsonDocuments documents, CharSource chars) {
        this.documents = documents;
        this.chars = chars;
        this.lines = new LineSource(chars, InputLimits.MAX_DOCUMENT_LENGTH);
    }

    @Override
    public boolean hasNext() {
        if (ahead == null && mode != Mode.DONE) {
            try {
                ahead = advance();
            } catch (IOException e) {
                mode = Mode.DONE;
                throw new UncheckedIOException(e);
            }
            if (ahead == null) {
                mode = Mode.DONE;
            }
        }
        return ahead != null;
    }

    @Override
    public CaseInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CaseInput out = ahead;
        ahead = null;
        index++;
        return out;
    }

    private CaseInput advance() throws IOException {
        if (pending != null) {
            Pending p = pending;
            pending = null;
            return parseElement(p.text(), p.line(), p.column());
        }
        if (mode == Mode.START) {
            mode = start();
        }
        return switch (mode) {
            case ARRAY -> nextElement();
            case VALUES -> nextValue();
            default -> null;
        };
    }

    /** Looks at the first character that is not whitespace: {@code [} starts an array. */
    private Mode start() throws IOException {
        StringBuilder indent = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                return Mode.DONE;
            }
            if (c == '\n') {
                indent.setLength(0);
            } else if (isWhitespace(c)) {
                indent.append((char) c);
            } else if (c == '[') {
                bracketLine = line;
                bracketColumn = column - 1;
                return Mode.ARRAY;
            } else {
                // hand back the start of the line, so lines and columns stay right
                chars.unread(indent.append((char) c));
                return Mode.VALUES;
            }
        }
    }

    // ---------------------------------------------------------------- JSON Lines and whole documents

    private CaseInput nextValue() throws IOException {
        LineSource.Line first = lines.next();
        while (first != null && first.isBlank()) {
            first = lines.next();
        }
        if (first == null) {
            return null;
        }
        if (first.text() == null) {
            return failed(null, JsonDocuments.tooLong("line " + first.number(), first.length()), "");
        }
        if (first.encodingError() != null) {
            return failed(null, first.encodingError().failure(), "");
        }
        InvalidInputException alone;
        try {
            return toInput(documents.parse(first.text(), first.number(), 1));
        } catch (InvalidInputException e) {
            alone = e;
        } catch (RuntimeException e) {
            return failed(CaseMapper.salvageId(first.text()), unexpected(e), "");
        }
        if (!JsonDocuments.cutShort(alone)) {
            return failed(CaseMapper.salvageId(first.text()), alone, "");
        }
        return multiLine(first, alone);
    }

    /** A line cut short: perhaps the first line of a pretty-printed document. */
    private CaseInput multiLine(LineSource.Line first, InvalidInputException alone) throws IOException {
        LinesReader text = new LinesReader(first);
        InvalidInputException failure;
        try {
            JsonDocuments.Streamed value = documents.parseValue(text, first.number());
            List<LineSource.Line> read = text.read;
            int last = value.endLine() - 1;
            if (last + 1 < read.size()) {
                lines.handBack(read.subList(last + 1, read.size())); // not part of the value
            }
            LineSource.Line end = read.get(last);
            String rest = end.text()
                    .substring(Math.min(value.endColumn() - 1, end.text().length()));
            int junk = firstNonWhitespace(rest);
            if (junk < 0) {
                return toInput(value.node());
            }
            return failed(
                    CaseMapper.salvageId(text.joined(last)),
                    JsonDocuments.notValid(
                            "unexpected content after the end of the JSON value",
                            end.number(),
                            value.endColumn() + junk),
                    "");
        } catch (InvalidInputException e) {
            failure = text.stop != null ? text.stop : e; // after a stop, the parser saw only the end
        } catch (RuntimeException e) {
            failure = unexpected(e);
        }
        // Not one document: take the lines back, and let the bad input run up to the next line that is an object.
        List<LineSource.Line> read = text.read;
        lines.handBack(read.subList(1, read.size()));
        int span = 1;
        List<LineSource.Line> spanLines = new ArrayList<>(); // the start of the bad input, to find its case id
        spanLines.add(first);
        long kept = first.length();
        for (LineSource.Line l = lines.next(); l != null; l = lines.next()) {
            if (opensInFirstColumn(l) || startsAnInput(l)) { // the first without parsing the line
                lines.handBack(List.of(l));
                break;
            }
            if (!l.isBlank()) {
                span++;
            }
            if (kept >= 0 && l.text() != null && kept + l.length() < InputLimits.MAX_DOCUMENT_LENGTH) {
                spanLines.add(l);
                kept += l.length() + 1;
            } else {
                kept = -1; // keep the start only
            }
        }
        if (span == 1) {
            return failed(CaseMapper.salvageId(first.text()), alone, "");
        }
        String hint = failure.detail().startsWith("document must be at most")
                ? "; send large batches as JSON Lines, one case per line"
                : "";
        return failed(CaseMapper.salvageId(joined(spanLines)), failure, hint);
    }

    /**
     * @return {@code true} for a line whose first character is <code>{</code> or <code>[</code>:
     *     where the next input starts, in JSON Lines (a line cut short, or not valid UTF-8, too)
     *     and pretty-printed objects alike
     */
    private static boolean opensInFirstColumn(LineSource.Line l) {
        String text = l.text();
        return text != null && !text.isEmpty() && (text.charAt(0) == '{' || text.charAt(0) == '[');
    }

    /** @return {@code true} for a line that is a JSON object by itself: the next input of JSON Lines */
    private boolean startsAnInput(LineSource.Line l) {
        if (l.text() == null || l.encodingError() != null) {
            return false;
        }
        int at = firstNonWhitespace(l.text());
        if (at < 0 || l.text().charAt(at) != '{') {
            return false;
        }
        try {
            return documents.parse(l.text(), l.number(), 1).isObject();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String joined(List<LineSource.Line> ls) {
        StringBuilder sb = new StringBuilder();
        for (LineSource.Line l : ls) {
            if (l.text() != null && sb.length() + l.text().length() < InputLimits.MAX_DOCUMENT_LENGTH) {
                sb.append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The lines of a document, fetched only as the parser asks for them and kept, so they can be
     * handed back. Stops, as if the input ended, at a line that is too long or not valid UTF-8, or
     * when the document passes {@link InputLimits#MAX_DOCUMENT_LENGTH}; {@link #stop} then says why.
     */
    private final class LinesReader extends Reader {
        final List<LineSource.Line> read = new ArrayList<>();
        InvalidInputException stop;
        private String current;
        private int pos;
        private long total;

        LinesReader(LineSource.Line first) {
            read.add(first);
            current = first.text() + "\n";
            total = current.length();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == current.length()) {
                if (stop != null) {
                    return -1;
                }
                LineSource.Line l = lines.next();
                if (l == null) {
                    return -1;
                }
                read.add(l);
                if (l.text() == null) {
                    stop = JsonDocuments.tooLong("line " + l.number(), l.length());
                    return -1;
                }
                if (l.encodingError() != null) {
                    stop = l.encodingError().failure();
                    return -1;
                }
                total += l.text().length() + 1;
                if (total > InputLimits.MAX_DOCUMENT_LENGTH) {
                    stop = JsonDocuments.tooLong("document", -1);
                    return -1;
                }
                current = l.text() + "\n";
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        /** @return the text of the lines read up to and including {@code last} */
        String joined(int last) {
            return CaseIterator.joined(read.subList(0, last + 1));
        }

        @Override
        public void close() {
            // the lines belong to the iterator
        }
    }

    // ---------------------------------------------------------------- arrays

    private boolean arrayEnded;

    /** The next element of the array, or after its end, an error for content after it. */
    private CaseInput nextElement() throws IOException {
        if (arrayEnded) {
            int c = skipWhitespace();
            if (c < 0) {
                return null;
            }
            int l = line;
            int col = column - 1;
            mode = Mode.DONE;
            return failed(null, JsonDocuments.notValid("unexpected content after the end of the array", l, col), "");
        }
        int c = skipWhitespace();
        if (c < 0) {
            mode = Mode.DONE;
            return failed(null, JsonDocuments.notValid("the array is not closed", line, column), "");
        }
        int startLine = line;
        int startColumn = column - 1;
        if (c == ']') {
            arrayEnded = true;
            if (index == 0 && !afterComma) {
                return nextElement(); // the empty array
            }
            return failed(
                    null, JsonDocuments.notValid("expected a value after ',', found ']'", startLine, startColumn), "");
        }
        if (c == ',') {
            afterComma = true;
            return failed(null, JsonDocuments.notValid("expected a value, found ','", startLine, startColumn), "");
        }
        if (missingComma) {
            missingComma = false;
            return skipElement(c, startLine, startColumn, "expected ',' between array elements, found " + describe(c));
        }
        StringBuilder text = new StringBuilder();
        long length = 0;
        Nesting nesting = new Nesting();
        Break mayBreak = null;
        while (true) {
            length++;
            if (length <= InputLimits.MAX_DOCUMENT_LENGTH) {
                text.append((char) c);
            } else if (mayBreak != null && chars.encodingErrorsKept()) {
                // too long to be a case whatever follows: it was cut short at the break
                return cutAt(mayBreak, text, String.valueOf((char) c), startLine, startColumn);
            }
            if (nesting.closes(c)) {
                // the element is whole: what follows it must be ',' or ']'
                CaseInput cut = breakAt(mayBreak, text, "", startLine, startColumn);
                if (cut != null) {
                    return cut;
                }
                mayBreak = null; // weighed: the element stays whole
                CaseInput missing = afterWholeElement(text, length, startLine, startColumn);
                if (missing != null) {
                    return missing;
                }
                c = lastRead;
                break;
            }
            int columnBefore = column;
            c = read();
            if (c < 0) {
                CaseInput cut = breakAt(mayBreak, text, "", startLine, startColumn);
                if (cut != null) {
                    return cut;
                }
                mode = Mode.DONE;
                return failed(
                        salvage(text, length), JsonDocuments.notValid("the array is not closed", line, column), "");
            }
            if (nesting.atTop() && (c == ',' || c == ']')) {
                break;
            }
            if (breaksOff(c, nesting)) {
                c = '\n'; // neither ',' nor ']': the next element starts on the next line
                break;
            }
            if (mayBreak == null
                    && c == '\n'
                    && length < InputLimits.MAX_DOCUMENT_LENGTH
                    && nesting.inBrackets()
                    && nesting.objectMayStart()
                    && opensObjectBy(startColumn)) {
                mayBreak = new Break(text.length(), line - 1, columnBefore);
            }
        }
        CaseInput cut = breakAt(mayBreak, text, String.valueOf((char) c), startLine, startColumn);
        if (cut != null) {
            return cut;
        }
        afterComma = c == ',';
        arrayEnded = c == ']';
        CharSource.InvalidUtf8 encoding = takeEncodingError();
        if (encoding != null) {
            return failed(null, encoding.failure(), "");
        }
        if (length > InputLimits.MAX_DOCUMENT_LENGTH) {
            return failed(
                    null,
                    JsonDocuments.tooLong("array element at line " + startLine + " column " + startColumn, length),
                    "");
        }
        return parseElement(text.toString(), startLine, startColumn);
    }

    private CaseInput parseElement(String element, int startLine, int startColumn) {
        try {
            return toInput(documents.parse(element, startLine, startColumn));
        } catch (InvalidInputException e) {
            return failed(CaseMapper.salvageId(element), e, "");
        } catch (RuntimeException e) {
            return failed(CaseMapper.salvageId(element), unexpected(e), "");
        }
    }

    private boolean afterComma;
    /** Where the {@code [} that started the array was. */
    private int bracketLine;

    private int bracketColumn;
    /** The character read after the whitespace that follows a whole element. */
    private int lastRead;
    /** An element read whole, to answer on the next call. */
    private Pending pending;

    /** An element's text and where it starts. */
    private record Pending(String text, int line, int column) {}
    /** Set when an element was not followed by ',' or ']': the next element is answered with the error. */
    private boolean missingComma;

    /**
     * After an object or array element closes: reads the whitespace after it and the next character
     * (kept in {@link #lastRead}). A ',' or ']' there is for the caller; the end of the input is an
     * array not closed, answered on the element. Anything else is a missing ','. When the array's
     * first element stands on lines of its own after a <code>[</code> alone on its line, the input is
     * JSON Lines with a stray first line: that line is answered with one error, the element as a
     * case, and the rest is read as JSON Lines. Otherwise the element is answered, and the next one
     * with the error.
     *
     * @return the answer to give now, or {@code null} when the caller goes on as before
     */
    private CaseInput afterWholeElement(StringBuilder text, long length, int startLine, int startColumn)
            throws IOException {
        StringBuilder lineStart = new StringBuilder();
        boolean newLine = false;
        int c = read();
        while (c >= 0 && isWhitespace(c)) {
            if (c == '\n') {
                newLine = true;
                lineStart.setLength(0);
            } else {
                lineStart.append((char) c);
            }
            c = read();
        }
        lastRead = c;
        if (c < 0) {
            mode = Mode.DONE;
            return failed(salvage(text, length), JsonDocuments.notValid("the array is not closed", line, column), "");
        }
        if (c == ',' || c == ']') {
            return null;
        }
        int atLine = line;
        int atColumn = column - 1;
        if (length > InputLimits.MAX_DOCUMENT_LENGTH) {
            return null; // too long to answer as a case: the caller's scan reports it
        }
        if (index == 0 && !afterComma && newLine && startLine > bracketLine && startColumn == 1) {
            // "[" alone, then JSON Lines: the stray line costs one error, like any malformed first line
            mode = Mode.VALUES;
            chars.unread(lineStart.append((char) c));
            pending = new Pending(text.toString(), startLine, startColumn);
            return failed(
                    null,
                    JsonDocuments.notValid(
                            "'[' starts no array: the value after it is followed by " + describe(c) + " at line "
                                    + atLine + " column " + atColumn + ", not ','; the lines after it are read as"
                                    + " JSON Lines",
                            bracketLine,
                            bracketColumn),
                    "");
        }
        // the element is answered; the one after the missing ',' is answered with the error
        missingCommaBefore(c);
        CharSource.InvalidUtf8 encoding = takeEncodingError();
        if (encoding != null) {
            return failed(null, encoding.failure(), "");
        }
        return parseElement(text.toString(), startLine, startColumn);
    }

    /**
     * Hands back the first character of an element that follows the one before it without a ','; the
     * next call answers that element with the error.
     */
    private void missingCommaBefore(int c) {
        chars.unread(String.valueOf((char) c));
        column--;
        missingComma = true;
    }

    /**
     * Reads past one element without keeping it (as far as {@link InputLimits#MAX_DOCUMENT_LENGTH}
     * allows, for its id) and answers it with an error.
     */
    private CaseInput skipElement(int first, int startLine, int startColumn, String message) throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        Nesting nesting = new Nesting();
        int c = first;
        while (c >= 0) {
            length++;
            if (length <= InputLimits.MAX_DOCUMENT_LENGTH) {
                text.append((char) c);
            }
            if (nesting.closes(c)) {
                // the element is whole: a ',' or ']' may follow; anything else is the next element,
                // answered with the error in its turn, not taken into this one
                c = skipWhitespace();
                if (c >= 0 && c != ',' && c != ']') {
                    missingCommaBefore(c);
                }
                break;
            }
            c = read();
            if (nesting.atTop() && (c == ',' || c == ']')) {
                break;
            }
            if (breaksOff(c, nesting)) {
                break;
            }
        }
        if (c < 0) {
            mode = Mode.DONE;
        }
        afterComma = c == ',';
        arrayEnded = c == ']';
        takeEncodingError();
        return failed(salvage(text, length), JsonDocuments.notValid(message, startLine, startColumn), "");
    }

    /**
     * Whether an element being read breaks off at a line break: when an object cannot go on the
     * next line of valid JSON, yet the next line starts with <code>{</code> (after spaces or tabs),
     * the element was cut short there (a string or a bracket left open), and the next line is the
     * next element. Valid JSON never breaks off: a string holds no line break, and an object only
     * starts where a value is due. So an element cut short costs itself, not the elements after it.
     *
     * @param c the character just read
     * @param nesting where the element's scan is, before {@code c}
     * @return whether the element ends at {@code c}, a line break
     */
    private boolean breaksOff(int c, Nesting nesting) throws IOException {
        return c == '\n' && !nesting.objectMayStart() && nextLineStart() == '{';
    }

    /**
     * A line break inside an element where the next line starts with <code>{</code> no further right
     * than the element itself, where valid JSON may go on with an object: the element may have been
     * cut short just before it (after a whole item of an array inside it, say), and the next line
     * be the next element.
     *
     * @param at the break's index in the element's text
     * @param line the line the break ends
     * @param column the break's column on that line
     */
    private record Break(int at, int line, int column) {}

    /**
     * Ends an element at the first {@link Break} in it when the element, read to its end, is not
     * well-formed JSON: the text before the break is answered with the parser's error, and the rest
     * is handed back to be read as the elements after it. So an element cut short where an object
     * may follow does not take the elements after it into its error. A well-formed element stays
     * whole, whatever it holds. Invalid UTF-8 in the text is answered on the element that holds it
     * ({@link #cutAt}), never lost with the text handed back; when the source could not keep every
     * line's error ({@link CharSource#MOST_KEPT_ERRORS}), the element stays whole.
     *
     * @param at the first break in the element, or {@code null} when there is none
     * @param text the element as read, all of it (it is shorter than the input limit)
     * @param after what was read after the element's text and is to be read again
     * @return the answer for the text before the break, or {@code null} when the element stays whole
     */
    private CaseInput breakAt(Break at, StringBuilder text, String after, int startLine, int startColumn) {
        return at == null || !chars.encodingErrorsKept() || documents.wellFormed(text)
                ? null
                : cutAt(at, text, after, startLine, startColumn);
    }

    /** {@link #breakAt} once the element is known to be refused. */
    private CaseInput cutAt(Break at, StringBuilder text, String after, int startLine, int startColumn) {
        // the text read again is not decoded again: its errors are kept for the elements holding them
        laterEncodingErrors.addAll(chars.takeEncodingErrors());
        CharSource.InvalidUtf8 encoding = encodingErrorUpTo(at.line());
        chars.unread(text.substring(at.at()) + after);
        line = at.line();
        column = at.column();
        afterComma = false;
        arrayEnded = false;
        String before = text.substring(0, at.at());
        if (encoding != null) {
            return failed(CaseMapper.salvageId(before), encoding.failure(), "");
        }
        return parseElement(before, startLine, startColumn);
    }

    /**
     * Invalid UTF-8 read but not yet answered, in the order of its lines: in text handed back by
     * {@link #cutAt}, answered when the element that holds it ends.
     */
    private final ArrayDeque<CharSource.InvalidUtf8> laterEncodingErrors = new ArrayDeque<>();

    /** @return the encoding error of the element read last, up to the current line, or {@code null} */
    private CharSource.InvalidUtf8 takeEncodingError() {
        laterEncodingErrors.addAll(chars.takeEncodingErrors());
        return encodingErrorUpTo(line);
    }

    /** @return the first kept encoding error on a line up to {@code last}, dropping the others there, or {@code null} */
    private CharSource.InvalidUtf8 encodingErrorUpTo(int last) {
        CharSource.InvalidUtf8 first = null;
        while (!laterEncodingErrors.isEmpty() && laterEncodingErrors.peekFirst().line() <= last) {
            CharSource.InvalidUtf8 e = laterEncodingErrors.pollFirst();
            if (first == null) {
                first = e;
            }
        }
        return first;
    }

    /**
     * @param column the column an element started at
     * @return whether the next line starts with <code>{</code> (after spaces or tabs) at that column
     *     or to its left; what was read is handed back
     */
    private boolean opensObjectBy(int column) throws IOException {
        return nextLineStart() == '{' && peeked.length() <= column;
    }

    /** What {@link #nextLineStart} read, kept for the next line: the source copies what it is handed back. */
    private final StringBuilder peeked = new StringBuilder();

    /**
     * @return the first character of the next line that is not a space or a tab (a line break
     *     when the line is blank, -1 at the end of the input); what was read is handed back
     */
    private int nextLineStart() throws IOException {
        StringBuilder seen = peeked;
        seen.setLength(0);
        int c = chars.read();
        while (c == ' ' || c == '\t') {
            seen.append((char) c);
            c = chars.read();
        }
        if (c >= 0) {
            seen.append((char) c);
        }
        chars.unread(seen);
        return c;
    }

    /** Where the scan of an array element is: inside a string, after a backslash, how deep in brackets. */
    private static final class Nesting {
        private int depth;
        private boolean inString;
        private boolean escaped;
        /**
         * For each of the first 64 levels of brackets (more than {@link JsonDocuments#MAX_NESTING_DEPTH}),
         * bit {@code depth - 1}: whether it is an object.
         */
        private long objects;
        /**
         * The last character outside strings that is not white space (a string counts as its
         * opening quote), and the one before it.
         */
        private int last;

        private int beforeLast;

        /** @return whether character c closes the element's outermost bracket */
        boolean closes(int c) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return false;
            }
            if (!isWhitespace(c)) {
                beforeLast = last;
                last = c;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth >= 0 && depth < 64) {
                    objects = c == '{' ? objects | (1L << depth) : objects & ~(1L << depth);
                }
                depth++;
            } else if (c == '}' || c == ']') {
                return --depth == 0;
            }
            return false;
        }

        /** @return whether the scan is inside the element's brackets, outside strings */
        boolean inBrackets() {
            return !inString && depth > 0;
        }

        /** @return whether the scan is outside strings and brackets, where ',' and ']' end the element */
        boolean atTop() {
            return !inString && depth <= 0;
        }

        /**
         * @return whether an object may start here in an element that may still be read: after a
         *     ':' in an object, after a '[' or after a ',' that follows a value in an array; never
         *     deeper than {@link JsonDocuments#MAX_NESTING_DEPTH} levels, which no element may be
         */
        boolean objectMayStart() {
            if (inString || depth > JsonDocuments.MAX_NESTING_DEPTH) {
                return false;
            }
            if (depth <= 0) {
                return true;
            }
            boolean inObject = (objects >>> (depth - 1) & 1L) != 0;
            if (last == ':') {
                return true;
            }
            return !inObject && (last == '[' || (last == ',' && beforeLast != '[' && beforeLast != ','));
        }
    }

    private static String describe(int c) {
        return "'" + (char) c + "'";
    }

    private static String salvage(StringBuilder text, long length) {
        return length <= InputLimits.MAX_DOCUMENT_LENGTH ? CaseMapper.salvageId(text.toString()) : null;
    }

    /** @return the next character that is not JSON whitespace, or -1 */
    private int skipWhitespace() throws IOException {
        int c;
        do {
            c = read();
        } while (c >= 0 && isWhitespace(c));
        return c;
    }

    /** Reads a character, counting lines and columns for the array scanner. */
    private int read() throws IOException {
        int c = chars.read();
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c >= 0) {
            column++;
        }
        return c;
    }

    // ---------------------------------------------------------------- answers

    private CaseInput toInput(JsonNode node) {
        String id = CaseMapper.readableId(node);
        try {
            return CaseInput.of(index, CaseMapper.toCase(node));
        } catch (InvalidInputException e) {
            return failed(id, e, "");
        } catch (RuntimeException e) {
            return failed(id, unexpected(e), "");
        }
    }

    private CaseInput failed(String caseId, InvalidInputException e, String hint) {
        return CaseInput.failed(index, new CaseError(caseId, ErrorCode.INVALID_INPUT, e.field(), e.detail() + hint));
    }

    /** A failure the mapping did not foresee; answered, not thrown, so the batch goes on. */
    static InvalidInputException unexpected(RuntimeException e) {
        return new InvalidInputException(
                null, "could not be read (" + e.getClass().getSimpleName() + ")", e);
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** @return the index of the first character that is not JSON whitespace, or -1 */
    static int firstNonWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
