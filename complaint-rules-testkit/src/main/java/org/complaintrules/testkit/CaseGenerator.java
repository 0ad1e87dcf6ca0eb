package org.complaintrules.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
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
 * Generates valid complaint cases over the whole contract, with realistic correlations, and the
 * regulatory profile to advise each in.
 *
 * <pre>{@code
 * CaseGenerator gen = CaseGenerator.builder().seed(42).build();
 * GeneratedCase one = gen.next();
 * gen.stream(1000).forEach(c -> advisor.advise(c.complaintCase()));
 * }</pre>
 *
 * <p>What it produces: every channel, category, segment and regulatory profile; texts in en, ru, zh
 * and et (and texts whose {@code language} is absent), built from {@link Phrases} so each text
 * carries exactly the signals it was meant to; host-supplied signals; money in EUR with two
 * decimals; {@code receivedAt} spread over 2025-2027, weekends included, a quarter of it close to
 * Christmas, Easter and the daylight-saving changes; the legal clock's inputs: a jurisdiction (mostly
 * the profile's own country or a subdivision, sometimes none, any other, or one without a holiday
 * calendar), sometimes a time zone of the complaint's own, the regulated service (the profile's special
 * clocks often), sometimes an incident date (recent, or five to nine years back). Correlations: VIPs have a
 * high lifetime value, PREMIUM customers a middling one; upheld complaints never exceed complaints;
 * rip-off-like conversations have rejected offers and requests above the loss; chronic complainants
 * have many complaints of which few were upheld; passive ones come through surveys and reviews with
 * mild wording. Each case carries {@link Labels labels} saying what was generated.
 *
 * <p>Determinism: {@link #next()} draws case {@code i} from the {@code i}-th {@link SplittableRandom#split()}
 * of {@code new SplittableRandom(seed)}; the property runner does the same, so a seed replays a run exactly.
 * As a {@link Gen} it draws only from the randomness it is given.
 */
public final class CaseGenerator implements Gen<GeneratedCase> {

    /** The kind of complainant a case imitates; a hint for the generator, not a verdict of the policy. */
    public enum Persona {
        /** An ordinary complaint with little to classify. */
        MODERATE,
        /** Loud, abusive, demanding. */
        AGGRESSIVE,
        /** Rejects offers, asks far more than the loss. */
        RIP_OFF,
        /** A valuable customer: VIP or premium, high lifetime value. */
        HIGH_ROLLER,
        /** Complains often, few complaints upheld, recurring faults. */
        CHRONIC,
        /** Speaks up only in surveys and reviews, mildly. */
        PASSIVE
    }

    /** The only currency generated. */
    public static final Currency EUR = Currency.getInstance("EUR");

    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2027-12-31T23:59:59Z");
    private static final List<LocalDate> EASTER_SUNDAYS =
            List.of(LocalDate.of(2025, 4, 20), LocalDate.of(2026, 4, 5), LocalDate.of(2027, 3, 28));
    /** Daylight-saving changes 2025-2027: the EU (last Sundays of March and October), the US, Australia. */
    private static final List<LocalDate> DST_CHANGES = Stream.of(
                    "2025-03-30",
                    "2025-10-26",
                    "2026-03-29",
                    "2026-10-25",
                    "2027-03-28",
                    "2027-10-31",
                    "2025-03-09",
                    "2025-11-02",
                    "2026-03-08",
                    "2026-11-01",
                    "2027-03-14",
                    "2027-11-07",
                    "2025-04-06",
                    "2025-10-05",
                    "2026-04-05",
                    "2026-10-04",
                    "2027-04-04",
                    "2027-10-03")
            .map(LocalDate::parse)
            .toList();
    /**
     * Each profile's own jurisdictions, subdivisions with calendars of their own included; in the
     * profiles' order, so that a seed draws the same "any other" jurisdiction in every JVM.
     */
    private static final Map<RegulatoryProfile, List<String>> JURISDICTIONS = new EnumMap<>(Map.of(
            RegulatoryProfile.UK_FCA, List.of("GB", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"),
            RegulatoryProfile.US_CFPB, List.of("US", "US-NY", "US-CA", "US-TX", "US-IL", "US-FL", "US-HI", "US-AZ"),
            RegulatoryProfile.EU_PSD2,
                    List.of("EE", "IE", "DE", "FR", "ES", "IT", "NL", "FI", "LV", "LT", "PL", "PT", "AT", "BE"),
            RegulatoryProfile.AU_ASIC,
                    List.of("AU", "AU-NSW", "AU-VIC", "AU-QLD", "AU-WA", "AU-SA", "AU-TAS", "AU-NT", "AU-ACT"),
            RegulatoryProfile.IE_CBI, List.of("IE")));
    /** A country the holiday calendars do not know, for a jurisdiction without a calendar. */
    private static final String NO_CALENDAR = "KP";
    /** Zones a complaint may name: near its jurisdiction or far from it, with and without daylight saving. */
    private static final List<String> ZONES = List.of(
            "Europe/London",
            "Europe/Tallinn",
            "Europe/Dublin",
            "America/New_York",
            "America/Los_Angeles",
            "Australia/Sydney",
            "Australia/Perth",
            "Asia/Tokyo",
            "Pacific/Auckland",
            "UTC");

    /**
     * @return the ISO 3166-1 alpha-2 codes of the {@code country=} labels: the countries of every
     *     profile's jurisdictions, and the one without a holiday calendar
     */
    static Set<String> countries() {
        Set<String> out = new java.util.TreeSet<>();
        JURISDICTIONS
                .values()
                .forEach(codes -> codes.forEach(c -> out.add(Jurisdiction.of(c).country())));
        out.add(NO_CALENDAR);
        return Collections.unmodifiableSet(out);
    }

    private final long seed;
    private final boolean seedGiven;
    private final List<RegulatoryProfile> profiles;
    private final Map<String, Integer> languageWeights;
    private final Map<Persona, Integer> personaWeights;
    private final double hostSignalProbability;
    private final double textProbability;
    /** The languages of positive weight, in {@link Phrases#LANGUAGES} order: those a text may be written in. */
    private final List<String> textLanguages;
    /** Whether {@link Labels#ABSENT} has a positive weight. */
    private final boolean absentAllowed;

    private final SplittableRandom root;

    private CaseGenerator(Builder b) {
        this.seed = b.seed;
        this.seedGiven = b.seedGiven;
        this.profiles = List.copyOf(b.profiles);
        this.languageWeights = Map.copyOf(b.languageWeights);
        this.personaWeights = Map.copyOf(b.personaWeights);
        this.hostSignalProbability = b.hostSignalProbability;
        this.textProbability = b.textProbability;
        this.textLanguages = b.textLanguages();
        this.absentAllowed = b.languageWeights.getOrDefault(Labels.ABSENT, 0) > 0;
        this.root = new SplittableRandom(seed);
    }

    /** @return a builder with the defaults: seed 0, every profile, every language and absent, every persona */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the seed {@link #next()} and {@link #stream(long)} start from */
    public long seed() {
        return seed;
    }

    /**
     * @return the seed given to {@link Builder#seed(long)}, or empty when the builder's was left at its
     *     default; {@link PropertyCheck#check} and {@link PropertyCheck#forAll} use a given seed and
     *     otherwise the system property {@value PropertyCheck#SEED_PROPERTY}; generators derived from
     *     this one ({@link #map}, {@link #filter}...) give the same
     */
    @Override
    public OptionalLong givenSeed() {
        return seedGiven ? OptionalLong.of(seed) : OptionalLong.empty();
    }

    /**
     * @return the next case of this generator's own seeded sequence
     */
    public synchronized GeneratedCase next() {
        return generate(root.split());
    }

    /**
     * @param n how many
     * @return the next {@code n} cases of this generator's own sequence
     */
    public Stream<GeneratedCase> stream(long n) {
        return Stream.generate(this::next).limit(n);
    }

    /**
     * @param seed a seed
     * @param n how many
     * @return the first {@code n} cases from {@code seed}, independent of this generator's own position
     */
    public Stream<GeneratedCase> stream(long seed, long n) {
        SplittableRandom r = new SplittableRandom(seed);
        return Stream.generate(() -> generate(r.split())).limit(n);
    }

    @Override
    public GeneratedCase generate(RandomGenerator r) {
        return new Draw(r).generate();
    }

    /** One case's drawing, so the helper methods share the randomness and the labels. */
    private final class Draw {
        private final RandomGenerator r;
        private final Set<String> labels = new LinkedHashSet<>();

        Draw(RandomGenerator r) {
            this.r = r;
        }

        /** Adds {@code key=value}, which must be in the {@link Labels} vocabulary that {@link GeneratedCase#has} checks. */
        private void label(String key, Object value) {
            String v = String.valueOf(value);
            assert Labels.generates(key, v) : "not in the Labels vocabulary: " + key + "=" + v;
            labels.add(Labels.label(key, v));
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        private <T> T weighted(Map<T, Integer> weights, List<T> order) {
            int total = 0;
            for (T t : order) {
                total += weights.getOrDefault(t, 0);
            }
            int x = r.nextInt(total);
            for (T t : order) {
                x -= weights.getOrDefault(t, 0);
                if (x < 0) {
                    return t;
                }
            }
            throw new AssertionError("unreachable");
        }

        private BigDecimal amount(double min, double max) {
            return Gen.amounts(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).generate(r);
        }

        private Money eur(BigDecimal amount) {
            return new Money(amount.setScale(2, RoundingMode.HALF_UP), EUR);
        }

        GeneratedCase generate() {
            Persona persona = weighted(personaWeights, List.of(Persona.values()));
            label("persona", persona);
            RegulatoryProfile profile = pick(profiles);
            label("profile", profile);

            Instant receivedAt = receivedAt();
            ZonedDateTime z = receivedAt.atZone(ZoneOffset.UTC);
            boolean weekend = z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY;
            label("weekend", weekend ? "yes" : "no");
            label("year", z.getYear());

            Channel channel = channel(persona);
            Category category = pick(List.of(Category.values()));
            label("channel", channel);
            label("category", category);

            Segment segment = segment(persona);
            label("segment", segment);

            // conversation
            int offersRejected = switch (persona) {
                case RIP_OFF -> 2 + r.nextInt(5);
                case CHRONIC, AGGRESSIVE -> chance(0.4) ? 1 + r.nextInt(3) : 0;
                default -> chance(0.15) ? 1 : 0;
            };
            // money
            Money claimedLoss = claimedLoss(segment);
            Money requested = requested(persona, claimedLoss);
            boolean ripOffShape = offersRejected > 0
                    && requested != null
                    && (claimedLoss == null || requested.compareTo(claimedLoss) > 0);
            if (ripOffShape) {
                label("shape", "rip-off");
            }
            Money lastOffer = null;
            if (offersRejected > 0 ? chance(0.9) : chance(0.08)) {
                BigDecimal base = claimedLoss != null && claimedLoss.amount().signum() > 0
                        ? claimedLoss.amount()
                        : BigDecimal.valueOf(50);
                lastOffer = eur(base.multiply(BigDecimal.valueOf(0.1 + 0.9 * r.nextDouble()))
                        .max(BigDecimal.ONE));
            }

            // text and signals
            Set<SignalType> textSignals = textSignals(persona, category);
            String lang = weighted(languageWeights, List.copyOf(new java.util.TreeSet<>(languageWeights.keySet())));
            // a case with no language tag is written in one of the languages of positive weight
            String textLanguage =
                    !lang.equals(Labels.ABSENT) ? lang : textLanguages.isEmpty() ? null : pick(textLanguages);
            String languageTag = lang.equals(Labels.ABSENT) ? null : regionalVariant(lang);
            label("lang", lang);
            String text = null;
            Set<SignalType> hostSignals = EnumSet.noneOf(SignalType.class);
            if (chance(textProbability)) {
                label("textlang", textLanguage);
                Phrases phrases = Phrases.of(textLanguage);
                if (textSignals.contains(SignalType.SHOUTING) && !phrases.canShout()) {
                    // the host hears the shouting the text cannot show, unless there are no host signals
                    textSignals.remove(SignalType.SHOUTING);
                    if (hostSignalProbability > 0) {
                        hostSignals.add(SignalType.SHOUTING);
                    }
                }
                text = text(phrases, category, textSignals);
            } else {
                label("text", "none");
                // half the text-less cases lose their language tag, unless absent has weight 0
                boolean untagged = chance(0.5);
                languageTag = untagged && absentAllowed ? null : languageTag;
                if (languageTag == null && !lang.equals(Labels.ABSENT)) {
                    labels.remove(Labels.label("lang", lang));
                    label("lang", Labels.ABSENT);
                }
                textLanguage = null;
                textSignals.clear();
            }
            if (chance(hostSignalProbability)) {
                int n = 1 + r.nextInt(2);
                for (int i = 0; i < n; i++) {
                    hostSignals.add(pick(List.of(SignalType.values())));
                }
            }
            List<SignalType> hostList = new ArrayList<>(hostSignals);
            Collections.shuffle(hostList, new java.util.Random(r.nextLong()));
            textSignals.forEach(s -> label("text-signal", s));
            hostSignals.forEach(s -> label("host-signal", s));
            EnumSet<SignalType> all = EnumSet.noneOf(SignalType.class);
            all.addAll(textSignals);
            all.addAll(hostSignals);
            all.forEach(s -> label("signal", s));

            int contacts = 1 + offersRejected + (chance(0.3) ? r.nextInt(3) : 0);
            if (all.contains(SignalType.REPEATED_CONTACT)) {
                contacts = Math.max(contacts, 3);
            }
            Conversation conversation = new Conversation(contacts, offersRejected, lastOffer);

            boolean survey = channel == Channel.SURVEY || channel == Channel.REVIEW_SITE;
            Integer score =
                    survey ? (chance(0.9) ? scoreFor(persona) : null) : (chance(0.08) ? scoreFor(persona) : null);
            boolean publicPost =
                    (channel == Channel.SOCIAL_MEDIA || channel == Channel.REVIEW_SITE) ? chance(0.8) : chance(0.03);
            if (publicPost) {
                label("has", "publiclyVisible");
            }

            Jurisdiction jurisdiction = jurisdiction(profile);
            ZoneId zone = zone();
            RegulatedService service = service(profile);
            LocalDate incident = incident(receivedAt);

            Complaint.Builder complaint = Complaint.builder(id("C-", 6), receivedAt, channel, category)
                    .jurisdiction(jurisdiction)
                    .timeZone(zone)
                    .service(service)
                    .incidentDate(incident)
                    .text(text)
                    .language(languageTag)
                    .claimedLoss(claimedLoss)
                    .requestedCompensation(requested)
                    .publiclyVisible(publicPost)
                    .satisfactionScore(score)
                    .signals(hostList);
            Customer customer = customer(persona, segment, receivedAt);
            ComplaintCase c = new ComplaintCase(complaint.build(), customer, conversation);
            presence(c);
            if (text != null) {
                label("text", text.split("\\s+").length >= 300 ? "long" : "short");
            }
            return new GeneratedCase(c, profile, labels, textLanguage);
        }

        /**
         * Receipt over 2025-2027, a quarter of it close to the dates a legal clock most easily gets wrong:
         * Christmas and New Year, Easter, and the daylight-saving changes of Europe, the US and Australia.
         */
        private Instant receivedAt() {
            if (chance(0.25)) {
                String kind = pick(List.of("christmas", "easter", "dst"));
                label("near", kind);
                LocalDate day = switch (kind) {
                    case "christmas" ->
                        LocalDate.of(2025 + r.nextInt(3), 12, 15).plusDays(r.nextInt(21));
                    case "easter" -> pick(EASTER_SUNDAYS).plusDays(r.nextInt(21) - 10L);
                    default -> pick(DST_CHANGES).plusDays(r.nextInt(7) - 3L);
                };
                Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(r.nextInt(86_400));
                return at.isAfter(LAST) ? LAST : at;
            }
            label("near", "none");
            return FIRST.plusSeconds(r.nextLong(LAST.getEpochSecond() - FIRST.getEpochSecond() + 1));
        }

        /**
         * The profile's own country (or one of its subdivisions) most of the time, sometimes none (the
         * profile's default), sometimes any other and, rarely, a country without a holiday calendar.
         */
        private Jurisdiction jurisdiction(RegulatoryProfile profile) {
            double x = r.nextDouble();
            String code;
            if (x < 0.25) {
                label("jurisdiction", "default");
                return null;
            } else if (x < 0.85 && JURISDICTIONS.containsKey(profile)) {
                code = pick(JURISDICTIONS.get(profile));
            } else if (x < 0.97) {
                code = pick(pick(List.copyOf(JURISDICTIONS.values())));
            } else {
                label("jurisdiction", "no-calendar");
                label("country", NO_CALENDAR);
                return Jurisdiction.of(NO_CALENDAR);
            }
            Jurisdiction j = Jurisdiction.of(code);
            label("jurisdiction", "given");
            label("country", j.country());
            return j;
        }

        /** Usually none (the jurisdiction's zone); sometimes a zone of its own, near or far. */
        private ZoneId zone() {
            if (!chance(0.15)) {
                label("zone", "default");
                return null;
            }
            label("zone", "given");
            return ZoneId.of(pick(ZONES));
        }

        /** The profile's special clocks often, every other service sometimes, OTHER otherwise. */
        private RegulatedService service(RegulatoryProfile profile) {
            List<RegulatedService> special = switch (profile) {
                case UK_FCA, EU_PSD2 -> List.of(RegulatedService.PAYMENT_SERVICE, RegulatedService.E_MONEY);
                case AU_ASIC -> List.of(RegulatedService.CREDIT_HARDSHIP, RegulatedService.SUPERANNUATION);
                default -> List.of();
            };
            double x = r.nextDouble();
            RegulatedService s = !special.isEmpty() && x < 0.35
                    ? pick(special)
                    : x < 0.7 ? pick(List.of(RegulatedService.values())) : RegulatedService.OTHER;
            label("service", s);
            return s;
        }

        /** Often none; else within the last two years, or five to nine years back (around the time bars). */
        private LocalDate incident(Instant receivedAt) {
            LocalDate received = receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
            double x = r.nextDouble();
            if (x < 0.6) {
                label("incident", "none");
                return null;
            }
            if (x < 0.85) {
                label("incident", "recent");
                return received.minusDays(1 + r.nextInt(730));
            }
            label("incident", "old");
            return received.minusYears(5).minusDays(r.nextInt(4 * 365));
        }

        private void presence(ComplaintCase c) {
            Complaint m = c.complaint();
            Customer k = c.customer();
            if (m.claimedLoss() != null) {
                label("has", "claimedLoss");
            }
            if (m.requestedCompensation() != null) {
                label("has", "requestedCompensation");
            }
            if (m.satisfactionScore() != null) {
                label("has", "satisfactionScore");
            }
            if (k.lifetimeValue() != null) {
                label("has", "lifetimeValue");
            }
            if (k.customerSince() != null) {
                label("has", "customerSince");
            }
            if (k.compensationLast12Months() != null) {
                label("has", "compensationLast12Months");
            }
            if (c.conversation().lastOffer() != null) {
                label("has", "lastOffer");
            }
        }

        private String id(String prefix, int digits) {
            StringBuilder b = new StringBuilder(prefix);
            for (int i = 0; i < digits; i++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            return b.toString();
        }

        private String regionalVariant(String lang) {
            if (!chance(0.06)) {
                return lang;
            }
            return switch (lang) {
                case "en" -> pick(List.of("en-GB", "en-US"));
                case "zh" -> pick(List.of("zh-Hans", "zh-CN"));
                case "ru" -> "ru-RU";
                case "et" -> "et-EE";
                default -> lang;
            };
        }

        private Channel channel(Persona persona) {
            if (persona == Persona.PASSIVE && chance(0.7)) {
                return pick(List.of(Channel.SURVEY, Channel.REVIEW_SITE));
            }
            if (persona == Persona.AGGRESSIVE && chance(0.3)) {
                return pick(List.of(Channel.PHONE, Channel.SOCIAL_MEDIA, Channel.CHAT));
            }
            return pick(List.of(Channel.values()));
        }

        private Segment segment(Persona persona) {
            if (persona == Persona.HIGH_ROLLER) {
                return chance(0.6) ? Segment.VIP : Segment.PREMIUM;
            }
            double x = r.nextDouble();
            return x < 0.7 ? Segment.STANDARD : x < 0.9 ? Segment.PREMIUM : Segment.VIP;
        }

        private Money claimedLoss(Segment segment) {
            double x = r.nextDouble();
            if (x < 0.12) {
                return null;
            }
            if (x < 0.15) {
                return eur(BigDecimal.ZERO);
            }
            if (x < 0.55) {
                return eur(amount(0.5, 100));
            }
            if (x < 0.88) {
                return eur(amount(100, 1000));
            }
            double max = segment == Segment.VIP ? 25_000 : 8_000;
            return eur(amount(1000, max));
        }

        private Money requested(Persona persona, Money loss) {
            if (persona == Persona.RIP_OFF) {
                if (loss == null || loss.amount().signum() == 0) {
                    return eur(amount(100, 5000));
                }
                return eur(loss.amount().multiply(BigDecimal.valueOf(3 + 12 * r.nextDouble())));
            }
            if (!chance(0.6)) {
                return null;
            }
            if (loss == null) {
                return eur(amount(5, 500));
            }
            if (chance(0.5)) {
                return loss;
            }
            return eur(loss.amount().multiply(BigDecimal.valueOf(0.5 + r.nextDouble())));
        }

        private Integer scoreFor(Persona persona) {
            return switch (persona) {
                case PASSIVE -> 1 + r.nextInt(2);
                case AGGRESSIVE, RIP_OFF, CHRONIC -> 1 + r.nextInt(3);
                default -> 1 + r.nextInt(5);
            };
        }

        private Customer customer(Persona persona, Segment segment, Instant receivedAt) {
            Money ltv = switch (segment) {
                case VIP -> eur(amount(8_000, 250_000));
                case PREMIUM -> chance(0.95) ? eur(amount(1_500, 20_000)) : null;
                case STANDARD -> chance(0.85) ? eur(amount(0, 5_000)) : null;
            };
            LocalDate received = receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate since = null;
            if (chance(0.8)) {
                LocalDate earliest = LocalDate.of(1995, 1, 1);
                long span = received.toEpochDay() - earliest.toEpochDay();
                since = persona == Persona.PASSIVE && chance(0.6)
                        ? received.minusYears(5).minusDays(r.nextLong(3650))
                        : earliest.plusDays(r.nextLong(span));
            }
            int complaints;
            int upheld;
            if (persona == Persona.CHRONIC) {
                complaints = 4 + r.nextInt(17);
                upheld = r.nextInt(complaints / 4 + 1);
            } else {
                complaints = chance(0.65) ? 0 : 1 + r.nextInt(3);
                upheld = complaints == 0 ? 0 : r.nextInt(complaints + 1);
            }
            Money paid = null;
            if (chance(0.6)) {
                double max = switch (segment) {
                    case STANDARD -> 600;
                    case PREMIUM -> 1_200;
                    case VIP -> 3_000;
                };
                paid = chance(0.3) ? eur(BigDecimal.ZERO) : eur(amount(1, max));
            }
            return Customer.builder(id("K-", 5), segment)
                    .lifetimeValue(ltv)
                    .customerSince(since)
                    .complaintsLast12Months(complaints)
                    .upheldComplaintsLast12Months(upheld)
                    .compensationLast12Months(paid)
                    .build();
        }

        private Set<SignalType> textSignals(Persona persona, Category category) {
            Map<SignalType, Double> p = new EnumMap<>(SignalType.class);
            for (SignalType s : SignalType.values()) {
                p.put(s, 0.05);
            }
            switch (persona) {
                case AGGRESSIVE -> {
                    p.put(SignalType.SHOUTING, 0.5);
                    p.put(SignalType.EXCLAMATION, 0.6);
                    p.put(SignalType.ABUSIVE_LANGUAGE, 0.4);
                    p.put(SignalType.DEMANDS_IMMEDIACY, 0.5);
                    p.put(SignalType.PUBLIC_EXPOSURE_THREAT, 0.25);
                    p.put(SignalType.LEGAL_THREAT, 0.15);
                    p.put(SignalType.MILD_WORDING, 0.0);
                }
                case RIP_OFF -> {
                    p.put(SignalType.LEGAL_THREAT, 0.2);
                    p.put(SignalType.CHURN_THREAT, 0.2);
                    p.put(SignalType.REGULATOR_MENTION, 0.1);
                }
                case CHRONIC -> {
                    p.put(SignalType.RECURRING_FAULT, 0.5);
                    p.put(SignalType.REPEATED_CONTACT, 0.4);
                }
                case PASSIVE -> {
                    p.put(SignalType.MILD_WORDING, 0.7);
                    for (SignalType s : List.of(
                            SignalType.SHOUTING,
                            SignalType.EXCLAMATION,
                            SignalType.ABUSIVE_LANGUAGE,
                            SignalType.LEGAL_THREAT,
                            SignalType.DEMANDS_IMMEDIACY)) {
                        p.put(s, 0.0);
                    }
                }
                default -> {}
            }
            if (category == Category.SAFETY || category == Category.PRODUCT_QUALITY) {
                p.put(SignalType.SAFETY_RISK, p.get(SignalType.SAFETY_RISK) + 0.1);
            }
            Set<SignalType> out = EnumSet.noneOf(SignalType.class);
            for (SignalType s : SignalType.values()) {
                if (chance(p.get(s))) {
                    out.add(s);
                }
            }
            return out;
        }

        private String text(Phrases phrases, Category category, Set<SignalType> signals) {
            List<String> sentences = new ArrayList<>();
            sentences.add(pick(phrases.neutral(category)));
            List<SignalType> order = new ArrayList<>(signals);
            Collections.shuffle(order, new java.util.Random(r.nextLong()));
            for (SignalType s : order) {
                List<String> pool = phrases.carrying(s);
                if (!pool.isEmpty()) {
                    sentences.add(s == SignalType.MILD_WORDING ? 0 : sentences.size(), pick(pool));
                }
            }
            if (chance(0.6)) {
                sentences.add(pick(phrases.requests()));
            }
            boolean zh = phrases.language().equals("zh");
            if (!zh && chance(0.04)) {
                // a long letter: the same neutral sentences told at length
                while (String.join(" ", sentences).split("\\s+").length < 320) {
                    sentences.add(sentences.size() - 1, pick(phrases.neutral(pick(List.of(Category.values())))));
                }
            }
            String text = String.join(zh ? "" : " ", sentences);
            if (signals.contains(SignalType.EXCLAMATION)) {
                text = Phrases.exclaim(text, phrases.language());
            }
            if (signals.contains(SignalType.SHOUTING)) {
                text = Phrases.shout(text);
            }
            return text;
        }
    }

    /** Configures a {@link CaseGenerator}. */
    public static final class Builder {
        private long seed;
        private boolean seedGiven;
        private List<RegulatoryProfile> profiles = List.of(RegulatoryProfile.values());
        private final Map<String, Integer> languageWeights =
                new java.util.HashMap<>(Map.of("en", 30, "ru", 20, "zh", 20, "et", 20, Labels.ABSENT, 10));
        private final Map<Persona, Integer> personaWeights = new EnumMap<>(Map.of(
                Persona.MODERATE,
                30,
                Persona.AGGRESSIVE,
                15,
                Persona.RIP_OFF,
                12,
                Persona.HIGH_ROLLER,
                12,
                Persona.CHRONIC,
                12,
                Persona.PASSIVE,
                14));
        private double hostSignalProbability = 0.12;
        private double textProbability = 0.92;

        private Builder() {}

        /**
         * Sets the seed. {@link PropertyCheck#check} and {@link PropertyCheck#forAll} then draw their cases
         * from this seed, not from {@value PropertyCheck#SEED_PROPERTY}.
         *
         * @param seed the seed of {@link #next()} and {@link #stream(long)}
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            this.seedGiven = true;
            return this;
        }

        /**
         * @param chosen the profiles to draw from, uniformly; at least one
         * @return this builder
         */
        public Builder profiles(RegulatoryProfile... chosen) {
            if (chosen.length == 0) {
                throw new IllegalArgumentException("profiles needs at least one profile");
            }
            this.profiles = List.of(chosen);
            return this;
        }

        /**
         * Weighs a language. A language's weight governs both the {@code complaint.language} tag
         * ({@code lang=}) and the language texts are written in ({@code textlang=}): a case drawn
         * {@link Labels#ABSENT} has no tag and, when it has a text, one written in a language of positive
         * weight (each as likely). A case drawn without a text keeps its tag half the time and otherwise
         * has none ({@code lang=absent}), unless absent has weight 0: then it keeps it.
         *
         * @param language {@code en}, {@code ru}, {@code zh}, {@code et}, or {@link Labels#ABSENT}
         * @param weight relative weight, {@code >= 0}; 0 never generates it: no case tagged with the
         *     language, no text written in it (for absent: every case has a language tag)
         * @return this builder
         */
        public Builder languageWeight(String language, int weight) {
            if (!language.equals(Labels.ABSENT) && !Phrases.LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(
                        "language must be one of " + Phrases.LANGUAGES + " or absent, was " + language);
            }
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be >= 0, was " + weight);
            }
            languageWeights.put(language, weight);
            return this;
        }

        /**
         * @param persona a persona
         * @param weight relative weight, {@code >= 0}; 0 never generates it
         * @return this builder
         */
        public Builder personaWeight(Persona persona, int weight) {
            Objects.requireNonNull(persona, "persona");
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be >= 0, was " + weight);
            }
            personaWeights.put(persona, weight);
            return this;
        }

        /**
         * Sets how often a case gets host-supplied signals ({@code complaint.signals}, {@code host-signal=}).
         * Besides these, a case meant to shout whose text is in a language that cannot be written in
         * capitals (zh) carries {@code SHOUTING} as a host signal instead, unless {@code p} is 0.
         *
         * @param p 0..1, share of cases given host-supplied signals at random (default 0.12); 0: no case
         *     has any (a zh text meant to shout then does not shout)
         * @return this builder
         */
        public Builder hostSignalProbability(double p) {
            this.hostSignalProbability = probability(p);
            return this;
        }

        /**
         * @param p 0..1, share of cases with a text (default 0.92)
         * @return this builder
         */
        public Builder textProbability(double p) {
            this.textProbability = probability(p);
            return this;
        }

        private List<String> textLanguages() {
            return Phrases.LANGUAGES.stream()
                    .filter(l -> languageWeights.getOrDefault(l, 0) > 0)
                    .toList();
        }

        private static double probability(double p) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability must be 0..1, was " + p);
            }
            return p;
        }

        /**
         * @return the generator
         * @throws IllegalArgumentException when every language or every persona has weight 0, or only
         *     absent has a positive weight while {@link #textProbability(double)} is above 0 (no language
         *     to write the texts in)
         */
        public CaseGenerator build() {
            if (languageWeights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
                throw new IllegalArgumentException("at least one language needs a positive weight");
            }
            if (textLanguages().isEmpty() && textProbability > 0) {
                throw new IllegalArgumentException("texts need a language of positive weight to be written in"
                        + " (absent is no language): give one of " + Phrases.LANGUAGES
                        + " a positive weight, or set textProbability(0)");
            }
            if (personaWeights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
                throw new IllegalArgumentException("at least one persona needs a positive weight");
            }
            return new CaseGenerator(this);
        }
    }
}
