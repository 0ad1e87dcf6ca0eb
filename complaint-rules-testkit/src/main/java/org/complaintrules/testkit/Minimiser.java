package org.complaintrules.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.Money;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;

/**
 * Shrinks a failing case to a small one that still fails, greedily: it tries smaller variants in
 * a fixed order and keeps the first that still fails, until no variant does (or the attempt budget
 * is spent). Every variant is a valid case. In order of preference:
 * <ol>
 *   <li>drop optional fields: text, language, claimedLoss, requestedCompensation, satisfactionScore,
 *       publiclyVisible, all signals then each signal, lifetimeValue, customerSince,
 *       compensationLast12Months, the conversation (to {@link Conversation#first()}), lastOffer;</li>
 *   <li>shorten the text: halves, each sentence dropped, then halves and each word dropped;</li>
 *   <li>round numbers: amounts to 0, powers of ten, one-significant-digit figures, whole units;
 *       counts towards 0 (contacts towards 1); score towards 1;</li>
 *   <li>simplify the rest: shorter ids, segment STANDARD, the first channel and category,
 *       receipt at midnight, profile GENERIC.</li>
 * </ol>
 */
public final class Minimiser {
    /** Most property evaluations one minimisation spends by default. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3_000;

    private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？]+[.!?。！？]*\\s*");

    private Minimiser() {}

    /**
     * What minimisation found.
     *
     * @param minimal the smallest failing case found
     * @param steps how many shrinks were kept
     * @param attempts how many variants were tried
     */
    public record Minimised(GeneratedCase minimal, int steps, int attempts) {}

