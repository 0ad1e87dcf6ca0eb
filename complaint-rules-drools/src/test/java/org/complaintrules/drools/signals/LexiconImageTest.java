package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in word lists compiled at build time: an image holds every field of the matcher it was
 * made from, the build leaves one per language that fits the lists beside it, and an image of other
 * lists, of another format or broken is not used.
 */
class LexiconImageTest {

    /** @return the fields that differ between two matchers (the per-thread caches and the stemmer's program aside) */
    private static List<String> differences(TokenMatcher a, TokenMatcher b) throws IllegalAccessException {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Field f : TokenMatcher.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == ThreadLocal.class) {
                continue;
            }
            f.setAccessible(true);
            Object x = f.get(a);
            Object y = f.get(b);
            boolean same = f.getType() == Stemmer.class
                    ? Objects.equals(
                            x == null ? null : ((Stemmer) x).language(), y == null ? null : ((Stemmer) y).language())
                    : Objects.deepEquals(x, y);
            if (!same) {
                differ.add(f.getName());
            }
            compared++;
        }
        assertThat(compared).as("fields compared").isGreaterThan(50);
        return differ;
    }

    @Test
    void everyBuiltInMatcherSurvivesItsImageFieldForField() throws Exception {
        for (String language : LexiconImage.languages()) {
            TokenMatcher compiled = DefaultSignalAnalyzer.compile(language);
            byte[] image = LexiconImage.write(compiled);
            TokenMatcher read = LexiconImage.read(language, image, LexiconImage.digest(language));

            assertThat(read).as(language).isNotNull();
            assertThat(differences(compiled, read)).as(language).isEmpty();
            assertThat(read.size()).as(language).isEqualTo(compiled.size()).isPositive();
        }
    }

    /**
     * @return per length (up to the shared length), how many distinct all-zero arrays the matcher's
     *     arrays of arrays hold; index 0 counts the empty ones, and the last slot the empty arrays
     *     of arrays
     */
    private static int[] distinctZeroArrays(TokenMatcher m) throws IllegalAccessException {
        int shared = TokenMatcher.SHARED_ZEROS;
        List<Set<Object>> byLength = new ArrayList<>();
        for (int n = 0; n <= shared + 1; n++) {
            byLength.add(Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        List<int[][]> arrays = new ArrayList<>();
        for (Field f : TokenMatcher.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(m);
            if (v instanceof int[][][]) {
                for (int[][] a : (int[][][]) v) {
                    if (a.length == 0) {
                        byLength.get(shared + 1).add(a);
                    }
                    arrays.add(a);
                }
            } else if (v instanceof int[][]) {
                arrays.add((int[][]) v);
            }
        }
        for (int[][] a : arrays) {
            for (int[] x : a) {
                if (x.length <= shared && Arrays.stream(x).allMatch(i -> i == 0)) {
                    byLength.get(x.length).add(x);
                }
            }
        }
        return byLength.stream().mapToInt(Set::size).toArray();
    }

    /** Each language's matcher read from its image and compiled from its lists, made once for the tests that look at both. */
    private static Map<String, TokenMatcher> readAndCompiled;

    /** @return "en read", "en compiled", ... and their matchers */
    private static synchronized Map<String, TokenMatcher> readAndCompiled() {
        if (readAndCompiled == null) {
            Map<String, TokenMatcher> both = new LinkedHashMap<>();
            for (String language : LexiconImage.languages()) {
                both.put(language + " read", LexiconImage.read(language));
                both.put(language + " compiled", DefaultSignalAnalyzer.compile(language));
            }
            readAndCompiled = both;
        }
        return readAndCompiled;
    }

    @Test
    void emptyAndAllZeroArraysAreSharedWhetherReadOrCompiled() throws Exception {
        for (Map.Entry<String, TokenMatcher> m : readAndCompiled().entrySet()) {
            String as = m.getKey();
            int[] distinct = distinctZeroArrays(m.getValue());
            // English has tens of thousands of entries without contexts and trie nodes without
            // waiting entries: one empty array serves them all, not one each
            assertThat(distinct[0]).as(as + ": the empty arrays").isEqualTo(1);
            assertThat(distinct[distinct.length - 1])
                    .as(as + ": the empty arrays of arrays")
                    .isLessThanOrEqualTo(1);
            if (as.endsWith(" read")) {
                // and what the image holds, the gaps of entries without any included, once per length
                assertThat(Arrays.stream(distinct).max().orElseThrow())
                        .as(as + ": " + Arrays.toString(distinct))
                        .isEqualTo(1);
            }
        }
    }

    /**
     * The entries a line of alternatives expands to have the same gaps and contexts: one array of each
     * content serves them all, read or compiled (the Chinese lists made some 85,000 such copies).
     */
    @Test
    void equalGapsAndContextsOfEntriesAreSharedWhetherReadOrCompiled() throws Exception {
        for (Map.Entry<String, TokenMatcher> m : readAndCompiled().entrySet()) {
            for (String field : List.of("entryGaps", "entryUnless", "entryNeeds")) {
                Field f = TokenMatcher.class.getDeclaredField(field);
                f.setAccessible(true);
                Object[] perEntry = (Object[]) f.get(m.getValue());
                Set<Object> instances = Collections.newSetFromMap(new IdentityHashMap<>());
                Set<String> contents = new HashSet<>();
                for (Object a : perEntry) {
                    instances.add(a);
                    contents.add(Arrays.deepToString(new Object[] {a}));
                }
                assertThat(instances).as(m.getKey() + " " + field).hasSameSizeAs(contents);
            }
        }
    }

    @Test
    void theBuildLeavesAnImageOfEachLanguageThatFitsItsLists() throws Exception {
        for (String language : LexiconImage.languages()) {
            TokenMatcher fromBuild = LexiconImage.read(language);
            assertThat(fromBuild)
                    .as(language + ": " + LexiconImage.resource(language))
                    .isNotNull();
            assertThat(differences(DefaultSignalAnalyzer.compile(language), fromBuild))
                    .as(language)
                    .isEmpty();
        }
    }

    @Test
    void anImageOfOtherListsOfAnotherFormatOrBrokenIsNotUsed() {
        String language = "ru";
        byte[] image = LexiconImage.write(DefaultSignalAnalyzer.compile(language));
        byte[] digest = LexiconImage.digest(language);
        assertThat(LexiconImage.read(language, image, digest)).isNotNull();

        // the lists changed since the image was made
        byte[] otherLists = digest.clone();
        otherLists[0] ^= 1;
        assertThat(LexiconImage.read(language, image, otherLists)).isNull();
        // made for another language's stemmer
        assertThat(LexiconImage.read("et", image, digest)).isNull();
        // another format
        byte[] otherFormat = image.clone();
        ByteBuffer.wrap(otherFormat).putInt(8, LexiconImage.FORMAT + 1);
        assertThat(LexiconImage.read(language, otherFormat, digest)).isNull();
        // cut short anywhere, or with bytes after the matcher
        for (int length : new int[] {0, 3, 10, image.length / 3, image.length / 2, image.length - 1}) {
            assertThat(LexiconImage.read(language, Arrays.copyOf(image, length), digest))
                    .as("cut at " + length)
                    .isNull();
        }
        assertThat(LexiconImage.read(language, Arrays.copyOf(image, image.length + 1), digest))
                .isNull();
        // an array length that runs past the end
        byte[] huge = image.clone();
        ByteBuffer.wrap(huge).putInt(12 + 4 + digest.length, Integer.MAX_VALUE);
        assertThat(LexiconImage.read(language, huge, digest)).isNull();
    }
}
