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
 *
 * <p>An array written on one line whose element does not balance (a quote or a brace lost, so that
 * counting strings and brackets would run to the end of the input) costs that element: reading
 * resumes at the next element that can be read, found by the rule of {@link #resync}, and the
 * element is answered with one error naming its index in the array, where it starts and where
 * reading resumes. Elements broken one after the other are one error; with no element to resume
 * at, the rest of the array is one error, as an element broken over lines is.
 *
 * <p>A line cut short is not held while the reader would wait for the next line when that line
 * could not complete it: when nothing more of the input is ready ({@link CharSource#ready()}: a
 * pipe kept open by a host that writes one case and waits for its answer), the line is answered
 * at once with its error (the one it gets when the next line starts a new input) if it ends inside a string (no
 * JSON string holds a line break), or if the input is JSON Lines (the last value read was a JSON
 * value on one line, and none spread over lines came since) and the line does not end with
 * <code>{</code>, <code>[</code>, ',' or ':', where a pretty-printed value breaks its lines. Any
 * other line cut short, such as a lone <code>{</code>, waits for the lines after it as above, so
 * a pretty-printed object written a line at a time is still read whole. With input that is ready
 * (a file, or lines that came together) nothing changes.
 *
 * <p>What is left of an object that closed too early (a stray <code>}</code>) or lost its first
 * line is one input too, in both forms: lines, or array elements, that start with a name
 * (<code>"customer": {</code>) or a closing bracket, or lines that are indented, cannot start a
 * case. They belong to the object before them, which is answered with one error for both, unless
 * that object is a valid case and they hold a case of their own (a {@code "complaint"} at their
 * own level): then they are the next object without its first line, answered after it with one
 * error. To see them, the reader looks at the first line after a pretty-printed object (and after
 * a line that is only <code>{}</code>) and at the first character after each array element's
 * <code>,</code> before it answers the object; any other line of JSON Lines is answered at once.
 * It looks only at what has come: when nothing more of the input is ready (a host that writes an
 * object, or an element with its <code>,</code>, and waits for the answer), the object is answered at
 * once, and what comes later is read as the next input. An array element is answered once the
 * <code>,</code> or <code>]</code> after it has come.
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
        if (deferred != null) {
            Deferred d = deferred;
            deferred = null;
            return failed(d.caseId(), d.failure(), "");
        }
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

    /**
     * Looks at the first character that is not whitespace: {@code [} starts an array, whose first
     * element may itself be an array (answered with an error of its own, like any element that is no
     * object), unless the line holds nothing but {@code [[}: that is no array of cases, but JSON
     * Lines' stray first line, answered with one error, and the objects on the lines after it are read.
     */
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
                // peeked past the iterator's own counts: the character is read again below
                int after = chars.read();
                if (after == '[' && strayDoubleBracket(indent)) {
                    return Mode.VALUES;
                }
                if (after >= 0) {
                    chars.unread(String.valueOf((char) after));
                }
                bracketLine = line;
                firstElement = index;
                bracketColumn = column - 1;
                return Mode.ARRAY;
            } else {
                // hand back the start of the line, so lines and columns stay right
                chars.unread(indent.append((char) c));
                return Mode.VALUES;
            }
        }
    }

    /**
     * After a first {@code [[} (the second one read without counting it): whether the rest of the
     * line is blank. Then the line is JSON Lines' stray first line, handed to the lines as it was;
     * else what was read after the second {@code [} is handed back, for the caller to hand that
     * {@code [} back before it and read the array's first element.
     *
     * @param indent the white space before the first {@code [} on its line
     */
    private boolean strayDoubleBracket(StringBuilder indent) throws IOException {
        int number = chars.line();
        StringBuilder rest = new StringBuilder();
        int c = chars.read();
        while (c >= 0 && c != '\n' && isWhitespace(c) && rest.length() < InputLimits.MAX_DOCUMENT_LENGTH) {
            rest.append((char) c);
            c = chars.read();
        }
        if (c >= 0 && c != '\n') {
            // an element follows on the line: "[[1], {...}]" is an array whose first element is an array
            chars.unread(rest.append((char) c));
            return false;
        }
        // "[[" alone: no array of cases starts so; read as JSON Lines, where a stray first line costs
        // one error and the objects on the lines after it are cases
        String text = indent + "[[" + rest;
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        lines.handBack(List.of(new LineSource.Line(number, text, text.length(), null)));
        return true;
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
            // the case's id, when the line's head holds it, names the answer as for any other fault, and
            // the field that made the line too long, when it can be told, is named as for a shorter case
            return failed(
                    CaseMapper.salvageId(first.head()),
                    first.overlong() != null
                            ? first.overlong().failure("line " + first.number(), first.length())
                            : JsonDocuments.tooLong("line " + first.number(), first.length()),
                    "");
        }
        if (first.encodingError() != null) {
            return failed(idDespiteEncoding(first.text()), first.encodingError().failure(), "");
        }
        InvalidInputException alone = null;
        JsonNode node = null;
        try {
            node = documents.parse(first.text(), first.number(), 1);
        } catch (InvalidInputException e) {
            alone = e;
        } catch (RuntimeException e) {
            return failed(CaseMapper.salvageId(first.text()), unexpected(e), "");
        }
        if (node != null) {
            CaseInput input = toInput(node);
            if (!node.isObject() || !node.isEmpty()) {
                // a line of JSON Lines is answered at once, valid or not: a host that writes one case
                // and waits for its answer is not held up waiting for the line after it
                jsonLines = true;
                return input;
            }
            // "{}" alone: perhaps the first line of a pretty-printed object, closed by a stray "}"
            return whole(input, new ArrayList<>(List.of(first)), column(first), "line " + first.number());
        }
        if (!JsonDocuments.cutShort(alone)) {
            int end = endOfFirstObject(first.text());
            if (end > 0) {
                // several objects on one line ("}{", "} {", or old Mac line ends "}\r{"): each is an input of
                // its own; the rest of the line is read again, blanked up to here so columns stay right
                String rest = first.text().substring(end);
                lines.handBack(
                        List.of(new LineSource.Line(first.number(), " ".repeat(end) + rest, first.length(), null)));
                return nextValueOf(
                        new LineSource.Line(first.number(), first.text().substring(0, end), end, null));
            }
            if (isOrphan(first.text())) {
                // a line from inside a pretty-printed object whose start is missing: it and the lines
                // of the same object after it are one bad input
                List<LineSource.Line> span = readOn(new ArrayList<>(List.of(first)), column(first), 0);
                return failed(salvageOrphan(joined(span)), alone, "");
            }
            return failed(CaseMapper.salvageId(first.text()), alone, "");
        }
        if (!lines.ready() && cannotGoOn(first.text())) {
            // the next line is not there yet, and could not complete this one: answered now, as when the
            // next line starts a new input, so a host waiting for the answer gets it
            return failed(CaseMapper.salvageId(first.text()), alone, "");
        }
        return multiLine(first, alone);
    }

    /**
     * Whether the input is read as JSON Lines: the last input of the lines read so far was a JSON
     * value on one line, and no value spread over lines has been read since.
     */
    private boolean jsonLines;

    /**
     * Whether a line cut short cannot be the first line of a value spread over lines, as far as the
     * input read so far tells: it ends inside a string (a JSON string holds no line break, so no
     * later line can complete it), or the input is {@linkplain #jsonLines JSON Lines} and the line's
     * last character that is not white space, outside strings, is none of <code>{</code>,
     * <code>[</code>, ',' and ':', the places where a pretty-printed value breaks its lines.
     *
     * @param text a line whose JSON ends before the value does
     */
    private boolean cannotGoOn(String text) {
        Nesting scan = new Nesting();
        for (int i = 0; i < text.length(); i++) {
            scan.closes(text.charAt(i));
        }
        int last = scan.last;
        return scan.inString || (jsonLines && last != '{' && last != '[' && last != ',' && last != ':');
    }

    /** The input of one object cut from a line that held several: answered at once, valid or not. */
    private CaseInput nextValueOf(LineSource.Line part) {
        try {
            CaseInput input = toInput(documents.parse(part.text(), part.number(), 1));
            jsonLines = true;
            return input;
        } catch (InvalidInputException e) {
            return failed(CaseMapper.salvageId(part.text()), e, "");
        } catch (RuntimeException e) {
            return failed(CaseMapper.salvageId(part.text()), unexpected(e), "");
        }
    }

    /**
     * Where a line that starts with an object holds another object after it: the index just past the
     * first object's closing bracket when only JSON white space and then <code>{</code> follow it,
     * else -1 (brackets inside strings do not count: {@link Nesting}).
     */
    static int endOfFirstObject(String text) {
        int i = firstNonWhitespace(text);
        if (i < 0 || text.charAt(i) != '{') {
            return -1;
        }
        Nesting nesting = new Nesting();
        for (; i < text.length(); i++) {
            if (nesting.closes(text.charAt(i))) {
                int next = i + 1;
                while (next < text.length() && isWhitespace(text.charAt(next))) {
                    next++;
                }
                return next < text.length() && text.charAt(next) == '{' ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** A line cut short: perhaps the first line of a pretty-printed document. */
    private CaseInput multiLine(LineSource.Line first, InvalidInputException alone) throws IOException {
        LinesReader text = new LinesReader(first);
        InvalidInputException failure;
        try {
            JsonDocuments.Streamed streamed = documents.parseValue(text, first.number());
            List<LineSource.Line> read = text.read;
            int last = streamed.endLine() - 1;
            if (last + 1 < read.size()) {
                lines.handBack(read.subList(last + 1, read.size())); // not part of the value
            }
            LineSource.Line end = read.get(last);
            String rest = end.text()
                    .substring(Math.min(streamed.endColumn() - 1, end.text().length()));
            int junk = firstNonWhitespace(rest);
            List<LineSource.Line> value = new ArrayList<>(read.subList(0, last + 1));
            if (junk < 0) {
                jsonLines = false; // a value spread over lines
                return whole(
                        toInput(streamed.node()),
                        value,
                        column(first),
                        "line " + end.number() + " column " + (streamed.endColumn() - 1));
            }
            readOn(value, column(first), value.size());
            return failed(
                    CaseMapper.salvageId(joined(value)),
                    JsonDocuments.notValid(
                            "unexpected content after the end of the JSON value",
                            end.number(),
                            streamed.endColumn() + junk),
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
            kept = keep(spanLines, l, kept);
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
     * Reads the blank lines after a value and the first line that is not blank. When that line is
     * an {@linkplain #isOrphan orphan}, the lines read are returned, the orphan last; otherwise
     * they are handed back.
     *
     * @return the blank lines and the orphan, or {@code null} when the next input starts as usual (or none follows)
     */
    private List<LineSource.Line> orphanAfter() throws IOException {
        List<LineSource.Line> seen = new ArrayList<>();
        LineSource.Line l = lines.next();
        while (l != null && l.isBlank()) {
            seen.add(l);
            l = lines.next();
        }
        if (l != null) {
            seen.add(l);
            if (l.encodingError() == null && isOrphan(l.text())) {
                return seen;
            }
        }
        lines.handBack(seen);
        return null;
    }

    /**
     * A value read whole, answered as it is unless lines of an object follow it that cannot start
     * an input ({@link #orphanAfter}): then it closed too early, or has a stray closing bracket after
     * it, and it and those lines are one bad input. Only when the value is a valid case and those
     * lines hold a case of their own (their first line lost, {@link #namesACase}) is the value
     * answered, and the lines after it, as one error.
     *
     * @param input the value's answer
     * @param value its lines, to which the lines after it that belong to it are added
     * @param from the column its first line starts at
     * @param closedAt where it closes, for the error
     */
    private CaseInput whole(CaseInput input, List<LineSource.Line> value, int from, String closedAt)
            throws IOException {
        if (!lines.ready()) {
            // nothing more has come (a host that writes one object and waits for its answer, or the
            // end of the input): answered now; a line that comes later is an input of its own
            return input;
        }
        List<LineSource.Line> after = orphanAfter();
        if (after == null) {
            return input;
        }
        LineSource.Line orphan = after.get(after.size() - 1);
        String rest = joined(readOn(after, from, 0));
        if (input.isValid() && namesACase(rest)) {
            deferred = new Deferred(salvageOrphan(rest), lineFailure(orphan));
            return input;
        }
        value.addAll(after);
        return failed(
                CaseMapper.salvageId(joined(value)),
                JsonDocuments.notValid(
                        "unexpected content after the end of the JSON value (it closes at " + closedAt + ")",
                        orphan.number(),
                        column(orphan)),
                "");
    }

    /** @return the parser's error for one line read alone */
    private InvalidInputException lineFailure(LineSource.Line l) {
        try {
            documents.parse(l.text(), l.number(), 1);
        } catch (InvalidInputException e) {
            return e;
        } catch (RuntimeException e) {
            return unexpected(e);
        }
        return JsonDocuments.notValid("expected a JSON object", l.number(), column(l));
    }

    /**
     * Whether a line can only be part of a pretty-printed object, never an input of its own: it is
     * indented and does not start an object or array, or it starts with a name (<code>"name":</code>)
     * or a closing bracket. No valid case, and no line of JSON Lines as written, looks like that.
     *
     * @param text the line, or {@code null} when it was too long
     */
    static boolean isOrphan(String text) {
        if (text == null) {
            return false;
        }
        int at = firstNonWhitespace(text);
        if (at < 0) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '{' || c == '[') {
            return false;
        }
        return at > 0 || c == '}' || c == ']' || startsWithName(text);
    }

    /** @return whether the text starts with a JSON string followed by ':' (after white space) */
    private static boolean startsWithName(String text) {
        return !text.isEmpty() && text.charAt(0) == '"' && colonAfter(text, stringEnd(text, 0));
    }

    /**
     * @param text JSON text, perhaps broken
     * @param quote the index of a string's opening quote
     * @return the index of its closing quote, or the text's length when it has none
     */
    private static int stringEnd(CharSequence text, int quote) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, text.length());
    }

    /** @return whether the first character after index {@code end} that is not white space is ':' */
    private static boolean colonAfter(CharSequence text, int end) {
        int next = end + 1;
        while (next < text.length() && isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && text.charAt(next) == ':';
    }

    /**
     * Reads on over the lines that belong to a bad input ({@link #goesOn}), adding them to its lines
     * as far as {@link InputLimits#MAX_DOCUMENT_LENGTH} allows (the start is what its case id is
     * found in). It ends before the first line that does not belong, which is handed back, or with
     * the line whose bracket closes the object the lines are left of: what follows that is another
     * input, though it may be an object that lost its first line too.
     *
     * @param span the bad input's lines so far, the first one first
     * @param from the column its first line starts at
     * @param scanFrom the first line of {@code span} that is left of the object (its brackets are counted)
     * @return {@code span}
     */
    private List<LineSource.Line> readOn(List<LineSource.Line> span, int from, int scanFrom) throws IOException {
        long kept = 0;
        int depth = 0;
        for (int i = 0; i < span.size(); i++) {
            kept += span.get(i).length() + 1;
            if (i >= scanFrom) {
                depth += depthChange(span.get(i).text());
            }
        }
        for (LineSource.Line l = depth < 0 ? null : lines.next(); l != null; l = lines.next()) {
            if (!goesOn(l, from)) {
                lines.handBack(List.of(l));
                break;
            }
            kept = keep(span, l, kept);
            depth += depthChange(l.text());
            if (depth < 0) {
                break;
            }
        }
        return span;
    }

    /**
     * Keeps a line of a bad input while its lines stay within {@link InputLimits#MAX_DOCUMENT_LENGTH}
     * (the start is what its case id is read from); after that, none: memory stays bounded.
     *
     * @param span the lines kept so far
     * @param l the next line
     * @param kept the characters kept so far, or -1 once the limit was reached
     * @return the characters kept now, or -1
     */
    private static long keep(List<LineSource.Line> span, LineSource.Line l, long kept) {
        if (kept >= 0 && l.text() != null && kept + l.length() < InputLimits.MAX_DOCUMENT_LENGTH) {
            span.add(l);
            return kept + l.length() + 1;
        }
        return -1;
    }

    /** @return the brackets a line opens, less those it closes, outside strings */
    private static int depthChange(String text) {
        if (text == null) {
            return 0;
        }
        int change = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = stringEnd(text, i);
            } else if (c == '{' || c == '[') {
                change++;
            } else if (c == '}' || c == ']') {
                change--;
            }
        }
        return change;
    }

    /**
     * Whether the inside of an object holds, at its own level, the name {@code "complaint"}: it is
     * then what is left of a case whose opening brace was lost, not the rest of the object before it.
     */
    static boolean namesACase(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                if (depth == 0
                        && end - i - 1 == COMPLAINT.length()
                        && COMPLAINT.contentEquals(text.subSequence(i + 1, end))
                        && colonAfter(text, end)) {
                    return true;
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    private static final String COMPLAINT = "complaint";

    /** @return the case id in the inside of an object whose opening brace is missing, or {@code null} */
    private static String salvageOrphan(CharSequence text) {
        return CaseMapper.salvageId("{" + text);
    }

    /** An answer decided before the one given now, to give on the next call. */
    private record Deferred(String caseId, InvalidInputException failure) {}

    private Deferred deferred;

    /**
     * Whether a line after a bad input that started at column {@code from} still belongs to it: a
     * blank line or an {@linkplain #isOrphan orphan}, or an object or array that starts further
     * right than the bad input (one inside it). Never a line that is too long or not valid UTF-8:
     * that is answered on its own.
     */
    private static boolean goesOn(LineSource.Line l, int from) {
        String text = l.text();
        if (text == null || l.encodingError() != null) {
            return false;
        }
        int at = firstNonWhitespace(text);
        // a line neither blank nor an orphan opens a bracket, or starts in the first column (never right of from)
        return at < 0 || isOrphan(text) || at + 1 > from;
    }

    /** @return the column of the first character of a line that is not white space (1 for a blank line) */
    private static int column(LineSource.Line l) {
        return l.text() == null ? 1 : Math.max(0, firstNonWhitespace(l.text())) + 1;
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

        @Override
        public void close() {
            // the lines belong to the iterator
        }
    }

    // ---------------------------------------------------------------- arrays

    private boolean arrayEnded;

    /**
     * The next element of the array. After its end: the elements of another array that follows it,
     * or the JSON Lines that follow it (as {@code cat} of two files writes them), else an error for
     * the content after it.
     */
    private CaseInput nextElement() throws IOException {
        if (arrayEnded) {
            int c = skipWhitespace();
            if (c < 0) {
                return null;
            }
            if (c == '[') {
                arrayEnded = false;
                afterComma = false;
                bracketLine = line;
                firstElement = index;
                bracketColumn = column - 1;
                return nextElement();
            }
            if (c == '{') {
                chars.unread("{");
                mode = Mode.VALUES;
                return nextValue();
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
        if (startsOrphan(c)) {
            // the inside of an object whose start is missing: one bad element, up to the next one
            missingComma = false;
            Orphan orphan = skipOrphan(c, Math.min(startColumn, elementColumn));
            return failed(
                    orphan.caseId(),
                    orphan.encoding() != null
                            ? orphan.encoding().failure()
                            : JsonDocuments.notValid(
                                    "expected an array element, found " + describeOrphan(c), startLine, startColumn),
                    "");
        }
        if (missingComma) {
            missingComma = false;
            return skipElement(c, startLine, startColumn, "expected ',' between array elements, found " + describe(c));
        }
        if (c == '{') {
            elementColumn = startColumn;
        }
        StringBuilder text = new StringBuilder();
        long length = 0;
        Nesting nesting = new Nesting();
        Break mayBreak = null;
        boolean oneLine = true;
        OverlongCase overlong = null;
        while (true) {
            length++;
            if (length <= InputLimits.MAX_DOCUMENT_LENGTH) {
                text.append((char) c);
            } else if (mayBreak != null && chars.encodingErrorsKept()) {
                // too long to be a case whatever follows: it was cut short at the break
                return cutAt(mayBreak, text, String.valueOf((char) c), startLine, startColumn);
            } else {
                // too long to hold: followed to its end, in constant memory, for the field that made it so
                if (overlong == null) {
                    overlong = new OverlongCase();
                    overlong.accept(text);
                }
                overlong.accept(c);
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
            if (nesting.broken && oneLine && length <= InputLimits.MAX_DOCUMENT_LENGTH) {
                // no valid element goes on from here: find where the next one starts, on a line of elements
                oneLine = false; // tried once per element
                CaseInput resumed = resync(text, startLine, startColumn);
                if (resumed != null) {
                    return resumed;
                }
            }
            int columnBefore = column;
            c = read();
            if (c == '\n') {
                oneLine = false;
            }
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
        CharSource.InvalidEncoding encoding = takeEncodingError(elementEndLine < 0 ? line : elementEndLine);
        elementEndLine = -1;
        if (encoding != null) {
            return failed(null, encoding.failure(), "");
        }
        if (length > InputLimits.MAX_DOCUMENT_LENGTH) {
            String what = "array element at line " + startLine + " column " + startColumn;
            return failed(
                    CaseMapper.salvageId(text.toString()),
                    overlong != null ? overlong.failure(what, length) : JsonDocuments.tooLong(what, length),
                    "");
        }
        earnResyncCredit(length);
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
    /** The index of the array's first answer: an element's index in its array is counted from it. */
    private int firstElement;
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
        if (c == ']' || length > InputLimits.MAX_DOCUMENT_LENGTH) {
            return null; // the end, or too long to answer as a case: the caller's scan reports it
        }
        int atLine = line;
        int atColumn = column - 1;
        if (c == ',') {
            int commaLine = line;
            int next = skipWhitespaceIfReady();
            if (next == NOT_READY) {
                // the next element has not come yet (a host that writes an element and its ',' and
                // waits for the answer): answered now; the next element is looked at when it comes
                elementEndLine = commaLine;
                return null;
            }
            if (next < 0) {
                return null; // the next call reports the array not closed
            }
            boolean orphan = startsOrphan(next);
            int orphanLine = line;
            int orphanColumn = column - 1;
            unreadOne(next);
            if (!orphan) {
                elementEndLine = commaLine; // the lines after it hold the next element and its invalid UTF-8
                return null;
            }
            afterComma = true;
            return elementBeforeOrphan(text, startLine, startColumn, commaLine, orphanLine, orphanColumn);
        }
        if (startsOrphan(c)) {
            unreadOne(c);
            return elementBeforeOrphan(text, startLine, startColumn, atLine, atLine, atColumn);
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
        CharSource.InvalidEncoding encoding = takeEncodingError();
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
        unreadOne(c);
        missingComma = true;
    }

    /** Hands back one character read on the current line. */
    private void unreadOne(int c) {
        chars.unread(String.valueOf((char) c));
        column--;
    }

    /** The column the last element that is an object started at; where the array's elements stand. */
    private int elementColumn = Integer.MAX_VALUE;

    /**
     * Whether an element starts like the inside of an object, never like a value: with <code>}</code>
     * or with a name (a string followed by <code>:</code> on the same line). Both are what is left of
     * an object whose opening brace was lost, or of one closed too early. What was read is handed back.
     *
     * @param c the element's first character, just read
     */
    private boolean startsOrphan(int c) throws IOException {
        if (c == '}') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        // the rest of the line, as far as a name may reach, handed back once looked at
        StringBuilder seen = new StringBuilder();
        int d = chars.read();
        while (d >= 0 && d != '\n' && seen.length() < MAX_NAME_LOOKAHEAD) {
            seen.append((char) d);
            d = chars.read();
        }
        if (d >= 0) {
            seen.append((char) d);
        }
        chars.unread(seen);
        return startsWithName("\"" + seen);
    }

    /** How far {@link #startsOrphan} reads for the end of a name: far more than any name of the contract. */
    private static final int MAX_NAME_LOOKAHEAD = 256;

    private static String describeOrphan(int c) {
        return c == '}' ? "'}'" : "a name and ':', the inside of an object whose '{' is missing";
    }

    /**
     * An element that closed and is followed by the inside of an object ({@link #startsOrphan}),
     * whose first character is the next to read. A valid case followed by what holds a case of its
     * own ({@link #namesACase}) is answered as it is: it is whole, and the rest is what is left of the
     * next element, whose opening brace was lost, answered next. Any other element was closed too
     * early or has a stray <code>}</code> after it: it and the rest are one bad element.
     *
     * @param endLine the line the element ends on (its ',' if any)
     */
    private CaseInput elementBeforeOrphan(
            StringBuilder text, int startLine, int startColumn, int endLine, int orphanLine, int orphanColumn)
            throws IOException {
        CharSource.InvalidEncoding encoding = takeEncodingError(endLine);
        if (encoding != null) {
            return failed(null, encoding.failure(), "");
        }
        CaseInput input = parseElement(text.toString(), startLine, startColumn);
        Orphan rest = skipOrphan(skipWhitespace(), startColumn);
        if (input.isValid() && namesACase(rest.text())) {
            // what is left of the next element, whose opening brace was lost: answered after this one
            deferred = new Deferred(
                    rest.caseId(),
                    rest.encoding() != null
                            ? rest.encoding().failure()
                            : JsonDocuments.notValid(
                                    "expected an array element, found " + describeOrphan('"'),
                                    orphanLine,
                                    orphanColumn));
            return input;
        }
        if (rest.encoding() != null) {
            return failed(salvage(text, text.length()), rest.encoding().failure(), "");
        }
        return failed(
                salvage(text.append(rest.text()), text.length()),
                JsonDocuments.notValid(
                        "unexpected content after the end of the array element that starts at line " + startLine
                                + " column " + startColumn + "; it may have been closed too early",
                        orphanLine,
                        orphanColumn),
                "");
    }

    /**
     * The inside of an object as {@link #skipOrphan} read it.
     *
     * @param text its text, as far as {@link InputLimits#MAX_DOCUMENT_LENGTH} allows
     * @param caseId the case id found in it, or {@code null}
     * @param encoding the first invalid UTF-8 in it, or {@code null}
     */
    private record Orphan(String text, String caseId, CharSource.InvalidEncoding encoding) {}

    /**
     * Reads past the inside of an object whose start is missing or that was closed too early. It
     * ends at the ',' or ']' after the bracket that closes the object, or before a line that starts
     * with <code>{</code> at column {@code column} or to its left (the next element), or at the end
     * of the input.
     *
     * @param first its first character, just read
     * @param column the column of the array's elements
     */
    private Orphan skipOrphan(int first, int column) throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        Nesting nesting = new Nesting();
        int c = first;
        while (c >= 0) {
            if (nesting.pastItsEnd() && (c == ',' || c == ']')) {
                break; // after the bracket that closes the object: between elements, or the array's end
            }
            if (c == '\n' && !nesting.inString && opensObjectBy(column)) {
                break; // the next element
            }
            nesting.closes(c);
            length++;
            if (length <= InputLimits.MAX_DOCUMENT_LENGTH) {
                text.append((char) c);
            }
            c = read();
        }
        if (c < 0) {
            mode = Mode.DONE;
        }
        afterComma = c == ',';
        arrayEnded = c == ']';
        return new Orphan(
                text.toString(),
                length <= InputLimits.MAX_DOCUMENT_LENGTH ? salvageOrphan(text) : null,
                takeEncodingError());
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
        CharSource.InvalidEncoding encoding = encodingErrorUpTo(at.line());
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
     * Resynchronises after an element that broke on its first line ({@link Nesting#broken}), as in
     * an array written on one line whose element lost a quote or a closing brace: counting strings
     * and brackets from there on would run to the end of the input, so that one error would answer
     * every element after it.
     *
     * <p>The rule: from the broken element's first character on, each ',' followed (after white
     * space) by <code>{</code> is a place where the next element may start, in input order. The first
     * such place where an object follows that is complete and well-formed, that holds a case's
     * {@code "complaint"} at its own level ({@link #namesACase}), and that is followed (after white
     * space) by ',' or ']' is where reading resumes: the text before that ',' is the broken element,
     * answered with the parser's error for it, naming the element's index and where it starts and
     * where reading resumes; the object and all after it are read again as the array's next elements.
     * An object nested in a case is not taken for an element, as it names no {@code "complaint"};
     * nor is one that holds what valid JSON never holds. A place is looked for only in the first
     * {@link InputLimits#MAX_DOCUMENT_LENGTH} characters of the broken element (longer, no element can
     * be read), and the search (reading on for ',' and scanning the objects tried) takes at most
     * {@link #RESYNC_BUDGET} steps per broken element and never more than the credit that the
     * elements read earn ({@link #RESYNC_CREDIT} steps per character, up to that budget), so that all
     * searches together stay within a small multiple of the input's length however many elements
     * are broken; only the object found and what follows it is read again. When no place is found
     * within that, or when invalid UTF-8 was
     * read on the way (it is answered on the element that holds it, so nothing is handed back), the
     * element is read on as before: it runs up to the end of the array or of the input and is one
     * error.
     *
     * @param text the element as read so far; its last character is the one that broke it
     * @return the broken element's error, or {@code null} to read on as before
     */
    private CaseInput resync(StringBuilder text, int startLine, int startColumn) throws IOException {
        laterEncodingErrors.addAll(chars.takeEncodingErrors());
        if (!laterEncodingErrors.isEmpty() || !chars.encodingErrorsKept()) {
            return null;
        }
        int kept = text.length();
        int savedLine = line;
        int savedColumn = column;
        resyncSteps = Math.min(RESYNC_BUDGET, resyncCredit);
        long granted = resyncSteps;
        CaseInput resumed = resyncWithin(text, startLine, startColumn);
        resyncCredit -= granted - Math.max(0, resyncSteps);
        if (resumed != null) {
            return resumed;
        }
        // no place found: as if the element had been read on
        chars.unread(text.substring(kept));
        text.setLength(kept);
        line = savedLine;
        column = savedColumn;
        return null;
    }

    /** {@link #resync}'s search, within {@link #resyncSteps}. */
    private CaseInput resyncWithin(StringBuilder text, int startLine, int startColumn) throws IOException {
        for (int comma = indexOfComma(text, 1); comma >= 0; comma = indexOfComma(text, comma + 1)) {
            int open = skipWhitespaceIn(text, comma + 1);
            if (open < 0 || text.charAt(open) != '{') {
                continue;
            }
            Nesting nesting = new Nesting();
            int end = -1;
            for (int i = open; i < text.length() || more(text); i++) {
                if (nesting.closes(text.charAt(i))) {
                    end = i + 1;
                    break;
                }
                if (nesting.broken || --resyncSteps < 0) {
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            int after = skipWhitespaceIn(text, end);
            if (after < 0
                    || (text.charAt(after) != ',' && text.charAt(after) != ']')
                    || !namesACase(text.subSequence(open + 1, end - 1))
                    || !documents.wellFormed(text.subSequence(open, end))) {
                continue;
            }
            laterEncodingErrors.addAll(chars.takeEncodingErrors());
            if (!laterEncodingErrors.isEmpty()) {
                return null; // invalid UTF-8 in the text read: not handed back without its error
            }
            earnResyncCredit(comma);
            return resumeAt(text, comma, open, startLine, startColumn);
        }
        return null;
    }

    /** Most steps {@link #resync} takes per broken element: a character read on or scanned is one. */
    static final long RESYNC_BUDGET = 2L * InputLimits.MAX_DOCUMENT_LENGTH;

    /** Steps of {@link #resync} earned by each character of an element read. */
    static final long RESYNC_CREDIT = 8;

    /** The steps {@link #resync} may still take: earned by the elements read, at most {@link #RESYNC_BUDGET}. */
    private long resyncCredit = RESYNC_BUDGET;

    /** The steps left to the search under way. */
    private long resyncSteps;

    /** @param length the characters of an element read */
    private void earnResyncCredit(long length) {
        resyncCredit = Math.min(RESYNC_BUDGET, resyncCredit + RESYNC_CREDIT * length);
    }

    /**
     * Answers the broken element (the text before {@code comma}) and hands back the text from
     * {@code open} on, to be read as the next elements.
     */
    private CaseInput resumeAt(StringBuilder text, int comma, int open, int startLine, int startColumn) {
        chars.unread(text.substring(open));
        int lines = 0;
        int lastBreak = -1;
        for (int i = 0; i < open; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                lastBreak = i;
            }
        }
        line = startLine + lines;
        column = lastBreak < 0 ? startColumn + open : open - lastBreak;
        afterComma = true;
        arrayEnded = false;
        String before = text.substring(0, comma);
        String hint =
                "; array element " + (index - firstElement) + " (from line " + startLine + " column " + startColumn
                        + ") is not valid JSON; reading resumes at the next element that can be read, at line " + line
                        + " column " + column;
        try {
            documents.parse(before, startLine, startColumn);
        } catch (InvalidInputException e) {
            return failed(CaseMapper.salvageId(before), e, hint);
        } catch (RuntimeException e) {
            return failed(CaseMapper.salvageId(before), unexpected(e), hint);
        }
        // not reached for text that broke the scan; answered as an error all the same
        return failed(
                CaseMapper.salvageId(before),
                JsonDocuments.notValid("is not valid JSON", startLine, startColumn),
                hint);
    }

    /**
     * Reads one more character of a broken element into {@code text}, as long as it stays within
     * {@link InputLimits#MAX_DOCUMENT_LENGTH}.
     *
     * @return whether a character was added
     */
    private boolean more(StringBuilder text) throws IOException {
        if (text.length() >= InputLimits.MAX_DOCUMENT_LENGTH) {
            return false;
        }
        int c = read();
        if (c < 0) {
            return false;
        }
        text.append((char) c);
        return true;
    }

    /** @return the index of the first ',' in text at or after {@code from}, reading on as needed, or -1 */
    private int indexOfComma(StringBuilder text, int from) throws IOException {
        for (int i = from; i < text.length() || more(text); i++) {
            if (--resyncSteps < 0) {
                return -1;
            }
            if (text.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of the first character at or after {@code from} that is not white space, reading on as needed, or -1 */
    private int skipWhitespaceIn(StringBuilder text, int from) throws IOException {
        for (int i = from; i < text.length() || more(text); i++) {
            if (--resyncSteps < 0) {
                return -1;
            }
            if (!isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Invalid UTF-8 read but not yet answered, in the order of its lines: in text handed back by
     * {@link #cutAt}, answered when the element that holds it ends.
     */
    private final ArrayDeque<CharSource.InvalidEncoding> laterEncodingErrors = new ArrayDeque<>();

    /** @return the encoding error of the element read last, up to the current line, or {@code null} */
    private CharSource.InvalidEncoding takeEncodingError() {
        return takeEncodingError(line);
    }

    /** @return the encoding error of the element read last, up to line {@code last}, or {@code null} */
    private CharSource.InvalidEncoding takeEncodingError(int last) {
        laterEncodingErrors.addAll(chars.takeEncodingErrors());
        return encodingErrorUpTo(last);
    }

    /** The line an element read whole ended on, when the scan has read past it (-1: the current line). */
    private int elementEndLine = -1;

    /** @return the first kept encoding error on a line up to {@code last}, dropping the others there, or {@code null} */
    private CharSource.InvalidEncoding encodingErrorUpTo(int last) {
        CharSource.InvalidEncoding first = null;
        while (!laterEncodingErrors.isEmpty() && laterEncodingErrors.peekFirst().line() <= last) {
            CharSource.InvalidEncoding e = laterEncodingErrors.pollFirst();
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

    /**
     * The characters that may stand outside strings in valid JSON: white space, brackets, ',', ':',
     * '"', and those of numbers and of {@code true}, {@code false} and {@code null}. Read as a table.
     */
    private static final boolean[] BARE = new boolean[128];

    static {
        for (char c : " \t\n\r{}[],:\"0123456789+-.eEtrufalsn".toCharArray()) {
            BARE[c] = true;
        }
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
            if (c >= BARE.length || !BARE[c]) {
                broken = true; // a character no JSON value holds outside strings
            } else if ((c == '{' || c == '[') && depth > 0 && !valueMayStart()) {
                broken = true; // an object or array where a name, ',' or a closing bracket is due
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

        /**
         * Set once the scan has seen what valid JSON never holds: outside strings, a character that
         * is no part of a value ({@link #BARE}), or a <code>{</code> or <code>[</code> where no value may
         * start. From there on the scan's count of strings and brackets is not to be trusted.
         */
        private boolean broken;

        /**
         * @return whether a value may start here, inside brackets: after ':' in an object; after '['
         *     or after a ',' that follows a value in an array (the depth limit aside)
         */
        private boolean valueMayStart() {
            boolean inObject = depth <= 64 && (objects >>> (depth - 1) & 1L) != 0;
            if (inObject) {
                return last == ':';
            }
            return last == '[' || (last == ',' && beforeLast != '[' && beforeLast != ',');
        }

        /** @return whether the scan is inside the element's brackets, outside strings */
        boolean inBrackets() {
            return !inString && depth > 0;
        }

        /** @return whether the scan is outside strings and brackets, where ',' and ']' end the element */
        boolean atTop() {
            return !inString && depth <= 0;
        }

        /** @return whether the scan, outside strings, has closed one bracket more than it opened */
        boolean pastItsEnd() {
            return !inString && depth < 0;
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

    /**
     * The case id of a line that is not valid UTF-8, when the id itself was read whole: the invalid
     * bytes (read as U+FFFD) are elsewhere in the line. The line is still answered with the error;
     * only the answer names its case.
     */
    private static String idDespiteEncoding(String line) {
        String id = line == null ? null : CaseMapper.salvageId(line);
        return id == null || id.indexOf('\uFFFD') >= 0 ? null : id;
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

    /** What {@link #skipWhitespaceIfReady} returns when the input has nothing more ready. */
    private static final int NOT_READY = -2;

    /**
     * @return the first character after white space, -1 at the end of the input, or {@link #NOT_READY}
     *     when the input has no character ready before one that is not white space comes (the white
     *     space read so far stays read)
     */
    private int skipWhitespaceIfReady() throws IOException {
        while (chars.ready()) {
            int c = read();
            if (c < 0 || !isWhitespace(c)) {
                return c;
            }
        }
        return NOT_READY;
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
