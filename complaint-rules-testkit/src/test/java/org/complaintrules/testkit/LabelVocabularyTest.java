package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The vocabulary {@link GeneratedCase#has} checks against is exactly what the generator produces. */
class LabelVocabularyTest {
    private static final List<GeneratedCase> CASES =
            CaseGenerator.builder().seed(11).build().stream(4_000).toList();

    @Test
    void everyLabelTheGeneratorProducesIsKnown() {
        Set<String> produced = new TreeSet<>();
        CASES.forEach(c -> produced.addAll(c.labels()));
        assertThat(produced)
                .as("the keys of the legal clock are among those produced")
                .anyMatch(l -> l.startsWith("country="))
                .anyMatch(l -> l.startsWith("service="))
                .anyMatch(l -> l.startsWith("jurisdiction="))
                .anyMatch(l -> l.startsWith("zone="))
                .anyMatch(l -> l.startsWith("incident="))
                .anyMatch(l -> l.startsWith("near="));
        GeneratedCase bare =
                GeneratedCase.of(CASES.get(0).complaintCase(), CASES.get(0).profile());
        for (String label : produced) {
            assertThat(bare.has(label)).as(label).isFalse();
            for (GeneratedCase c : CASES.subList(0, 50)) {
                assertThat(c.has(label)).as(label).isEqualTo(c.labels().contains(label));
            }
        }
    }

    @Test
    void theCountriesOfTheGeneratorAreKnownAndNoOtherIs() {
        Set<String> countries = new TreeSet<>();
        CASES.forEach(
                c -> c.labels().stream().filter(l -> l.startsWith("country=")).forEach(countries::add));
        assertThat(countries).contains("country=GB", "country=US", "country=AU", "country=NL", "country=KP");
        GeneratedCase withCountry = CASES.stream()
                .filter(c -> c.labels().stream().anyMatch(l -> l.startsWith("country=")))
                .findFirst()
                .orElseThrow();
        for (String country : countries) {
            assertThat(withCountry.has(country))
                    .as(country)
                    .isEqualTo(withCountry.labels().contains(country));
        }
        assertThatThrownBy(() -> withCountry.has("country=JP"))
                .as("a real country the generator never produces")
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("country=GB");
    }

    @Test
    void aTypoInAValueOfAnyKeyIsAnErrorNamingTheKnownValues() {
        GeneratedCase withCountry = CASES.stream()
                .filter(c -> c.labels().stream().anyMatch(l -> l.startsWith("country=")))
                .findFirst()
                .orElseThrow();
        Map<String, String> typos = Map.of(
                "jurisdiction=givn", "jurisdiction=given",
                "service=CREDIT_HARDSHP", "service=CREDIT_HARDSHIP",
                "zone=givn", "zone=given",
                "incident=recnt", "incident=recent",
                "near=nonee", "near=none",
                "country=NLD", "country=NL");
        typos.forEach((typo, known) -> assertThatThrownBy(() -> withCountry.has(typo))
                .as(typo)
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("unknown label \"" + typo + "\"")
                .hasMessageContaining(known));
    }

    @Test
    void anUnknownKeyNamesEveryKeyTheGeneratorProduces() {
        assertThatThrownBy(() -> CASES.get(0).has("contry=GB"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("country")
                .hasMessageContaining("service")
                .hasMessageContaining("jurisdiction")
                .hasMessageContaining("zone")
                .hasMessageContaining("incident")
                .hasMessageContaining("near");
    }

    @Test
    void aPropertyOverALabelOfTheLegalClockRuns() {
        PropertyResult r = PropertyCheck.run(
                "GB cases",
                CaseGenerator.builder().seed(7).build(),
                1_000,
                7,
                CaseProperty.given("jurisdiction GB", c -> c.has("country=GB"), CaseProperty.that("holds", c -> true)));
        assertThat(r.passed()).isTrue();
    }
}
