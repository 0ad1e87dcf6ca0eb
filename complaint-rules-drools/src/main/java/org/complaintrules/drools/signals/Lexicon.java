package org.complaintrules.drools.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.complaintrules.api.SignalType;

/**
 * The phrase lists behind the word-based signals, read from resource files that policy owners
 * can review: {@code org/complaintrules/drools/signals/lexicon/<language>/<list>.txt}, where
 * {@code <language>} is {@code en}, {@code ru}, {@code zh}, {@code et} or {@code universal} (used
 * for every language) and {@code <list>} is one of {@link #FILES}.
 *
 * <h2>File format</h2>
 * One phrase a line, UTF-8. Blank lines and lines starting with {@code #} are ignored, as is
 * anything after {@code " #"}. Phrases are folded like the text ({@link NormalizedText}: lower
 * case, NFKC, white space runs as one space), so case and spacing in the file do not matter.
 * <ul>
 *   <li>{@code lawyer} matches the whole word or words only: "lawyers" does not match. Word
 *       boundaries apply to scripts written with spaces (Latin, Cyrillic); a Chinese phrase matches
 *       anywhere in the text.</li>
 *   <li>{@code идиот*} — a trailing {@code *} makes a stem: it matches at the start of a word and
 *       the word may go on ("идиоты", "идиотов"). A leading {@code *} lets the word start earlier
 *       ({@code *idioo*} also matches "täisidioot"). A literal asterisk, as in a masked swear word,
 *       is written {@code \*}: {@code f\*ck}. Stars are read after braces are expanded, so
 *       {@code уже {звонил*|писал*}} is two stems.</li>
 *   <li>{@code {called|phoned} {you |}<n> times} — braces list alternatives (one may be empty),
 *       expanded when the file is read; {@code <n>} stands for any whole number written in
 *       digits. Digits written out (as in {@code 12315}) must match the whole number.</li>
 *   <li>{@code !kindle fire} — an exclusion: a match of this list that overlaps a match of an
 *       exclusion of the same list is ignored (the product "Kindle Fire" is not a fire).</li>
 * </ul>
 * A malformed line stops loading with the file and line number in the message.
 */
final class Lexicon {

    /** The resource folder holding one folder per language. */
    static final String ROOT = "/org/complaintrules/drools/signals/lexicon/";
    /** The folder whose lists apply to every language. */
    static final String UNIVERSAL = "universal";
    /** The list file (without {@code .txt}) for each word-based signal type, in declaration order. */
    static final Map<SignalType, String> FILES;

    private static final Pattern NUMBER_PLACEHOLDER = Pattern.compile("<n>", Pattern.LITERAL);
    /** Stands for an escaped {@code \*} while a line is parsed. */
    private static final char LITERAL_STAR = '\uE001';
    /** The most phrases one line may expand to. */
    static final int MAX_EXPANSIONS_PER_LINE = 5000;

    static {
        Map<SignalType, String> files = new EnumMap<>(SignalType.class);
        files.put(SignalType.ABUSIVE_LANGUAGE, "abuse");
        files.put(SignalType.LEGAL_THREAT, "legal");
        files.put(SignalType.REGULATOR_MENTION, "regulator");
        files.put(SignalType.SAFETY_RISK, "safety");
        files.put(SignalType.CHURN_THREAT, "churn");
        files.put(SignalType.PUBLIC_EXPOSURE_THREAT, "public");
        files.put(SignalType.DEMANDS_IMMEDIACY, "immediacy");
        files.put(SignalType.REPEATED_CONTACT, "repeated");
        files.put(SignalType.RECURRING_FAULT, "recurring");
        files.put(SignalType.MILD_WORDING, "mild");
        FILES = Collections.unmodifiableMap(files);
    }

    /**
     * One phrase, folded.
     *
     * @param type the signal it shows
     * @param key the folded symbols to find
     * @param exclusion whether it suppresses overlapping matches instead of showing the signal
     * @param startBoundary whether the symbol before a match must not be a word symbol
     * @param endBoundary whether the symbol after a match must not be a word symbol
     * @param numberPositions indexes in {@code key} of {@link NormalizedText#NUMBER} symbols
     * @param numberValues for each of those, the digits it must be, or {@code null} for any number
     * @param origin file and line, for messages
     */
    record Phrase(
            SignalType type,
            char[] key,
            boolean exclusion,
            boolean startBoundary,
            boolean endBoundary,
            int[] numberPositions,
            String[] numberValues,
            String origin) {

        /** @return the phrase as folded text, for messages and tests */
        String text() {
            return new String(key).replace(NormalizedText.NUMBER, '#');
        }

        /**
         * @param other another phrase
         * @return whether it matches exactly the same way (records compare arrays by identity)
         */
        boolean sameMatching(Phrase other) {
            return type == other.type
                    && exclusion == other.exclusion
                    && startBoundary == other.startBoundary
                    && endBoundary == other.endBoundary
                    && Arrays.equals(key, other.key)
                    && Arrays.equals(numberValues, other.numberValues);
        }
    }

    private Lexicon() {}

    /**
     * Reads every list of one language folder.
     *
     * @param language a folder under {@link #ROOT}
     * @return its phrases, duplicates removed
     * @throws IllegalStateException when a list is missing or malformed
     */
    static List<Phrase> load(String language) {
        List<Phrase> all = new ArrayList<>();
        for (Map.Entry<SignalType, String> e : FILES.entrySet()) {
            String resource = ROOT + language + "/" + e.getValue() + ".txt";
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Signal lexicon " + resource + " is missing from the class path");
                }
                all.addAll(parse(e.getKey(), resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot read signal lexicon " + resource, ex);
            }
        }
        return dedupe(all);
    }

