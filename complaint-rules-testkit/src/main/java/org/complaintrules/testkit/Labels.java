package org.complaintrules.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.EscalationLevel;
import org.complaintrules.api.Priority;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;
import org.complaintrules.api.Team;

/**
 * The label vocabulary of the kit. Generated cases carry {@code key=value} labels:
 * <ul>
 *   <li>{@code channel=}, {@code category=}, {@code segment=}, {@code profile=}: the enum constant;</li>
 *   <li>{@code lang=en|ru|zh|et|absent} (the {@code complaint.language} field, primary subtag) and
 *       {@code textlang=} (the language the text is written in), {@code text=none|short|long};</li>
 *   <li>{@code signal=X} when the case carries signal X in its text or as a host signal, and
 *       {@code text-signal=X} / {@code host-signal=X} to say which;</li>
 *   <li>{@code persona=}: which kind of complainant the generator imitated;</li>
 *   <li>{@code shape=rip-off} (offers rejected and a request above the loss), {@code weekend=yes|no},
 *       {@code year=}, {@code has=<optional field>};</li>
 *   <li>the legal clock: {@code service=} (the enum constant), {@code jurisdiction=default|given|no-calendar},
 *       {@code country=} (the ISO 3166-1 alpha-2 code, when given: a country of one of the profiles'
 *       jurisdictions, or {@code KP} for one without a holiday calendar), {@code zone=default|given},
 *       {@code incident=none|recent|old}, {@code near=christmas|easter|dst|none}.</li>
 * </ul>
 * These are all the keys and values the generator produces: {@link GeneratedCase#has} rejects any other
 * label of these keys (and any other key the case does not carry).
 * After advising, {@link #of(Advice)} adds {@code type=}, {@code trait=}, {@code level=}, {@code team=},
 * {@code priority=}.
 */
public final class Labels {
    /** Value of the {@code lang} label when {@code complaint.language} is absent. */
    public static final String ABSENT = "absent";

    /** The optional contract fields a case may carry, as in the {@code has=} labels. */
    public static final List<String> OPTIONAL_FIELDS = List.of(
            "publiclyVisible",
            "claimedLoss",
            "requestedCompensation",
            "satisfactionScore",
            "lifetimeValue",
            "customerSince",
            "compensationLast12Months",
            "lastOffer");

    /** The values of {@code jurisdiction=}: none given (the profile's), one given, one without a holiday calendar. */
    static final List<String> JURISDICTIONS = List.of("default", "given", "no-calendar");

    /** The values of {@code zone=}: none given (the jurisdiction's), or one of the complaint's own. */
    static final List<String> ZONES = List.of("default", "given");

    /** The values of {@code incident=}: no incident date, one within two years, one five to nine years back. */
    static final List<String> INCIDENTS = List.of("none", "recent", "old");

    /** The values of {@code near=}: the dates close to which a quarter of the receipts fall, and none. */
    static final List<String> NEAR = List.of("christmas", "easter", "dst", "none");

    /** The values of {@code text=}: no text, a text under 300 words, a longer one. */
    static final List<String> TEXTS = List.of("none", "short", "long");

    /**
     * Every label key {@link CaseGenerator} produces, with its values; {@code year} takes any whole number.
     * The generator labels only from this vocabulary (an assertion checks each label it adds, with {@code -ea}
     * as in tests).
     */
    private static final Map<String, Set<String>> VOCABULARY = vocabulary();

    /** The generation vocabulary and the keys {@link #of(Advice)} adds, for {@link Coverage}. */
    private static final Map<String, Set<String>> WITH_ADVICE = withAdvice();

    private Labels() {}

    private static Map<String, Set<String>> vocabulary() {
        Map<String, Set<String>> v = new LinkedHashMap<>();
        v.put("channel", names(Channel.class));
        v.put("category", names(Category.class));
        v.put("segment", names(Segment.class));
        v.put("profile", names(RegulatoryProfile.class));
        Set<String> langs = new LinkedHashSet<>(Phrases.LANGUAGES);
        v.put("textlang", Set.copyOf(langs));
        langs.add(ABSENT);
        v.put("lang", langs);
        v.put("signal", names(SignalType.class));
        v.put("text-signal", names(SignalType.class));
        v.put("host-signal", names(SignalType.class));
        v.put("persona", names(CaseGenerator.Persona.class));
        v.put("shape", Set.of("rip-off"));
        v.put("weekend", Set.of("yes", "no"));
        v.put("text", new LinkedHashSet<>(TEXTS));
        v.put("has", new LinkedHashSet<>(OPTIONAL_FIELDS));
        v.put("year", Set.of());
        v.put("service", names(RegulatedService.class));
        v.put("jurisdiction", new LinkedHashSet<>(JURISDICTIONS));
        v.put("country", CaseGenerator.countries());
        v.put("zone", new LinkedHashSet<>(ZONES));
        v.put("incident", new LinkedHashSet<>(INCIDENTS));
        v.put("near", new LinkedHashSet<>(NEAR));
        return Collections.unmodifiableMap(v);
    }

    private static Map<String, Set<String>> withAdvice() {
        Map<String, Set<String>> v = new LinkedHashMap<>(VOCABULARY);
        v.put("type", names(ComplainantType.class));
        v.put("trait", names(ComplainantType.class));
        v.put("level", names(EscalationLevel.class));
        v.put("team", names(Team.class));
        v.put("priority", names(Priority.class));
        return Collections.unmodifiableMap(v);
    }

