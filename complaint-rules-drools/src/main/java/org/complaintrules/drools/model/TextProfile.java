package org.complaintrules.drools.model;

import java.util.Objects;

/**
 * Measurements of the complaint text, a fact for the rules. Never holds the text itself.
 *
 * @param language the language the analysis used (the case's tag, else inferred, else {@code en})
 * @param languageInferred whether the language was inferred from the text: no usable tag was given, or the
 *     tag's script is not the text's
 * @param characters length of the text in code points
 * @param words number of words (for scripts without spaces, an estimate from characters)
 * @param letters number of letters in scripts that have upper and lower case
 * @param capitals how many of those letters are capitals
 * @param exclamations exclamation marks, ASCII and full-width
 * @param praise whether the text reads as praise or thanks (praise words, and none of the complaint
 *               signals that carry their own weight): its capitals and exclamation marks are
 *               enthusiasm, not anger
 */
public record TextProfile(
        String language,
        boolean languageInferred,
        int characters,
        int words,
        int letters,
        int capitals,
        int exclamations,
        boolean praise) {

    /**
     * Validates the components.
     *
     * @param language the language the analysis used (the case's tag, else inferred, else {@code en})
     * @param languageInferred whether the language was inferred from the text (no usable tag, or the
     *     tag's script is not the text's)
     * @param characters length of the text in code points
     * @param words number of words (for scripts without spaces, an estimate from characters)
     * @param letters number of letters in scripts that have upper and lower case
     * @param capitals how many of those letters are capitals
     * @param exclamations exclamation marks, ASCII and full-width
     * @param praise whether the text reads as praise or thanks
     */
    public TextProfile {
        Objects.requireNonNull(language, "language");
    }

    /**
     * A profile of a text that is not praise (the 0.1 constructor).
     *
     * @param language the language the analysis used
     * @param languageInferred whether the language was inferred rather than given
     * @param characters length of the text in code points
     * @param words number of words
     * @param letters number of letters with case
     * @param capitals how many of those are capitals
     * @param exclamations exclamation marks
     */
    public TextProfile(
            String language,
            boolean languageInferred,
            int characters,
            int words,
            int letters,
            int capitals,
            int exclamations) {
        this(language, languageInferred, characters, words, letters, capitals, exclamations, false);
    }

    /**
     * @return the profile of a case without text
     *
     * @param language the language the analysis used (the case's tag, else inferred, else {@code en})
     */
    public static TextProfile empty(String language) {
        return new TextProfile(language, false, 0, 0, 0, 0, 0);
    }

    /** @return capitals as a whole percentage of cased letters, 0 when there are none */
    public int capitalsPercent() {
        return letters == 0 ? 0 : (int) (100L * capitals / letters);
    }
}
