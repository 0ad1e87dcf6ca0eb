package org.complaintrules.drools.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TextProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's text analysis: finds {@link SignalType signals} in a complaint written in
 * English, Russian, Chinese or Estonian, including the four drivers of vulnerability (FCA FG21/1).
 *
 * <h2>Language</h2>
 * The complaint's own language tag wins (its primary subtag: {@code "zh-Hans"} → {@code "zh"});
 * otherwise it is inferred from the script and letters: Han → {@code zh}, Cyrillic → {@code ru},
 * Latin with Estonian letters or common Estonian words → {@code et}, else {@code en}; no text and
 * no tag → {@code en}. A tag of one of these four is not followed when the text is written in
 * another script (Russian in Cyrillic tagged {@code et}, Chinese tagged {@code en}, English tagged
 * {@code ru}), or is tagged {@code et} and plainly English (three common English words and no trace
 * of Estonian): the language is then inferred, as hosts often send the customer's account language.
 * A text partly in another script is read in that language too ("The parcel is late. Иначе подам на
 * вас в суд." → a legal threat): Cyrillic or Han from six letters (three Han characters) on, Latin in a
 * Russian or Chinese text from eight letters and a fifth of them (brand names there are common); two languages
 * in one script (English and Estonian) are not told apart within a text, but a short Latin text
 * with little to tell them apart (no õ, ä, ö, ü, at most two of their common words, at most 20
 * words), inferred as English or tagged or inferred Estonian, is read with the other one's lists
 * too ("Viime asja kohtusse." without a tag, "Cancel this contract immediately." tagged
 * {@code et}), and so is a short Estonian text with an English sentence in it. A tagged language
 * without word lists of its own (say {@code "de"}) gets the script-based signals, the universal
 * word lists and a policy's lists for it, and never fails; its text is read in Russian too when it is
 * in Cyrillic, in Chinese when in Han (unless the tag's own language is written so: {@code "uk"},
 * {@code "ja"}), and in English when it is plainly English (a third of its words common English ones: a
 * host often sends the customer's account language). The profile keeps the tag.
 *
 * <h2>Signals</h2>
 * <ul>
 *   <li>{@link SignalType#SHOUTING}: at least {@value #SHOUTING_MIN_LETTERS} letters with case
 *       of which at least the policy's {@value #SHOUTING_PERCENT_KEY} (default
 *       {@value #SHOUTING_MIN_PERCENT}) percent are capitals, and such letters are at least half of
 *       all letters (so never for Chinese). Handles ({@code @united}), hashtags, web addresses,
 *       redaction placeholders ({@code XXXX}) and capitals that are data are not counted: a form's
 *       value after its label ({@code "Name: JOHN SMITH"}), codes, short acronyms and legal forms in
 *       a sentence with small letters. Detail:
 *       {@code "71% of letters are capitals"}. Or, in a text that is not mostly capitals, at least
 *       {@value #SHOUTED_WORDS_KEY} (default {@value #SHOUTED_RUN_MIN_WORDS}) words in a row in
 *       capitals with at least {@value #SHOUTED_RUN_MIN_LETTERS} letters that read as a sentence,
 *       or one whole sentence in capitals that ends with {@code .}, {@code !}, {@code ?} or {@code ;}, of at
 *       least three words and {@value #SHOUTING_MIN_LETTERS} letters ({@code "I HATE THIS BANK!"}; a heading or signature on a
 *       line of its own ends with no such mark). Detail: {@code "'WHERE IS MY REFUND' in capitals at 87"}.</li>
 *   <li>{@link SignalType#EXCLAMATION}: at least {@value #EXCLAMATION_MARKS_KEY} (default
 *       {@value #EXCLAMATION_MIN_MARKS}) exclamation marks ({@code !}, full-width {@code ！}), or
 *       {@value #EXCLAMATION_MIN_RUN} in a row. Detail: {@code "5 exclamation marks"}.</li>
 *   <li>The other types: entries of the word lists in
 *       {@code org/complaintrules/drools/signals/lexicon/<language>/} plus {@code lexicon/universal/}
 *       and a policy's own {@code lexicon/} files, one file per signal (format in
 *       {@code lexicon/README.md}): words compared by their Snowball stem (en, ru, et; Apache Lucene),
 *       with gaps, any order within a window, and contexts that an entry needs (a request, the
 *       first person, an intent) or that cancel it (a negation, a third party as the actor,
 *       reported speech). A match that lies inside quotation marks does not count when the quote
 *       is a title or name ("the "Fire Starter" kit", «Пожар», 《火灾》) or the company's own text
 *       ("your terms say: "..."", "в договоре написано «...»"): see {@link QuotedSpans}; the
 *       customer quoting themselves still counts. Detail: the leftmost accepted match, as the customer wrote it, and where
 *       it starts in the text as a UTF-16 index: {@code "'lawyer' at 34"}.</li>
 * </ul>
 * The profile says whether the text reads as praise or thanks ({@link TextProfile#praise()}): praise
 * words and none of the complaint signals; the policy then does not read its capitals and
 * exclamation marks as anger. The result holds at most one signal per type, in {@code SignalType}
 * declaration order. Details never hold more than a few words of the text (at most
 * {@value #MAX_SHOWN} characters of it), and the text is never logged.
 *
 * <h2>Cost</h2>
 * One pass folds the text (NFKC, lower case, from a table) and cuts it into tokens; one pass over
 * the original counts letters and marks (character classes from a table, no per-letter script
 * look-up); one pass over the tokens finds each token's terms (a walk down a character trie; a
 * Snowball stem only for words that start like a listed stem; a word seen lately on the same
 * thread from a cache of words' terms) and tries the entries that start
 * there, each bounded by the longest entry, gap and window. So the cost is O(n) in the text's
 * length, with constants fixed by the word lists; memory is O(n). Complaint texts are at most
 * {@link InputLimits#MAX_TEXT_LENGTH} characters. Speed is measured by the benchmarks
 * ({@code TextAnalysisBenchmark}), not asserted in tests.
 *
 * <h2>Threads</h2>
 * Immutable and thread-safe (the Snowball programs are per thread); the built-in word lists of a
 * language are read and compiled once per class loader, when the first text in that language is
 * analysed (so {@link #create()} is quick, and a case waits only for its own language's lists).
 */
public final class DefaultSignalAnalyzer implements SignalAnalyzer {

    /** Fewest letters with case before {@link SignalType#SHOUTING} is considered. */
    public static final int SHOUTING_MIN_LETTERS = 12;
    /** Least share of capitals, in percent, for {@link SignalType#SHOUTING}, unless the policy sets {@value #SHOUTING_PERCENT_KEY}. */
    public static final int SHOUTING_MIN_PERCENT = 50;
    /** Fewest words in a row in capitals that count as {@link SignalType#SHOUTING} on their own. */
    public static final int SHOUTED_RUN_MIN_WORDS = 4;
    /** Fewest cased letters in such a run. */
    public static final int SHOUTED_RUN_MIN_LETTERS = 12;
    /** Fewest exclamation marks in the whole text for {@link SignalType#EXCLAMATION}. */
    public static final int EXCLAMATION_MIN_MARKS = 3;
    /** Fewest exclamation marks in a row for {@link SignalType#EXCLAMATION}. */
    public static final int EXCLAMATION_MIN_RUN = 2;
    /** Most characters of the text shown in one signal's detail. */
    public static final int MAX_SHOWN = 40;
    /** The policy setting for the share of capitals, in percent, that makes a text shouting. */
    public static final String SHOUTING_PERCENT_KEY = "aggressive.shoutingPercent";
    /** The policy setting for the fewest exclamation marks in a text for {@link SignalType#EXCLAMATION}. */
    public static final String EXCLAMATION_MARKS_KEY = "text.exclamationMarks";
    /** The policy setting for the fewest words in a row in capitals that are a shouted sentence. */
    public static final String SHOUTED_WORDS_KEY = "text.shoutedSentenceWords";
    /** Where a policy folder keeps its word-list additions: {@code lexicon/<language>/<list>.txt}. */
    public static final String LEXICON_FOLDER = "lexicon/";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSignalAnalyzer.class);
    /** How far a stem match is extended to the end of its word for display, in symbols. */
    private static final int MAX_WORD_EXTENSION = 30;
    /** Signals that say the text is a complaint in earnest: with one of them a text is never praise. */
    private static final List<SignalType> COMPLAINT_SIGNALS = List.of(
            SignalType.ABUSIVE_LANGUAGE,
            SignalType.LEGAL_THREAT,
            SignalType.REGULATOR_MENTION,
            SignalType.SAFETY_RISK,
            SignalType.CHURN_THREAT,
            SignalType.PUBLIC_EXPOSURE_THREAT,
            SignalType.DEMANDS_IMMEDIACY,
            SignalType.REPEATED_CONTACT,
            SignalType.RECURRING_FAULT);

    private final Map<String, Lazy<Lexicon.Content>> contents;
    private final Map<String, Lazy<TokenMatcher>> matchers;
    private final Lazy<TokenMatcher> universal;
    private final int shoutingPercent;
    private final int exclamationMarks;
    private final int shoutedWords;

    private DefaultSignalAnalyzer(
            Map<String, Lazy<Lexicon.Content>> contents,
            Map<String, Lazy<TokenMatcher>> matchers,
            Lazy<TokenMatcher> universal,
            int shoutingPercent,
            int exclamationMarks,
            int shoutedWords) {
        this.contents = Collections.unmodifiableMap(new LinkedHashMap<>(contents));
        this.matchers = Map.copyOf(matchers);
        this.universal = universal;
        this.shoutingPercent = shoutingPercent;
        this.exclamationMarks = exclamationMarks;
        this.shoutedWords = shoutedWords;
    }

    /**
     * Returns the analyzer with the word lists shipped in this jar and the default thresholds.
     * Each language's lists are read and compiled when it is first needed; every call returns
     * the same instance.
     *
     * @return the analyzer
     */
    public static DefaultSignalAnalyzer create() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final DefaultSignalAnalyzer INSTANCE = load();
    }

    /**
     * Reads the word lists of every language with lists of its own now (compiled when the library
     * was built, or compiled from their text), and the tables of how to fold each character, instead
     * of on the first text; for a host that wants its first cases as fast as the rest (the advisor
     * does it on another thread while its policy loads). Safe to call from any thread, any number of
     * times.
     *
     * @return this analyzer
     */
    public DefaultSignalAnalyzer prepare() {
        NormalizedText.of(""); // the per-character tables every text needs, computed from the JDK's Unicode data
        for (String language : LanguageDetector.SUPPORTED) {
            Lazy<TokenMatcher> m = matchers.get(language);
            if (m != null) {
                m.get();
            }
        }
        universal.get();
        return this;
    }

    /**
     * The built-in word lists, each language's read and compiled on its first use: a case in
     * one language does not wait for the others' lists.
     */
    private static DefaultSignalAnalyzer load() {
        Map<String, Lazy<Lexicon.Content>> contents = new LinkedHashMap<>();
        contents.put(Lexicon.UNIVERSAL, new Lazy<>(() -> Lexicon.load(Lexicon.UNIVERSAL)));
        for (String language : LanguageDetector.SUPPORTED) {
            contents.put(language, new Lazy<>(() -> Lexicon.load(language)));
        }
        Lazy<Lexicon.Content> universalContent = contents.get(Lexicon.UNIVERSAL);
        Map<String, Lazy<TokenMatcher>> matchers = new HashMap<>();
        for (String language : LanguageDetector.SUPPORTED) {
            Lazy<Lexicon.Content> content = contents.get(language);
            matchers.put(
                    language,
                    new Lazy<>(() ->
                            fromImageOr(language, () -> builtIn(language, content.get(), universalContent.get()))));
        }
        Lazy<TokenMatcher> universal = new Lazy<>(() -> fromImageOr(
                Lexicon.UNIVERSAL, () -> builtIn(Lexicon.UNIVERSAL, universalContent.get(), Lexicon.Content.empty())));
        return new DefaultSignalAnalyzer(
                contents, matchers, universal, SHOUTING_MIN_PERCENT, EXCLAMATION_MIN_MARKS, SHOUTED_RUN_MIN_WORDS);
    }

    /**
     * @param language a built-in language or {@link Lexicon#UNIVERSAL}
     * @param compile compiles its lists from their text
     * @return the matcher read from the image the build made of its lists when one fits them, else
     *     {@code compile}'s
     */
    private static TokenMatcher fromImageOr(String language, Supplier<TokenMatcher> compile) {
        TokenMatcher fromImage = LexiconImage.read(language);
        return fromImage != null ? fromImage : compile.get();
    }

    /**
     * Compiles the built-in lists of one language from their text (with the universal lists), or the
     * universal lists alone, as when no {@link LexiconImage} fits them.
     *
     * @param language a built-in language or {@link Lexicon#UNIVERSAL}
     * @return the matcher
     */
    static TokenMatcher compile(String language) {
        Lexicon.Content universal = Lexicon.load(Lexicon.UNIVERSAL);
        return language.equals(Lexicon.UNIVERSAL)
                ? builtIn(language, universal, Lexicon.Content.empty())
                : builtIn(language, Lexicon.load(language), universal);
    }

    /** @return the matcher of built-in lists, which are well-formed unless the jar is broken */
    private static TokenMatcher builtIn(String language, Lexicon.Content content, Lexicon.Content universal) {
        try {
            return matcher(language, content, universal);
        } catch (LexiconException e) {
            throw new IllegalStateException("Signal lexicon " + e.getMessage(), e);
        }
    }

    private static TokenMatcher matcher(String language, Lexicon.Content content, Lexicon.Content universal) {
        TokenMatcher matcher = new TokenMatcher(language, content.plus(universal));
        LOG.debug("Signal lexicon for {}: {} entries", language, matcher.size());
        return matcher;
    }

    /**
     * Compiles the matchers of a policy's word lists: those of the languages whose lists the
     * policy extends (all of them when it extends {@code universal}) now, so that a bad entry
     * fails here; the others are this analyzer's.
     */
    private DefaultSignalAnalyzer build(
            Map<String, Lexicon.Content> added, int shoutingPercent, int exclamationMarks, int shoutedWords) {
        Map<String, Lazy<Lexicon.Content>> extended = new LinkedHashMap<>(contents);
        for (Map.Entry<String, Lexicon.Content> a : added.entrySet()) {
            Lazy<Lexicon.Content> base = contents.get(a.getKey());
            Lexicon.Content merged = base == null ? a.getValue() : base.get().plus(a.getValue());
            extended.put(a.getKey(), Lazy.of(merged));
        }
        boolean universalAdded = added.containsKey(Lexicon.UNIVERSAL);
        Lexicon.Content universalContent = extended.containsKey(Lexicon.UNIVERSAL)
                ? extended.get(Lexicon.UNIVERSAL).get()
                : Lexicon.Content.empty();
        Map<String, Lazy<TokenMatcher>> built = new HashMap<>();
        for (Map.Entry<String, Lazy<Lexicon.Content>> e : extended.entrySet()) {
            String language = e.getKey();
            if (language.equals(Lexicon.UNIVERSAL)) {
                continue;
            }
            if (universalAdded || added.containsKey(language) || !matchers.containsKey(language)) {
                built.put(language, Lazy.of(matcher(language, e.getValue().get(), universalContent)));
            } else {
                built.put(language, matchers.get(language));
            }
        }
        Lazy<TokenMatcher> universalMatcher = universalAdded
                ? Lazy.of(matcher(Lexicon.UNIVERSAL, universalContent, Lexicon.Content.empty()))
                : universal;
        return new DefaultSignalAnalyzer(
                extended, built, universalMatcher, shoutingPercent, exclamationMarks, shoutedWords);
    }

    /**
     * Returns this analyzer adapted to a policy: its thresholds from the policy's settings
     * ({@value #SHOUTING_PERCENT_KEY}, {@value #EXCLAMATION_MARKS_KEY}, {@value #SHOUTED_WORDS_KEY}),
     * and its word lists extended by the policy's own: files named
     * {@code lexicon/<language>/<list>.txt} ({@code <language>} may be {@code universal} or a
     * language without built-in lists) in the format of the built-in lists, whose entries and
     * contexts are added to the built-in ones. A policy adds entries and exclusions; it does not
     * remove built-in entries (an exclusion cancels them where it overlaps).
     *
     * @param settings the policy's settings (keys of {@code policy.properties})
     * @param lexiconFiles file name (relative to the policy folder) to content
     * @return the adapted analyzer (this one when nothing changes)
     * @throws RuleCompilationException with a {@code file:line: message} for every malformed entry or setting
     */
    public DefaultSignalAnalyzer withPolicy(Map<String, String> settings, Map<String, String> lexiconFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        int percent = setting(settings, SHOUTING_PERCENT_KEY, shoutingPercent, 1, 100, problems);
        int marks = setting(settings, EXCLAMATION_MARKS_KEY, exclamationMarks, 1, 1000, problems);
        int words = setting(settings, SHOUTED_WORDS_KEY, shoutedWords, 2, 1000, problems);
        Map<String, Lexicon.Content> added = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(lexiconFiles).entrySet()) {
            String name = f.getKey();
            String[] parts = name.startsWith(LEXICON_FOLDER)
                    ? name.substring(LEXICON_FOLDER.length()).split("/")
                    : new String[0];
            if (parts.length != 2 || !parts[1].endsWith(".txt") || !parts[0].matches("[a-z]{2,3}|universal")) {
                problems.add(
                        new RuleProblem(
                                name,
                                0,
                                "a word list of a policy is lexicon/<language>/<list>.txt, with <language> a two- or three-letter code or universal"));
                continue;
            }
            String notALanguage = notALanguage(parts[0]);
            if (notALanguage != null) {
                problems.add(new RuleProblem(name, 0, notALanguage));
                continue;
            }
            String list = parts[1].substring(0, parts[1].length() - 4);
            try {
                Lexicon.typeOf(list);
                Lexicon.Content content = Lexicon.parse(list, name, f.getValue());
                added.merge(parts[0], content, Lexicon.Content::plus);
            } catch (LexiconException e) {
                problems.add(new RuleProblem(e.file(), e.line(), e.problem()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(name, 0, e.getMessage()));
            }
        }
        if (problems.isEmpty() && lexiconFiles.isEmpty()) {
            if (percent == shoutingPercent && marks == exclamationMarks && words == shoutedWords) {
                return this;
            }
            return new DefaultSignalAnalyzer(contents, matchers, universal, percent, marks, words);
        }
        if (problems.isEmpty()) {
            try {
                return build(added, percent, marks, words);
            } catch (LexiconException e) {
                problems.add(new RuleProblem(e.file(), e.line(), e.problem()));
            }
        }
        throw new RuleCompilationException(problems);
    }

    private static int setting(
            Map<String, String> settings, String key, int fallback, int min, int max, List<RuleProblem> problems) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                problems.add(
                        new RuleProblem("policy.properties", 0, key + " must be " + min + ".." + max + ", was " + n));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new RuleProblem("policy.properties", 0, key + " must be a whole number, was \"" + v + "\""));
            return fallback;
        }
    }

    /** @return the share of capitals, in percent, from which a whole text is shouting */
    public int shoutingPercent() {
        return shoutingPercent;
    }

    /**
     * @param complaint the complaint; its text may be {@code null}
     * @return the profile and the signals found in the text
     * @throws NullPointerException when complaint is null
     */
    @Override
    public TextAnalysis analyse(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        return analyse(complaint.text(), complaint.language());
    }

    /**
     * Analyses a text directly, for hosts and tools that have no {@link Complaint}.
     *
     * @param text the text, or {@code null}
     * @param languageTag a BCP-47 tag, or {@code null} to infer the language
     * @return the profile and the signals found in the text
     * @throws IllegalArgumentException when the text is longer than {@link InputLimits#MAX_TEXT_LENGTH}
     * @throws IllegalStateException when a built-in word list is missing or malformed (a packaging error)
     */
    public TextAnalysis analyse(String text, String languageTag) {
        int textLength = InputLimits.textLength(text);
        if (textLength > InputLimits.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + InputLimits.MAX_TEXT_LENGTH
                    + " characters, was " + textLength + " characters");
        }
        String given = LanguageDetector.fromTag(languageTag);
        if (text == null || text.isEmpty()) {
            String language = given == null ? LanguageDetector.DEFAULT : given;
            return new TextAnalysis(new TextProfile(language, given == null, 0, 0, 0, 0, 0), List.of());
        }
        Workspace workspace = Workspace.forText(text.length());
        NormalizedText folded = NormalizedText.of(text, workspace);
        Tokens tokens = Tokens.of(folded, false, workspace);
        // the common English and Estonian words decide between them when the language is inferred,
        // which a Latin text tagged ru or zh is too; they tell a plainly English text tagged et, counted
        // only when it has no Estonian letters (nearly every Estonian text has some), an English
        // sentence in a short text tagged et, or an English text tagged with a language without lists
        TextStats stats = TextStats.of(
                text,
                folded,
                tokens,
                given == null
                                || !LanguageDetector.SUPPORTED.contains(given)
                                || "ru".equals(given)
                                || "zh".equals(given)
                                || ("et".equals(given) && tokens.words() <= LanguageDetector.MIXED_MAX_WORDS)
                        ? TextStats.FunctionWords.ALWAYS
                        : "et".equals(given)
                                ? TextStats.FunctionWords.WITHOUT_ESTONIAN_LETTERS
                                : TextStats.FunctionWords.NEVER);
        boolean inferred = given == null || LanguageDetector.contradicts(given, stats);
        String language = inferred ? LanguageDetector.infer(stats) : given;
        // quoted titles and the company's quoted text: only a text with quotation marks has any
        QuotedSpans quoted = QuotedSpans.of(folded, tokens);
        TokenMatcher.Result found = find(language, folded, tokens, workspace, quoted);
        Map<SignalType, TokenMatcher.Match> matches = found.matches();
        int praiseEntries = found.praise();
        List<String> others = LanguageDetector.alsoWrittenIn(language, stats);
        String latin = LanguageDetector.alsoLatin(language, inferred, stats);
        if (!others.isEmpty() || latin != null) {
            matches = new EnumMap<>(matches);
        }
        for (String other : others) {
            // a text partly in another script is read in that language too; the first match of a type wins
            praiseEntries += readAlso(other, folded, tokens, workspace, quoted, matches);
        }
        if (latin != null) {
            // a short Latin text that could be English or Estonian is read in the other one too
            praiseEntries += readAlso(latin, folded, tokens, workspace, quoted, matches);
        }

        boolean praise = praiseEntries > 0 && noComplaintSignal(matches);
        TextProfile profile = new TextProfile(
                language,
                inferred,
                stats.characters,
                stats.words,
                stats.casedLetters,
                stats.capitals,
                stats.exclamations,
                praise);

        List<Signal> signals = new ArrayList<>();
        if (isShouting(stats)) {
            signals.add(Signal.fromText(
                    SignalType.SHOUTING,
                    (int) (100L * stats.emphasisCapitals / stats.emphasisCased) + "% of letters are capitals"));
        } else if (stats.shoutedRunWords >= shoutedWords && stats.shoutedRunLetters >= SHOUTED_RUN_MIN_LETTERS) {
            signals.add(
                    Signal.fromText(SignalType.SHOUTING, inCapitals(text, stats.shoutedRunStart, stats.shoutedRunEnd)));
        } else if (stats.shoutedSentenceStart >= 0) {
            signals.add(Signal.fromText(
                    SignalType.SHOUTING, inCapitals(text, stats.shoutedSentenceStart, stats.shoutedSentenceEnd)));
        }
        if (stats.exclamations >= exclamationMarks || stats.longestExclamationRun >= EXCLAMATION_MIN_RUN) {
            signals.add(Signal.fromText(SignalType.EXCLAMATION, stats.exclamations + " exclamation marks"));
        }
        for (TokenMatcher.Match m : matches.values()) {
            signals.add(Signal.fromText(m.type(), detail(text, folded, m)));
        }
        // SHOUTING and EXCLAMATION come first in SignalType; the EnumMap keeps the rest in order
        return new TextAnalysis(profile, signals);
    }

    /**
     * Why a word-list folder's name is no language a case's tag could name, or {@code null} when it is
     * one: a two-letter code must be an ISO 639-1 code; a three-letter code that has a two-letter one
     * must be written with that (as language tags are, BCP 47).
     *
     * @param folder the folder under {@code lexicon/}
     * @return the reason, or {@code null}
     */
    private static String notALanguage(String folder) {
        if (folder.equals(Lexicon.UNIVERSAL)) {
            return null;
        }
        List<String> twoLetter = List.of(Locale.getISOLanguages());
        if (folder.length() == 2) {
            return twoLetter.contains(folder)
                    ? null
                    : "lexicon/" + folder + "/ names no language: " + folder
                            + " is not an ISO 639-1 code, so no case's language tag selects these lists";
        }
        for (String code : twoLetter) {
            if (Locale.forLanguageTag(code).getISO3Language().equals(folder)) {
                return "lexicon/" + folder + "/: a case's language tag names this language as " + code
                        + ", so the lists belong in lexicon/" + code + "/";
            }
        }
        return null;
    }

    /**
     * The language a tag names, as the analysis reads it.
     *
     * @param tag a BCP-47 tag, or {@code null}
     * @return its primary subtag lower-cased ({@code "zh-Hans"} → {@code "zh"}), or {@code null} when it
     *     names none ({@code null}, blank, {@code und})
     */
    public static String languageOfTag(String tag) {
        return LanguageDetector.fromTag(tag);
    }

    /** @return what the language's word lists (with the universal ones) find in the text */
    private TokenMatcher.Result find(
            String language, NormalizedText folded, Tokens tokens, Workspace workspace, QuotedSpans quoted) {
        return matchers.getOrDefault(language, universal)
                .get()
                .find(folded, tokens, "zh".equals(language) ? ChineseWords.INSTANCE : null, workspace, quoted);
    }

    /**
     * Reads the text in one more language: its matches of types not found yet join {@code matches}.
     *
     * @return the praise entries found in that language
     */
    private int readAlso(
            String language,
            NormalizedText folded,
            Tokens tokens,
            Workspace workspace,
            QuotedSpans quoted,
            Map<SignalType, TokenMatcher.Match> matches) {
        TokenMatcher.Result more = find(language, folded, tokens, workspace, quoted);
        for (TokenMatcher.Match m : more.matches().values()) {
            matches.putIfAbsent(m.type(), m);
        }
        return more.praise();
    }

    private static boolean noComplaintSignal(Map<SignalType, TokenMatcher.Match> matches) {
        for (SignalType type : COMPLAINT_SIGNALS) {
            if (matches.containsKey(type)) {
                return false;
            }
        }
        return true;
    }

    /** @return e.g. {@code "'I HATE THIS BANK' in capitals at 87"} for text [start, runEnd), quoted up to {@value #MAX_SHOWN} characters */
    private static String inCapitals(String text, int start, int runEnd) {
        int end = Math.min(runEnd, start + MAX_SHOWN);
        String quoted = text.substring(start, end).replaceAll("\\s+", " ");
        return "'" + quoted + (end < runEnd ? "..." : "") + "' in capitals at " + start;
    }

    private boolean isShouting(TextStats stats) {
        return stats.emphasisCased >= SHOUTING_MIN_LETTERS
                && 100L * stats.emphasisCapitals >= (long) shoutingPercent * stats.emphasisCased
                && 2L * stats.emphasisCased >= stats.emphasisLetters;
    }

    /** @return {@code "'<words>' at <offset>"}, the words as the customer wrote them, whole words */
    private static String detail(String text, NormalizedText folded, TokenMatcher.Match m) {
        int start = m.start();
        int end = m.end();
        int limit = Math.max(0, start - MAX_WORD_EXTENSION);
        while (start > limit
                && NormalizedText.isWordSymbol(folded.symbol(start))
                && NormalizedText.isWordSymbol(folded.symbol(start - 1))) {
            start--;
        }
        limit = Math.min(folded.length(), end + MAX_WORD_EXTENSION);
        while (end < limit
                && NormalizedText.isWordSymbol(folded.symbol(end - 1))
                && NormalizedText.isWordSymbol(folded.symbol(end))) {
            end++;
        }
        int from = folded.from(start);
        int to = folded.to(end - 1);
        return "'" + shown(text, from, to) + "' at " + from;
    }

    /**
     * @param text the original text
     * @param from start of the words to show
     * @param to end (exclusive) of the words to show
     * @return text[from, to) with white space and control characters as single spaces, at most
     *         {@value #MAX_SHOWN} characters of it
     */
    static String shown(String text, int from, int to) {
        StringBuilder out = new StringBuilder(Math.min(to - from, MAX_SHOWN + 1));
        boolean space = false;
        int count = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                count++;
                space = false;
            }
            if (count >= MAX_SHOWN) {
                out.append('…');
                break;
            }
            out.appendCodePoint(cp);
            count++;
        }
        return out.toString();
    }

    /** A value made on first use, once, by whichever thread asks first. */
    private static final class Lazy<T> {
        private Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        static <T> Lazy<T> of(T value) {
            Lazy<T> lazy = new Lazy<>(null);
            lazy.value = value;
            return lazy;
        }

        T get() {
            T v = value;
            if (v != null) {
                return v;
            }
            synchronized (this) {
                if (value == null) {
                    value = make.get();
                    make = null;
                }
                return value;
            }
        }
    }
}
