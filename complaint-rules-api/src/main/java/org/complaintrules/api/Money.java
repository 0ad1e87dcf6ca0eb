package org.complaintrules.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An amount of money: a decimal amount and an ISO-4217 currency, never a binary float.
 * Amounts are never negative, have at most {@link InputLimits#MAX_AMOUNT_SCALE} decimals
 * and are at most {@link InputLimits#MAX_AMOUNT}.
 *
 * @param amount the amount, {@code >= 0}
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /** A plain decimal: digits, an optional fraction, an optional minus sign (refused later, with its own message). */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Three capital letters; whether they name a currency is {@link Currency}'s to say. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming {@code amount} or {@code currency} when one is missing or out of range
     * @param amount the amount, {@code >= 0}
     * @param currency the currency
     */
    public Money {
        Checks.required(amount, "amount");
        Checks.required(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidInputException("amount", "must be >= 0, was " + amount.toPlainString());
        }
        if (amount.compareTo(InputLimits.MAX_AMOUNT) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "must be <= " + InputLimits.MAX_AMOUNT.toPlainString() + ", was " + amount.toEngineeringString());
        }
        if (amount.scale() > InputLimits.MAX_AMOUNT_SCALE) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > InputLimits.MAX_AMOUNT_SCALE) {
                throw new InvalidInputException(
                        "amount",
                        "must have at most " + InputLimits.MAX_AMOUNT_SCALE + " decimals, was "
                                + amount.toPlainString());
            }
            amount = stripped.setScale(Math.max(stripped.scale(), 0));
        }
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /**
     * @param amount a decimal string such as {@code "89.99"}
     * @param currency an ISO-4217 code such as {@code "EUR"}
     * @return the money
     * @throws InvalidInputException when the amount is not a decimal or the currency is unknown
     */
    public static Money of(String amount, String currency) {
        return new Money(parseAmount(amount), parseCurrency(currency));
    }

    /**
     * @param amount the amount
     * @param currency the currency
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * @param amount a decimal string
     * @return the amount
     * @throws InvalidInputException naming {@code amount} when it is not a plain decimal, or is longer
     *         than 40 characters (the message then says what is wrong with it: below zero, above
     *         {@link InputLimits#MAX_AMOUNT}, too many decimals, or only too long)
     */
    public static BigDecimal parseAmount(String amount) {
        Checks.required(amount, "amount");
        if (!AMOUNT.matcher(amount).matches()) {
            throw new InvalidInputException(
                    "amount", "must be a decimal string such as \"12.50\", was " + Checks.quote(amount));
        }
        if (amount.length() > MAX_AMOUNT_TEXT) {
            throw longAmount(amount);
        }
        return new BigDecimal(amount);
    }

    /** Longest amount text parsed, in characters; longer ones are refused without parsing them. */
    private static final int MAX_AMOUNT_TEXT = 40;

    /**
     * What is wrong with a decimal string longer than {@link #MAX_AMOUNT_TEXT}, found from its digits
     * without parsing it, in the order the constructor checks: its sign, its size, its decimals; else
     * its length (leading zeros, or zeros after the last decimal).
     */
    private static InvalidInputException longAmount(String amount) {
        boolean negative = amount.charAt(0) == '-';
        int dot = amount.indexOf('.');
        String whole = amount.substring(negative ? 1 : 0, dot < 0 ? amount.length() : dot);
        int first = 0;
        while (first < whole.length() - 1 && whole.charAt(first) == '0') {
            first++;
        }
        whole = whole.substring(first);
        String fraction = dot < 0 ? "" : amount.substring(dot + 1);
        int last = fraction.length();
        while (last > 0 && fraction.charAt(last - 1) == '0') {
            last--;
        }
        fraction = fraction.substring(0, last);
        String shown = Checks.quote(amount);
        if (negative && !(whole.equals("0") && fraction.isEmpty())) {
            return new InvalidInputException("amount", "must be >= 0, was " + shown);
        }
        String max = InputLimits.MAX_AMOUNT.toPlainString();
        int order =
                whole.length() != max.length() ? Integer.compare(whole.length(), max.length()) : whole.compareTo(max);
        if (order > 0 || (order == 0 && !fraction.isEmpty())) {
            return new InvalidInputException(
                    "amount",
                    "must be <= " + max + ", was " + shown + " (" + whole.length() + " digits before the"
                            + " decimal point)");
        }
        if (fraction.length() > InputLimits.MAX_AMOUNT_SCALE) {
            return new InvalidInputException(
                    "amount",
                    "must have at most " + InputLimits.MAX_AMOUNT_SCALE + " decimals, was " + shown + " ("
                            + fraction.length() + " decimals)");
        }
        return new InvalidInputException(
                "amount",
                "must be at most " + MAX_AMOUNT_TEXT + " characters, was " + amount.length() + " characters: " + shown);
    }

    /**
     * @param code an ISO-4217 code
     * @return the currency
     * @throws InvalidInputException naming {@code currency} when the code is unknown
     */
    public static Currency parseCurrency(String code) {
        Checks.required(code, "currency");
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "currency", "must be an ISO-4217 code such as \"EUR\", was " + Checks.quote(code));
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "is not an ISO-4217 currency, was " + Checks.quote(code));
        }
    }

    /**
     * @return zero in the given currency
     *
     * @param currency the currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The amount rounded down to the currency's usual number of decimals, so that a computed
     * limit is never raised by rounding.
     *
     * @return this money with the currency's scale
     */
    public Money roundedDown() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.DOWN), currency);
    }

    /** @return the amount as a plain decimal string, as it is written to JSON */
    public String amountText() {
        return amount.toPlainString();
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other);
        }
        return amount.compareTo(other.amount);
    }

    /** @return e.g. {@code 89.99 EUR} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
