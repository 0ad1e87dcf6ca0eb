package org.complaintrules.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a complaint is handled (CONTRACT.md section 5.1, {@code complaint.jurisdiction}): an ISO
 * 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision, written {@code "GB"} or
 * {@code "GB-SCT"}. It chooses the public-holiday calendar. Codes are upper case, as ISO writes
 * them; nothing is case-folded. Since 0.2.
 *
 * @param country an ISO 3166-1 alpha-2 code that {@link Locale#getISOCountries()} knows, e.g. {@code "GB"}
 * @param subdivision the ISO 3166-2 subdivision part after the hyphen (1 to 3 upper-case letters or
 *        digits), e.g. {@code "SCT"}; {@code null} for the whole country
 */
public record Jurisdiction(String country, String subdivision) {
    private static final Pattern CODE = Pattern.compile("([A-Z]{2})(?:-([A-Z0-9]{1,3}))?");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String EXPECTED = "must be an ISO 3166-1 alpha-2 country code, optionally with an"
            + " ISO 3166-2 subdivision, such as \"GB\" or \"GB-SCT\", was ";

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming {@code country} or {@code subdivision} and quoting the
     *         value when the country is missing or unknown, or the subdivision is malformed
     * @param country an ISO 3166-1 alpha-2 code that {@link Locale#getISOCountries()} knows, e.g. {@code "GB"}
     * @param subdivision the subdivision
     */
    public Jurisdiction {
        Checks.required(country, "country");
        if (!COUNTRY.matcher(country).matches() || !COUNTRIES.contains(country)) {
            throw new InvalidInputException(
                    "country", "must be an ISO 3166-1 alpha-2 code such as \"GB\", was " + Checks.quote(country));
        }
        if (subdivision != null && !SUBDIVISION.matcher(subdivision).matches()) {
            throw new InvalidInputException(
                    "subdivision",
                    "must be an ISO 3166-2 subdivision code of 1 to 3 upper-case letters or digits such as \"SCT\","
                            + " was " + Checks.quote(subdivision));
        }
    }

    /**
     * @param code {@code "GB"}, {@code "GB-SCT"}, {@code "AU-NSW"}, {@code "US-NY"}
     * @return the jurisdiction
     * @throws InvalidInputException naming {@code jurisdiction} and quoting the code when it is
     *         missing, malformed or names an unknown country
     */
    public static Jurisdiction of(String code) {
        Checks.required(code, "jurisdiction");
        Matcher m = CODE.matcher(code);
        if (!m.matches() || !COUNTRIES.contains(m.group(1))) {
            throw new InvalidInputException("jurisdiction", EXPECTED + Checks.quote(code));
        }
        return new Jurisdiction(m.group(1), m.group(2));
    }

    /** @return the code as written in JSON: {@code "GB"} or {@code "GB-SCT"} */
    @Override
    public String toString() {
        return subdivision == null ? country : country + "-" + subdivision;
    }
}
