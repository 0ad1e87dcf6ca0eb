package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintrules.api.SignalType.ABUSIVE_LANGUAGE;
import static org.complaintrules.api.SignalType.LEGAL_THREAT;
import static org.complaintrules.drools.signals.Analyses.analyse;
import static org.complaintrules.drools.signals.Analyses.detail;
import static org.complaintrules.drools.signals.Analyses.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words written so that a plain word list would miss them: split by characters that show as
 * nothing (a zero-width space, a soft hyphen, a joiner), or stretched by a letter written many
 * times. The signals stay those of the plain text.
 */
class HiddenSpellingsTest {

    /** Each default-ignorable kind: zero-width space, soft hyphen, joiners, direction marks, word joiner, BOM. */
    private static final List<String> INVISIBLE =
            List.of("\u200B", "\u00AD", "\u200C", "\u200D", "\u200E", "\u202E", "\u2060", "\uFEFF", "\u034F");

    /** The four languages' sentences of their tests: the language, the signal it carries, the sentence. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                        withLanguage("en", EnglishSignalsTest.sentences()),
                        withLanguage("ru", RussianSignalsTest.sentences()),
                        withLanguage("et", EstonianSignalsTest.sentences()),
                        withLanguage("zh", ChineseSignalsTest.sentences()))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> withLanguage(String language, Stream<Arguments> sentences) {
        return sentences.map(a -> Arguments.of(language, a.get()[0], a.get()[1]));
    }

    @Test
    void invisibleCharactersFoldToNothingAndMapBackToTheOriginal() {
        for (String invisible : INVISIBLE) {
            String text = "my law" + invisible + "yer";
            NormalizedText folded = NormalizedText.of(text);
            assertThat(folded.toString())
                    .as("U+%04X", (int) invisible.charAt(0))
                    .isEqualTo("my lawyer");
            // the word's last letter still points at its own place in the text
            assertThat(folded.from(folded.length() - 1)).isEqualTo(text.length() - 1);
        }
        // outside the BMP (a tag character), and a variation selector after a letter
        assertThat(NormalizedText.of("law\uDB40\uDC41yer").toString()).isEqualTo("lawyer");
        assertThat(NormalizedText.of("law\uFE0Fyer").toString()).isEqualTo("lawyer");
        // visible format-like signs stay
        assertThat(NormalizedText.of("a\u00A0b").toString()).isEqualTo("a b");
        assertThat(NormalizedText.isIgnorable('a')).isFalse();
        assertThat(NormalizedText.isIgnorable(0x00AC)).isFalse();
        assertThat(NormalizedText.isIgnorable(0x00AD)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void invisibleCharactersInsideWordsHideNoSignal(String language, SignalType type, String sentence) {
        for (String invisible : INVISIBLE) {
            String hidden = insideEveryWord(sentence, invisible);
            assertThat(types(analyse(hidden, language)))
                    .as("U+%04X in %s", (int) invisible.charAt(0), hidden)
                    .contains(type);
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void aLetterWrittenManyTimesHidesNoSignal(String language, SignalType type, String sentence) {
        Set<SignalType> plain = new TreeSet<>(types(analyse(sentence, language)));
        for (int copies : new int[] {3, 6}) {
            String stretched = stretchEveryWord(sentence, copies);
            assertThat(new TreeSet<>(types(analyse(stretched, language))))
                    .as("%d copies: %s", copies, stretched)
                    .contains(type)
                    .isEqualTo(plain);
        }
    }

    @Test
    void aRunIsReadWrittenOnceAndWrittenTwice() {
        // once: "suuuue" is "sue"; twice: "smallll" is "small", not "smal"
        assertThat(types(analyse("I will suuuue you for this.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("I'm filing in smallll claims next week.", "en")))
                .contains(LEGAL_THREAT);
        assertThat(types(analyse("You are all idiooooots.", "en"))).contains(ABUSIVE_LANGUAGE);
        // a stretched word that is no entry in either form stays unmatched
        assertThat(types(analyse("Sooooo the parcel came on Tuesdayyyy.", "en")))
                .isEmpty();
        // the evidence quotes the text as written
        assertThat(detail(analyse("I will suuuue you for this.", "en"), LEGAL_THREAT))
                .hasValueSatisfying(d -> assertThat(d).contains("suuuue"));
    }

    @Test
    void theEvidenceQuotesTheTextWithItsInvisibleCharacters() {
        String text = "I will call my law\u200Byer tomorrow.";
        assertThat(detail(analyse(text, "en"), LEGAL_THREAT))
                .hasValueSatisfying(d -> assertThat(d).contains("law\u200Byer"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void wordsSpelledOutLetterByLetterHideNoSignal(String language, SignalType type, String sentence) {
        // the same sign between each two letters: punctuation, a masking sign, an emoji
        for (String separator : List.of(".", "-", "_", "/", "|", "~", "+", "\u2022", "*", "\uD83D\uDC4F")) {
            String spelled = eachWord(sentence, w -> w.length() >= 4 ? String.join(separator, w.split("")) : w);
            assertThat(types(analyse(spelled, language))).as("%s", spelled).contains(type);
        }
        // with spaces, one word at a time, between words of two letters or more: letters spaced out
        // next to a one-letter word ("a", "я") read as one word with it
        List<String> words = new ArrayList<>();
        eachWord(sentence, w -> {
            words.add(w);
            return w;
        });
        for (int k = 0; k < words.size(); k++) {
            boolean apart = (k == 0 || words.get(k - 1).length() > 1)
                    && (k == words.size() - 1 || words.get(k + 1).length() > 1);
            if (words.get(k).length() < 4 || !apart) {
                continue;
            }
            int[] seen = {0};
            int which = k;
            String spelled = eachWord(sentence, w -> seen[0]++ == which ? String.join(" ", w.split("")) : w);
            assertThat(types(analyse(spelled, language))).as("%s", spelled).contains(type);
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void lettersOfTheOtherScriptThatLookAlikeHideNoSignal(String language, SignalType type, String sentence) {
        String mixed = eachWord(sentence, HiddenSpellingsTest::oneLookAlike);
        assertThat(types(analyse(mixed, language))).as("%s", mixed).contains(type);
    }

    @Test
    void spelledOutWordsAndLookAlikesAreReadAsThePlainWord() {
        assertThat(types(analyse("This is f.u.c.k.i.n.g ridiculous.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("I will call my l-a-w-y-e-r today.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("You are all i d i o t s.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("I will call my l\u0430wyer today.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("Вы все идиoты.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // Greek letters that look like Latin ones, in a Latin word or a Cyrillic one
        assertThat(types(analyse("I will call my l\u03b1wyer today.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("Your staff are idi\u03bfts.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Вы все иди\u03bfты.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // a Greek letter that looks like no Latin one leaves the word as it is, and ends
        assertThat(types(analyse("Your staff are idi\u03bbts.", "en"))).doesNotContain(ABUSIVE_LANGUAGE);
        // Russian written with Latin capitals that look like Cyrillic ones
        assertThat(types(analyse("ВЫ ВСЕ ИДИOTЫ.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // marks drawn over or under the letters: strike-through, underline, "zalgo"
        assertThat(types(analyse("I will s\u0336u\u0336e\u0336 you.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("I will call my l\u0332a\u0332w\u0332y\u0332e\u0332r\u0332.", "en")))
                .contains(LEGAL_THREAT);
        assertThat(types(analyse("Вы все и\u0334д\u0334и\u0334о\u0334т\u0334ы\u0334.", "ru")))
                .contains(ABUSIVE_LANGUAGE);
        // a mark that composes stays part of its letter: "õ" typed as o and a combining tilde
        assertThat(NormalizedText.of("vo\u0303ta").toString()).isEqualTo("võta");
        // and other scripts keep their marks
        assertThat(NormalizedText.of("\u0915\u093f").toString()).isEqualTo("\u0915\u093f");
        // most letters Cyrillic look-alikes, but one Latin letter that has none: the word is Latin
        // ("ѕuе": ѕ and е Cyrillic), and the reverse ("суд" with a Latin y for у, and д that has none)
        assertThat(types(analyse("I will \u0455u\u0435 you.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("I will call my \u04cf\u0430wy\u0435r.", "en")))
                .contains(LEGAL_THREAT);
        assertThat(types(analyse("Я подам на вас в сyд.", "ru"))).contains(LEGAL_THREAT);
        // the evidence quotes the text as written
        assertThat(detail(analyse("This is f.u.c.k.i.n.g ridiculous.", "en"), ABUSIVE_LANGUAGE))
                .hasValueSatisfying(d -> assertThat(d).contains("f.u.c.k.i.n.g"));
    }

    @Test
    void aWordIsSpelledOutOnlyWithEnoughLettersOneApart() {
        NormalizedText folded =
                NormalizedText.of("u.s. law, a.s.a.p, i d k, a b c d, x-y-z1, m.o.m's, b c e, a b c, x y, w t f");
        Tokens tokens = Tokens.of(folded, false);
        List<String> spelled = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.spelled(t)) {
                spelled.add(tokens.text(folded, t));
            }
        }
        // two letters are no spelled word, nor three with spaces with "a" or "i" among them ("i d k",
        // "a b c") or in Cyrillic ("и я в"), nor letters touching a digit or an apostrophe
        assertThat(spelled).containsExactly("asap", "abcd", "bce", "wtf");
        assertThat(types(analyse("I will s u e you if this is not fixed.", "en")))
                .contains(LEGAL_THREAT);
        assertThat(Tokens.of(NormalizedText.of("с у д"), false).size()).isEqualTo(3);
        // "=asap" finds it spelled out too
        assertThat(types(analyse("Please refund me a.s.a.p.", "en")))
                .containsExactly(SignalType.DEMANDS_IMMEDIACY)
                .isEqualTo(types(analyse("Please refund me asap.", "en")));
        // three one-letter Russian words stay three words: "я" is still the first person
        assertThat(Tokens.of(NormalizedText.of("а я в шоке"), false).size()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void digitsForLettersHideNoSignal(String language, SignalType type, String sentence) {
        String leet = eachWord(sentence, HiddenSpellingsTest::oneDigit);
        assertThat(types(analyse(leet, language))).as("%s", leet).contains(type);
    }

    @Test
    void digitsAreReadAsTheLettersTheyStandFor() {
        assertThat(types(analyse("This is sh1t service.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("You are all id10ts.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("You a55holes lost my parcel.", "en"))).contains(ABUSIVE_LANGUAGE);
        // 1 is read as i and as l
        assertThat(types(analyse("I will call my 1awyer today.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("See you in c0urt.", "en"))).contains(LEGAL_THREAT);
        // Russian: a digit read as a Latin letter, then as its Cyrillic look-alike
        assertThat(types(analyse("Вы все иди0ты.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // digits that stand for no letter, or too many of them, leave the word as it is
        assertThat(types(analyse("It arrived on the 3rd, the 2nd box on the 21st.", "en")))
                .isEmpty();
        assertThat(types(analyse("Order sh1111t arrived.", "en"))).isEmpty();
        // a word needs three letters, or two and one digit, to be read as leet: "5ue" is "sue", and
        // "3rd", "mp3", "4pm" and "1st" are read as letters too, which makes no signal of them
        NormalizedText folded = NormalizedText.of("3rd mp3 sh1t 5ue 21st 12b");
        Tokens tokens = Tokens.of(folded, false);
        assertThat(tokens.lettersAndDigits(0)).isTrue();
        assertThat(tokens.lettersAndDigits(1)).isTrue();
        assertThat(tokens.lettersAndDigits(2)).isTrue();
        assertThat(tokens.lettersAndDigits(3)).isTrue();
        // (a run of digits is one symbol: "21st" is looked at too, and 2 stands for no letter)
        assertThat(tokens.lettersAndDigits(4)).isTrue();
        assertThat(tokens.lettersAndDigits(5)).isFalse();
        assertThat(types(analyse("I will 5ue you.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("You are an 1d10t.", "en"))).contains(ABUSIVE_LANGUAGE);
        // "@" and "$" inside a word read as the letters they look like
        assertThat(types(analyse("I will call my l@wyer.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("Mail me at jo@home or pay via pay$pal.", "en")))
                .isEmpty();
        assertThat(types(analyse("Kiss my 4ss.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Booked for 4pm on the 1st, got an mp3 of hold music on the 21st.", "en")))
                .isEmpty();
        // the number stays a number for entries that count: "called 5 times"
        assertThat(types(analyse("I called 5 times.", "en"))).contains(SignalType.REPEATED_CONTACT);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void signsBetweenChineseCharactersHideNoSignal(String language, SignalType type, String sentence) {
        for (String sign : List.of("*", "-", "_", "·", "×", "**")) {
            StringBuilder masked = new StringBuilder();
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                masked.append(c);
                if (isHan(c) && i + 1 < sentence.length() && isHan(sentence.charAt(i + 1))) {
                    masked.append(sign);
                }
            }
            assertThat(types(analyse(masked.toString(), language)))
                    .as("%s", masked)
                    .contains(type);
        }
    }

    @Test
    void chineseWordsHiddenBySignsAreRead() {
        assertThat(types(analyse("傻*逼客服", "zh"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("你们就是垃-圾", "zh"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("我要起_诉你们", "zh"))).contains(LEGAL_THREAT);
        // a full stop still ends a sentence, and more than three signs are more than a mask
        assertThat(types(analyse("你们就是垃。圾", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("你们就是垃****圾", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        // the evidence quotes the text as written
        assertThat(detail(analyse("傻*逼客服", "zh"), ABUSIVE_LANGUAGE))
                .hasValueSatisfying(d -> assertThat(d).contains("傻*逼"));
    }

    @Test
    void aWordWithStarsMatchesByTheLettersItShows() {
        // a whole word of the same length: one letter shown is enough, as its length tells the rest
        assertThat(types(analyse("You are a f***ing joke.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Ну это п****ц, а не банк.", "ru"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Какой же ты е**нутый.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // a listed stem needs two of its letters shown
        assertThat(types(analyse("Вы м*дак.", "ru"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Вы мр*зи.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // names and numbers hidden by a review site: one letter and stars could begin any word
        assertThat(types(analyse("Менеджер Е*******й Г**********ч обещал перезвонить.", "ru")))
                .doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Договор М******ДК от мая закрыт.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Вы м****.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void signsThatStandForLettersAreReadAsThem() {
        // a dollar sign before letters is an s; "!" between small letters, one of them alone, an i
        assertThat(types(analyse("This $hit service is a joke.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("I will $ue you for this.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("This sh!t service is a joke.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Your agent is a b!tch.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("What a load of bullsh!t.", "en"))).contains(ABUSIVE_LANGUAGE);
        // one or two letters cut off by masks: the masks stand for the rest of a word of that length
        assertThat(types(analyse("What the f*** is going on?", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("This is sh** service.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Банк полное г****, не советую.", "ru"))).contains(ABUSIVE_LANGUAGE);
        // masks between single letters spell the word out
        assertThat(types(analyse("I will s*u*e you for this.", "en"))).contains(LEGAL_THREAT);
        assertThat(detail(analyse("I will s*u*e you for this.", "en"), LEGAL_THREAT))
                .hasValueSatisfying(d -> assertThat(d).contains("s*u*e"));

        // an exclamation mark typed without a space after it still ends a sentence: the words on
        // both sides stay words ("terrible!I" has a capital, "no!never" a word on each side)
        assertThat(words("This is terrible!I want a refund.")).contains("terrible", "i");
        assertThat(words("I said no!never again.")).contains("no", "never");
        assertThat(words("NEVER!AGAIN")).containsExactly("never", "again");
        assertThat(words("sh!t and b!tch")).containsExactly("sh!t", "and", "b!tch");
        // a price stays a sign and a number; a name shortened with masks has a capital; a brand
        // shortened so inside a Chinese sentence is no English word
        assertThat(words("a $100 fee")).containsExactly("a", "\uE000", "fee");
        assertThat(types(analyse("J*** from your team was helpful.", "en"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("结果比t**的快递都要慢。", "zh"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Ваш сотрудник Е**** очень помог.", "ru"))).doesNotContain(ABUSIVE_LANGUAGE);
    }

    @Test
    void accentsThatTheLanguageDoesNotWriteAreReadAway() {
        assertThat(types(analyse("I will \u015bue you for this.", "en"))).contains(LEGAL_THREAT);
        assertThat(types(analyse("You are all id\u00edots.", "en"))).contains(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("I will call my l\u00e0wy\u00e8r.", "en"))).contains(LEGAL_THREAT);
        // a letter with accents and a combining accent are the same letter once folded
        assertThat(types(analyse("I will s\u0301ue you for this.", "en"))).contains(LEGAL_THREAT);
        // Estonian's own letters are letters, not accents: "ö" is not an o
        assertThat(types(analyse("You are all idi\u00f6ts.", "en"))).doesNotContain(ABUSIVE_LANGUAGE);
        assertThat(types(analyse("Ma pöördun kohtusse.", "et"))).contains(LEGAL_THREAT);
        // the evidence quotes the word as written
        assertThat(detail(analyse("You are all id\u00edots.", "en"), ABUSIVE_LANGUAGE))
                .hasValueSatisfying(d -> assertThat(d).contains("id\u00edots"));
    }

    /** @return the folded text of each token of a text that is a word */
    private static List<String> words(String text) {
        NormalizedText folded = NormalizedText.of(text);
        Tokens tokens = Tokens.of(folded, false);
        List<String> words = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.kind(t) == Tokens.WORD || tokens.kind(t) == Tokens.NUMBER) {
                words.add(tokens.text(folded, t));
            }
        }
        return words;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The first letter of a word of four letters or more (three are left, as a word read as leet
     * needs) that a digit may stand for, as that digit.
     */
    private static String oneDigit(String word) {
        String letters = "oieastоае";
        String digits = "013457043";
        if (word.length() < 4) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            int at = letters.indexOf(word.charAt(i));
            if (at >= 0) {
                return word.substring(0, i) + digits.charAt(at) + word.substring(i + 1);
            }
        }
        return word;
    }

    /** The first letter of a word (of three letters or more) that has a look-alike, as the other script's. */
    private static String oneLookAlike(String word) {
        String latin = "aceopxy";
        String cyrillic = "асеорху";
        if (word.length() < 3) {
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            int l = latin.indexOf(word.charAt(i));
            int c = cyrillic.indexOf(word.charAt(i));
            if (l >= 0) {
                return word.substring(0, i) + cyrillic.charAt(l) + word.substring(i + 1);
            }
            if (c >= 0) {
                return word.substring(0, i) + latin.charAt(c) + word.substring(i + 1);
            }
        }
        return word;
    }

    /** Inserts {@code invisible} after the first letter of every word of three letters or more (not in Chinese). */
    private static String insideEveryWord(String sentence, String invisible) {
        return eachWord(sentence, w -> w.length() >= 3 ? w.charAt(0) + invisible + w.substring(1) : w);
    }

    /** Writes the last letter of every word of three letters or more {@code copies} times. */
    private static String stretchEveryWord(String sentence, int copies) {
        return eachWord(
                sentence,
                w -> w.length() >= 3
                        ? w + String.valueOf(w.charAt(w.length() - 1)).repeat(copies - 1)
                        : w);
    }

    private static String eachWord(String sentence, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sentence.length()) {
            int j = i;
            while (j < sentence.length() && isWordLetter(sentence.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(change.apply(sentence.substring(i, j)));
                i = j;
            } else {
                out.append(sentence.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
