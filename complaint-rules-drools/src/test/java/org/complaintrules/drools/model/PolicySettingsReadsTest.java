package org.complaintrules.drools.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;
import org.junit.jupiter.api.Test;

/** Rules read the same keys on every case: values are parsed once, and a bad value fails every read. */
class PolicySettingsReadsTest {
    private final PolicySettings settings = new PolicySettings(
            Map.of(
                    "currency", "EUR",
                    "type.precedence", "AGGRESSIVE,MODERATE",
                    "cap.standard", " 150 ",
                    "factor", "1.5",
                    "count", "7",
                    "deadline", "3d",
                    "broken", "12x"),
            RegulatoryProfile.values()[0]);

    @Test
    void everyReadGivesTheSameValueAsTheFirst() {
        for (int i = 0; i < 3; i++) {
            assertThat(settings.money("cap.standard")).isEqualTo(Money.of("150.00", "EUR"));
            assertThat(settings.number("factor")).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(settings.whole("count")).isEqualTo(7);
            assertThat(settings.duration("deadline")).isEqualTo(Duration.ofDays(3));
            assertThat(settings.scaled(Money.of("10.00", "EUR"), "factor")).isEqualTo(Money.of("15.00", "EUR"));
        }
        assertThat(settings.money("cap.standard")).isSameAs(settings.money("cap.standard"));
    }

    @Test
    void aBadValueFailsEveryReadNamingKeyAndValue() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> settings.number("broken"))
                    .hasMessageContaining("'broken'")
                    .hasMessageContaining("12x");
            assertThatThrownBy(() -> settings.whole("broken")).hasMessageContaining("'broken'");
            assertThatThrownBy(() -> settings.duration("broken")).hasMessageContaining("'broken'");
            assertThatThrownBy(() -> settings.money("missing")).hasMessageContaining("'missing'");
        }
    }
}
