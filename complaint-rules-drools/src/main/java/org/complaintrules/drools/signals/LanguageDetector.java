package org.complaintrules.drools.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which language a complaint text is analysed in.
 *
 * <ol>
 *   <li>A language tag given with the complaint wins; its primary subtag is used, lower-cased
 *       ({@code "zh-Hans"} → {@code "zh"}, {@code "EN-gb"} → {@code "en"}). The tag {@code und}
 *       (undetermined) counts as not given. Only when the tag names one of {@link #SUPPORTED} and
 *       the text is written in another script ({@link #contradicts}: Russian in Cyrillic tagged
 *       {@code et}, Chinese tagged {@code en}, English tagged {@code ru}) is the language inferred
 *       as below instead: a host often sends the customer's account language, not the text's.</li>
 *   <li>Otherwise the script decides, by letters: Han characters count twice (a Chinese word is
 *       one or two characters, a Latin or Cyrillic word about five letters), then the largest of
 *       Han, Cyrillic and Latin wins: Han → {@code zh}, Cyrillic → {@code ru}.</li>
 *   <li>Latin text is Estonian ({@code et}) when its Estonian evidence outweighs its English
 *       evidence: two points per common Estonian word ("ja", "ei", "mul", "palun"...), two per
 *       õ/š/ž and one per ä/ö/ü, against two per common English word ("the", "and", "my"...).
 *       Otherwise it is English.</li>
 *   <li>No letters at all (no text, only digits or emoji): {@code en}.</li>
 * </ol>
 * A short Latin text with little to tell English from Estonian is read in both ({@link #alsoLatin}).
 * Inference only ever answers one of {@link #SUPPORTED}; a given tag may name any language.
 */
final class LanguageDetector {

    /** The languages with their own lexicons. */
    static final List<String> SUPPORTED = List.of("en", "ru", "zh", "et");
    /** The language used when nothing says otherwise. */
    static final String DEFAULT = "en";

    private LanguageDetector() {}

    /**
     * @param tag a BCP-47 tag or {@code null}
     * @return its primary subtag lower-cased, or {@code null} when there is no usable tag
     */
    static String fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String trimmed = tag.strip();
        int dash = trimmed.indexOf('-');
        int underscore = trimmed.indexOf('_');
        int cut = dash < 0 ? underscore : (underscore < 0 ? dash : Math.min(dash, underscore));
        String primary = (cut < 0 ? trimmed : trimmed.substring(0, cut)).toLowerCase(Locale.ROOT);
        return primary.isEmpty() || primary.equals("und") ? null : primary;
    }

    /** Fewest letters (Han counted twice, as in {@link #infer}) a script needs to count at all. */
    static final int MIN_SCRIPT_LETTERS = 8;
    /** Smallest share, in percent of the letters (Han counted twice), of a script that counts. */
    static final int MIN_SCRIPT_PERCENT = 20;

    /**
     * Whether a text is not written in a supported tag's language: the tag's script has less than
     * {@value #MIN_SCRIPT_PERCENT}% of the text's letters (Han counted twice), and the text has at
     * least {@value #MIN_SCRIPT_LETTERS} of them; or the tag is {@code et} and the text is plainly
     * English ({@link #isPlainlyEnglish}). A tag the library has no word lists for never counts as
     * contradicted: its script is not known here.
     *
     * @param language a primary language subtag, as {@link #fromTag} returns it
     * @param stats counts of the text
     * @return whether the language should be inferred from the text instead
     */
    static boolean contradicts(String language, TextStats stats) {
        if (language.equals("et") && isPlainlyEnglish(stats)) {
            return true;
        }
        long total = 2L * stats.han + stats.cyrillic + stats.latin;
        if (total < MIN_SCRIPT_LETTERS || !SUPPORTED.contains(language)) {
            return false;
        }
        return 100L * scriptLetters(language, stats) < (long) MIN_SCRIPT_PERCENT * total;
    }

    /**
     * Whether a Latin text tagged Estonian is plainly English: at least {@value #PLAINLY_ENGLISH_WORDS}
     * common English words ("the", "my", "you") and no trace of Estonian (no common Estonian word, no
     * õ, š, ž, ä, ö, ü). An Estonian account's customer writing in English is common; the reverse
     * (English text tagged {@code en}) is not checked, which also keeps English-tagged texts from
     * paying for the count.
     */
    private static boolean isPlainlyEnglish(TextStats stats) {
        return stats.englishWords >= PLAINLY_ENGLISH_WORDS
                && stats.estonianWords == 0
                && stats.estonianLetterWeight == 0;
    }

    /** Fewest common English words that make a text tagged Estonian plainly English ({@link #isPlainlyEnglish}). */
    static final int PLAINLY_ENGLISH_WORDS = 3;

    /**
     * The other supported languages a text is partly written in, to read it in too ("The parcel is
     * late. Иначе подам в суд." in English is also read as Russian):
     * <ul>
     *   <li>Cyrillic or Han in a text of another script: at least {@value #MIN_OTHER_SCRIPT_LETTERS}
     *       of its letters (Han counted twice, so three characters), whatever their share: a word or
     *       two in these scripts is the customer's own ("My parcel is late again, вы уроды."), and
     *       their lists only match words of their own script;</li>
     *   <li>Latin in a Russian or Chinese text: at least {@value #MIN_SCRIPT_LETTERS} letters and
     *       {@value #MIN_SCRIPT_PERCENT}% of them, as {@code et} when it has Estonian letters (õ, š,
     *       ž, or ä, ö, ü twice) and else {@code en}; brand names in Latin letters are common there
     *       ("Samsung Galaxy", "UnionPay") and are not read twice.</li>
     * </ul>
     * A tagged language without word lists of its own ({@code "de"}, {@code "fr"}) is read in the
     * supported language its script says: Russian for Cyrillic and Chinese for Han ({@value
     * #MIN_SCRIPT_LETTERS} letters and {@value #MIN_SCRIPT_PERCENT}% of them), unless the tag's own
     * language is written in that script ({@code "uk"}, {@code "ja"}), and English when the
     * text is plainly English ({@link #isClearlyEnglish}: a host often sends the customer's account
     * language, not the text's).
     *
     * @param language the language the text is analysed in
     * @param stats counts of the text (for a language without word lists, with the common English
     *     words counted)
     * @return the other languages to read it in too, most often none
     */
    static List<String> alsoWrittenIn(String language, TextStats stats) {
        long total = 2L * stats.han + stats.cyrillic + stats.latin;
        if (!SUPPORTED.contains(language)) {
            return readableIn(language, stats, total);
        }
        boolean han = !language.equals("zh") && 2L * stats.han >= MIN_OTHER_SCRIPT_LETTERS;
        boolean cyrillic = !language.equals("ru") && stats.cyrillic >= MIN_OTHER_SCRIPT_LETTERS;
        boolean latin = (language.equals("ru") || language.equals("zh"))
                && total >= 2L * MIN_SCRIPT_LETTERS
                && counts(stats.latin, total);
        if (!han && !cyrillic && !latin) {
            return List.of(); // nearly every text: nothing to allocate
        }
        List<String> also = new ArrayList<>(2);
        if (han) {
            also.add("zh");
        }
        if (cyrillic) {
            also.add("ru");
        }
        if (latin) {
            also.add(stats.estonianLetterWeight >= 2 ? "et" : "en");
        }
        return also;
    }

    /** Fewest Cyrillic letters, or Han characters counted twice, that make a text also read in Russian or Chinese. */
    static final int MIN_OTHER_SCRIPT_LETTERS = 6;

    /**
     * Languages without word lists here that are written in Cyrillic themselves: their texts are
     * not read with the Russian lists (Ukrainian "неділя" is Sunday, not a week).
     */
    private static final Set<String> CYRILLIC_LANGUAGES =
            Set.of("uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "ce", "os", "sah");
    /** Languages without word lists here that are written with Han characters too (Japanese kanji, Korean hanja). */
    private static final Set<String> HAN_LANGUAGES = Set.of("ja", "ko");

    /** The supported languages a text tagged with a language without word lists of its own is read in. */
    private static List<String> readableIn(String language, TextStats stats, long total) {
        if (total < MIN_SCRIPT_LETTERS) {
            return List.of();
        }
        List<String> also = new ArrayList<>(1);
        if (counts(2L * stats.han, total) && !HAN_LANGUAGES.contains(language)) {
            also.add("zh");
        }
        if (counts(stats.cyrillic, total) && !CYRILLIC_LANGUAGES.contains(language)) {
            also.add("ru");
        }
        if (counts(stats.latin, total) && isClearlyEnglish(stats)) {
            also.add("en");
        }
        return also;
    }

    /**
     * Whether a Latin text tagged with a language without word lists is plainly English: at least
     * {@value #PLAINLY_ENGLISH_WORDS} common English words, making at least a third of its words
     * (an English sentence has about half; German, Dutch or French shares a few, such as "in",
     * "was", "am"), and no trace of Estonian.
     */
    private static boolean isClearlyEnglish(TextStats stats) {
        return isPlainlyEnglish(stats) && 3L * stats.englishWords >= stats.words;
    }

    /** Most words of a Latin text that may be read in English and Estonian both ({@link #alsoLatin}). */
    static final int AMBIGUOUS_MAX_WORDS = 20;
    /** Most common English and Estonian words, together, of such a text. */
    static final int AMBIGUOUS_MAX_FUNCTION_WORDS = 2;

    /**
     * The other of English and Estonian to read a short Latin text in too, when little tells them
     * apart: the text is in {@code en} as inferred (no tag, or a tag the text contradicts) or in
     * {@code et} (tagged or inferred), the Latin script wins, it has no õ, š, ž, ä, ö, ü, at most
     * {@value #AMBIGUOUS_MAX_WORDS} words and at most {@value #AMBIGUOUS_MAX_FUNCTION_WORDS} common
     * English and Estonian words together ("Kaeban teid kohtusse." without a tag, "Refund me
     * immediately." tagged {@code et}). An Estonian text of at most {@value #MIXED_MAX_WORDS} words
     * with at least {@value #MIXED_MIN_ENGLISH_WORDS} common English words, more than its common
     * Estonian ones ("me" is both), is read in English too,
     * Estonian letters or not ("Pakk jäi hiljaks. I will sue you."). A text tagged {@code en} is
     * read in English only; a longer text never pays for a second reading.
     *
     * @param language the language the text is analysed in
     * @param inferred whether that language was inferred (the common words were then counted)
     * @param stats counts of the text
     * @return {@code "et"}, {@code "en"} or {@code null}
     */
    static String alsoLatin(String language, boolean inferred, TextStats stats) {
        boolean english = language.equals("en");
        if (!(english ? inferred : language.equals("et"))
                || stats.cyrillic >= stats.latin
                || 2L * stats.han >= stats.latin) {
            return null;
        }
        if (stats.estonianLetterWeight == 0
                && stats.words <= AMBIGUOUS_MAX_WORDS
                && stats.englishWords + stats.estonianWords <= AMBIGUOUS_MAX_FUNCTION_WORDS) {
            return english ? "et" : "en";
        }
        // an English sentence in an Estonian text ("Pakk jäi hiljaks. I will sue you.")
        return !english
                        && stats.words <= MIXED_MAX_WORDS
                        && stats.englishWords >= MIXED_MIN_ENGLISH_WORDS
                        && stats.englishWords > stats.estonianWords
                ? "en"
                : null;
    }

    /**
     * Most words of an Estonian text in which common English words are counted ({@link #alsoLatin}):
     * a longer text is read in Estonian only and never pays for the count.
     */
    static final int MIXED_MAX_WORDS = 40;
    /** Fewest common English words that make such a text read in English too. */
    static final int MIXED_MIN_ENGLISH_WORDS = 3;

    private static boolean counts(long letters, long total) {
        return letters >= MIN_SCRIPT_LETTERS && 100L * letters >= (long) MIN_SCRIPT_PERCENT * total;
    }

    /** @return the letters of a supported language's script in the text (Han counted twice) */
    private static long scriptLetters(String language, TextStats stats) {
        return switch (language) {
            case "zh" -> 2L * stats.han;
            case "ru" -> stats.cyrillic;
            default -> stats.latin;
        };
    }

    /**
     * @param stats counts of the text
     * @return one of {@link #SUPPORTED}
     */
    static String infer(TextStats stats) {
        long hanScore = 2L * stats.han;
        if (hanScore == 0 && stats.cyrillic == 0 && stats.latin == 0) {
            return DEFAULT;
        }
        if (hanScore >= stats.cyrillic && hanScore >= stats.latin) {
            return "zh";
        }
        if (stats.cyrillic >= stats.latin) {
            return "ru";
        }
        long estonian = 2L * stats.estonianWords + stats.estonianLetterWeight;
        long english = 2L * stats.englishWords;
        return estonian > english ? "et" : "en";
    }
}
