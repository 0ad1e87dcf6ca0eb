package org.complaintrules.drools.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.drools.calendar.BusinessCalendar;
import org.complaintrules.drools.calendar.Jurisdictions;
import org.complaintrules.drools.model.CaseClock;
import org.complaintrules.drools.model.PolicySettings;

/**
 * How a policy sets up each case's {@link CaseClock}, from the {@code clock.*} keys of
 * {@code policy.properties} (none of them required):
 * <ul>
 *   <li>{@code clock.closeOfBusiness=23:59:59}: when a business day ends, local time;</li>
 *   <li>{@code clock.jurisdiction.<PROFILE>=GB}: a profile's default jurisdiction ({@code none} for
 *       none), instead of the contract's;</li>
 *   <li>{@code clock.zone.<CODE>=Europe/London}: a jurisdiction's time zone, added to or replacing the
 *       library's table.</li>
 * </ul>
 *
 * @param calendar which days are business days
 * @param closeOfBusiness when a business day ends
 * @param defaults each profile's default jurisdiction (absent for none)
 * @param zones the policy's own zones, by jurisdiction code
 */
public record ClockSettings(
        BusinessCalendar calendar,
        LocalTime closeOfBusiness,
        Map<RegulatoryProfile, Optional<Jurisdiction>> defaults,
        Map<String, ZoneId> zones) {
    /** The prefix of the legal clock's keys. */
    static final String PREFIX = "clock.";
    /** Key of the close of business. */
    static final String CLOSE_OF_BUSINESS = "clock.closeOfBusiness";

    private static final String CLOSE = CLOSE_OF_BUSINESS;
    private static final String JURISDICTION = "clock.jurisdiction.";
    private static final String ZONE = "clock.zone.";

    /** Validates and copies the components. */
    public ClockSettings {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(closeOfBusiness, "closeOfBusiness");
        defaults = Map.copyOf(defaults);
        zones = Map.copyOf(zones);
    }

    /**
     * @param settings the policy
     * @param calendar the business calendar the builder chose
     * @return the clock settings
     * @throws IllegalArgumentException naming the key and quoting the value when a {@code clock.*} key
     *         is malformed
     */
    public static ClockSettings from(PolicySettings settings, BusinessCalendar calendar) {
        return from(settings.values(), calendar);
    }

    /**
     * @param values the policy's keys
     * @return each malformed {@code clock.*} key with its problem, as {@code {key, message}}
     */
    static List<String[]> problems(Map<String, String> values) {
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().startsWith(PREFIX)) {
                try {
                    from(Map.of(e.getKey(), e.getValue()), BusinessCalendar.weekdays());
                } catch (IllegalArgumentException bad) {
                    out.add(new String[] {e.getKey(), bad.getMessage()});
                }
            }
        }
        return out;
    }

    private static ClockSettings from(Map<String, String> values, BusinessCalendar calendar) {
        LocalTime close = CaseClock.END_OF_DAY;
        Map<RegulatoryProfile, Optional<Jurisdiction>> defaults = new EnumMap<>(RegulatoryProfile.class);
        for (RegulatoryProfile p : RegulatoryProfile.values()) {
            defaults.put(p, Jurisdictions.defaultFor(p));
        }
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().trim();
            if (!key.startsWith("clock.")) {
                continue;
            }
            try {
                if (key.equals(CLOSE)) {
                    close = LocalTime.parse(value);
                } else if (key.startsWith(JURISDICTION)) {
                    RegulatoryProfile p = RegulatoryProfile.valueOf(key.substring(JURISDICTION.length()));
                    defaults.put(
                            p, value.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Jurisdiction.of(value)));
                } else if (key.startsWith(ZONE)) {
                    Jurisdiction.of(key.substring(ZONE.length()));
                    ZoneId z = ZoneId.of(value);
                    if (z instanceof ZoneOffset) {
                        throw new IllegalArgumentException("a fixed offset is not a time zone");
                    }
                    zones.put(key.substring(ZONE.length()), z);
                } else {
                    throw new IllegalArgumentException("unknown clock key");
                }
            } catch (RuntimeException malformed) {
                throw bad(key, value);
            }
        }
        return new ClockSettings(calendar, close, defaults, zones);
    }

    private static IllegalArgumentException bad(String key, String value) {
        String expected = key.equals(CLOSE)
                ? "a local time such as 17:00 or 23:59:59"
                : key.startsWith(JURISDICTION)
                        ? "clock.jurisdiction.<profile> = a jurisdiction such as GB or AU-NSW, or none"
                        : key.startsWith(ZONE)
                                ? "clock.zone.<jurisdiction> = an IANA time-zone id such as Europe/Tallinn"
                                : "one of clock.closeOfBusiness, clock.jurisdiction.<profile>, clock.zone.<jurisdiction>";
        return new IllegalArgumentException(key + " must be " + expected + ", was \"" + value + "\"");
    }

    /**
     * @param complaint a complaint
     * @param profile the regulatory profile in force
     * @return the complaint's clock
     */
    public CaseClock clockFor(Complaint complaint, RegulatoryProfile profile) {
        return CaseClock.of(
                complaint,
                defaults.getOrDefault(profile, Optional.empty()).orElse(null),
                this::zoneOf,
                calendar,
                closeOfBusiness);
    }

    /** The policy's zone for the code, the library's, then the same for the country. */
    private Optional<ZoneId> zoneOf(Jurisdiction j) {
        ZoneId z = j.subdivision() == null ? null : listed(j.toString());
        return Optional.ofNullable(z != null ? z : listed(j.country()));
    }

    /** @return the policy's zone for the code, else the library's, else {@code null} (neither table holds nulls) */
    private ZoneId listed(String code) {
        ZoneId z = zones.get(code);
        return z != null ? z : Jurisdictions.zones().get(code);
    }
}
