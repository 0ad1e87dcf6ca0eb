package org.complaintrules.drools.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.complaintrules.api.SignalType;

/**
 * The word lists behind the word-based signals: plain-text files that policy owners read and
 * extend, {@code org/complaintrules/drools/signals/lexicon/<language>/<list>.txt}, where
 * {@code <language>} is {@code en}, {@code ru}, {@code zh}, {@code et} or {@code universal} (used
 * for every language) and {@code <list>} is one of {@link #FILES}, plus {@code contexts.txt} (the
 * contexts that entries may require or be cancelled by) and {@code praise.txt} (praise and
 * thanks, for the polarity of loud texts). The format is documented in {@code lexicon/README.md};
 * in short, one entry a line:
 *
 * <pre>
 * # a comment line; " #" starts a comment at the end of a line
 * уйти от вас                     words, each matched by its stem (en, ru, et) or exactly (zh)
 * =fire                           this exact word form only
 * идиот*   *idioo*   *vigastus    a word starting with / containing / ending in
 * called &lt;n&gt; times                &lt;n&gt; is any number in digits; digits written out must match
 *打了 ...2 电话                    "..." skips up to 3 tokens ("...2": up to 2) in the same sentence
 * {sue|suing} {you |}now          alternatives, expanded when the file is read (one may be empty)
 * уход* банк* | any-order window=4    the words in any order, at most 4 tokens apart
 * immediately | needs=demand      only with a context (contexts.txt) near the match
 * helistasin | min=2              only when it occurs at least twice in the text
 * sue | unless=negation,third-party   not when one of these contexts is near
 * !kindle fire                    an exclusion: a match of this list that it overlaps is ignored
 * !i won't sue | unless=condition  an exclusion that holds only when its contexts do
 * </pre>
 *
 * A malformed line fails loading with {@code file:line: message} ({@link LexiconException}).
 */
final class Lexicon {

    /** The resource folder holding one folder per language. */
    static final String ROOT = "/org/complaintrules/drools/signals/lexicon/";
    /** The folder whose lists apply to every language. */
    static final String UNIVERSAL = "universal";
    /** The file of contexts. */
    static final String CONTEXTS = "contexts";
    /** The file of praise and thanks words. */
    static final String PRAISE = "praise";
    /** The list file (without {@code .txt}) for each word-based signal type, in declaration order. */
    static final Map<SignalType, String> FILES;
    /** The most phrases one line may expand to. */
    static final int MAX_EXPANSIONS_PER_LINE = 5000;
    /** Tokens a bare {@code ...} may skip. */
    static final int DEFAULT_GAP = 3;
    /** The largest gap or window an entry may ask for. */
    static final int MAX_WINDOW = 20;
    /** Tokens apart at most, by default, for an {@code any-order} entry. */
    static final int DEFAULT_WINDOW = 6;

