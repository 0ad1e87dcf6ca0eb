package org.complaintrules.drools.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.complaintrules.api.RegulatoryProfile;
import org.junit.jupiter.api.Test;

/** Values effective by date: the version in force on the day of receipt, never the wall clock's. */
class PolicySettingsDatedValuesTest {
    private static final String PRECEDENCE = "AGGRESSIVE,RIP_OFF,HIGH_ROLLER,CHRONIC,PASSIVE";

    private static Map<String, String> policy(String... keysAndValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>(Map.of("currency", "GBP", "type.precedence", PRECEDENCE));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private final PolicySettings p = new PolicySettings(
            Map.of(
                    "currency", "GBP",
                    "type.precedence", PRECEDENCE,
                    "fos.awardLimit", "350000",
                    "fos.awardLimit@2024-04-01", "430000",
                    "fos.awardLimit@2025-04-01", "445000",
                    "fos.citation", "DISP 3.7.4R",
                    "deadline.resolve", "28d"),
            RegulatoryProfile.UK_FCA);

    @Test
    void theVersionInForceOnTheDayOfReceiptIsUsed() {
        assertThat(p.asOf(LocalDate.parse("2024-03-31")).number("fos.awardLimit"))
                .isEqualByComparingTo("350000");
        assertThat(p.asOf(LocalDate.parse("2024-04-01")).number("fos.awardLimit"))
                .isEqualByComparingTo("430000");
        assertThat(p.asOf(LocalDate.parse("2025-03-31")).number("fos.awardLimit"))
                .isEqualByComparingTo("430000");
        assertThat(p.asOf(LocalDate.parse("2031-01-01")).number("fos.awardLimit"))
                .isEqualByComparingTo(new BigDecimal("445000"));
        // undated keys are the same in every version; a version knows its date
        assertThat(p.asOf(LocalDate.parse("2031-01-01")).text("fos.citation")).isEqualTo("DISP 3.7.4R");
        assertThat(p.asOf(LocalDate.parse("2025-06-01")).effectiveFrom()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(p.asOf(LocalDate.parse("2020-06-01"))).isSameAs(p);
        assertThat(p.asOf(LocalDate.parse("2025-06-01")).asOf(LocalDate.parse("2020-06-01")))
                .isSameAs(p);
        // the dated key itself is no key a rule can read
        assertThat(p.has("fos.awardLimit@2024-04-01")).isFalse();
        assertThat(p.values()).containsKey("fos.awardLimit@2024-04-01");
    }

    @Test
    void aMalformedOrForbiddenDatedKeyIsRejectedNamingIt() {
        assertThatThrownBy(() -> new PolicySettings(
                        policy("fos.awardLimit", "1", "fos.awardLimit@1 April 2025", "2"), RegulatoryProfile.GENERIC))
                .hasMessageStartingWith("fos.awardLimit@1 April 2025")
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> new PolicySettings(policy("currency@2025-01-01", "GBP"), RegulatoryProfile.GENERIC))
                .hasMessageContaining("cannot have dated versions");
        assertThatThrownBy(() -> new PolicySettings(policy("cap.noLoss@2025-01-01", "30"), RegulatoryProfile.GENERIC))
                .hasMessageContaining("needs the plain cap.noLoss");
    }

    @Test
    void aTermIsReadNamingTheKeyWhenMalformed() {
        assertThat(p.term("deadline.resolve")).isEqualTo(new Term(28, Term.Unit.DAYS));
        assertThatThrownBy(() -> p.term("fos.citation"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'fos.citation'");
    }
}