    /**
     * @param phrases phrases, possibly with duplicates
     * @return the phrases, each way of matching once, in first-seen order
     */
    static List<Phrase> dedupe(List<Phrase> phrases) {
        Map<String, List<Phrase>> byKey = new LinkedHashMap<>();
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : phrases) {
            List<Phrase> same = byKey.computeIfAbsent(new String(p.key()), k -> new ArrayList<>());
            if (same.stream().noneMatch(p::sameMatching)) {
                same.add(p);
                out.add(p);
            }
        }
        return out;
    }

    /**
     * @param type the signal the list shows
     * @param origin the list's name, for messages
     * @param reader the list
     * @return its phrases
     * @throws IllegalStateException naming origin and line when a line is malformed
     * @throws IOException when the list cannot be read
     */
    static List<Phrase> parse(SignalType type, String origin, Reader reader) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String where = origin + ":" + number;
            try {
                parseLine(type, line, where, phrases);
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException("Signal lexicon " + where + ": " + ex.getMessage(), ex);
            }
        }
        return phrases;
    }

    private static void parseLine(SignalType type, String raw, String where, List<Phrase> out) {
        String line = raw.strip();
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1).strip();
        }
        int comment = line.indexOf(" #");
        if (comment >= 0) {
            line = line.substring(0, comment).strip();
        }
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        line = line.replace("\\*", String.valueOf(LITERAL_STAR));
        boolean exclusion = line.startsWith("!");
        if (exclusion) {
            line = line.substring(1).strip();
        }
        if (line.replace("<n>", "").indexOf('<') >= 0 || line.replace("<n>", "").indexOf('>') >= 0) {
            throw new IllegalArgumentException("'<' and '>' are allowed only in <n>");
        }
        for (String expanded : expand(line)) {
            String phrase = expanded.strip();
            boolean openStart = phrase.startsWith("*");
            if (openStart) {
                phrase = phrase.substring(1);
            }
            boolean openEnd = phrase.endsWith("*");
            if (openEnd) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            if (phrase.indexOf('*') >= 0) {
                throw new IllegalArgumentException("'*' is allowed only at the start or end of a phrase, in \""
                        + expanded.replace(LITERAL_STAR, '*') + "\"");
            }
            out.add(phrase(type, phrase.replace(LITERAL_STAR, '*'), exclusion, openStart, openEnd, where));
        }
    }

    /**
     * @param line a phrase with {@code {a|b}} groups
     * @return every phrase it stands for
     */
    static List<String> expand(String line) {
        List<String> done = new ArrayList<>();
        done.add("");
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('{', i);
            int close = line.indexOf('}', i);
            if (open < 0) {
                if (close >= 0) {
                    throw new IllegalArgumentException("'}' without '{'");
                }
                appendToAll(done, line.substring(i));
                break;
            }
            if (close >= 0 && close < open) {
                throw new IllegalArgumentException("'}' without '{'");
            }
            close = line.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("'{' without '}'");
            }
            if (line.substring(open + 1, close).indexOf('{') >= 0) {
                throw new IllegalArgumentException("'{' groups cannot nest");
            }
            appendToAll(done, line.substring(i, open));
            String[] alternatives = line.substring(open + 1, close).split("\\|", -1);
            List<String> next = new ArrayList<>();
            for (String prefix : done) {
                for (String alternative : alternatives) {
                    next.add(prefix + alternative);
                }
            }
            if (next.size() > MAX_EXPANSIONS_PER_LINE) {
                throw new IllegalArgumentException("expands to more than " + MAX_EXPANSIONS_PER_LINE + " phrases");
            }
            done = next;
            i = close + 1;
        }
        return done;
    }

    private static void appendToAll(List<String> list, String suffix) {
        list.replaceAll(s -> s + suffix);
    }

    private static Phrase phrase(
            SignalType type, String text, boolean exclusion, boolean openStart, boolean openEnd, String where) {
        StringBuilder key = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String[] parts = NUMBER_PLACEHOLDER.split(text, -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                if (key.length() > 0 && key.charAt(key.length() - 1) == NormalizedText.NUMBER) {
                    throw new IllegalArgumentException("<n> must not touch another number");
                }
                positions.add(key.length());
                values.add(null);
                key.append(NormalizedText.NUMBER);
            }
            NormalizedText folded = NormalizedText.of(parts[p]);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.symbol(k);
                if (c == NormalizedText.NUMBER) {
                    if (key.length() > 0 && key.charAt(key.length() - 1) == NormalizedText.NUMBER) {
                        throw new IllegalArgumentException("<n> must not touch another number");
                    }
                    positions.add(key.length());
                    values.add(folded.digits(k));
                } else if (c == ' ' && (key.length() == 0 || key.charAt(key.length() - 1) == ' ')) {
                    continue;
                }
                key.append(c);
            }
        }
        int trailing = key.length();
        while (trailing > 0 && key.charAt(trailing - 1) == ' ') {
            trailing--;
        }
        key.setLength(trailing);
        if (key.length() == 0) {
            throw new IllegalArgumentException("empty phrase in \"" + text + "\"");
        }
        char[] chars = key.toString().toCharArray();
        boolean startBoundary = !openStart && NormalizedText.isWordSymbol(chars[0]);
        boolean endBoundary = !openEnd && NormalizedText.isWordSymbol(chars[chars.length - 1]);
        int[] numberPositions = positions.stream().mapToInt(Integer::intValue).toArray();
        return new Phrase(
                type,
                chars,
                exclusion,
                startBoundary,
                endBoundary,
                numberPositions,
                values.toArray(new String[0]),
                where);
    }
}
