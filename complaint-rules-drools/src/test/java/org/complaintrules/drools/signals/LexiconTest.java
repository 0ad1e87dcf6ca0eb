package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private static List<Lexicon.Phrase> parse(String text) throws IOException {
        return Lexicon.parse(SignalType.LEGAL_THREAT, "test.txt", new StringReader(text));
    }

    private static List<String> texts(List<Lexicon.Phrase> phrases) {
        return phrases.stream().map(Lexicon.Phrase::text).toList();
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndPhrasesAreFolded() throws IOException {
        List<Lexicon.Phrase> phrases = parse("# a comment\n\n  Take You   TO court  # trailing comment\n");

        assertThat(texts(phrases)).containsExactly("take you to court");
        assertThat(phrases.get(0).startBoundary()).isTrue();
        assertThat(phrases.get(0).endBoundary()).isTrue();
        assertThat(phrases.get(0).exclusion()).isFalse();
        assertThat(phrases.get(0).origin()).isEqualTo("test.txt:3");
    }

    @Test
    void bracesExpandToEveryAlternative() throws IOException {
        assertThat(texts(parse("{sue|suing} {you |}now")))
                .containsExactly("sue you now", "sue now", "suing you now", "suing now");
    }

    @Test
    void starsMakeStemsAfterExpansion() throws IOException {
        List<Lexicon.Phrase> phrases = parse("уже {звонил*|писал}\n*idioo*\n");

        assertThat(texts(phrases)).containsExactly("уже звонил", "уже писал", "idioo");
        assertThat(phrases).extracting(Lexicon.Phrase::endBoundary).containsExactly(false, true, false);
        assertThat(phrases).extracting(Lexicon.Phrase::startBoundary).containsExactly(true, true, false);
    }

    @Test
    void anEscapedStarIsLiteral() throws IOException {
        assertThat(texts(parse("f\\*ck*"))).containsExactly("f*ck");
        assertThat(parse("f\\*ck*").get(0).endBoundary()).isFalse();
    }

    @Test
    void numbersAreWildcardsOrLiterals() throws IOException {
        List<Lexicon.Phrase> phrases = parse("called <n> times\n12315\n");

        assertThat(texts(phrases)).containsExactly("called # times", "#");
        assertThat(phrases.get(0).numberValues()).containsExactly((String) null);
        assertThat(phrases.get(1).numberValues()).containsExactly("12315");
    }

    @Test
    void exclusionsAreMarked() throws IOException {
        assertThat(parse("!food court").get(0).exclusion()).isTrue();
    }

    @Test
    void hanPhrasesHaveNoBoundaries() throws IOException {
        Lexicon.Phrase phrase = parse("起诉").get(0);

        assertThat(phrase.startBoundary()).isFalse();
        assertThat(phrase.endBoundary()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in*side", "{open", "close}", "{a|{b}}", "a<b", "<n><n>", "1<n>", "{ | }"})
    void malformedLinesNameTheFileAndLine(String line) {
        assertThatThrownBy(() -> parse("ok\n" + line + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Signal lexicon test.txt:2: ");
    }

    @Test
    void everyShippedListLoadsAndEveryLanguageHasEveryList() {
        for (String language : List.of("en", "ru", "zh", "et", Lexicon.UNIVERSAL)) {
            assertThat(Lexicon.load(language)).as(language).isNotEmpty();
        }
        for (String language : LanguageDetector.SUPPORTED) {
            assertThat(Lexicon.load(language))
                    .extracting(Lexicon.Phrase::type)
                    .as(language)
                    .containsAll(Lexicon.FILES.keySet());
        }
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
        // the vulnerability signals (0.2) have no word lists yet
        assertThat(Lexicon.FILES).hasSize(SignalType.values().length - 6);
        assertThat(Map.copyOf(Lexicon.FILES).values()).doesNotHaveDuplicates();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
