package org.complaintrules.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    private Labels() {}

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
