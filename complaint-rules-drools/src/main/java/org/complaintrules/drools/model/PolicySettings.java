package org.complaintrules.drools.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatoryProfile;

/**
 * Fact: the numbers policy owners tune, read from {@code policy.properties} (plus any
 * overrides given to the builder). Rules read them by key, so every number lives in one file:
 * <pre>{@code
 * $p : PolicySettings()
 * ...
 * insert(new CompensationLimit($p.money("cap.standard"), "SEGMENT_CAP"));
 * }</pre>
 * Every key a rule reads, its type and the policy's declared checks are verified when the policy is
 * built, so a missing or malformed key is a build error with file and line; should one still fail
 * here, it fails the rule that asked for it, naming the key, and only that case is answered with
 * {@code RULES_FAILED}. The settings are read-only: no case can change what the next one sees.
 *
 * <p>Values effective by date: {@code key@YYYY-MM-DD=value} is the value in force for complaints
 * received on or after that date (in the complaint's time zone); the plain {@code key=value} is in
 * force before the first dated version. The engine inserts the settings {@link #asOf(LocalDate) as of}
 * the date of receipt, so every accessor below returns the value in force then, never the wall
 * clock's. {@code name}, {@code version}, {@code currency}, {@code regulatory.profile},
 * {@code type.precedence} and {@code clock.*} cannot be dated.
 */
public final class PolicySettings {
    /** Key of the absolute compensation cap the guardrails enforce (unless the builder sets one). */
    public static final String ABSOLUTE_CAP = "guardrail.absoluteCap";
    /** Key of the base acknowledgement deadline; also the guardrail's value when no rule sets one. */
    public static final String ACKNOWLEDGE = "deadline.acknowledge";
    /** Key of the base response deadline; also the guardrail's value when no rule sets one. */
    public static final String RESPOND = "deadline.respond";
    /** Key of the base resolution deadline; also the guardrail's value when no rule sets one. */
    public static final String RESOLVE = "deadline.resolve";
    /** Key of the base follow-up time; also the guardrail's value when no rule sets one. */
    public static final String FOLLOW_UP = "deadline.followUp";

    private final Map<String, String> values;
    private final Map<String, String> inForce;
    private final LocalDate asOf;
    private final TreeMap<LocalDate, PolicySettings> versions;
    private final PolicySettings plain;
    private final Currency currency;
    private final RegulatoryProfile profile;
    private final List<ComplainantType> precedence;
    /** {@link #rank} by the type's ordinal, read for every comparison of the evidence's sort. */
    private final int[] ranks;
    // rules read the same keys on every case: each value is parsed once (all of these types, Term included, are
    // immutable)
    private final ConcurrentHashMap<String, BigDecimal> numbers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> wholes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Money> monies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Duration> durations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Term> terms = new ConcurrentHashMap<>();

