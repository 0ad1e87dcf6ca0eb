package org.complaintrules.drools.signals;

import java.util.Set;

/**
 * Counts taken from a complaint text in one pass over the original and one over the folded
 * text, O(n). Holds numbers only, never the text.
 */
final class TextStats {

    /** Short words that are common in English and not Estonian, for telling the two apart. */
    static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "is", "are", "was", "were", "to", "of", "i", "my", "it", "not", "you", "your",
            "this", "that", "for", "with", "have", "has", "had", "in", "at", "be", "me", "they", "we",
            "but", "from", "an", "would", "will", "can", "please", "what", "which", "been", "did", "do",
            "does", "am", "our", "their", "there", "when", "why", "how", "because", "about", "after");

    /** Short words that are common in Estonian and not English. */
    static final Set<String> ESTONIAN_WORDS = Set.of(
            "ja", "ei", "mul", "minu", "mina", "ma", "oli", "olid", "kui", "aga", "palun", "mitte", "teie",
            "teil", "seda", "ning", "veel", "kuid", "olen", "oleme", "pole", "juba", "siis", "kas", "mis",
            "sest", "nii", "väga", "ka", "tere", "tänan", "aitäh", "mind", "meil", "sain", "tellisin",
            "ostsin", "toode", "ikka", "jälle", "nüüd", "kohe", "miks", "mida", "ole", "enam", "sellest");

    /** Code points. */
    final int characters;
    /** Words in spaced scripts plus an estimate for Han (two characters a word). */
    final int words;
    /** Letters of all scripts, redaction placeholders excluded. */
    final int allLetters;
    /** Letters that have case (Latin, Cyrillic, Greek...), redaction placeholders excluded. */
    final int casedLetters;
    /** Capitals among {@link #casedLetters}. */
    final int capitals;
    /** {@code !}, {@code ！}, {@code ﹗} count one each, {@code ‼} two. */
    final int exclamations;
    /** Longest run of exclamation marks with nothing between them. */
    final int longestExclamationRun;
    /** Han characters. */
    final int han;
    /** Cyrillic letters. */
    final int cyrillic;
    /** Latin letters, redaction placeholders included. */
    final int latin;
    /** Letters typical of Estonian: õ, š, ž (weighted 2) and ä, ö, ü (weighted 1). */
    final int estonianLetterWeight;
    /** Words from {@link #ENGLISH_WORDS}. */
    final int englishWords;
    /** Words from {@link #ESTONIAN_WORDS}. */
    final int estonianWords;

    private TextStats(Counter c, int words, int englishWords, int estonianWords) {
        this.characters = c.characters;
        this.words = words;
        this.allLetters = c.allLetters;
        this.casedLetters = c.casedLetters;
        this.capitals = c.capitals;
        this.exclamations = c.exclamations;
        this.longestExclamationRun = c.longestRun;
        this.han = c.han;
        this.cyrillic = c.cyrillic;
        this.latin = c.latin;
        this.estonianLetterWeight = c.estonianWeight;
        this.englishWords = englishWords;
        this.estonianWords = estonianWords;
    }

    /**
     * @param text the original text
     * @param folded the same text, folded
     * @return the counts
     */
    static TextStats of(String text, NormalizedText folded) {
        Counter c = new Counter();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            c.accept(cp);
            i += Character.charCount(cp);
        }
        c.flushWord();

        int words = 0;
        int english = 0;
        int estonian = 0;
        int length = folded.length();
        char[] symbols = folded.symbols();
        int k = 0;
        while (k < length) {
            if (!NormalizedText.isWordSymbol(symbols[k])) {
                k++;
                continue;
            }
            int start = k;
            while (k < length && NormalizedText.isWordSymbol(symbols[k])) {
                k++;
            }
            words++;
            if (k - start <= 8) {
                String word = new String(symbols, start, k - start);
                if (ENGLISH_WORDS.contains(word)) {
                    english++;
                } else if (ESTONIAN_WORDS.contains(word)) {
                    estonian++;
                }
            }
        }
        words += (c.han + 1) / 2;
        return new TextStats(c, words, english, estonian);
    }

    /** Counts code points, letters by script and case, and exclamation marks. */
    private static final class Counter {
        int characters;
        int allLetters;
        int casedLetters;
        int capitals;
        int exclamations;
        int longestRun;
        int run;
        int han;
        int cyrillic;
        int latin;
        int estonianWeight;
        // the current run of letters, kept apart until we know whether it is a placeholder like XXXX
        int wordLetters;
        int wordCased;
        int wordCapitals;
        boolean wordAllX = true;

        void accept(int cp) {
            characters++;
            int marks = switch (cp) {
                case '!', '\uFF01', '\uFE57' -> 1;
                case '\u203C' -> 2;
                default -> 0;
            };
            if (marks > 0) {
                exclamations += marks;
                run += marks;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
            }
            if (!Character.isLetter(cp)) {
                if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                    flushWord();
                }
                return;
            }
            wordLetters++;
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                wordCased++;
                wordCapitals++;
            } else if (Character.isLowerCase(cp)) {
                wordCased++;
            }
            if (cp != 'X') {
                wordAllX = false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                switch (cp) {
                    case 'õ', 'Õ', 'š', 'Š', 'ž', 'Ž' -> estonianWeight += 2;
                    case 'ä', 'Ä', 'ö', 'Ö', 'ü', 'Ü' -> estonianWeight += 1;
                    default -> { }
                }
            }
        }

        /**
         * Ends the current run of letters. A run of two or more capital X is a redaction
         * placeholder (the CFPB writes "XXXX" and "XX/XX/XXXX" for removed details); it is not
         * the customer's shouting, so its letters are not counted.
         */
        void flushWord() {
            if (!(wordAllX && wordLetters >= 2)) {
                allLetters += wordLetters;
                casedLetters += wordCased;
                capitals += wordCapitals;
            }
            wordLetters = 0;
            wordCased = 0;
            wordCapitals = 0;
            wordAllX = true;
        }
    }
}
