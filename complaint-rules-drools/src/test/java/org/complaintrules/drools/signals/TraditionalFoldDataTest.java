package org.complaintrules.drools.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Traditional→Simplified pairs that {@link NormalizedText} folds with ({@value
 * NormalizedText#TRADITIONAL_PAIRS}) are ICU's, derived again here from ICU4J's {@code Hant-Hans}
 * transliterator (ICU4J is on the test class path; the library reads only the resource, so that
 * it never loads ICU's transliteration data at run time).
 *
 * <p>A pair is kept when the character is a BMP character that NFKC leaves alone, ICU maps it to
 * a single BMP character different from it, and ICU leaves that one alone (so that folding twice
 * is folding once: ICU swaps {@code 苎} and {@code 苧}, so neither is folded, nor {@code 薴}).
 *
 * <p>To regenerate the resource after an ICU4J upgrade, run this test with {@code
 * -Dcomplaintrules.regenerateTraditionalPairs=true} from the module's folder, e.g. {@code
 * ./mvnw -o test -pl complaint-rules-drools -Dtest=TraditionalFoldDataTest
 * -Dcomplaintrules.regenerateTraditionalPairs=true}: it rewrites {@code src/main/resources}'s copy
 * (then rebuild so that the copy in the classes folder is the new one).
 */
class TraditionalFoldDataTest {

    private static final String SOURCE = "src/main/resources" + NormalizedText.TRADITIONAL_PAIRS;
    private static final int PAIRS_PER_LINE = 32;

    /** @return ICU's pairs, Traditional first, in code point order */
    static Map<Character, Character> icuPairs() {
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        Map<Character, Character> mapped = new LinkedHashMap<>();
        for (char c = 0; c < 0xFFFF; c++) {
            String s = String.valueOf(c);
            if (Character.isSurrogate(c)
                    || !Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
                continue;
            }
            String t = toSimplified.transliterate(s);
            if (t.length() == 1 && !Character.isSurrogate(t.charAt(0)) && t.charAt(0) != c) {
                mapped.put(c, t.charAt(0));
            }
        }
        Map<Character, Character> pairs = new LinkedHashMap<>();
        mapped.forEach((traditional, simplified) -> {
            if (!mapped.containsKey(simplified)) {
                pairs.put(traditional, simplified);
            }
        });
        return pairs;
    }

    /** @return the resource's text as ICU's pairs make it */
    static String expectedResource() {
        StringBuilder out = new StringBuilder();
        out.append("# Traditional Chinese characters and their Simplified forms, in pairs: the fold of\n")
                .append("# NormalizedText. Derived from ICU4J ")
                .append(VersionInfo.ICU_VERSION)
                .append("'s Hant-Hans transliterator (ICU data, Copyright Unicode, Inc.,\n")
                .append("# Unicode License v3). Made by TraditionalFoldDataTest: do not edit by hand.\n");
        int n = 0;
        for (Map.Entry<Character, Character> pair : icuPairs().entrySet()) {
            out.append(pair.getKey().charValue()).append(pair.getValue().charValue());
            if (++n % PAIRS_PER_LINE == 0) {
                out.append('\n');
            }
        }
        if (n % PAIRS_PER_LINE != 0) {
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void theResourceHoldsIcusPairs() throws IOException {
        String expected = expectedResource();
        if (Boolean.getBoolean("complaintrules.regenerateTraditionalPairs")) {
            Files.writeString(Path.of(SOURCE), expected, StandardCharsets.UTF_8);
            assertThat(Files.readString(Path.of(SOURCE), StandardCharsets.UTF_8))
                    .isEqualTo(expected);
            return;
        }
        String actual;
        try (InputStream in = NormalizedText.class.getResourceAsStream(NormalizedText.TRADITIONAL_PAIRS)) {
            assertThat(in).as(NormalizedText.TRADITIONAL_PAIRS).isNotNull();
            actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as(
                        "%s differs from ICU4J %s's pairs: regenerate it (see this class's javadoc)",
                        NormalizedText.TRADITIONAL_PAIRS, VersionInfo.ICU_VERSION)
                .isEqualTo(expected);
    }

    @Test
    void theFoldUsesEveryPairAndOnlyThose() {
        char[] simplified = NormalizedText.readPairs(NormalizedText.TRADITIONAL_PAIRS);
        Map<Character, Character> pairs = icuPairs();
        assertThat(pairs).hasSizeGreaterThan(2500);
        for (char c = 0x3400; c < 0xFFFF; c++) {
            Character expected = pairs.get(c);
            if (expected != null) {
                assertThat(NormalizedText.foldOf(c)).as("U+%04X", (int) c).isEqualTo(String.valueOf(expected));
            } else if (Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)
                    .equals(String.valueOf(c))) {
                assertThat(simplified[c]).as("U+%04X", (int) c).isEqualTo('\0');
            }
        }
    }
}
