package org.complaintrules.drools.signals;

import java.util.Locale;

/**
 * Decides which language a complaint text is analysed in.
 *
 * <ol>
 *   <li>A language tag given with the complaint wins; its primary subtag is used, lower-cased
 *       ({@code "zh-Hans"} → {@code "zh"}, {@code "EN-gb"} → {@code "en"}). The tag {@code und}
 *       (undetermined) counts as not given.</li>
 *   <li>Otherwise the script decides, by letters: Han characters count twice (a Chinese word is
 *       one or two characters, a Latin or Cyrillic word about five letters), then the largest of
 *       Han, Cyrillic and Latin wins: Han → {@code zh}, Cyrillic → {@code ru}.</li>
 *   <li>Latin text is Estonian ({@code et}) when its Estonian evidence outweighs its English
 *       evidence: two points per common Estonian word ("ja", "ei", "mul", "palun"...), two per
 *       õ/š/ž and one per ä/ö/ü, against two per common English word ("the", "and", "my"...).
 *       Otherwise it is English.</li>
 *   <li>No letters at all (no text, only digits or emoji): {@code en}.</li>
 * </ol>
 * Inference only ever answers one of {@link #SUPPORTED}; a given tag may name any language.
 */
final class LanguageDetector {

    /** The languages with their own lexicons. */
    static final java.util.List<String> SUPPORTED = java.util.List.of("en", "ru", "zh", "et");
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
