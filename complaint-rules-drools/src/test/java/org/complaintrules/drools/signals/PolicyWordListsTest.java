package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.model.Signal;
import org.junit.jupiter.api.Test;

/**
 * A policy's own word lists on top of the built-in ones, whose languages are compiled on first
 * use: the policy's lists are compiled (and checked) at once, for the languages they extend.
 */
class PolicyWordListsTest {

    private static final DefaultSignalAnalyzer BUILT_IN = DefaultSignalAnalyzer.create();

    private static boolean has(DefaultSignalAnalyzer analyzer, String text, String language, SignalType type) {
        return analyzer.analyse(text, language).signals().stream()
                .map(Signal::type)
                .anyMatch(type::equals);
    }

    @Test
    void preparedListsFromTwoThreadsAnswerAsListsBuiltOnFirstUse() throws Exception {
        DefaultSignalAnalyzer policy =
                BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/ru/legal.txt", "гербовая печать\n"));
        Thread other = new Thread(BUILT_IN::prepare);
        other.start();
        assertThat(BUILT_IN.prepare()).isSameAs(BUILT_IN);
        other.join();
        // the policy's analyzer shares the built-in lists it does not extend, prepared or not
        assertThat(has(policy, "I will call my lawyer", "en", SignalType.LEGAL_THREAT))
                .isTrue();
        assertThat(has(policy, "Поставлю гербовая печать на это", "ru", SignalType.LEGAL_THREAT))
                .isTrue();
        assertThat(has(BUILT_IN, "我要去消协投诉你们", "zh", SignalType.REGULATOR_MENTION))
                .isTrue();
        assertThat(policy.prepare()).isSameAs(policy);
    }

    @Test
    void aListForOneLanguageChangesThatLanguageOnly() {
        DefaultSignalAnalyzer policy =
                BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/ru/legal.txt", "гербовая печать\n"));

        assertThat(has(policy, "Поставлю гербовая печать на это", "ru", SignalType.LEGAL_THREAT))
                .isTrue();
        assertThat(has(BUILT_IN, "Поставлю гербовая печать на это", "ru", SignalType.LEGAL_THREAT))
                .isFalse();
        // another language keeps the built-in lists: same answers as without the policy
        String english = "I will call my lawyer about the broken kettle, I was burned by it";
        assertThat(policy.analyse(english, "en")).isEqualTo(BUILT_IN.analyse(english, "en"));
    }

    @Test
    void aUniversalListReachesEveryLanguageAndALanguageWithoutListsOfItsOwn() {
        DefaultSignalAnalyzer policy =
                BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/universal/public.txt", "zorbex\n"));

        for (String language : new String[] {"en", "ru", "zh", "et", "de"}) {
            assertThat(has(policy, "zorbex", language, SignalType.PUBLIC_EXPOSURE_THREAT))
                    .as(language)
                    .isTrue();
            assertThat(has(BUILT_IN, "zorbex", language, SignalType.PUBLIC_EXPOSURE_THREAT))
                    .as(language)
                    .isFalse();
        }
    }

    @Test
    void aNewLanguagesListIsUsedForTextsInIt() {
        DefaultSignalAnalyzer policy = BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/de/legal.txt", "=anwalt\n"));

        assertThat(has(policy, "Ich gehe zum Anwalt", "de", SignalType.LEGAL_THREAT))
                .isTrue();
        assertThat(has(BUILT_IN, "Ich gehe zum Anwalt", "de", SignalType.LEGAL_THREAT))
                .isFalse();
    }

    @Test
    void aBadUniversalEntryFailsThePolicyNotTheFirstText() {
        assertThatThrownBy(() -> BUILT_IN.withPolicy(
                        Map.of(), Map.of("lexicon/universal/churn.txt", "# fine\nstay | needs=no-such-context\n")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/universal/churn.txt:2: no context is called \"no-such-context\"");
    }

    @Test
    void aBadEntryOfALanguageWhoseBuiltInListsAreNotYetCompiledFailsThePolicy() {
        assertThatThrownBy(() -> DefaultSignalAnalyzer.create()
                        .withPolicy(Map.of(), Map.of("lexicon/et/churn.txt", "lahkun | unless=nobody\n")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/et/churn.txt:1: no context is called \"nobody\"");
    }

    @Test
    void aFolderThatNamesNoLanguageFailsThePolicyInsteadOfBeingNeverRead() {
        assertThatThrownBy(() -> BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/xq/legal.txt", "=advokat\n")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/xq/legal.txt:0: lexicon/xq/ names no language")
                .hasMessageContaining("not an ISO 639-1 code");
        assertThatThrownBy(() -> BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/eng/legal.txt", "=barrister\n")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("lexicon/eng/legal.txt:0:")
                .hasMessageContaining("the lists belong in lexicon/en/");
        // a three-letter code without a two-letter one (Cantonese) is a language a tag may name
        DefaultSignalAnalyzer cantonese = BUILT_IN.withPolicy(Map.of(), Map.of("lexicon/yue/legal.txt", "=律師信\n"));
        assertThat(has(cantonese, "我會寄律師信", "yue", SignalType.LEGAL_THREAT)).isTrue();
    }
}
