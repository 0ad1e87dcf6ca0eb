package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The matcher's and the workspace's speed-ups give the same answers as the plain code they stand
 * in for, on generated texts: entries that wait at one trie node for their next word after a gap
 * are resolved by one scan of the gap (against one scan per entry), any-order entries are passed
 * over when the term masks of their window lack one of their words (against a search for every
 * entry), and folding, tokens and matching in a reused per-thread workspace (against fresh arrays
 * for every text).
 */
class MatcherFastPathTest {

    /** Entries whose alternatives leave several entries pending at one node, each after a gap. */
    private static final String ENGLISH_ENTRIES = String.join(
            "\n",
            "{i|we|my mother|my son} ...4 {was in hospital|had surgery|am ill|broke a leg|lost my job}",
            "{called|phoned|rang} {you|them|} ...2 {five|many|several} times",
            "{never|not} ...3 {again|back|here}",
            "{cancel|close} ...1 {my|the} ...2 {account|card|contract}",
            "refund ...5 now");

    private static final String CHINESE_ENTRIES = String.join(
            "\n", "{我|我们|妈妈|孩子} ...4 {住院|生病|手术|摔伤}", "{打了|联系了|催了} ...2 {好几次|多次|三次}", "{不会|不再} ...3 {买|来|用}");

    private static final String[] ENGLISH_WORDS = {
        "i",
        "we",
        "my",
        "mother",
        "son",
        "was",
        "in",
        "hospital",
        "had",
        "surgery",
        "am",
        "ill",
        "broke",
        "a",
        "leg",
        "lost",
        "job",
        "called",
        "phoned",
        "rang",
        "you",
        "them",
        "five",
        "many",
        "several",
        "times",
        "never",
        "not",
        "again",
        "back",
        "here",
        "cancel",
        "close",
        "the",
        "account",
        "card",
        "contract",
        "refund",
        "now",
        "and",
        "then",
        "waited",
        "parcel",
        "."
    };

    private static final String[] CHINESE_PIECES = {
        "我", "我们", "妈妈", "孩子", "住院", "生病", "手术", "摔伤", "打了", "联系了", "催了", "好几次", "多次", "三次", "不会", "不再", "买", "来", "用",
        "快递", "一直", "没有", "到", "，", "。", "！", "12"
    };

