package org.complaintrules.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Segment;
import org.complaintrules.api.SignalType;

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
 *       {@code country=} (the ISO code, when given), {@code zone=default|given},
 *       {@code incident=none|recent|old}, {@code near=christmas|easter|dst|none}.</li>
 * </ul>
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

    /** Every generation label key with its values; {@code year} takes any whole number. */
    private static final Map<String, Set<String>> VOCABULARY = vocabulary();

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
        v.put("text", Set.of("none", "short", "long"));
        v.put("has", new LinkedHashSet<>(OPTIONAL_FIELDS));
        v.put("year", Set.of());
        return v;
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
     * @throws IllegalArgumentException naming the label and the known labels of its key, or the known keys
     */
    public static void requireKnown(String label, Set<String> carried) {
        java.util.Objects.requireNonNull(label, "label");
        if (carried.contains(label)) {
            return;
        }
        int eq = label.indexOf('=');
        String key = eq < 0 ? label : label.substring(0, eq);
        String value = eq < 0 ? null : label.substring(eq + 1);
        Set<String> values = VOCABULARY.get(key);
        if (values == null) {
            boolean ownKey = carried.stream().anyMatch(l -> l.startsWith(key + "="));
            if (ownKey && value != null) {
                return;
            }
            throw new UnknownLabelException(
                    "unknown label \"" + label + "\": labels are key=value with a key among " + VOCABULARY.keySet());
        }
        if (value == null) {
            throw new UnknownLabelException(
                    "unknown label \"" + label + "\": labels are key=value, e.g. " + key + "=" + example(key, values));
        }
        if (key.equals("year") ? value.matches("-?[0-9]{1,9}") : values.contains(value)) {
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
