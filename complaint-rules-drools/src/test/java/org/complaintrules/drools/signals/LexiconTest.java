package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private static List<Lexicon.Entry> parse(String text) {
        return Lexicon.parse("legal", "test.txt", text).entries();
    }

    private static String terms(Lexicon.Entry e) {
        return String.join(
                " ", e.terms().stream().map(t -> t.kind() + ":" + t.text()).toList());
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndWordsAreFolded() {
        List<Lexicon.Entry> entries = parse("# a comment\n\n  Take You   TO court  # trailing comment\n");

        assertThat(entries).hasSize(1);
        assertThat(terms(entries.get(0))).isEqualTo("STEM:take STEM:you STEM:to STEM:court");
        assertThat(entries.get(0).exclusion()).isFalse();
        assertThat(entries.get(0).origin()).isEqualTo("test.txt:3");
        assertThat(entries.get(0).list()).isEqualTo("legal");
    }

    @Test
    void aMatchTellsTheFileAndLineOfTheEntryThatMatched() {
        TokenMatcher matcher = new TokenMatcher(
                "en",
                Lexicon.parse("legal", "policy/lexicon/en/legal.txt", "# lawyers\n\nsmall claims court\nmy lawyer\n"));
        NormalizedText folded = NormalizedText.of("I spoke to my lawyer yesterday.");

        TokenMatcher.Match match =
                matcher.find(folded, Tokens.of(folded, false), null).matches().get(SignalType.LEGAL_THREAT);

        assertThat(match).isNotNull();
        assertThat(matcher.origin(match)).isEqualTo("policy/lexicon/en/legal.txt:4");
    }

    @Test
    void aCountedEntryCountsOnlyTheMatchesThatCountOnTheirOwn() {
        TokenMatcher matcher = new TokenMatcher(
                "en", Lexicon.parse("repeated", "repeated.txt", "=called | min=2\n!courier =called\n"));

        assertThat(find(matcher, "I called on Monday. Then I called on Friday."))
                .containsKey(SignalType.REPEATED_CONTACT);
        // the courier's call is excluded, so one call of the customer's is left: no series
        assertThat(find(matcher, "The courier called on Monday. Then I called on Friday."))
                .doesNotContainKey(SignalType.REPEATED_CONTACT);
    }

    @Test
    void thePhrasesOfOneLineCountTogetherAndTwoLinesDoNot() {
        TokenMatcher oneLine = new TokenMatcher(
                "en", Lexicon.parse("repeated", "repeated.txt", "{i|we} {=called|=emailed|=phoned} | min=2\n"));
        TokenMatcher twoLines = new TokenMatcher(
                "en",
                Lexicon.parse(
                        "repeated", "repeated.txt", "{i|we} =called | min=2\n{i|we} {=emailed|=phoned} | min=2\n"));

        String calledThenEmailed = "I called on Monday. Then we emailed on Friday.";
        assertThat(find(oneLine, calledThenEmailed)).containsKey(SignalType.REPEATED_CONTACT);
        assertThat(find(twoLines, calledThenEmailed)).doesNotContainKey(SignalType.REPEATED_CONTACT);
        assertThat(find(oneLine, "I called on Monday and was told to wait."))
                .doesNotContainKey(SignalType.REPEATED_CONTACT);
    }

    @Test
    void twoPhrasesOfALineAtTheSameWordAreOneMatch() {
        // "i called" and "i called back" both start at "I": one contact, not two
        TokenMatcher matcher =
                new TokenMatcher("en", Lexicon.parse("repeated", "repeated.txt", "i =called {back|} | min=2\n"));

        assertThat(find(matcher, "I called back on Monday.")).doesNotContainKey(SignalType.REPEATED_CONTACT);
        assertThat(find(matcher, "I called back on Monday. I called on Friday."))
                .containsKey(SignalType.REPEATED_CONTACT);
    }

    @Test
    void aWordAfterAGapIsTriedAgainFurtherOnWhenTheRestDoesNotFollowIt() {
        TokenMatcher matcher = new TokenMatcher(
                "en", Lexicon.parse("legal", "legal.txt", "=delay ...4 by the court\n=sued ...3 in =small claims\n"));

        // the first "by" is followed by "courier", the second by "the court"
        assertThat(find(matcher, "There was a delay by courier and then by the court."))
                .containsKey(SignalType.LEGAL_THREAT);
        // a pending term (after the trie's last node) tried again: the first "in" is followed by "March"
        assertThat(find(matcher, "I sued them in March in small claims.")).containsKey(SignalType.LEGAL_THREAT);
        assertThat(find(matcher, "I sued them in March in the county court."))
                .doesNotContainKey(SignalType.LEGAL_THREAT);
    }

    private static java.util.Map<SignalType, TokenMatcher.Match> find(TokenMatcher matcher, String text) {
        NormalizedText folded = NormalizedText.of(text);
        return matcher.find(folded, Tokens.of(folded, false), null).matches();
    }

    @Test
    void bracesExpandToEveryAlternative() {
        assertThat(parse("{sue|suing} {you |}now").stream().map(LexiconTest::terms))
                .containsExactly(
                        "STEM:sue STEM:you STEM:now",
                        "STEM:sue STEM:now",
                        "STEM:suing STEM:you STEM:now",
                        "STEM:suing STEM:now");
    }

    @Test
    void markersChooseHowAWordIsCompared() {
        List<Lexicon.Entry> entries = parse("уже {звонил*|=писал}\n*idioo*\n*vigastus\n");

        assertThat(entries.stream().map(LexiconTest::terms))
                .containsExactly("STEM:уже PREFIX:звонил", "STEM:уже EXACT:писал", "INFIX:idioo", "SUFFIX:vigastus");
    }

    @Test
    void anEscapedStarIsPartOfAMaskedWord() {
        assertThat(terms(parse("f\\*ck*").get(0))).isEqualTo("PREFIX:f*ck");
    }

    @Test
    void numbersAreWildcardsOrLiteralsAndSignsAreTokens() {
        List<Lexicon.Entry> entries = parse("called <n> times\n12315\nnow!\n打了<n>次\n");

        assertThat(entries.stream().map(LexiconTest::terms))
                .containsExactly(
                        "STEM:called ANY_NUMBER: STEM:times",
                        "NUMBER:12315",
                        "STEM:now EXACT:!",
                        "EXACT:打 EXACT:了 ANY_NUMBER: EXACT:次");
    }

    @Test
    void gapsAreCountedInTokensBeforeTheWordTheyPrecede() {
        Lexicon.Entry e = parse("never ... again\nnever ...5 fly ... again").get(1);

        assertThat(parse("never ... again").get(0).gaps()).containsExactly(0, Lexicon.DEFAULT_GAP);
        assertThat(e.gaps()).containsExactly(0, 5, Lexicon.DEFAULT_GAP);
    }

    @Test
    void attributesSetOrderWindowContextsAndCounts() {
        Lexicon.Entry e = parse(
                        "уход* банк* | any-order window=4 needs=first-person,intent needs=x unless=negation min=2")
                .get(0);

        assertThat(e.anyOrder()).isTrue();
        assertThat(e.window()).isEqualTo(4);
        assertThat(e.needs()).containsExactly(List.of("first-person", "intent"), List.of("x"));
        assertThat(e.unless()).containsExactly("negation");
        assertThat(e.min()).isEqualTo(2);
    }

    @Test
    void exclusionsAreMarked() {
        assertThat(parse("!food court").get(0).exclusion()).isTrue();
    }

    @Test
    void contextFilesDeclareSectionsWithTheirReach() {
        Lexicon.Content c = Lexicon.parse(
                "contexts",
                "contexts.txt",
                "[negation] before 3\nnot\n[third-party] before 5 blocked-by first-person\nthey\n");

        assertThat(c.contexts())
                .extracting(Lexicon.Context::name, Lexicon.Context::before, Lexicon.Context::blockedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("negation", 3, null),
                        org.assertj.core.groups.Tuple.tuple("third-party", 5, "first-person"));
        assertThat(c.entries()).extracting(Lexicon.Entry::list).containsExactly("negation", "third-party");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "in*side",
                "{open",
                "close}",
                "{a|{b}}",
                "a<b",
                "<n><n>",
                "{ | }",
                "... a",
                "a ...",
                "a | frobnicate",
                "a | window=99",
                "a | any-order",
                "!a | needs=Bad_Name",
                "a | needs=Bad_Name"
            })
    void malformedLinesNameTheFileAndLine(String line) {
        assertThatThrownBy(() -> parse("ok\n" + line + "\n"))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("test.txt:2: ")
                .satisfies(e -> assertThat(((LexiconException) e).line()).isEqualTo(2));
    }

    @Test
    void everyShippedListLoadsAndEveryLanguageHasEveryList() {
        for (String language : LanguageDetector.SUPPORTED) {
            Lexicon.Content c = Lexicon.load(language);
            assertThat(c.entries())
                    .extracting(Lexicon.Entry::list)
                    .as(language)
                    .containsAll(Lexicon.FILES.values())
                    .contains(Lexicon.PRAISE);
            assertThat(c.contexts())
                    .extracting(Lexicon.Context::name)
                    .as(language)
                    .contains("negation", "first-person", "demand", "reported");
        }
    }

    /**
     * In a language written with spaces, a group of words glued to the next word or group without a
     * space ({@code {sick|ill|}{mother|father}}) expands to one made-up word ("sickmother") that never
     * matches. Glued groups are for Chinese, signs ({@code {-| }}) and punctuation ({@code {,|}}).
     */
    @Test
    void noShippedListOfASpacedLanguageGluesWordsTogether() throws IOException {
        // a group, then a letter or the next group
        Pattern glued = Pattern.compile("\\{([^{}]*)\\}(?=\\p{L}|\\{([^{}]*)\\})");
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ru", "et", Lexicon.UNIVERSAL)) {
            List<String> files = new ArrayList<>(Lexicon.FILES.values());
            files.add(Lexicon.CONTEXTS);
            files.add(Lexicon.PRAISE);
            for (String file : files) {
                String name = language + "/" + file + ".txt";
                String[] lines = resource(name).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if (line.startsWith("#")) {
                        continue;
                    }
                    Matcher m = glued.matcher(line);
                    while (m.find()) {
                        boolean endsInALetter = Arrays.stream(m.group(1).split("\\|", -1))
                                .anyMatch(a -> !a.isEmpty() && Character.isLetter(a.charAt(a.length() - 1)));
                        boolean aLetterFollows = m.group(2) == null
                                || Arrays.stream(m.group(2).split("\\|", -1))
                                        .anyMatch(a -> !a.isEmpty() && Character.isLetter(a.charAt(0)));
                        if (endsInALetter && aLetterFollows) {
                            found.add(name + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void abuseListsCreditTheirSource() throws IOException {
        for (String language : List.of("en", "ru", "zh", "et", Lexicon.UNIVERSAL)) {
            assertThat(resource(language + "/abuse.txt"))
                    .as(language)
                    .contains("LDNOOBW v2")
                    .contains("CC0 1.0");
        }
        assertThat(resource("LDNOOBW-LICENSE.txt")).contains("CC0 1.0 Universal");
    }

    @Test
    void theChineseAbuseListDocumentsItsRubbishDecision() throws IOException {
        assertThat(resource("zh/abuse.txt")).contains("垃圾 (\"rubbish, garbage\") is NOT abuse on its own");
    }

    @Test
    void listFilesAreNamedForEveryWordSignal() {
        assertThat(Lexicon.FILES).doesNotContainKeys(SignalType.SHOUTING, SignalType.EXCLAMATION);
        assertThat(Lexicon.FILES)
                .containsKeys(
                        SignalType.VULNERABILITY_HEALTH,
                        SignalType.VULNERABILITY_LIFE_EVENT,
                        SignalType.VULNERABILITY_RESILIENCE,
                        SignalType.VULNERABILITY_CAPABILITY);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
