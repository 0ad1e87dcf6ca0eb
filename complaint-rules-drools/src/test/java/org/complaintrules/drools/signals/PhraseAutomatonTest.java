package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

    private static List<String> scan(List<String> keys, String text) {
        PhraseAutomaton automaton =
                PhraseAutomaton.build(keys.stream().map(String::toCharArray).toList());
        List<String> found = new ArrayList<>();
        automaton.scan(
                text.toCharArray(),
                text.length(),
                (key, end) ->
                        found.add(keys.get(key) + "@" + (end - keys.get(key).length())));
        return found;
    }

    private static List<String> bruteForce(List<String> keys, String text) {
        List<String> found = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (String key : keys) {
                if (end >= key.length() && text.startsWith(key, end - key.length())) {
                    found.add(key + "@" + (end - key.length()));
                }
            }
        }
        return found;
    }

    @Test
    void findsOverlappingAndNestedKeys() {
        List<String> keys = List.of("he", "she", "his", "hers");

        assertThat(scan(keys, "ushers")).containsExactlyInAnyOrder("she@1", "he@2", "hers@2");
    }

    @Test
    void followsFailureLinksAcrossPartialMatches() {
        assertThat(scan(List.of("abcd", "bce", "c"), "abce")).containsExactlyInAnyOrder("c@2", "bce@1");
    }

    @Test
    void agreesWithBruteForceOnRandomTexts() {
        long seed = 20250301L;
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                String key = randomString(random, 1 + random.nextInt(5));
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            String text = randomString(random, random.nextInt(60));

            assertThat(scan(keys, text))
                    .as("seed %d round %d keys %s text %s", seed, round, keys, text)
                    .containsExactlyInAnyOrderElementsOf(bruteForce(keys, text));
        }
    }

    private static String randomString(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("abcд起".charAt(random.nextInt(5)));
        }
        return s.toString();
    }
}