    private static String words(SplittableRandom random, String[] vocabulary, String separator) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(1, 80);
        for (int w = 0; w < count; w++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            text.append(random.nextInt(15) == 0 ? "\n" : separator);
        }
        return text.toString();
    }

    private static void assertSameCandidates(TokenMatcher matcher, String text) {
        NormalizedText folded = NormalizedText.of(text);
        Tokens tokens = Tokens.of(folded, false);
        assertThat(matcher.candidateList(folded, tokens, true))
                .as(text)
                .containsExactly(matcher.candidateList(folded, tokens, false));
    }

    @Test
    void pendingEntriesScannedTogetherMatchAsEachScannedOnItsOwn() {
        TokenMatcher english = new TokenMatcher("en", Lexicon.parse("health", "test/en/health.txt", ENGLISH_ENTRIES));
        TokenMatcher chinese = new TokenMatcher("zh", Lexicon.parse("health", "test/zh/health.txt", CHINESE_ENTRIES));
        SplittableRandom random = new SplittableRandom(20261126L);
        int englishMatches = 0;
        int chineseMatches = 0;
        for (int i = 0; i < 5_000; i++) {
            String en = words(random, ENGLISH_WORDS, " ");
            assertSameCandidates(english, en);
            NormalizedText enFolded = NormalizedText.of(en);
            englishMatches += english.candidateList(enFolded, Tokens.of(enFolded, false), true).length / 3;
            String zh = words(random, CHINESE_PIECES, "");
            assertSameCandidates(chinese, zh);
            NormalizedText zhFolded = NormalizedText.of(zh);
            chineseMatches += chinese.candidateList(zhFolded, Tokens.of(zhFolded, false), true).length / 3;
        }
        // the texts do hit the entries, so the comparison is not between two empty lists
        assertThat(englishMatches).isGreaterThan(1_000);
        assertThat(chineseMatches).isGreaterThan(1_000);
    }

    @Test
    void moreThan64EntriesPendingAtOneNodeAreScannedTogetherInGroupsAndMatchTheSame() {
        // 15 x 10 = 150 entries wait at the node of "we" (and of "i") for their next word: three groups of 64
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        List<String> vocabulary = new ArrayList<>(List.of("we", "i", "the", ".", "and"));
        for (int k = 0; k < 15; k++) {
            first.append(k == 0 ? "" : "|").append("wa").append((char) ('a' + k));
            vocabulary.add("wa" + (char) ('a' + k));
        }
        for (int k = 0; k < 10; k++) {
            second.append(k == 0 ? "" : "|").append("xo").append((char) ('a' + k));
            vocabulary.add("xo" + (char) ('a' + k));
        }
        String entries =
                "{we|i} ...3 {" + first + "} ...2 {" + second + "}\n{we|i} ...1 {" + second + "} ...2 {" + first + "}";
        TokenMatcher matcher = new TokenMatcher("en", Lexicon.parse("health", "test/en/health.txt", entries));
        assertSameCandidatesOnRandomTexts(matcher, vocabulary, 20261127L);
    }

    @Test
    void anyOrderEntriesPassedOverByTheirWindowsMasksMatchAsEachSearched() {
        // any-order entries of two and three words, windows of 2 to 8, a word twice, and more
        // than 64 terms so that masks share bits
        StringBuilder entries = new StringBuilder(String.join(
                "\n",
                "refund now | any-order",
                "cancel account today | any-order window=3",
                "manager manager | any-order window=4",
                "never again parcel | any-order window=8",
                "我 住院 | any-order window=2"));
        List<String> vocabulary =
                new ArrayList<>(List.of("refund", "now", "cancel", "account", "today", "manager", "never", "again"));
        vocabulary.addAll(List.of("parcel", "the", "and", ".", "我", "住院", "，"));
        for (int k = 0; k < 70; k++) {
            String a = "qa" + (char) ('a' + k % 26) + (char) ('a' + k / 26);
            String b = "zo" + (char) ('a' + k % 26) + (char) ('a' + k / 26);
            entries.append("\n")
                    .append(a)
                    .append(' ')
                    .append(b)
                    .append(" | any-order window=")
                    .append(2 + k % 5);
            vocabulary.add(a);
            vocabulary.add(b);
        }
        TokenMatcher matcher =
                new TokenMatcher("en", Lexicon.parse("health", "test/en/health.txt", entries.toString()));
        assertSameCandidatesOnRandomTexts(matcher, vocabulary, 20261128L);
    }

    /**
     * 3,000 random texts of the vocabulary: the fast paths find the same candidates as the plain
     * reference, and more than 1,000 in all (the texts do exercise the entries).
     */
    private static void assertSameCandidatesOnRandomTexts(TokenMatcher matcher, List<String> vocabulary, long seed) {
        String[] words = vocabulary.toArray(String[]::new);
        SplittableRandom random = new SplittableRandom(seed);
        int matches = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = words(random, words, " ");
            assertSameCandidates(matcher, text);
            NormalizedText folded = NormalizedText.of(text);
            matches += matcher.candidateList(folded, Tokens.of(folded, false), true).length / 3;
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    @Test
    void theBuiltInListsFindTheSameCandidatesEitherWay() {
        Lexicon.Content universal = Lexicon.load(Lexicon.UNIVERSAL);
        SplittableRandom random = new SplittableRandom(7L);
        for (String language : LanguageDetector.SUPPORTED) {
            TokenMatcher matcher =
                    new TokenMatcher(language, Lexicon.load(language).plus(universal));
            String[] vocabulary = "zh".equals(language) ? CHINESE_PIECES : ENGLISH_WORDS;
            for (int i = 0; i < 1_000; i++) {
                assertSameCandidates(matcher, words(random, vocabulary, "zh".equals(language) ? "" : " "));
            }
        }
    }

    @Test
    void aReusedWorkspaceGivesWhatFreshArraysGive() {
        SplittableRandom random = new SplittableRandom(13L);
        Workspace workspace = Workspace.forText(100);
        TokenMatcher matcher = new TokenMatcher("en", Lexicon.parse("health", "test/en/health.txt", ENGLISH_ENTRIES));
        for (int i = 0; i < 3_000; i++) {
            // long and short texts in turn, so that a short one lands in arrays a long one filled
            String longer = words(random, ENGLISH_WORDS, " ") + words(random, CHINESE_PIECES, "");
            String text = i % 2 == 0 ? longer : longer.substring(0, Math.min(longer.length(), 1 + random.nextInt(5)));
            NormalizedText fresh = NormalizedText.of(text);
            Tokens freshTokens = Tokens.of(fresh, false);
            TokenMatcher.Result freshResult = matcher.find(fresh, freshTokens, null);

            NormalizedText reused = NormalizedText.of(text, workspace);
            Tokens reusedTokens = Tokens.of(reused, false, workspace);

            assertThat(reused.toString()).as(text).isEqualTo(fresh.toString());
            assertThat(reused.unspacedCount()).as(text).isEqualTo(fresh.unspacedCount());
            for (int k = 0; k < fresh.length(); k++) {
                assertThat(List.of(reused.from(k), reused.to(k)))
                        .as(text)
                        .isEqualTo(List.of(fresh.from(k), fresh.to(k)));
            }
            assertThat(reusedTokens.size()).as(text).isEqualTo(freshTokens.size());
            for (int t = 0; t < freshTokens.size(); t++) {
                assertThat(List.of(
                                reusedTokens.start(t),
                                reusedTokens.end(t),
                                reusedTokens.kind(t),
                                reusedTokens.sentence(t),
                                reusedTokens.masked(t)))
                        .as(text)
                        .isEqualTo(List.of(
                                freshTokens.start(t),
                                freshTokens.end(t),
                                freshTokens.kind(t),
                                freshTokens.sentence(t),
                                freshTokens.masked(t)));
            }
            assertThat(matcher.find(reused, reusedTokens, null, workspace))
                    .as(text)
                    .isEqualTo(freshResult);
        }
    }
}
