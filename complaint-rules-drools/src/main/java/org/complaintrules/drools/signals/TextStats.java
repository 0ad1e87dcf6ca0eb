package org.complaintrules.drools.signals;

import java.util.Set;

/**
 * Counts taken from a complaint text in one pass over the original and one over the folded
 * text's tokens, O(n), with the character tables of {@link CharClass}. Holds numbers only, never
 * the text.
 */
final class TextStats {

    /** Short words that are common in English and not Estonian, for telling the two apart. */
    static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "is", "are", "was", "were", "to", "of", "i", "my", "it", "not", "you", "your", "this", "that",
            "for", "with", "have", "has", "had", "in", "at", "be", "me", "they", "we", "but", "from", "an", "would",
            "will", "can", "please", "what", "which", "been", "did", "do", "does", "am", "our", "their", "there",
            "when", "why", "how", "because", "about", "after");

    /** Short words that are common in Estonian and not English. */
    static final Set<String> ESTONIAN_WORDS = Set.of(
            "ja",
            "ei",
            "mul",
            "minu",
            "mina",
            "ma",
            "oli",
            "olid",
            "kui",
            "aga",
            "palun",
            "mitte",
            "teie",
            "teil",
            "seda",
            "ning",
            "veel",
            "kuid",
            "olen",
            "oleme",
            "pole",
            "juba",
            "siis",
            "kas",
            "mis",
            "sest",
            "nii",
            "väga",
            "ka",
            "tere",
            "tänan",
            "aitäh",
            "mind",
            "meil",
            "sain",
            "tellisin",
            "ostsin",
            "toode",
            "ikka",
            "jälle",
            "nüüd",
            "kohe",
            "miks",
            "mida",
            "ole",
            "enam",
            "sellest");

    /** Short, common Russian words; a run of capitals holding some of them is a shouted sentence, not a name. */
    static final Set<String> RUSSIAN_WORDS = Set.of(
            "я", "мы", "вы", "ты", "он", "она", "они", "не", "и", "в", "на", "с", "что", "это", "уже", "где", "мне",
            "меня", "мой", "моя", "мои", "мою", "вас", "вам", "ваш", "ваши", "как", "когда", "опять", "снова", "хватит",
            "нет", "да", "все", "всё", "почему", "сколько", "можно", "будет", "был", "была");

    /**
     * Legal forms of organisations, lower-cased ("ООО РОМАШКА", "ACME LLC", "TELIA EESTI AS"): with the
     * word after them, a name, not emphasis.
     */
    static final Set<String> LEGAL_FORMS = Set.of(
            "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "llc", "plc", "ltd", "inc", "corp", "gmbh", "as", "oü",
            "mtü", "sa", "tü", "fie");

    /** Most letters of a word in capitals that, in a sentence with small letters too, is read as an acronym. */
    static final int ACRONYM_MAX_LETTERS = 5;

    /** Most words of a field's label before its colon ("Name:", "Delivery address:"). */
    static final int LABEL_MAX_WORDS = 3;

    /** Most words of a field's value that may be a name or an address; a longer value is text. */
    static final int FIELD_MAX_WORDS = 8;

    /** The ASCII characters a handle, hashtag or web address starts with: {@code @ # h H w W}. */
    private static final boolean[] MAY_START_NON_TEXT = new boolean[0x80];

    static {
        for (char c : "@#hHwW".toCharArray()) {
            MAY_START_NON_TEXT[c] = true;
        }
    }

    /** The character classes of a space. */
    private static final int SPACE_FLAGS = CharClass.of(' ');

    /** {@link #PLAIN}: a lower-case Latin letter that is not one of the letters typical of Estonian. */
    private static final byte PLAIN_LATIN = 1;
    /** {@link #PLAIN}: a lower-case Cyrillic letter. */
    private static final byte PLAIN_CYRILLIC = 2;
    /** {@link #PLAIN}: a Han letter (without case). */
    private static final byte PLAIN_HAN = 3;

    /**
     * Per BMP character, whether inside a word it only adds to the counts of its script: a letter
     * of one of the kinds above, or 0. A run of such letters of one kind is counted in one step.
     */
    private static final byte[] PLAIN = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            int f = CharClass.of((char) c);
            if ((f & CharClass.LETTER) == 0 || (f & CharClass.UPPER) != 0 || c == 'X') {
                continue;
            }
            if ((f & CharClass.HAN) != 0) {
                if ((f & CharClass.LOWER) == 0) {
                    PLAIN[c] = PLAIN_HAN;
                }
            } else if ((f & CharClass.LOWER) == 0) {
                continue;
            } else if ((f & CharClass.CYRILLIC) != 0) {
                PLAIN[c] = PLAIN_CYRILLIC;
            } else if ((f & CharClass.LATIN) != 0 && estonianWeight(c) == 0) {
                PLAIN[c] = PLAIN_LATIN;
            }
        }
    }

    /** @return how much a letter weighs as evidence of Estonian: 2 for õ, š, ž, 1 for ä, ö, ü (either case) */
    private static int estonianWeight(int cp) {
        return switch (cp) {
            case 'õ', 'Õ', 'š', 'Š', 'ž', 'Ž' -> 2;
            case 'ä', 'Ä', 'ö', 'Ö', 'ü', 'Ü' -> 1;
            default -> 0;
        };
    }

    private static final WordTable ENGLISH_TABLE = new WordTable(ENGLISH_WORDS);
    private static final WordTable ESTONIAN_TABLE = new WordTable(ESTONIAN_WORDS);

    /** Fewest common short words (see {@link #isFunctionWord}) a run of capitals needs to count as a sentence. */
    static final int SHOUTED_RUN_MIN_FUNCTION_WORDS = 2;

    /** Fewest words of a whole sentence in capitals (see {@link #shoutedSentenceStart}). */
    static final int SHOUTED_SENTENCE_MIN_WORDS = 3;

    /** Fewest letters of a whole sentence in capitals: as many as a whole text in capitals needs. */
    static final int SHOUTED_SENTENCE_MIN_LETTERS = DefaultSignalAnalyzer.SHOUTING_MIN_LETTERS;

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
    /**
     * The letters that may be emphasis, a part of {@link #allLetters}: not those of a field's value
     * after its label ("Name: JOHN SMITH", "Адрес: Г. КАЗАНЬ", "Saaja: JAAN KASK") unless the value
     * has a common short word in capitals (then it reads as a sentence), nor a label in capitals,
     * nor a word in capitals joined to a digit ("RTX4090FE"), nor, in a sentence that also has a
     * word in small letters, a word in capitals of at most {@value #ACRONYM_MAX_LETTERS} letters
     * that is not a common short word ("UPS", "НДС"), a legal form ("ПАО", "LLC", "OÜ") or the word
     * in capitals after or before a legal form. The share of capitals ({@code SHOUTING}) is taken over these.
     */
    final int emphasisLetters;
    /** The cased letters among {@link #emphasisLetters}. */
    final int emphasisCased;
    /** The capitals among {@link #emphasisCased}. */
    final int emphasisCapitals;
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
    /**
     * Words from {@link #ENGLISH_WORDS}; counted only when they can decide the language (asked
     * for, and Latin letters outnumber Cyrillic ones and twice the Han ones), else 0.
     */
    final int englishWords;
    /** Words from {@link #ESTONIAN_WORDS}; counted like {@link #englishWords}. */
    final int estonianWords;
    /**
     * Most words in a row written in capitals (words of two or more cased letters, all capitals) that
     * read as a sentence: at least {@link #SHOUTED_RUN_MIN_FUNCTION_WORDS} of them are common short
     * words ("THIS", "IS", "MY"), so names and lists of acronyms ("CAPITAL ONE BANK USA", "FCRA,
     * HIPAA") are not counted. 0 when there is none.
     */
    final int shoutedRunWords;
    /** Cased letters in that run. */
    final int shoutedRunLetters;
    /** Offset (UTF-16) of that run in the original text, or -1. */
    final int shoutedRunStart;
    /** End offset (UTF-16, exclusive) of that run in the original text, or -1. */
    final int shoutedRunEnd;
    /**
     * Offset (UTF-16) of the longest whole sentence written in capitals, or -1: from the start of
     * the text or the end of the sentence before it to its own end ({@code . ! ? ; …} and their
     * full-width forms: {@link CharClass#SENTENCE_END}, as the tokens' sentences),
     * every word in capitals, at least {@value #SHOUTED_SENTENCE_MIN_WORDS} words ("I" counts) and
     * {@value #SHOUTED_SENTENCE_MIN_LETTERS} letters ("I HATE THIS BANK!"). A line without such a
     * mark (a heading, a signature) and a redaction placeholder in it do not count.
     */
    final int shoutedSentenceStart;
    /** End offset (UTF-16, exclusive) of that sentence's last word, or -1. */
    final int shoutedSentenceEnd;

    private TextStats(Counter c, int words, int englishWords, int estonianWords) {
        this.characters = c.characters;
        this.words = words;
        this.allLetters = c.allLetters;
        this.casedLetters = c.casedLetters;
        this.capitals = c.capitals;
        this.emphasisLetters = c.allLetters - c.dataAll;
        this.emphasisCased = c.casedLetters - c.dataCased;
        this.emphasisCapitals = c.capitals - c.dataCapitals;
        this.exclamations = c.exclamations;
        this.longestExclamationRun = c.longestRun;
        this.han = c.han;
        this.cyrillic = c.cyrillic;
        this.latin = c.latin;
        this.estonianLetterWeight = c.estonianWeight;
        this.englishWords = englishWords;
        this.estonianWords = estonianWords;
        this.shoutedRunWords = c.run.bestWords;
        this.shoutedRunLetters = c.run.bestLetters;
        this.shoutedRunStart = c.run.bestStart;
        this.shoutedRunEnd = c.run.bestEnd;
        this.shoutedSentenceStart = c.sentence.bestStart;
        this.shoutedSentenceEnd = c.sentence.bestEnd;
    }

    /** Which of a text's words {@link #englishWords} and {@link #estonianWords} count. */
    enum FunctionWords {
        /** None (the language is given). */
        NEVER,
        /** Those that may decide the language (when the Latin script wins). */
        ALWAYS,
        /** As {@link #ALWAYS}, but only in a text without Estonian letters (a text tagged Estonian). */
        WITHOUT_ESTONIAN_LETTERS
    }

    /**
     * @param text the original text
     * @param folded the same text, folded
     * @param tokens the folded text's tokens
     * @param countFunctionWords whether to count common English and Estonian words (for inferring the language)
     * @return the counts
     */
    static TextStats of(String text, NormalizedText folded, Tokens tokens, boolean countFunctionWords) {
        return of(text, folded, tokens, countFunctionWords ? FunctionWords.ALWAYS : FunctionWords.NEVER, true);
    }

    /**
     * @param text the original text
     * @param folded the same text, folded
     * @param tokens the folded text's tokens
     * @param functionWords which common English and Estonian words to count
     * @return the counts
     */
    static TextStats of(String text, NormalizedText folded, Tokens tokens, FunctionWords functionWords) {
        return of(text, folded, tokens, functionWords, true);
    }

    /**
     * @param fast whether a run of plain letters (where no handle or address can start) is counted
     *     in one step and a space in a step of its own (tests compare it with the general,
     *     character-by-character count, {@code false})
     */
    static TextStats of(String text, NormalizedText folded, Tokens tokens, boolean countFunctionWords, boolean fast) {
        return of(text, folded, tokens, countFunctionWords ? FunctionWords.ALWAYS : FunctionWords.NEVER, fast);
    }

    private static TextStats of(
            String text, NormalizedText folded, Tokens tokens, FunctionWords functionWords, boolean fast) {
        Counter c = new Counter(text);
        int n = text.length();
        char[] src = folded.original();
        // what Counter.accept does, with the per-character counts in locals; a word's counts go
        // to the counter when the word ends
        int characters = 0;
        int exclamations = 0;
        int run = 0;
        int longestRun = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int estonianWeight = 0;
        int wordLetters = 0;
        int wordCased = 0;
        int wordCapitals = 0;
        boolean wordAllX = true;
        int wordStart = -1;
        int skipUntil = 0;
        for (int i = 0; i < n; ) {
            char ch = src[i];
            if (fast
                    && PLAIN[ch] != 0
                    && skipUntil <= i
                    && (wordLetters != 0 || ch >= 0x80 || !MAY_START_NON_TEXT[ch] || !mayStartAddress(src, i, n))) {
                // not in a handle or address, and not where one may start: the letters of one plain
                // kind from here on only add to the counts, as the general step below would one by one
                if (wordLetters == 0) {
                    wordStart = i;
                }
                byte kind = PLAIN[ch];
                int j = i + 1;
                while (j < n && PLAIN[src[j]] == kind) {
                    j++;
                }
                int letters = j - i;
                characters += letters;
                run = 0;
                wordLetters += letters;
                wordAllX = false;
                if (kind == PLAIN_HAN) {
                    han += letters;
                } else {
                    wordCased += letters;
                    if (kind == PLAIN_LATIN) {
                        latin += letters;
                    } else {
                        cyrillic += letters;
                    }
                }
                i = j;
                continue;
            }
            int cp;
            boolean skipped;
            int flags;
            if (fast && ch == ' ') {
                // a space, without the look-ups below: no handle, address or exclamation mark is one,
                // and it ends a word whether or not it is in a handle
                cp = ' ';
                skipped = false;
                characters++;
                run = 0;
                flags = SPACE_FLAGS;
            } else {
                cp = Character.isHighSurrogate(ch) ? Character.codePointAt(src, i) : ch;
                if (ch < 0x80
                        && MAY_START_NON_TEXT[ch]
                        && skipUntil <= i
                        && wordLetters == 0
                        && startsNonText(text, i)) {
                    skipUntil = endOfNonText(text, i);
                }
                skipped = i < skipUntil;
                characters++;
                int marks = cp == '!' || cp == '\uFF01' || cp == '\uFE57' ? 1 : (cp == '\u203C' ? 2 : 0);
                if (marks > 0) {
                    exclamations += marks;
                    run += marks;
                    longestRun = Math.max(longestRun, run);
                } else {
                    run = 0;
                }
                flags = CharClass.ofCodePoint(cp);
            }
            if ((flags & CharClass.LETTER) == 0 || skipped) {
                if (((flags & CharClass.MARK) == 0 || skipped) && wordLetters != 0) {
                    c.offset = i;
                    if (wordCapitals == 0) {
                        c.smallWord(wordLetters, wordCased); // most words, in a short method the JIT inlines
                    } else {
                        c.flushWord(wordLetters, wordCased, wordCapitals, wordAllX, wordStart);
                    }
                    wordLetters = 0;
                    wordCased = 0;
                    wordCapitals = 0;
                    wordAllX = true;
                    wordStart = -1;
                }
                if (!skipped) {
                    if ((flags & CharClass.SENTENCE_END) != 0 && !isInnerFullStop(src, i, n)) {
                        c.sentenceMark(i, cp);
                        c.endSentence(true);
                    } else if (cp == '\n' || cp == '\r') {
                        c.lineBreak();
                        c.endSentence(false);
                    } else if (cp == ':' || cp == '\uFF1A') {
                        c.colon();
                    }
                }
            } else {
                if (wordLetters == 0) {
                    wordStart = i;
                }
                wordLetters++;
                if ((flags & CharClass.UPPER) != 0) {
                    wordCased++;
                    wordCapitals++;
                } else if ((flags & CharClass.LOWER) != 0) {
                    wordCased++;
                }
                if (cp != 'X') {
                    wordAllX = false;
                }
                if ((flags & CharClass.HAN) != 0) {
                    han++;
                } else if ((flags & CharClass.CYRILLIC) != 0) {
                    cyrillic++;
                } else if ((flags & CharClass.LATIN) != 0) {
                    latin++;
                    if (cp >= 0xC4) { // the first of them is Ä
                        estonianWeight += estonianWeight(cp);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        if (wordLetters != 0) {
            c.offset = n;
            c.flushWord(wordLetters, wordCased, wordCapitals, wordAllX, wordStart);
        }
        c.endRun();
        c.endText();
        c.characters = characters;
        c.exclamations = exclamations;
        c.longestRun = longestRun;
        c.han = han;
        c.cyrillic = cyrillic;
        c.latin = latin;
        c.estonianWeight = estonianWeight;

        // the words and numbers, counted as the tokens were made; the common English and Estonian
        // words among them only when they may decide the language
        int words = tokens.words() + (c.han + 1) / 2;
        int english = 0;
        int estonian = 0;
        boolean count = functionWords == FunctionWords.ALWAYS
                || (functionWords == FunctionWords.WITHOUT_ESTONIAN_LETTERS && estonianWeight == 0);
        // LanguageDetector.infer weighs the function words only when the Latin script wins
        if (count && cyrillic < latin && 2L * han < latin) {
            char[] symbols = folded.symbols();
            for (int t = 0; t < tokens.size(); t++) {
                int len = tokens.end(t) - tokens.start(t);
                if (tokens.kind(t) == Tokens.WORD && len <= 8) {
                    if (ENGLISH_TABLE.contains(symbols, tokens.start(t), len)) {
                        english++;
                    } else if (ESTONIAN_TABLE.contains(symbols, tokens.start(t), len)) {
                        estonian++;
                    }
                }
            }
        }
        return new TextStats(c, words, english, estonian);
    }

    /**
     * Whether a handle ({@code @united}), a hashtag ({@code #fail}) or a web address
     * ({@code https://...}, {@code www....}) starts at i: they are names, not the customer's
     * writing, so their letters do not count towards the share of capitals.
     */
    private static boolean startsNonText(String text, int i) {
        char c = text.charAt(i);
        if (c != '@' && c != '#' && (c | 0x20) != 'h' && (c | 0x20) != 'w') {
            return false;
        }
        if (i > 0 && (CharClass.of(text.charAt(i - 1)) & (CharClass.WORD | CharClass.UNSPACED)) != 0) {
            return false;
        }
        if ((c == '@' || c == '#') && i + 1 < text.length()) {
            char d = text.charAt(i + 1);
            return d == '_' || CharClass.is(d, CharClass.WORD);
        }
        if ((c == 'h' || c == 'H') && i + 4 < text.length() && (text.charAt(i + 1) | 0x20) == 't') {
            return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8);
        }
        if ((c == 'w' || c == 'W') && i + 3 < text.length() && text.charAt(i + 3) == '.') {
            return text.regionMatches(true, i, "www.", 0, 4);
        }
        return false;
    }

    /**
     * What a web address needs at a small {@code h} or {@code w} that starts a word ("ht" for
     * {@code http}, a full stop three characters on for {@code www.}): without it, no address
     * starts there and the word is counted in one step ("have", "with"), as most such words are.
     * True for any other character.
     */
    private static boolean mayStartAddress(char[] src, int i, int n) {
        char c = src[i];
        if (c == 'h') {
            return i + 1 < n && (src[i + 1] | 0x20) == 't';
        }
        if (c == 'w') {
            return i + 3 < n && src[i + 3] == '.';
        }
        return true;
    }

    /** @return the end of the handle, hashtag or address starting at i */
    private static int endOfNonText(String text, int i) {
        char c = text.charAt(i);
        int j = i + 1;
        if (c == '@' || c == '#') {
            while (j < text.length() && (text.charAt(j) == '_' || CharClass.is(text.charAt(j), CharClass.WORD))) {
                j++;
            }
            return j;
        }
        while (j < text.length() && !CharClass.is(text.charAt(j), CharClass.SPACE)) {
            j++;
        }
        return j;
    }

    /**
     * A full stop between a capital or digit and a letter or digit is part of a name, an
     * abbreviation or a number ("ДОМ.РФ", "U.S.A", "3.5"); one after a small letter ends a sentence
     * even without a space ("деньги.СЛЕДИТЕ").
     */
    private static boolean isInnerFullStop(char[] src, int i, int n) {
        return src[i] == '.'
                && i > 0
                && i + 1 < n
                && Character.isLetterOrDigit(src[i + 1])
                && (Character.isUpperCase(src[i - 1]) || Character.isDigit(src[i - 1]));
    }

    /** @return whether {@code lowerCaseWord} is a common short word in English, Estonian or Russian */
    static boolean isFunctionWord(String lowerCaseWord) {
        return ENGLISH_WORDS.contains(lowerCaseWord)
                || ESTONIAN_WORDS.contains(lowerCaseWord)
                || RUSSIAN_WORDS.contains(lowerCaseWord)
                || ESTONIAN_PRONOUNS.contains(lowerCaseWord);
    }

    /**
     * Estonian pronouns, the commonest verb, conjunction and the negative imperative, short words of a
     * shouted sentence ("TE VARASTASITE MU RAHA", "SOOVITAN KORISTADA ÄRA SEE TARNEAEG", "ÄRGE OSTKE SIIT
     * MIDAGI") that are no names or codes; not in {@link #ESTONIAN_WORDS}, which also tells Estonian
     * from English, where two-letter words decide too little.
     */
    private static final Set<String> ESTONIAN_PRONOUNS = Set.of(
            "te", "sa", "mu", "ta", "nad", "me", "on", "oma", "see", "selle", "et", "ära", "ärge", "siit", "neid",
            "nende", "teid", "kõik");

    /** Counts code points, letters by script and case, and exclamation marks. */
    private static final class Counter {
        private final String text;
        int characters;
        int allLetters;
        int casedLetters;
        int capitals;
        int exclamations;
        int longestRun;
        int han;
        int cyrillic;
        int latin;
        int estonianWeight;
        // the current run of letters, kept apart until we know whether it is a placeholder like XXXX
        int wordLetters;
        int wordCased;
        int wordCapitals;
        boolean wordAllX = true;
        // where we are in the original text (UTF-16 offset), where the current word started
        int offset;
        int wordStart = -1;
        // the current run of words in capitals and its common short words, and the longest such run
        final Stretch run = new Stretch();
        int runFunctionWords;
        // the current sentence while every word of it is in capitals, and the longest such sentence
        final Stretch sentence = new Stretch();
        boolean sentenceInCapitals = true;
        // the letters that are data, not emphasis (see TextStats.emphasisLetters), their cased letters
        // and capitals
        int dataAll;
        int dataCased;
        int dataCapitals;
        // the current sentence (or line): its words, the letters of its words in capitals counted as
        // emphasis, whether all its words so far are in capitals, whether it has a word with small
        // letters, its common short words in capitals, whether it holds a field label
        int sentenceFirstWord;
        int sentenceCapitalsCounted;
        boolean sentenceHasSmall;
        int sentenceFunctionWords;
        boolean sentenceHasLabel;
        // the letters of the current sentence's short words in capitals, data if it has small letters
        int shortCapitals;
        // the value of a field ("Name: JOHN SMITH") while it lasts: its words, letters and common short words
        boolean inField;
        int fieldWords;
        int fieldFunctionWords;
        int fieldAll;
        int fieldCased;
        int fieldCapitals;
        // the words so far; the last organisation's legal form ("ООО", "LLC") among them, the last word
        // in capitals counted as emphasis and its letters
        int wordCount;
        int legalFormWord = -2;
        int countedWord = -2;
        int lastCapitalsCounted;

        Counter(String text) {
            this.text = text;
        }

        /**
         * Ends the current run of letters. A run of two or more capital X is a redaction
         * placeholder (the CFPB writes "XXXX" and "XX/XX/XXXX" for removed details); it is not
         * the customer's shouting, so its letters are not counted.
         */
        void flushWord(int letters, int cased, int capitalLetters, boolean allX, int start) {
            if (capitalLetters == 0) {
                smallWord(letters, cased);
                return;
            }
            wordLetters = letters;
            wordCased = cased;
            wordCapitals = capitalLetters;
            wordAllX = allX;
            wordStart = start;
            boolean placeholder = wordAllX && wordLetters >= 2;
            boolean inCapitals = wordCased >= 2 && wordCapitals == wordCased && wordCased == wordLetters;
            String lower = inCapitals && wordLetters <= 8
                    ? text.substring(wordStart, offset).toLowerCase(java.util.Locale.ROOT)
                    : null;
            boolean function = lower != null && isFunctionWord(lower);
            trackShoutedSentence(placeholder, function);
            if (placeholder) {
                endRun(); // a redacted name or number is no part of a shouted sentence
            } else {
                allLetters += wordLetters;
                casedLetters += wordCased;
                capitals += wordCapitals;
                trackShoutedRun(inCapitals, function);
                trackData(inCapitals, function, lower);
            }
            wordCount++;
            wordLetters = 0;
            wordCased = 0;
            wordCapitals = 0;
            wordAllX = true;
            wordStart = -1;
        }

        /**
         * {@link #flushWord} for a word without capitals, most words: what the general steps do for
         * it, in few steps. A word of two small letters or more ends a field's value.
         */
        void smallWord(int letters, int cased) {
            allLetters += letters;
            casedLetters += cased;
            sentenceInCapitals = false;
            endRun();
            wordCount++;
            if (cased >= 2) {
                sentenceHasSmall = true;
                if (inField) {
                    endField();
                }
            } else if (inField) {
                fieldWords++;
                fieldAll += letters;
                fieldCased += cased;
            }
        }

        /**
         * Sorts the word just ended (one with capitals) into emphasis or data: a field's value waits
         * for the field's end; a word in capitals joined to a digit ("RTX4090FE") is data; a short
         * word in capitals (at most {@value #ACRONYM_MAX_LETTERS} letters, not a common short word), a
         * legal form and the word after it wait for the sentence's end; a legal form makes the word
         * in capitals before it data too.
         */
        private void trackData(boolean inCapitals, boolean function, String lower) {
            if (wordCased >= 2 && wordCapitals < wordCased) {
                sentenceHasSmall = true;
            }
            boolean legalForm = lower != null && LEGAL_FORMS.contains(lower);
            boolean afterLegalForm = legalFormWord == wordCount - 1;
            if (inField) {
                fieldWords++;
                fieldAll += wordLetters;
                fieldCased += wordCased;
                fieldCapitals += wordCapitals;
                if (function) {
                    fieldFunctionWords++;
                }
            } else if (inCapitals && touchesDigit()) {
                addData(wordLetters);
            } else if (inCapitals && !function && (wordLetters <= ACRONYM_MAX_LETTERS || legalForm || afterLegalForm)) {
                shortCapitals += wordLetters;
            } else if (inCapitals) {
                countedWord = wordCount;
                lastCapitalsCounted = wordLetters;
                sentenceCapitalsCounted += wordLetters;
            }
            if (legalForm) {
                legalFormWord = wordCount;
                if (countedWord == wordCount - 1) {
                    // the name before a legal form in capitals ("KIIRKULLER OÜ", "ACME LLC")
                    addData(lastCapitalsCounted);
                    sentenceCapitalsCounted -= lastCapitalsCounted;
                    countedWord = -2;
                }
            }
        }

        /** Makes capitals data: letters of words in capitals, each cased and a capital. */
        private void addData(int capitalLetters) {
            dataAll += capitalLetters;
            dataCased += capitalLetters;
            dataCapitals += capitalLetters;
        }

        /** @return whether a digit is just before or just after the word just ended */
        private boolean touchesDigit() {
            return (wordStart > 0 && CharClass.is(text.charAt(wordStart - 1), CharClass.DIGIT))
                    || (offset < text.length() && CharClass.is(text.charAt(offset), CharClass.DIGIT));
        }

        /**
         * A colon after one to {@value #LABEL_MAX_WORDS} words at the start of a sentence or line
         * ("Name:", "ФИО:", "Saaja aadress:") ends a field's label: the words after it are the
         * field's value, up to the end of the line, a word in small letters, or a sentence's end
         * that is not an abbreviation's full stop. A label in capitals is a field name: data.
         */
        void colon() {
            int sentenceWords = wordCount - sentenceFirstWord;
            if (sentenceWords < 1 || sentenceWords > LABEL_MAX_WORDS) {
                return;
            }
            endField();
            if (sentenceInCapitals) {
                addData(sentenceCapitalsCounted + shortCapitals);
                sentenceCapitalsCounted = 0;
                shortCapitals = 0;
            }
            sentenceHasLabel = true;
            inField = true;
            countedWord = -2;
        }

        /**
         * Ends the field's value: names, addresses and numbers (no common short word in capitals, at
         * most {@value #FIELD_MAX_WORDS} words) are data; a value that reads as a sentence
         * ("Complaint: YOU LOST MY PARCEL") or a longer one is not.
         */
        private void endField() {
            if (inField && fieldFunctionWords == 0 && fieldWords <= FIELD_MAX_WORDS) {
                dataAll += fieldAll;
                dataCased += fieldCased;
                dataCapitals += fieldCapitals;
            }
            inField = false;
            fieldWords = 0;
            fieldFunctionWords = 0;
            fieldAll = 0;
            fieldCased = 0;
            fieldCapitals = 0;
        }

        /**
         * A sentence's end mark at i: it ends a field unless it is a full stop right after a word of at
         * most three letters ("Г.", "УЛ.", "mnt."), an abbreviation inside an address.
         */
        void sentenceMark(int i, int cp) {
            if (inField && !((cp == '.' || cp == '\uFF0E') && isAbbreviation(i))) {
                endField();
            }
        }

        /** @return whether 1 to 3 letters come right before i, after a character that is no letter */
        private boolean isAbbreviation(int i) {
            int j = i;
            while (j > 0 && i - j <= 3 && CharClass.is(text.charAt(j - 1), CharClass.LETTER)) {
                j--;
            }
            return j < i && i - j <= 3 && (j == 0 || !CharClass.is(text.charAt(j - 1), CharClass.LETTER));
        }

        /** A line break ends a field that has a value (a label may stand on a line of its own). */
        void lineBreak() {
            if (inField && fieldWords > 0) {
                endField();
            }
        }

        /** The end of the text ends the field and the sentence. */
        void endText() {
            endField();
            endShortWords();
        }

        /** The short words in capitals of a sentence that also has small letters are acronyms: data. */
        private void endShortWords() {
            if (sentenceHasSmall) {
                addData(shortCapitals);
            }
            shortCapitals = 0;
        }

        /**
         * A word of two or more cased letters, all capitals, extends the run; a one-letter capital
         * ("I", "A") neither extends nor breaks it; any other word ends it.
         */
        private void trackShoutedRun(boolean inCapitals, boolean function) {
            if (wordLetters == 0) {
                return;
            }
            if (inCapitals) {
                run.add(wordStart, offset, wordCased);
                if (function) {
                    runFunctionWords++;
                }
            } else if (!(wordLetters == 1 && wordCapitals == 1)) {
                endRun();
            }
        }

        /** Counts the word just ended towards a sentence in capitals, or marks the sentence as not one. */
        private void trackShoutedSentence(boolean placeholder, boolean function) {
            if (!sentenceInCapitals || wordLetters == 0) {
                return;
            }
            boolean capitals = wordCapitals == wordLetters && wordCased == wordLetters;
            if (placeholder || !capitals) {
                sentenceInCapitals = false;
                return;
            }
            sentence.add(wordStart, offset, wordLetters);
            if (function) {
                sentenceFunctionWords++;
            }
        }

        /**
         * Ends the current sentence: at a {@code .}, {@code !} or {@code ?} it counts when all its
         * words were in capitals, unless it holds a field whose words read as no sentence ("NAME: JOHN
         * SMITH."); at a line break without one it does not.
         */
        void endSentence(boolean marked) {
            boolean counts = marked
                    && sentenceInCapitals
                    && sentence.words >= SHOUTED_SENTENCE_MIN_WORDS
                    && sentence.letters >= SHOUTED_SENTENCE_MIN_LETTERS
                    && (!sentenceHasLabel || sentenceFunctionWords > 0);
            sentence.end(counts, true);
            sentenceInCapitals = true;
            if (!inField) {
                endShortWords();
                sentenceFirstWord = wordCount;
                sentenceCapitalsCounted = 0;
                sentenceHasSmall = false;
                sentenceFunctionWords = 0;
                sentenceHasLabel = false;
            }
        }

        void endRun() {
            run.end(runFunctionWords >= SHOUTED_RUN_MIN_FUNCTION_WORDS, false);
            runFunctionWords = 0;
        }
    }

    /** Words in capitals one after another (a run, or a sentence), and the longest such stretch so far. */
    private static final class Stretch {
        int words;
        int letters;
        int start = -1;
        int end = -1;
        int bestWords;
        int bestLetters;
        int bestStart = -1;
        int bestEnd = -1;

        /** Adds a word in capitals, [wordStart, wordEnd) of the text. */
        void add(int wordStart, int wordEnd, int wordLetters) {
            if (words == 0) {
                start = wordStart;
            }
            words++;
            letters += wordLetters;
            end = wordEnd;
        }

        /**
         * Ends the stretch; it becomes the best when it counts and is longer than the best so far, in
         * letters or in words.
         */
        void end(boolean counts, boolean byLetters) {
            if (counts && (byLetters ? letters > bestLetters : words > bestWords)) {
                bestWords = words;
                bestLetters = letters;
                bestStart = start;
                bestEnd = end;
            }
            words = 0;
            letters = 0;
            start = -1;
            end = -1;
        }
    }

    /**
     * A set of short words looked up straight from a text's symbols, without making a string of
     * each word: open addressing over a hash of the word's length and first and last characters
     * (not of every character: the look-up runs for every short word of a text, and a
     * per-character hash was most of its cost), then a comparison of the characters.
     */
    static final class WordTable {
        private final char[][] words;
        private final int mask;

        WordTable(Set<String> set) {
            int size = 16;
            while (size < set.size() * 4) {
                size <<= 1;
            }
            mask = size - 1;
            words = new char[size][];
            for (String w : set) {
                char[] chars = w.toCharArray();
                int s = hash(chars, 0, chars.length) & mask;
                while (words[s] != null) {
                    s = (s + 1) & mask;
                }
                words[s] = chars;
            }
        }

        private static int hash(char[] s, int from, int len) {
            if (len == 0) {
                return 0;
            }
            int h = ((s[from] << 16) | s[from + len - 1]) * 0x9E3779B9 + len * 0x85EBCA6B;
            return h ^ (h >>> 16);
        }

        /**
         * @param s symbols
         * @param from the first symbol of the word
         * @param len the word's length
         * @return whether {@code s[from, from + len)} is one of the words
         */
        boolean contains(char[] s, int from, int len) {
            int slot = hash(s, from, len) & mask;
            while (true) {
                char[] w = words[slot];
                if (w == null) {
                    return false;
                }
                if (w.length == len && same(w, s, from)) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
        }

        private static boolean same(char[] w, char[] s, int from) {
            for (int i = 0; i < w.length; i++) {
                if (w[i] != s[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