    /**
     * @param key a key of the generator's labels
     * @param value a value
     * @return whether {@link CaseGenerator} can produce {@code key=value}
     */
    static boolean generates(String key, String value) {
        Set<String> values = VOCABULARY.get(key);
        return values != null && (key.equals("year") ? isYear(value) : values.contains(value));
    }

    private static boolean isYear(String value) {
        return value.matches("-?[0-9]{1,9}");
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> out = new LinkedHashSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }

    /**
     * Checks a label against the kit's vocabulary, so that a typo such as
     * {@code signal=LEGAL_THRET} is an error rather than a test that is silently never true.
     * A label is known when it is in the vocabulary of {@link CaseGenerator}, or when its key is
     * one the case itself carries (labels of a generator of your own).
     *
     * @param label the label asked about, e.g. {@code signal=LEGAL_THREAT}
     * @param carried the labels of the case asked, for keys outside the kit's vocabulary
     * @throws UnknownLabelException (an {@link IllegalArgumentException}) naming the label and the known
     *     labels of its key, or the known keys
     */
    public static void requireKnown(String label, Set<String> carried) {
        requireKnown(label, carried, VOCABULARY);
    }

    /**
     * As {@link #requireKnown(String, Set)}, with the advice's labels ({@link #of(Advice)}) known too.
     *
     * @param label the label asked about
     * @param carried the labels recorded, for keys outside the kit's vocabulary
     * @throws UnknownLabelException naming the label and the known labels of its key, or the known keys
     */
    static void requireKnownWithAdvice(String label, Set<String> carried) {
        requireKnown(label, carried, WITH_ADVICE);
    }

    private static void requireKnown(String label, Set<String> carried, Map<String, Set<String>> vocabulary) {
        Objects.requireNonNull(label, "label");
        if (carried.contains(label)) {
            return;
        }
        int eq = label.indexOf('=');
        String key = eq < 0 ? label : label.substring(0, eq);
        String value = eq < 0 ? null : label.substring(eq + 1);
        Set<String> values = vocabulary.get(key);
        if (values == null) {
            boolean ownKey = carried.stream().anyMatch(l -> l.startsWith(key + "="));
            if (ownKey && value != null) {
                return;
            }
            throw new UnknownLabelException(
                    "unknown label \"" + label + "\": labels are key=value with a key among " + vocabulary.keySet());
        }
        if (value == null) {
            throw new UnknownLabelException(
                    "unknown label \"" + label + "\": labels are key=value, e.g. " + key + "=" + example(key, values));
        }
        if (key.equals("year") ? isYear(value) : values.contains(value)) {
            return;
        }
        List<String> known = values.stream().map(x -> label(key, x)).toList();
        throw new UnknownLabelException("unknown label \"" + label + "\"; the known " + key + " labels are "
                + (key.equals("year") ? "year=<whole number>" : known.toString()));
    }

    private static String example(String key, Set<String> values) {
        return key.equals("year") ? "2026" : values.iterator().next();
    }

    /**
     * @param key e.g. {@code channel}
     * @param value e.g. {@code SURVEY}
     * @return {@code key=value}
     */
    public static String label(String key, Object value) {
        return key + "=" + value;
    }

    /**
     * @param key a key
     * @param type an enum
     * @return {@code key=C} for every constant C
     */
    public static List<String> all(String key, Class<? extends Enum<?>> type) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.add(label(key, e.name()));
        }
        return out;
    }

    /**
     * @return every channel, category, segment, language (and absent), profile and signal label, and the
     *         legal clock's: every service, a given and a default jurisdiction and zone, recent and old
     *         incidents, receipt near Christmas, Easter and a daylight-saving change
     */
    public static Set<String> generated() {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(all("channel", Channel.class));
        out.addAll(all("category", Category.class));
        out.addAll(all("segment", Segment.class));
        Phrases.LANGUAGES.forEach(l -> out.add(label("lang", l)));
        out.add(label("lang", ABSENT));
        out.addAll(all("profile", RegulatoryProfile.class));
        out.addAll(all("signal", SignalType.class));
        out.addAll(all("service", RegulatedService.class));
        out.addAll(List.of(
                label("jurisdiction", "default"),
                label("jurisdiction", "given"),
                label("zone", "default"),
                label("zone", "given"),
                label("incident", "recent"),
                label("incident", "old"),
                label("near", "christmas"),
                label("near", "easter"),
                label("near", "dst")));
        return out;
    }

    /** @return {@code text-signal=X} for every signal the text itself can carry, and {@code host-signal=X} for all */
    public static Set<String> signalSources() {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(all("text-signal", SignalType.class));
        out.addAll(all("host-signal", SignalType.class));
        return out;
    }

    /** @return {@code type=T} for every complainant type, MODERATE included */
    public static Set<String> complainantTypes() {
        return new LinkedHashSet<>(all("type", ComplainantType.class));
    }

    /**
     * @param advice an advice
     * @return its labels: {@code type=}, each {@code trait=}, {@code level=}, each {@code team=}, {@code priority=}
     */
    public static Set<String> of(Advice advice) {
        Set<String> out = new LinkedHashSet<>();
        out.add(label("type", advice.complainantType()));
        advice.traits().forEach(t -> out.add(label("trait", t)));
        out.add(label("level", advice.escalation().level()));
        advice.escalation().teams().forEach(t -> out.add(label("team", t)));
        out.add(label("priority", advice.priority()));
        return out;
    }
}
