package org.complaintrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
    @Test
    void readsCountryAndSubdivisionAndWritesThemBack() {
        for (String code : List.of("GB", "GB-SCT", "EE", "AU-NSW", "US-NY", "IE", "FR-75C", "ES-M")) {
            Jurisdiction j = Jurisdiction.of(code);
            assertThat(j.toString()).isEqualTo(code);
            assertThat(j.country()).isEqualTo(code.substring(0, 2));
        }
        assertThat(Jurisdiction.of("GB-SCT").subdivision()).isEqualTo("SCT");
        assertThat(Jurisdiction.of("GB").subdivision()).isNull();
        assertThat(Jurisdiction.of("AU-NSW")).isEqualTo(new Jurisdiction("AU", "NSW"));
    }

    @Test
    void rejectsMalformedOrUnknownCodesQuotingTheValue() {
        for (String bad : List.of("", "gb", "GBR", "XX", "ZZ-ABC", "GB-", "GB-SCOT", "GB SCT", "GB-sct", "UK")) {
            assertThatThrownBy(() -> Jurisdiction.of(bad)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("jurisdiction");
                assertThat(e.detail())
                        .isEqualTo("must be an ISO 3166-1 alpha-2 country code, optionally with an ISO"
                                + " 3166-2 subdivision, such as \"GB\" or \"GB-SCT\", was \"" + bad + "\"");
            });
        }
        assertThatThrownBy(() -> Jurisdiction.of(null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("jurisdiction"));
    }

    @Test
    void theConstructorNamesTheComponentAtFault() {
        assertThatThrownBy(() -> new Jurisdiction("XX", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("country");
                    assertThat(e.detail()).endsWith("was \"XX\"");
                });
        assertThatThrownBy(() -> new Jurisdiction("GB", "scot"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("subdivision");
                    assertThat(e.detail()).endsWith("was \"scot\"");
                });
    }
}