    /**
     * @param values the properties, already merged with overrides
     * @param profile the regulatory profile in force
     * @throws IllegalArgumentException when {@code currency} or {@code type.precedence} is missing or
     *         malformed, or a dated key is malformed; the message starts with the key
     */
    public PolicySettings(Map<String, String> values, RegulatoryProfile profile) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.inForce = Collections.unmodifiableMap(DatedValues.plain(this.values));
        this.asOf = null;
        this.plain = this;
        this.profile = Objects.requireNonNull(profile, "profile");
        String code = this.values.get("currency");
        if (code == null) {
            throw new IllegalArgumentException("currency: policy.properties must set it, e.g. currency=EUR");
        }
        this.currency = Money.parseCurrency(code.trim());
        String order = this.values.get("type.precedence");
        if (order == null) {
            throw new IllegalArgumentException("type.precedence: policy.properties must list the complainant types");
        }
        try {
            this.precedence = Arrays.stream(order.split(","))
                    .map(String::trim)
                    .map(ComplainantType::valueOf)
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type.precedence must list complainant types, was \"" + order + "\"", e);
        }
        this.ranks = ranks(precedence);
        this.versions = new TreeMap<>();
        Map<String, String> running = new LinkedHashMap<>(inForce);
        for (Map.Entry<LocalDate, Map<String, String>> change :
                DatedValues.changes(this.values).entrySet()) {
            running.putAll(change.getValue());
            versions.put(change.getKey(), new PolicySettings(this, change.getKey(), running));
        }
    }

    private PolicySettings(PolicySettings base, LocalDate asOf, Map<String, String> inForce) {
        this.values = base.values;
        this.inForce = Collections.unmodifiableMap(new LinkedHashMap<>(inForce));
        this.asOf = asOf;
        this.versions = base.versions;
        this.plain = base;
        this.currency = base.currency;
        this.profile = base.profile;
        this.precedence = base.precedence;
        this.ranks = base.ranks;
    }

    private static int[] ranks(List<ComplainantType> precedence) {
        int[] ranks = new int[ComplainantType.values().length];
        Arrays.fill(ranks, precedence.size());
        for (int i = precedence.size() - 1; i >= 0; i--) {
            ranks[precedence.get(i).ordinal()] = i; // a type listed twice ranks by its first place
        }
        return ranks;
    }

    /**
     * Checks one dated key ({@code key@YYYY-MM-DD}) when a policy is built.
     *
     * @param datedKey a key containing {@code @}
     * @param values every key of the policy
     * @return why the dated key is wrong (malformed, of a key that cannot be dated, without the plain key
     *         in force before it), or {@code null} when it is fine
     */
    public static String datedKeyProblem(String datedKey, Map<String, String> values) {
        try {
            DatedValues.changes(Map.of(datedKey, values.getOrDefault(datedKey, "")), values);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * @param date the date of receipt, in the complaint's time zone
     * @return these settings with the values in force on that date (this object itself when the policy
     *         has no dated values or none in force yet)
     */
    public PolicySettings asOf(LocalDate date) {
        Map.Entry<LocalDate, PolicySettings> v = versions.floorEntry(Objects.requireNonNull(date, "date"));
        return v == null ? plain : v.getValue();
    }

    /**
     * @return the date whose values these are (the first date of the version in force), or {@code null}
     *         for the plain values
     */
    public LocalDate effectiveFrom() {
        return asOf;
    }

    /** @return the policy's name */
    public String name() {
        return values.getOrDefault("name", "unnamed-policy");
    }

    /** @return the policy's version */
    public String version() {
        return values.getOrDefault("version", "0.0.0");
    }

    /** @return the only currency the policy has limits for */
    public Currency currency() {
        return currency;
    }

    /** @return the regulatory profile in force */
    public RegulatoryProfile profile() {
        return profile;
    }

    /** @return every key and value as written, dated versions ({@code key@YYYY-MM-DD}) included; read-only */
    public Map<String, String> values() {
        return values;
    }

    /**
     * @param key a property key
     * @return whether the policy sets it
     */
    public boolean has(String key) {
        return inForce.containsKey(key);
    }

    /**
     * @param key a property key
     * @return its value
     * @throws IllegalStateException naming the key when the policy does not set it
     */
    public String text(String key) {
        String v = inForce.get(key);
        if (v == null) {
            throw new IllegalStateException("policy.properties has no key '" + key + "'");
        }
        return v.trim();
    }

    /**
     * @param key a property key
     * @return its value as a decimal
     * @throws IllegalStateException naming the key and value when missing or not a decimal
     */
    public BigDecimal number(String key) {
        BigDecimal known = numbers.get(key);
        if (known != null) {
            return known;
        }
        String v = text(key);
        try {
            BigDecimal n = new BigDecimal(v);
            numbers.putIfAbsent(key, n);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("policy.properties '" + key + "' must be a decimal, was \"" + v + "\"");
        }
    }

    /**
     * @param key a property key
     * @return its value as a whole number
     * @throws IllegalStateException naming the key and value when missing or not whole
     */
    public int whole(String key) {
        Integer known = wholes.get(key);
        if (known != null) {
            return known;
        }
        String v = text(key);
        try {
            int n = Integer.parseInt(v);
            wholes.putIfAbsent(key, n);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "policy.properties '" + key + "' must be a whole number, was \"" + v + "\"");
        }
    }

    /**
     * @param key a property key
     * @return its value as money in the policy currency
     */
    public Money money(String key) {
        Money known = monies.get(key);
        if (known != null) {
            return known;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal n = number(key);
        Money m = new Money(n.scale() < digits ? n.setScale(digits) : n, currency);
        monies.putIfAbsent(key, m);
        return m;
    }

    /**
     * A duration such as {@code 24h}, {@code 30m}, {@code 3d}, {@code 8w} or ISO-8601 {@code PT24H}.
     *
     * @param key a property key
     * @return its value as a duration
     * @throws IllegalStateException naming the key and value when missing or malformed
     */
    public Duration duration(String key) {
        Duration known = durations.get(key);
        if (known != null) {
            return known;
        }
        String v = text(key);
        try {
            Duration d = parseDuration(v);
            durations.putIfAbsent(key, d);
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("policy.properties '" + key + "' " + e.getMessage());
        }
    }

    /**
     * @param v a duration such as {@code 24h}, {@code 30m}, {@code 3d}, {@code 8w} or ISO-8601 {@code PT24H}
     * @return the duration
     * @throws IllegalArgumentException quoting the value when it is none of these
     */
    public static Duration parseDuration(String v) {
        String t = v.trim();
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return Duration.parse(t);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
                case 'm':
                    return Duration.ofMinutes(n);
                case 'h':
                    return Duration.ofHours(n);
                case 'd':
                    return Duration.ofDays(n);
                case 'w':
                    return Duration.ofDays(Math.multiplyExact(7, n));
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException | IndexOutOfBoundsException | ArithmeticException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("must be a duration such as 24h, 30m, 3d, 8w or PT24H, was \"" + v + "\"");
    }

    /**
     * A time limit for the legal clock ({@link Term}): {@code 24h}, {@code 8w}, {@code 15bd}, {@code 6y}...
     *
     * @param key a property key
     * @return its value as a term
     * @throws IllegalStateException naming the key and value when missing or malformed
     */
    public Term term(String key) {
        Term known = terms.get(key);
        if (known != null) {
            return known;
        }
        String v = text(key);
        try {
            Term t = Term.parse(v);
            terms.putIfAbsent(key, t);
            return t;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("policy.properties '" + key + "' " + e.getMessage());
        }
    }

    /**
     * @param base an amount
     * @param factorKey key of a decimal factor
     * @return {@code base * factor}, rounded down to the currency's decimals
     */
    public Money scaled(Money base, String factorKey) {
        return new Money(base.amount().multiply(number(factorKey)), base.currency()).roundedDown();
    }

    /**
     * @param capKey key of a cap in the policy currency
     * @param used what is already used of it, or {@code null} for nothing
     * @return what is left of the cap, never below zero
     */
    public Money remaining(String capKey, Money used) {
        BigDecimal left = number(capKey).subtract(used == null ? BigDecimal.ZERO : used.amount());
        return new Money(
                left.max(BigDecimal.ZERO).setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.DOWN),
                currency);
    }

    /**
     * @param type a complainant type
     * @return its place in {@code type.precedence}, 0 first; a type not listed, or none, comes last
     */
    public int rank(ComplainantType type) {
        return type == null ? precedence.size() : ranks[type.ordinal()];
    }

    /** @return the types in precedence order, as {@code type.precedence} lists them */
    public List<ComplainantType> precedence() {
        return precedence;
    }

    /**
     * @param amount an amount
     * @param key key of a threshold in the policy currency
     * @return whether {@code amount} is present and at least the threshold
     */
    public boolean atLeast(Money amount, String key) {
        return amount != null && amount.amount().compareTo(number(key)) >= 0;
    }
}
