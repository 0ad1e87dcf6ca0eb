package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-thread cache of words' terms and the tokeniser's run of unspaced characters give the
 * same answers as the plain code: a word's terms computed against read from the cache (cold, warm,
 * and after many other words have evicted each other from its slots), and whole analyses on a
 * thread whose caches are empty against a thread that has analysed other texts before.
 */
class WordTermCacheTest {

    /** Word pieces of the four languages, with inflections, masks, apostrophes and numbers. */
    private static final String[] PIECES = {
        "cancel",
        "cancelled",
        "cancelling",
        "lawyer",
        "lawyers",
        "hospital",
        "called",
        "times",
        "don't",
        "f*ck",
        "f&$king",
        "3rd",
        "uuuu",
        "уйду",
        "уйти",
        "закрою",
        "счёт",
        "звонила",
        "больнице",
        "идиоты",
        "lõpetan",
        "lepingu",
        "helistasin",
        "haiglas",
        "täisidioot",
        "mehhaaniline",
        "vigastus",
        "ostan",
        "mujalt",
        "投诉",
        "打了",
        "电话",
        "住院",
        "骗子",
        "refund",
        "now",
        "never",
        "again",
        "my",
        "the",
        "ja",
        "ei",
        "я",
        "не"
    };

    private static final String LETTERS = "abcdeilmnorstuwõäöüаеилнорстуя";

    @Test
    void aWordsTermsFromTheCacheAreTheComputedOnes() {
        SplittableRandom random = new SplittableRandom(13L);
        List<String> words = new ArrayList<>(List.of(PIECES));
        for (int i = 0; i < 12_000; i++) {
            // more words than the cache holds, so slots are shared and words are evicted
            StringBuilder w = new StringBuilder(PIECES[random.nextInt(PIECES.length)]);
            int extra = random.nextInt(0, 4);
            for (int k = 0; k < extra; k++) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            words.add(w.toString());
        }
        int heldWords = 0;
        for (String language : List.of("en", "ru", "et", "zh")) {
            TokenMatcher matcher =
                    new TokenMatcher(language, Lexicon.load(language).plus(Lexicon.load(Lexicon.UNIVERSAL)));
            for (int round = 0; round < 2; round++) {
                for (int from = 0; from < words.size(); from += 40) {
                    String text = String.join(" ", words.subList(from, Math.min(words.size(), from + 40)));
                    NormalizedText folded = NormalizedText.of(text);
                    Tokens tokens = Tokens.of(folded, false);
                    for (int t = 0; t < tokens.size(); t++) {
                        int[] computed = matcher.termsOfToken(folded, tokens, t, false);
                        String word = tokens.text(folded, t);
                        assertThat(matcher.termsOfToken(folded, tokens, t, true))
                                .as(language + " " + word)
                                .containsExactly(computed);
                        assertThat(matcher.termsOfToken(folded, tokens, t, true))
                                .as(language + " " + word + " again")
                                .containsExactly(computed);
                        long[] held = matcher.cachedMaskAndAction(folded, tokens, t);
                        if (held != null) {
                            assertThat(held)
                                    .as(language + " " + word + " mask and action")
                                    .containsExactly(matcher.maskAndAction(computed));
                            heldWords++;
                        }
                    }
                }
            }
        }
        // nearly every word was kept: all but those with digits or with more than three terms
        assertThat(heldWords).isGreaterThan(60_000);
    }

    @Test
    void anAnalysisIsTheSameOnAFreshThreadAndOnAThreadThatAnalysedOtherTexts() throws Exception {
        SplittableRandom random = new SplittableRandom(29L);
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(1, 40);
            for (int k = 0; k < words; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                b.append(random.nextInt(8) == 0 ? ". " : random.nextInt(10) == 0 ? "! " : " ");
            }
            String language = random.nextBoolean()
                    ? null
                    : List.of("en", "ru", "et", "zh").get(random.nextInt(4));
            texts.add(new String[] {b.toString(), language});
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // one thread analyses every text in turn (warm caches); each text is also analysed
            // alone on a new thread (cold caches)
            List<Object> warm = pool.submit(() -> {
                        List<Object> out = new ArrayList<>();
                        for (String[] t : texts) {
                            out.add(Analyses.ANALYZER.analyse(t[0], t[1]));
                        }
                        return out;
                    })
                    .get();
            for (int i = 0; i < texts.size(); i += 7) {
                String[] t = texts.get(i);
                ExecutorService fresh = Executors.newSingleThreadExecutor();
                try {
                    Future<Object> cold = fresh.submit(() -> Analyses.ANALYZER.analyse(t[0], t[1]));
                    assertThat(cold.get()).as(t[0]).isEqualTo(warm.get(i));
                } finally {
                    fresh.shutdown();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eachUnspacedCharacterIsATokenInItsSentence() {
        NormalizedText folded = NormalizedText.of("我打了3次电话。还是没人 refund 骗子！！走");
        Tokens tokens = Tokens.of(folded, false);
        List<String> seen = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            seen.add(tokens.text(folded, t) + "/" + tokens.kind(t) + "/" + tokens.sentence(t));
        }
        String n = String.valueOf(NormalizedText.NUMBER); // digits fold to one symbol, and NFKC folds ！ to !
        assertThat(seen)
                .containsExactly(
                        "我/2/0",
                        "打/2/0",
                        "了/2/0",
                        n + "/1/0",
                        "次/2/0",
                        "电/2/0",
                        "话/2/0",
                        "。/3/0",
                        "还/2/1",
                        "是/2/1",
                        "没/2/1",
                        "人/2/1",
                        "refund/0/1",
                        "骗/2/1",
                        "子/2/1",
                        "!/3/1",
                        "!/3/2",
                        "走/2/3");
    }

    @Test
    void theTermsArrayGrowsOnceForTheThreadNotOnEveryText() throws Exception {
        // a long word needs more room for its terms than a short text's array leaves
        String text = "Your service is " + "s".repeat(300) + "o bad.";
        ExecutorService fresh = Executors.newSingleThreadExecutor();
        try {
            Future<int[][]> arrays = fresh.submit(() -> {
                Analyses.analyse(text, "en");
                int[] first = Workspace.forText(text.length()).terms;
                Analyses.analyse(text, "en");
                return new int[][] {first, Workspace.forText(text.length()).terms};
            });
            int[][] twice = arrays.get();
            assertThat(twice[0].length).isGreaterThan(text.length() + text.length() / 2);
            assertThat(twice[1]).isSameAs(twice[0]);
        } finally {
            fresh.shutdown();
        }
    }
}
