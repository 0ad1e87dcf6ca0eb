package org.complaintrules.json;

import org.complaintrules.api.InputLimits;
import org.complaintrules.api.InvalidInputException;

/**
 * Follows the JSON of one case that is too long to be held (a line of JSON Lines or an array element
 * past {@link InputLimits#MAX_DOCUMENT_LENGTH}) one character at a time, to tell which field made it
 * too long, in constant memory: it keeps where the scan is (the path of the value being read, at most
 * {@link JsonDocuments#MAX_NESTING_DEPTH} levels deep) and the length of the string being read, never
 * the text.
 *
 * <p>A string longer than its field's own limit ({@code complaint.text}, the ids,
 * {@code complaint.language}) is answered as a case within the document limit would answer it, naming
 * the field; the first such string, in input order, counts. Failing that, a string whose length as
 * written alone puts the case past the document limit is named with the document limit's message.
 * Otherwise, or when the text is not JSON that can be followed, the failure names no field.
 */
final class OverlongCase {
    private final String[] names = new String[JsonDocuments.MAX_NESTING_DEPTH];
    private final int[] indexes = new int[JsonDocuments.MAX_NESTING_DEPTH];
    private final boolean[] objects = new boolean[JsonDocuments.MAX_NESTING_DEPTH];
    /** Open objects and arrays. */
    private int depth;
    /** Set once the text is not JSON the scan can follow (too deep, a bracket too many): nothing is named. */
    private boolean lost;
    /** In an object: the next string is a name. */
    private boolean expectName;

    private boolean inString;
    private boolean isName;
    private boolean escaped;
    /** Hex digits of a <code>&#92;u</code> escape still to come, and their value so far. */
    private int hexLeft;

    private int hexValue;
    /** The name being read (as far as {@link JsonDocuments#MAX_NAME_LENGTH}), or the value's first characters. */
    private final StringBuilder start = new StringBuilder();
    /** The string being read: characters as written, UTF-16 units and code points as decoded. */
    private long written;

    private long units;
    private long codePoints;
    private boolean afterHighSurrogate;

    private InvalidInputException overItsLimit;
    private String longestPath;
    private long longestWritten = -1;

    /** @param text characters of the case, in order */
    void accept(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            accept(text.charAt(i));
        }
    }

    /** @param c the next character of the case */
    void accept(int c) {
        if (lost || overItsLimit != null) {
            return;
        }
        if (inString) {
            inString(c);
            return;
        }
        switch (c) {
            case '{', '[' -> open(c == '{');
            case '}', ']' -> {
                if (--depth < 0) {
                    lost = true;
                }
                expectName = false;
            }
            case ':' -> expectName = false;
            case ',' -> {
                if (depth > 0 && objects[depth - 1]) {
                    names[depth - 1] = null;
                    expectName = true;
                } else if (depth > 0) {
                    indexes[depth - 1]++;
                }
            }
            case '"' -> {
                inString = true;
                isName = expectName && depth > 0 && objects[depth - 1];
                escaped = false;
                hexLeft = 0;
                start.setLength(0);
                written = 0;
                units = 0;
                codePoints = 0;
                afterHighSurrogate = false;
            }
            default -> {
                // white space, numbers and literals: nothing to follow
            }
        }
    }

    private void open(boolean object) {
        if (depth >= objects.length) {
            lost = true; // deeper than any case may be: refused for that, not for its length
            return;
        }
        objects[depth] = object;
        names[depth] = null;
        indexes[depth] = 0;
        depth++;
        expectName = object;
    }

    private void inString(int c) {
        if (hexLeft > 0) {
            written++;
            int digit = Character.digit(c, 16);
            hexValue = hexValue * 16 + Math.max(digit, 0);
            if (--hexLeft == 0) {
                unit((char) hexValue);
            }
        } else if (escaped) {
            written++;
            escaped = false;
            if (c == 'u') {
                hexLeft = 4;
                hexValue = 0;
            } else {
                unit((char) c); // \n, \", \\ ...: one character, which one does not matter here
            }
        } else if (c == '\\') {
            written++;
            escaped = true;
        } else if (c == '"') {
            inString = false;
            if (isName) {
                if (depth > 0) {
                    names[depth - 1] = start.toString();
                }
                expectName = false;
            } else {
                valueRead();
            }
        } else {
            written++;
            unit((char) c);
        }
    }

    /** Counts one UTF-16 unit of the string being read; a surrogate pair is one code point. */
    private void unit(char u) {
        units++;
        if (afterHighSurrogate && Character.isLowSurrogate(u)) {
            afterHighSurrogate = false;
        } else {
            codePoints++;
            afterHighSurrogate = Character.isHighSurrogate(u);
        }
        int keep = isName ? JsonDocuments.MAX_NAME_LENGTH : Texts.MAX_QUOTED + 1;
        if (start.length() < keep) {
            start.append(u);
        }
    }

    /** A value string has been read whole (or up to the end of the case): weighs it against its limits. */
    private void valueRead() {
        String path = path();
        if (path == null) {
            return;
        }
        overItsLimit = ownLimit(path);
        if (written > longestWritten) {
            longestWritten = written;
            longestPath = path;
        }
    }

    /** @return the failure of a string too long for its field, as the case's records word it, or {@code null} */
    private InvalidInputException ownLimit(String path) {
        switch (path) {
            case "complaint.text" -> {
                // as InputLimits.textLength counts: code points, once the UTF-16 units are past the limit
                if (units > InputLimits.MAX_TEXT_LENGTH && codePoints > InputLimits.MAX_TEXT_LENGTH) {
                    return new InvalidInputException(
                            path,
                            "must be at most " + InputLimits.MAX_TEXT_LENGTH + " characters, was " + codePoints
                                    + " characters");
                }
            }
            case "complaint.id", "customer.id" -> {
                if (codePoints > InputLimits.MAX_ID_LENGTH) {
                    return new InvalidInputException(
                            path,
                            "must be 1.." + InputLimits.MAX_ID_LENGTH + " characters, was " + codePoints
                                    + " characters");
                }
            }
            case "complaint.language" -> {
                if (units > InputLimits.MAX_LANGUAGE_TAG_LENGTH) {
                    return new InvalidInputException(
                            path,
                            "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was " + Texts.quote(start.toString()));
                }
            }
            default -> {
                // no limit of its own: only the document's
            }
        }
        return null;
    }

    /** @return the dotted path of the value being read, or {@code null} when a level's name is not known */
    private String path() {
        String path = null;
        for (int i = 0; i < depth; i++) {
            if (objects[i]) {
                if (names[i] == null) {
                    return null;
                }
                path = Texts.child(path, names[i]);
            } else {
                path = (path == null ? "" : path) + "[" + indexes[i] + "]";
            }
        }
        return path;
    }

    /**
     * @param what what is too long, as {@link JsonDocuments#tooLong} names it: {@code "line 7"}
     * @param length its length in characters
     * @return the failure for the case: naming the field that made it too long when the scan can tell
     */
    InvalidInputException failure(String what, long length) {
        if (inString && !isName && !lost && overItsLimit == null) {
            valueRead(); // the case ended inside a string: it counts as far as it goes
        }
        InvalidInputException tooLong = JsonDocuments.tooLong(what, length);
        if (lost) {
            return tooLong;
        }
        if (overItsLimit != null) {
            return overItsLimit;
        }
        if (longestPath != null && length - longestWritten <= InputLimits.MAX_DOCUMENT_LENGTH) {
            return new InvalidInputException(
                    longestPath,
                    tooLong.detail() + "; this field's value alone is " + longestWritten + " characters as written");
        }
        return tooLong;
    }
}