    /** White space between the words and attributes of an entry (compiled once: lists are read at start). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A gap with its size: {@code ...2}. */
    private static final Pattern SIZED_GAP = Pattern.compile("\\.\\.\\.\\d+");
    /** A context's name. */
    private static final Pattern CONTEXT_NAME = Pattern.compile("[a-z][a-z0-9-]*");

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
        files.put(SignalType.VULNERABILITY_HEALTH, "health");
        files.put(SignalType.VULNERABILITY_LIFE_EVENT, "life-event");
        files.put(SignalType.VULNERABILITY_RESILIENCE, "resilience");
        files.put(SignalType.VULNERABILITY_CAPABILITY, "capability");
        FILES = Collections.unmodifiableMap(files);
    }

    /** How one token of an entry is compared with a token of the text. */
    enum TermKind {
        /** The same stem (languages with a stemmer) or the same form. */
        STEM,
        /** Exactly this form. */
        EXACT,
        /** A word that starts with the text. */
        PREFIX,
        /** A word that ends with the text. */
        SUFFIX,
        /** A word that contains the text. */
        INFIX,
        /** Any number. */
        ANY_NUMBER,
        /** A number with these digits. */
        NUMBER
    }

    /**
     * One token of an entry.
     *
     * @param kind how it is compared
     * @param text the folded form (digits for {@link TermKind#NUMBER}, empty for {@link TermKind#ANY_NUMBER})
     */
    record Term(TermKind kind, String text) {}

    /**
     * One entry after its alternatives are expanded.
     *
     * @param list the signal type's name, a context's name or {@link #PRAISE}
     * @param terms the tokens in order
     * @param gaps for each token, how many tokens may be skipped before it (0 for the first)
     * @param exclusion whether it cancels overlapping matches of its list instead of matching
     * @param anyOrder whether the tokens may come in any order
     * @param window for {@code anyOrder}, the most tokens from the first to the last
     * @param needs groups of context names: each group needs one of its contexts near the match
     * @param unless context names that cancel the match when near
     * @param wholeWord for unspaced scripts: the match must start and end at word boundaries
     * @param min how many times the entry must match in the text before it counts (1 normally)
     * @param origin {@code file:line}, for messages
     */
    record Entry(
            String list,
            List<Term> terms,
            int[] gaps,
            boolean exclusion,
            boolean anyOrder,
            int window,
            List<List<String>> needs,
            List<String> unless,
            boolean wholeWord,
            int min,
            String origin) {}

    /**
     * A context section header of {@code contexts.txt}: {@code [negation] before 3},
     * {@code [third-party] before 5 blocked-by first-person}.
     *
     * @param name the context's name
     * @param before how many tokens before the match an occurrence may start (0 = not before)
     * @param after how many tokens after the match's end an occurrence may start (0 = not after)
     * @param blockedBy a context whose occurrence between this one and the match makes this one not count, or {@code null}
     * @param origin {@code file:line}
     */
    record Context(String name, int before, int after, String blockedBy, String origin) {}

    /**
     * What one or more files hold.
     *
     * @param entries the entries
     * @param contexts the contexts declared
     */
    record Content(List<Entry> entries, List<Context> contexts) {
        Content {
            entries = List.copyOf(entries);
            contexts = List.copyOf(contexts);
        }

        /** @return entries and contexts of both */
        Content plus(Content other) {
            List<Entry> e = new ArrayList<>(entries);
            e.addAll(other.entries);
            List<Context> c = new ArrayList<>(contexts);
            c.addAll(other.contexts);
            return new Content(e, c);
        }

        static Content empty() {
            return new Content(List.of(), List.of());
        }
    }

    private Lexicon() {}

    /** @return the list names a lexicon folder may hold: the signal lists, {@code contexts} and {@code praise} */
    static List<String> listNames() {
        List<String> names = new ArrayList<>(FILES.values());
        names.add(CONTEXTS);
        names.add(PRAISE);
        return names;
    }

    /**
     * @param fileName a list file name without {@code .txt}
     * @return the signal type it lists, or {@code null} for {@code contexts}/{@code praise}
     * @throws IllegalArgumentException when it names no list
     */
    static SignalType typeOf(String fileName) {
        for (Map.Entry<SignalType, String> e : FILES.entrySet()) {
            if (e.getValue().equals(fileName)) {
                return e.getKey();
            }
        }
        if (fileName.equals(CONTEXTS) || fileName.equals(PRAISE)) {
            return null;
        }
        throw new IllegalArgumentException("no word list is called \"" + fileName + "\"; the lists are " + listNames());
    }

    /**
     * Reads every list of one built-in language folder.
     *
     * @param language a folder under {@link #ROOT}
     * @return its entries and contexts
     * @throws IllegalStateException when a list is missing or malformed (a packaging error)
     */
    static Content load(String language) {
        Content all = Content.empty();
        for (Map.Entry<String, byte[]> file : files(language).entrySet()) {
            String list = file.getKey();
            try {
                all = all.plus(parse(
                        list,
                        (ROOT + language + "/" + list + ".txt").substring(1),
                        new String(file.getValue(), StandardCharsets.UTF_8)));
            } catch (LexiconException ex) {
                throw new IllegalStateException("Signal lexicon " + ex.getMessage(), ex);
            }
        }
        return all;
    }

    /**
     * Reads the files of one built-in language folder as bytes.
     *
     * @param language a folder under {@link #ROOT}
     * @return each list's bytes by list name, in {@link #listNames()} order (an absent {@code
     *     contexts} or {@code praise} left out)
     * @throws IllegalStateException when a signal list is missing (a packaging error)
     * @throws UncheckedIOException when a list cannot be read
     */
    static Map<String, byte[]> files(String language) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : listNames()) {
            String resource = ROOT + language + "/" + name + ".txt";
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    if (name.equals(CONTEXTS) || name.equals(PRAISE)) {
                        continue;
                    }
                    throw new IllegalStateException("Signal lexicon " + resource + " is missing from the class path");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot read signal lexicon " + resource, ex);
            }
        }
        return files;
    }

    /**
     * @param list the list's name ({@link #FILES} value, {@code contexts} or {@code praise})
     * @param origin the file's name, for messages
     * @param text the file's content
     * @return its entries and contexts
     * @throws LexiconException naming file and line when a line is malformed
     */
    static Content parse(String list, String origin, String text) {
        try {
            return parse(list, origin, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Content parse(String list, String origin, Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Context> contexts = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        String section = list.equals(CONTEXTS) ? null : list;
        Map<String, List<Term>> known = new HashMap<>(); // the terms of each word seen, as the alternatives repeat them
        while ((line = lines.readLine()) != null) {
            number++;
            String where = origin + ":" + number;
            try {
                String content = stripComment(line);
                if (content.isEmpty()) {
                    continue;
                }
                if (list.equals(CONTEXTS) && content.startsWith("[")) {
                    Context c = parseContextHeader(content, where);
                    contexts.add(c);
                    section = c.name();
                    continue;
                }
                if (section == null) {
                    throw new IllegalArgumentException("an entry before the first [context] header");
                }
                parseLine(section, content, where, entries, known);
            } catch (IllegalArgumentException ex) {
                throw new LexiconException(origin, number, ex.getMessage());
            }
        }
        return new Content(entries, contexts);
    }

    private static String stripComment(String raw) {
        String line = raw.strip();
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1).strip();
        }
        if (line.startsWith("#")) {
            return "";
        }
        int comment = line.indexOf(" #");
        if (comment >= 0) {
            line = line.substring(0, comment).strip();
        }
        return line;
    }

    private static Context parseContextHeader(String line, String where) {
        int close = line.indexOf(']');
        if (close < 0) {
            throw new IllegalArgumentException("'[' without ']' in a context header");
        }
        String name = line.substring(1, close).strip().toLowerCase(Locale.ROOT);
        if (!CONTEXT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a context name is lower-case letters, digits and '-', was \"" + name + "\"");
        }
        String[] words = SPACES.split(line.substring(close + 1).strip());
        int before = 0;
        int after = 0;
        String blockedBy = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (i + 1 >= words.length) {
                throw new IllegalArgumentException("'" + w + "' needs a value in the header of [" + name + "]");
            }
            String value = words[++i];
            switch (w) {
                case "before" -> before = window(value, "before");
                case "after" -> after = window(value, "after");
                case "around" -> {
                    before = window(value, "around");
                    after = before;
                }
                case "blocked-by" -> blockedBy = value.toLowerCase(Locale.ROOT);
                default ->
                    throw new IllegalArgumentException("unknown word '" + w
                            + "' in a context header; use before N, after N, around N, blocked-by NAME");
            }
        }
        if (before == 0 && after == 0) {
            throw new IllegalArgumentException("context [" + name + "] needs 'before N', 'after N' or 'around N'");
        }
        return new Context(name, before, after, blockedBy, where);
    }

    private static int window(String value, String what) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > MAX_WINDOW) {
                throw new IllegalArgumentException(what + " must be 1.." + MAX_WINDOW + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, was \"" + value + "\"");
        }
    }

    private static void parseLine(
            String list, String line, String where, List<Entry> out, Map<String, List<Term>> known) {
        boolean exclusion = line.startsWith("!");
        if (exclusion) {
            line = line.substring(1).strip();
        }
        String attributes = "";
        int bar = line.indexOf(" | ");
        if (bar >= 0) {
            attributes = line.substring(bar + 3).strip();
            line = line.substring(0, bar).strip();
        } else if (line.endsWith(" |")) {
            line = line.substring(0, line.length() - 2).strip();
        }
        boolean anyOrder = false;
        int windowSize = DEFAULT_WINDOW;
        boolean wholeWord = false;
        int min = 1;
        List<List<String>> needs = new ArrayList<>();
        List<String> unless = new ArrayList<>();
        for (String a : attributes.isEmpty() ? new String[0] : SPACES.split(attributes)) {
            if (a.equals("any-order")) {
                anyOrder = true;
            } else if (a.equals("whole-word")) {
                wholeWord = true;
            } else if (a.startsWith("min=")) {
                min = window(a.substring(4), "min");
            } else if (a.startsWith("window=")) {
                windowSize = window(a.substring(7), "window");
            } else if (a.startsWith("needs=")) {
                needs.add(names(a.substring(6), "needs"));
            } else if (a.startsWith("unless=")) {
                unless.addAll(names(a.substring(7), "unless"));
            } else {
                throw new IllegalArgumentException(
                        "unknown attribute '" + a
                                + "'; use any-order, window=N, needs=CONTEXT[,CONTEXT], unless=CONTEXT[,CONTEXT], min=N, whole-word");
            }
        }
        if (line.isEmpty()) {
            throw new IllegalArgumentException("empty entry");
        }
        for (String expanded : expand(line)) {
            List<Term> terms = new ArrayList<>();
            List<Integer> gaps = new ArrayList<>();
            int pendingGap = 0;
            for (String word : SPACES.split(expanded.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.startsWith("...")
                        && (word.length() == 3 || SIZED_GAP.matcher(word).matches())) {
                    if (terms.isEmpty()) {
                        throw new IllegalArgumentException("'...' cannot start an entry");
                    }
                    pendingGap += word.length() == 3 ? DEFAULT_GAP : window(word.substring(3), "a gap");
                    continue;
                }
                List<Term> wordTerms = known.get(word);
                if (wordTerms == null) {
                    wordTerms = terms(word);
                    known.put(word, wordTerms);
                }
                for (int k = 0; k < wordTerms.size(); k++) {
                    terms.add(wordTerms.get(k));
                    gaps.add(k == 0 && !gaps.isEmpty() ? pendingGap : 0);
                }
                pendingGap = 0;
            }
            if (pendingGap > 0) {
                throw new IllegalArgumentException("'...' cannot end an entry");
            }
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("an alternative of \"" + line + "\" is empty");
            }
            if (anyOrder && terms.size() < 2) {
                throw new IllegalArgumentException("any-order needs two or more words");
            }
            if (anyOrder && gaps.stream().anyMatch(g -> g > 0)) {
                throw new IllegalArgumentException("any-order entries take window=N, not '...'");
            }
            out.add(new Entry(
                    list,
                    List.copyOf(terms),
                    gaps.stream().mapToInt(Integer::intValue).toArray(),
                    exclusion,
                    anyOrder,
                    windowSize,
                    List.copyOf(needs),
                    List.copyOf(unless),
                    wholeWord,
                    min,
                    where));
        }
    }

    private static List<String> names(String value, String what) {
        List<String> names = new ArrayList<>();
        for (String n : value.split(",")) {
            String name = n.strip().toLowerCase(Locale.ROOT);
            if (!CONTEXT_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(what + "= takes context names, was \"" + value + "\"");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * @param word one space-free item of an entry, with its markers
     * @return its tokens as terms
     */
    static List<Term> terms(String word) {
        boolean exact = word.startsWith("=");
        if (exact) {
            word = word.substring(1);
        }
        word = word.replace("\\*", "\uE001");
        boolean openStart = word.startsWith("*");
        if (openStart) {
            word = word.substring(1);
        }
        boolean openEnd = word.endsWith("*");
        if (openEnd) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.indexOf('*') >= 0) {
            throw new IllegalArgumentException(
                    "'*' is allowed only at the start or end of a word, in \"" + word.replace('\uE001', '*') + "\"");
        }
        String rest = word.replace("<n>", "\uE002");
        if (rest.indexOf('<') >= 0 || rest.indexOf('>') >= 0) {
            throw new IllegalArgumentException("'<' and '>' are allowed only in <n>");
        }
        if ((exact || openStart || openEnd) && rest.isEmpty()) {
            throw new IllegalArgumentException("a marker without a word");
        }
        NormalizedText folded = NormalizedText.of(rest.replace('\uE001', '*'));
        Tokens tokens = Tokens.of(folded, true);
        List<Term> out = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String text = tokens.text(folded, t);
            int kindOf = tokens.kind(t);
            Term term;
            if (text.equals("\uE002")) {
                term = new Term(TermKind.ANY_NUMBER, "");
            } else if (kindOf == Tokens.NUMBER) {
                term = new Term(TermKind.NUMBER, folded.digits(tokens.start(t)));
            } else if (kindOf != Tokens.WORD) {
                term = new Term(TermKind.EXACT, text);
            } else {
                boolean first = t == 0;
                boolean last = t == tokens.size() - 1;
                boolean pre = first && openStart;
                boolean post = last && openEnd;
                TermKind kind = pre && post
                        ? TermKind.INFIX
                        : pre ? TermKind.SUFFIX : post ? TermKind.PREFIX : exact ? TermKind.EXACT : TermKind.STEM;
                term = new Term(kind, text);
            }
            if (term.kind() == TermKind.NUMBER || term.kind() == TermKind.ANY_NUMBER) {
                if (!out.isEmpty() && isNumber(out.get(out.size() - 1))) {
                    throw new IllegalArgumentException("<n> must not touch another number");
                }
            }
            out.add(term);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("\"" + word + "\" has no letters or signs to match");
        }
        return out;
    }

    private static boolean isNumber(Term t) {
        return t.kind() == TermKind.NUMBER || t.kind() == TermKind.ANY_NUMBER;
    }

    /**
     * @param line an entry with {@code {a|b}} groups
     * @return every entry it stands for
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
                throw new IllegalArgumentException("expands to more than " + MAX_EXPANSIONS_PER_LINE + " entries");
            }
            done = next;
            i = close + 1;
        }
        return done;
    }

    private static void appendToAll(List<String> list, String suffix) {
        list.replaceAll(s -> s + suffix);
    }

    /** @return the entries grouped by list name, in first-seen order (for diagnostics) */
    static Map<String, List<Entry>> byList(List<Entry> entries) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.computeIfAbsent(e.list(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
