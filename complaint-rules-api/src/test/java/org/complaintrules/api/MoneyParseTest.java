package org.complaintrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What an amount and a currency code may look like, on generated texts of the characters that matter. */
class MoneyParseTest {
    /** The amount's shape as the contract states it: digits, then optionally a point and digits; or the same after a minus. */
    private static boolean plainDecimal(String s) {
        String digits = s.startsWith("-") ? s.substring(1) : s;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "1" : digits.substring(point + 1);
        return allDigits(whole) && allDigits(fraction);
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String random(SplittableRandom r, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void anAmountIsReadExactlyWhenItIsAPlainDecimal() {
        SplittableRandom r = new SplittableRandom(2026);
        int read = 0;
        for (int i = 0; i < 50_000; i++) {
            String s = random(r, "0123456789.-,+e \u0661", 7);
            if (plainDecimal(s)) {
                assertThat(Money.parseAmount(s)).as(s).isEqualTo(new BigDecimal(s));
                read++;
            } else {
                assertThatThrownBy(() -> Money.parseAmount(s))
                        .as(s)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("amount"));
            }
        }
        assertThat(read).isGreaterThan(1_000);
        assertThatThrownBy(() -> Money.of("-5", "EUR"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.detail()).isEqualTo("must be >= 0, was -5"));
    }

    private static void assertRefused(String amount, String detail) {
        assertThatThrownBy(() -> Money.parseAmount(amount))
                .as(amount)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    @Test
    void aDecimalLongerThanFortyCharactersIsRefusedForWhatIsWrongWithIt() {
        // regression: "1" and 40 zeros was "must be a decimal string such as \"12.50\"", though it is one
        String huge = "1" + "0".repeat(40);
        assertRefused(
                huge,
                "must be <= 1000000000000, was \"1" + "0".repeat(39) + "...\" (41 digits before the decimal point)");
        assertRefused(
                "0".repeat(30) + "1000000000000.5",
                "must be <= 1000000000000, was \"" + "0".repeat(30) + "1000000000...\" (13 digits before the decimal"
                        + " point)");
        assertRefused("-" + huge, "must be >= 0, was \"-1" + "0".repeat(38) + "...\"");
        assertRefused(
                "0." + "0".repeat(40) + "1",
                "must have at most 4 decimals, was \"0." + "0".repeat(38) + "...\" (41 decimals)");
        // a value within range, written long: the length is what is wrong
        assertRefused(
                "0".repeat(40) + "1.5",
                "must be at most 40 characters, was 43 characters: \"" + "0".repeat(40) + "...\"");
        assertRefused(
                "1000000000000." + "0".repeat(30),
                "must be at most 40 characters, was 44 characters: \"1000000000000." + "0".repeat(26) + "...\"");
        assertRefused(
                "-" + "0".repeat(45),
                "must be at most 40 characters, was 46 characters: \"-" + "0".repeat(39) + "...\"");
        // no decimal at all, however long: said so
        assertRefused(
                "1" + "0".repeat(40) + "x",
                "must be a decimal string such as \"12.50\", was \"1" + "0".repeat(39) + "...\"");
        // 40 characters and fewer are parsed, and the constructor says what is wrong, as before
        assertThat(Money.parseAmount("1" + "0".repeat(39))).isEqualTo(new BigDecimal("1" + "0".repeat(39)));
        assertThatThrownBy(() -> Money.of("1" + "0".repeat(34), "EUR"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.detail()).isEqualTo("must be <= 1000000000000, was 1" + "0".repeat(34)));
    }

    @Test
    void aCurrencyCodeIsThreeCapitalsOfAKnownCurrency() {
        assertThat(Money.parseCurrency("EUR").getCurrencyCode()).isEqualTo("EUR");
        for (String bad : new String[] {"eur", "EURO", "EU", "E1R", "ＥＵＲ", ""}) {
            assertThatThrownBy(() -> Money.parseCurrency(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.detail()).startsWith("must be an ISO-4217 code"));
        }
        assertThatThrownBy(() -> Money.parseCurrency("ABC"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.detail()).startsWith("is not an ISO-4217 currency"));
    }
}