    /**
     * @param failing a case for which {@code fails} is true
     * @param fails whether a case still fails; it should not throw
     * @return the smallest failing case found within {@link #DEFAULT_MAX_ATTEMPTS}
     */
    public static Minimised minimise(GeneratedCase failing, Predicate<GeneratedCase> fails) {
        return minimise(failing, fails, DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * @param failing a case for which {@code fails} is true
     * @param fails whether a case still fails; it should not throw
     * @param maxAttempts most variants to try
     * @return the smallest failing case found
     */
    public static Minimised minimise(GeneratedCase failing, Predicate<GeneratedCase> fails, int maxAttempts) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(fails, "fails");
        GeneratedCase current = failing;
        int steps = 0;
        int attempts = 0;
        boolean progress = true;
        while (progress && attempts < maxAttempts) {
            progress = false;
            for (GeneratedCase candidate : candidates(current)) {
                if (attempts >= maxAttempts) {
                    break;
                }
                attempts++;
                if (fails.test(candidate)) {
                    current = candidate;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Minimised(current, steps, attempts);
    }

    /**
     * @param c a case
     * @return valid variants of it that are smaller or simpler, in order of preference, none equal to it
     */
    public static List<GeneratedCase> candidates(GeneratedCase c) {
        Set<ComplaintCase> out = new LinkedHashSet<>();
        ComplaintCase k = c.complaintCase();
        Complaint m = k.complaint();
        Customer u = k.customer();
        Conversation v = k.conversation();

        // 1. drop optional fields
        add(out, () -> complaint(k, m.toBuilder().text(null)));
        add(out, () -> complaint(k, m.toBuilder().language(null)));
        add(out, () -> complaint(k, m.toBuilder().claimedLoss(null)));
        add(out, () -> complaint(k, m.toBuilder().requestedCompensation(null)));
        add(out, () -> complaint(k, m.toBuilder().satisfactionScore(null)));
        add(out, () -> complaint(k, m.toBuilder().publiclyVisible(false)));
        add(out, () -> complaint(k, m.toBuilder().signals(List.of())));
        for (int i = 0; i < m.signals().size(); i++) {
            List<SignalType> fewer = new ArrayList<>(m.signals());
            fewer.remove(i);
            add(out, () -> complaint(k, m.toBuilder().signals(fewer)));
        }
        add(out, () -> customer(k, u.toBuilder().lifetimeValue(null)));
        add(out, () -> customer(k, u.toBuilder().customerSince(null)));
        add(out, () -> customer(k, u.toBuilder().compensationLast12Months(null)));
        add(out, () -> new ComplaintCase(m, u, Conversation.first()));
        add(out, () -> new ComplaintCase(m, u, new Conversation(v.contacts(), v.offersRejected(), null)));

        // 2. shorten the text and the language tag
        if (m.text() != null) {
            for (String t : shorterTexts(m.text())) {
                add(out, () -> complaint(k, m.toBuilder().text(t)));
            }
        }
        if (m.language() != null && m.language().contains("-")) {
            add(out, () -> complaint(k, m.toBuilder().language(Phrases.primary(m.language()))));
        }

        // 3. round numbers
        money(out, m.claimedLoss(), x -> complaint(k, m.toBuilder().claimedLoss(x)));
        money(out, m.requestedCompensation(), x -> complaint(k, m.toBuilder().requestedCompensation(x)));
        money(out, u.lifetimeValue(), x -> customer(k, u.toBuilder().lifetimeValue(x)));
        money(out, u.compensationLast12Months(), x -> customer(k, u.toBuilder().compensationLast12Months(x)));
        money(out, v.lastOffer(), x -> new ComplaintCase(m, u, new Conversation(v.contacts(), v.offersRejected(), x)));
        for (int n : smallerCounts(u.complaintsLast12Months(), 0)) {
            add(
                    out,
                    () -> customer(
                            k,
                            u.toBuilder()
                                    .complaintsLast12Months(n)
                                    .upheldComplaintsLast12Months(Math.min(n, u.upheldComplaintsLast12Months()))));
        }
        for (int n : smallerCounts(u.upheldComplaintsLast12Months(), 0)) {
            add(out, () -> customer(k, u.toBuilder().upheldComplaintsLast12Months(n)));
        }
        for (int n : smallerCounts(v.offersRejected(), 0)) {
            add(out, () -> new ComplaintCase(m, u, new Conversation(v.contacts(), n, v.lastOffer())));
        }
        for (int n : smallerCounts(v.contacts(), 1)) {
            add(out, () -> new ComplaintCase(m, u, new Conversation(n, v.offersRejected(), v.lastOffer())));
        }
        if (m.satisfactionScore() != null && m.satisfactionScore() > 1) {
            add(out, () -> complaint(k, m.toBuilder().satisfactionScore(1)));
        }

        // 4. simplify the rest
        if (m.id().length() > 3) {
            add(out, () -> complaint(k, m.toBuilder().id("C-1")));
        }
        if (u.id().length() > 3) {
            add(out, () -> customer(k, u.toBuilder().id("K-1")));
        }
        if (u.segment() != Segment.STANDARD) {
            add(
                    out,
                    () -> customer(
                            k,
                            u.toBuilder().segment(Segment.values()[u.segment().ordinal() - 1])));
        }
        if (m.channel().ordinal() > 0) {
            add(out, () -> complaint(k, m.toBuilder().channel(Channel.values()[0])));
        }
        if (m.category().ordinal() > 0) {
            add(out, () -> complaint(k, m.toBuilder().category(Category.values()[0])));
        }
        add(out, () -> complaint(k, m.toBuilder().receivedAt(m.receivedAt().truncatedTo(ChronoUnit.DAYS))));
        // the legal clock's inputs: back to the defaults
        if (m.jurisdiction() != null) {
            add(out, () -> complaint(k, m.toBuilder().jurisdiction(null)));
            if (m.jurisdiction().subdivision() != null) {
                add(
                        out,
                        () -> complaint(
                                k,
                                m.toBuilder()
                                        .jurisdiction(new Jurisdiction(
                                                m.jurisdiction().country(), null))));
            }
        }
        if (m.timeZone() != null) {
            add(out, () -> complaint(k, m.toBuilder().timeZone(null)));
        }
        if (m.service() != RegulatedService.OTHER) {
            add(out, () -> complaint(k, m.toBuilder().service(RegulatedService.OTHER)));
        }
        if (m.incidentDate() != null) {
            add(out, () -> complaint(k, m.toBuilder().incidentDate(null)));
        }

        out.remove(k);
        List<GeneratedCase> result = new ArrayList<>();
        out.forEach(x -> result.add(c.withCase(x)));
        if (c.profile() != RegulatoryProfile.GENERIC) {
            result.add(c.withProfile(RegulatoryProfile.GENERIC));
        }
        return result;
    }

    private static ComplaintCase complaint(ComplaintCase k, Complaint.Builder b) {
        return new ComplaintCase(b.build(), k.customer(), k.conversation());
    }

    private static ComplaintCase customer(ComplaintCase k, Customer.Builder b) {
        return new ComplaintCase(k.complaint(), b.build(), k.conversation());
    }

    private static void add(Set<ComplaintCase> out, Supplier<ComplaintCase> variant) {
        try {
            out.add(variant.get());
        } catch (RuntimeException invalid) {
            // not a valid case: not a candidate
        }
    }

    private static void money(Set<ComplaintCase> out, Money x, Function<Money, ComplaintCase> with) {
        if (x == null) {
            return;
        }
        for (BigDecimal a : roundFigures(x.amount())) {
            add(out, () -> with.apply(new Money(a.setScale(2, RoundingMode.UNNECESSARY), x.currency())));
        }
    }

    /**
     * @param x an amount
     * @return smaller round amounts to try, smallest first: 0, powers of ten, then one-significant-digit
     *         figures of x's magnitude, then x in whole units
     */
    static List<BigDecimal> roundFigures(BigDecimal x) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        if (x.signum() <= 0) {
            return List.of();
        }
        out.add(BigDecimal.ZERO);
        BigDecimal p = BigDecimal.ONE;
        while (p.compareTo(x) < 0) {
            out.add(p);
            p = p.multiply(BigDecimal.TEN);
        }
        BigDecimal magnitude = p.divide(BigDecimal.TEN);
        if (magnitude.compareTo(BigDecimal.ONE) >= 0) {
            for (int d = 2; d <= 9; d++) {
                BigDecimal f = magnitude.multiply(BigDecimal.valueOf(d));
                if (f.compareTo(x) < 0) {
                    out.add(f);
                }
            }
        }
        BigDecimal whole = x.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(x) < 0) {
            out.add(whole);
        }
        List<BigDecimal> sorted = new ArrayList<>();
        out.forEach(a ->
                sorted.add(a.stripTrailingZeros().setScale(0, RoundingMode.DOWN).max(BigDecimal.ZERO)));
        List<BigDecimal> distinct = new ArrayList<>(new LinkedHashSet<>(sorted));
        distinct.removeIf(a -> a.compareTo(x) >= 0);
        distinct.sort(null);
        return distinct;
    }

    private static List<Integer> smallerCounts(int n, int min) {
        Set<Integer> out = new LinkedHashSet<>(Arrays.asList(min, min + 1, n / 2, n - 1));
        out.removeIf(x -> x < min || x >= n);
        List<Integer> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    /**
     * @param text a text
     * @return shorter texts: halves by sentence, each sentence dropped, halves by word, each word
     *         dropped (up to 40 words), halves by character for text without spaces
     */
    static List<String> shorterTexts(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (!s.group().isBlank()) {
                sentences.add(s.group());
            }
        }
        if (sentences.size() > 1) {
            int half = sentences.size() / 2;
            out.add(String.join("", sentences.subList(0, half)).strip());
            out.add(String.join("", sentences.subList(half, sentences.size())).strip());
            for (int i = 0; i < sentences.size(); i++) {
                List<String> fewer = new ArrayList<>(sentences);
                fewer.remove(i);
                out.add(String.join("", fewer).strip());
            }
        }
        String[] words = text.strip().split("\\s+");
        if (words.length > 1) {
            int half = words.length / 2;
            out.add(String.join(" ", Arrays.copyOfRange(words, 0, half)));
            out.add(String.join(" ", Arrays.copyOfRange(words, half, words.length)));
            if (words.length <= 40) {
                for (int i = 0; i < words.length; i++) {
                    List<String> fewer = new ArrayList<>(Arrays.asList(words));
                    fewer.remove(i);
                    out.add(String.join(" ", fewer));
                }
            }
        } else if (text.length() > 1) {
            int half = text.length() / 2;
            out.add(text.substring(0, half));
            out.add(text.substring(half));
        }
        out.removeIf(t -> t.isEmpty() || t.length() >= text.length());
        return new ArrayList<>(out);
    }
}
