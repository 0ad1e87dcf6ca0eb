package org.complaintrules.drools.signals;

import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * A Snowball stemmer of Apache Lucene ({@code lucene-analysis-common}) for one language: English
 * (Porter2), Russian or Estonian. The Snowball programs are not thread-safe, so each thread gets
 * its own; a text word is copied into the program's buffer, never allocated as a string.
 */
final class Stemmer {

    private final String language;
    private final ThreadLocal<SnowballStemmer> programs;

    private Stemmer(String language, Supplier<SnowballStemmer> factory) {
        this.language = language;
        this.programs = ThreadLocal.withInitial(factory);
    }

    /**
     * @param language a primary language subtag
     * @return its stemmer, or {@code null} when it has none (Chinese, universal, others)
     */
    static Stemmer forLanguage(String language) {
        return switch (language) {
            case "en" -> new Stemmer(language, EnglishStemmer::new);
            case "ru" -> new Stemmer(language, RussianStemmer::new);
            case "et" -> new Stemmer(language, EstonianStemmer::new);
            default -> null;
        };
    }

    /** @return the language */
    String language() {
        return language;
    }

    /**
     * @param word a folded word
     * @return its stem
     */
    String stem(String word) {
        SnowballStemmer p = programs.get();
        p.setCurrent(word);
        p.stem();
        return p.getCurrent();
    }

    /**
     * Stems {@code symbols[from, from + length)}; the stem is left in the returned program's
     * buffer ({@link SnowballStemmer#getCurrentBuffer()}, {@link SnowballStemmer#getCurrentBufferLength()}),
     * valid until the next call on this thread.
     *
     * @param symbols the text's symbols
     * @param from the first symbol of the word
     * @param length the word's length
     * @return the program holding the stem
     */
    SnowballStemmer stem(char[] symbols, int from, int length) {
        SnowballStemmer p = programs.get();
        char[] buffer = p.getCurrentBuffer();
        if (buffer == null || buffer.length < length) {
            buffer = new char[Math.max(length, 32)];
        }
        System.arraycopy(symbols, from, buffer, 0, length);
        p.setCurrent(buffer, length);
        p.stem();
        return p;
    }
}
