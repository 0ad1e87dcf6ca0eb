package org.complaintrules.drools.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatoryProfile;

/**
 * The defaults of CONTRACT.md section 5.1: each regulatory profile's jurisdiction, and each
 * jurisdiction's time zone (one per country or subdivision; for a country with several, the capital's;
 * the table is {@code zones.properties} beside this class).
 */
public final class Jurisdictions {
    private static final Map<String, ZoneId> ZONES = load();
    private static final Map<RegulatoryProfile, Jurisdiction> PROFILE_DEFAULTS = profileDefaults();

    private Jurisdictions() {}

    /**
     * @param profile a regulatory profile
     * @return its country ({@code UK_FCA} → {@code GB}, {@code US_CFPB} → {@code US}, {@code AU_ASIC} →
     *         {@code AU}, {@code IE_CBI} → {@code IE}), or empty ({@code GENERIC}, {@code EU_PSD2})
     */
    public static Optional<Jurisdiction> defaultFor(RegulatoryProfile profile) {
        return Optional.ofNullable(PROFILE_DEFAULTS.get(profile));
    }

    /**
     * @param jurisdiction a jurisdiction, or {@code null}
     * @return its zone: the subdivision's when listed, else the country's; empty when neither is listed
     */
    public static Optional<ZoneId> zoneOf(Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            return Optional.empty();
        }
        ZoneId z = ZONES.get(jurisdiction.toString());
        return Optional.ofNullable(z != null ? z : ZONES.get(jurisdiction.country()));
    }

    /** @return the whole table: jurisdiction code to zone, sorted by code */
    public static Map<String, ZoneId> zones() {
        return ZONES;
    }

    private static Map<RegulatoryProfile, Jurisdiction> profileDefaults() {
        Map<RegulatoryProfile, Jurisdiction> m = new EnumMap<>(RegulatoryProfile.class);
        m.put(RegulatoryProfile.UK_FCA, Jurisdiction.of("GB"));
        m.put(RegulatoryProfile.US_CFPB, Jurisdiction.of("US"));
        m.put(RegulatoryProfile.AU_ASIC, Jurisdiction.of("AU"));
        m.put(RegulatoryProfile.IE_CBI, Jurisdiction.of("IE"));
        return Map.copyOf(m);
    }

    private static Map<String, ZoneId> load() {
        Properties p = new Properties();
        try (InputStream in = Jurisdictions.class.getResourceAsStream("zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("zones.properties is missing beside " + Jurisdictions.class.getName());
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zones.properties", e);
        }
        Map<String, ZoneId> zones = new TreeMap<>();
        for (String code : p.stringPropertyNames()) {
            Jurisdiction.of(code); // a malformed code fails here, naming it
            zones.put(code, ZoneId.of(p.getProperty(code).trim()));
        }
        return java.util.Collections.unmodifiableMap(zones);
    }
}
