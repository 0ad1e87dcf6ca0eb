package org.complaintrules.drools.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.InputLimits;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.complaintrules.drools.model.TextProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's text analysis: finds {@link SignalType signals} in a complaint written in
 * English, Russian, Chinese or Estonian.
 *
 * <h2>Language</h2>
 * The complaint's own language tag wins (its primary subtag: {@code "zh-Hans"} → {@code "zh"});
 * otherwise it is inferred from the script and letters: Han → {@code zh}, Cyrillic → {@code ru},
 * Latin with Estonian letters or common Estonian words → {@code et}, else {@code en}; no text and
 * no tag → {@code en}. A tagged language without word lists of its own (say {@code "de"}) gets the
 * script-based signals and the universal word lists only, and never fails.
 *
 * <h2>Signals</h2>
 * <ul>
 *   <li>{@link SignalType#SHOUTING}: at least {@value #SHOUTING_MIN_LETTERS} letters with case
 *       (Latin, Cyrillic...) of which at least {@value #SHOUTING_MIN_PERCENT}% are capitals, and
 *       such letters are at least half of all letters (so never for Chinese). Redaction
 *       placeholders ("XXXX") are not counted. Detail: {@code "71% of letters are capitals"}. Or, in
 *       a text that is not mostly capitals, at least {@value #SHOUTED_RUN_MIN_WORDS} words in a row
 *       in capitals with at least {@value #SHOUTED_RUN_MIN_LETTERS} letters that read as a sentence
 *       (at least two common short words such as "THIS", "IS", "MY", so company names and lists of
 *       acronyms do not count; one-letter words such as "I" neither extend nor break the run, a
 *       redaction placeholder breaks it). Detail:
 *       {@code "'WHERE IS MY REFUND' in capitals at 87"}.</li>
 *   <li>{@link SignalType#EXCLAMATION}: at least {@value #EXCLAMATION_MIN_MARKS} exclamation marks
 *       ({@code !}, full-width {@code ！}), or {@value #EXCLAMATION_MIN_RUN} in a row. Detail:
 *       {@code "5 exclamation marks"}.</li>
 *   <li>The other types: phrases from the word lists in
 *       {@code org/complaintrules/drools/signals/lexicon/<language>/} plus
 *       {@code lexicon/universal/}, one file per signal (format in {@code lexicon/README.md}). Detail:
 *       the leftmost phrase found, as the customer wrote it, and where it starts in the text as a
 *       UTF-16 index: {@code "'lawyer' at 34"}. An exclusion in the same file ("Kindle Fire",
 *       "food court", "Attorney General") cancels any match it overlaps.</li>
 * </ul>
 * The result holds at most one signal per type, in {@code SignalType} declaration order.
 * Details never hold more than a few words of the text (at most {@value #MAX_SHOWN} characters
 * of it), and the text is never logged.
 *
 * <h2>Cost</h2>
 * Linear in the length n of the text: the text is folded once (NFKC, lower case; digit runs and
 * white space runs become one symbol each), counted once, and scanned once by an Aho–Corasick
 * automaton holding every phrase of the language; each candidate is then checked in time
 * bounded by the longest phrase. Time is O(n log σ + m·L) with σ the largest fan-out of the
 * automaton, m the number of candidates and L the longest phrase; memory is O(n + m). Complaint
 * texts are at most {@link InputLimits#MAX_TEXT_LENGTH} characters, which bounds the cost of one
 * call. Speed is measured by the benchmarks, not asserted in tests.
 *
 * <h2>Threads</h2>
 * Immutable and thread-safe; the word lists are read and compiled once per class loader, by
 * the first {@link #create()} (about half a second of CPU on a cold JVM).
 */
public final class DefaultSignalAnalyzer implements SignalAnalyzer {

    /** Fewest letters with case before {@link SignalType#SHOUTING} is considered. */
    public static final int SHOUTING_MIN_LETTERS = 12;
    /** Least share of capitals, in percent, for {@link SignalType#SHOUTING}. */
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

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSignalAnalyzer.class);
    /** How far a stem match is extended to the end of its word for display, in symbols. */
    private static final int MAX_WORD_EXTENSION = 30;

    private final Map<String, PhraseMatcher> matchers;
    private final PhraseMatcher universal;

    private DefaultSignalAnalyzer(Map<String, PhraseMatcher> matchers, PhraseMatcher universal) {
        this.matchers = Map.copyOf(matchers);
        this.universal = universal;
    }

    /**
     * Returns the analyzer with the word lists shipped in this jar. They are read and compiled
     * on the first call; later calls return the same instance.
     *
     * @return the analyzer
     * @throws IllegalStateException when a word list is missing or malformed (a packaging error)
     */
    public static DefaultSignalAnalyzer create() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final DefaultSignalAnalyzer INSTANCE = load();
    }

    private static DefaultSignalAnalyzer load() {
        List<Lexicon.Phrase> universalPhrases = Lexicon.load(Lexicon.UNIVERSAL);
        Map<String, PhraseMatcher> matchers = new HashMap<>();
        for (String language : LanguageDetector.SUPPORTED) {
            List<Lexicon.Phrase> phrases = new ArrayList<>(Lexicon.load(language));
            phrases.addAll(universalPhrases);
            PhraseMatcher matcher = new PhraseMatcher(Lexicon.dedupe(phrases));
            matchers.put(language, matcher);
            LOG.debug("Signal lexicon for {}: {} phrases", language, matcher.size());
        }
        return new DefaultSignalAnalyzer(matchers, new PhraseMatcher(universalPhrases));
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
     */
    public TextAnalysis analyse(String text, String languageTag) {
        if (text != null && text.length() > InputLimits.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + InputLimits.MAX_TEXT_LENGTH
                    + " characters, was " + text.length() + " characters");
        }
        String given = LanguageDetector.fromTag(languageTag);
        if (text == null || text.isEmpty()) {
            String language = given == null ? LanguageDetector.DEFAULT : given;
            return new TextAnalysis(new TextProfile(language, given == null, 0, 0, 0, 0, 0), List.of());
        }
        NormalizedText folded = NormalizedText.of(text);
        TextStats stats = TextStats.of(text, folded);
        String language = given == null ? LanguageDetector.infer(stats) : given;
        TextProfile profile = new TextProfile(
                language,
                given == null,
                stats.characters,
                stats.words,
                stats.casedLetters,
                stats.capitals,
                stats.exclamations);

        List<Signal> signals = new ArrayList<>();
        if (isShouting(stats)) {
            signals.add(Signal.fromText(SignalType.SHOUTING, profile.capitalsPercent() + "% of letters are capitals"));
        } else if (stats.shoutedRunWords >= SHOUTED_RUN_MIN_WORDS
                && stats.shoutedRunLetters >= SHOUTED_RUN_MIN_LETTERS) {
            signals.add(Signal.fromText(SignalType.SHOUTING, shoutedRunDetail(text, stats)));
        }
        if (stats.exclamations >= EXCLAMATION_MIN_MARKS || stats.longestExclamationRun >= EXCLAMATION_MIN_RUN) {
            signals.add(Signal.fromText(SignalType.EXCLAMATION, stats.exclamations + " exclamation marks"));
        }
        Map<SignalType, PhraseMatcher.Match> found =
                matchers.getOrDefault(language, universal).find(folded);
        for (PhraseMatcher.Match m : found.values()) {
            signals.add(Signal.fromText(m.type(), detail(text, folded, m)));
        }
        // SHOUTING and EXCLAMATION come first in SignalType; the EnumMap keeps the rest in order
        return new TextAnalysis(profile, signals);
    }

    /** @return e.g. {@code "'WHERE IS MY REFUND' in capitals at 87"}, at most {@value #MAX_SHOWN} characters quoted */
    private static String shoutedRunDetail(String text, TextStats stats) {
        int start = stats.shoutedRunStart;
        int end = Math.min(stats.shoutedRunEnd, start + MAX_SHOWN);
        String quoted = text.substring(start, end).replaceAll("\\s+", " ");
        return "'" + quoted + (end < stats.shoutedRunEnd ? "..." : "") + "' in capitals at " + start;
    }

    private static boolean isShouting(TextStats stats) {
        return stats.casedLetters >= SHOUTING_MIN_LETTERS
                && 100L * stats.capitals >= (long) SHOUTING_MIN_PERCENT * stats.casedLetters
                && 2L * stats.casedLetters >= stats.allLetters;
    }

    /** @return {@code "'<words>' at <offset>"}, the words as the customer wrote them, whole words */
    private static String detail(String text, NormalizedText folded, PhraseMatcher.Match m) {
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
}
