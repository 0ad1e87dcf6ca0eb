package org.complaintrules.drools.model;

import java.util.Objects;

/**
 * Measurements of the complaint text, a fact for the rules. Never holds the text itself.
 *
 * @param language the language the analysis used (the case's tag, else inferred, else {@code en})
 * @param languageInferred whether the language was inferred rather than given
 * @param characters length of the text in code points
 * @param words number of words (for scripts without spaces, an estimate from characters)
 * @param letters number of letters in scripts that have upper and lower case
 * @param capitals how many of those letters are capitals
 * @param exclamations exclamation marks, ASCII and full-width
 */
public record TextProfile(
        String language,
        boolean languageInferred,
        int characters,
        int words,
        int letters,
        int capitals,
        int exclamations) {

    /** Validates the components. */
    public TextProfile {
        Objects.requireNonNull(language, "language");
    }

    /** @return the profile of a case without text */
    public static TextProfile empty(String language) {
        return new TextProfile(language, false, 0, 0, 0, 0, 0);
    }

    /** @return capitals as a whole percentage of cased letters, 0 when there are none */
    public int capitalsPercent() {
        return letters == 0 ? 0 : (int) (100L * capitals / letters);
    }
}
