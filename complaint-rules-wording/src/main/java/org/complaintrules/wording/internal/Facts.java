package org.complaintrules.wording.internal;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.CurrencyAmount;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Approval;
import org.complaintrules.api.ApprovalRole;
import org.complaintrules.api.CompensationForm;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Deadlines;
import org.complaintrules.api.Money;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatoryProfile;

/**
 * The facts the library knows about a case, as arguments for the ICU message patterns of reply
 * templates. Every name listed in {@link #NAMES} is always given a value; any other placeholder in a
 * template is a host fact and stays in the draft as {@code {name}}.
 */
public final class Facts {
    /** The names of the facts the library fills in. */
    public static final Set<String> NAMES = Set.of(
            "caseId",
            "receivedAt",
            "acknowledgeBy",
            "respondBy",
            "resolveBy",
            "followUpAt",
            "finalResponseBy",
            "extendedFinalResponseBy",
            "extension",
            "covered",
            "referralFrom",
            "referralMonths",
            "referralYears",
            "agentOffer",
            "offer",
            "offerForms",
            "topic",
            "level",
            "channel",
            "vulnerable",
            "type",
            "timeBarred");

    /** The facts that are moments in time, quoted in the customer's time zone. */
    public static final List<String> MOMENTS = List.of(
            "receivedAt",
            "acknowledgeBy",
            "respondBy",
            "resolveBy",
            "followUpAt",
            "finalResponseBy",
            "extendedFinalResponseBy",
            "referralFrom");

    private Facts() {}

    /**
     * @param c the case
     * @param a its advice
     * @param profile the regulatory profile in force
     * @param locale the letter's locale
     * @param zone the customer's time zone
     * @param wording the wording of codes in the letter's language: {@code topic.*} and {@code offer.*}
     * @param extendedLimit the latest final response after a holding reply in exceptional
     *        circumstances, as the rules computed it, or {@code null} when the regulator allows no such
     *        extension for the case
     * @return the facts by name
     */
    public static Map<String, Object> of(
            ComplaintCase c,
            Advice a,
            RegulatoryProfile profile,
            ULocale locale,
            ZoneId zone,
            Function<String, String> wording,
            Instant extendedLimit) {
        Map<String, Object> f = new LinkedHashMap<>();
        Deadlines d = a.deadlines();
        Referral r = a.referral();
        Instant finalBy = d.regulatoryLimit() != null ? d.regulatoryLimit() : d.resolveBy();
        f.put("caseId", c.id());
        f.put("receivedAt", calendar(c.complaint().receivedAt(), zone, locale));
        f.put("acknowledgeBy", calendar(d.acknowledgeBy(), zone, locale));
        f.put("respondBy", calendar(d.respondBy(), zone, locale));
        f.put("resolveBy", calendar(d.resolveBy(), zone, locale));
        f.put("followUpAt", calendar(d.followUpAt(), zone, locale));
        f.put("finalResponseBy", calendar(finalBy, zone, locale));
        f.put("extendedFinalResponseBy", calendar(extendedLimit != null ? extendedLimit : finalBy, zone, locale));
        f.put("extension", extendedLimit != null ? "yes" : "no");
        // whether the profile's letter clauses apply to the complaint, as the policy decided: under EU_PSD2
        // its PSD2 clock gives a regulatory limit only where art. 101 applies (which services, the rules say)
        f.put("covered", profile != RegulatoryProfile.EU_PSD2 || d.regulatoryLimit() != null ? "yes" : "no");
        f.put(
                "referralFrom",
                calendar(r != null && r.availableFrom() != null ? r.availableFrom() : finalBy, zone, locale));
        Period window = r != null && r.windowAfterFinalResponse() != null
                ? r.windowAfterFinalResponse()
                : defaultWindow(profile);
        int months = (int) window.toTotalMonths();
        f.put("referralMonths", months);
        f.put("referralYears", months / 12);
        Money agent = agentLimit(a);
        List<String> forms = new ArrayList<>();
        for (CompensationForm form : a.compensation().allowedForms()) {
            if (form != CompensationForm.APOLOGY_ONLY) {
                forms.add(wording.apply("offer." + form.name()));
            }
        }
        boolean offer = agent.amount().signum() > 0 && !forms.isEmpty();
        f.put("agentOffer", currency(agent));
        f.put("offer", offer ? "yes" : "no");
        f.put(
                "offerForms",
                ListFormatter.getInstance(locale, ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                        .format(forms));
        f.put("topic", wording.apply("topic." + c.complaint().category().name()));
        f.put("level", a.escalation().level().name());
        f.put("channel", c.complaint().channel().name());
        f.put("vulnerable", a.vulnerability().drivers().isEmpty() ? "no" : "yes");
        f.put("type", a.complainantType().name());
        f.put("timeBarred", r != null && r.timeBarred() ? "yes" : "no");
        return f;
    }

    /**
     * Facts for checking templates when a policy is built: every fact with a plausible value.
     *
     * @param locale the locale
     * @return the facts by name
     */
    public static Map<String, Object> sample(ULocale locale) {
        Map<String, Object> f = new LinkedHashMap<>();
        Instant t = Instant.parse("2026-11-20T10:15:00Z");
        f.put("caseId", "C-1001");
        for (String m : MOMENTS) {
            f.put(m, calendar(t, ZoneOffset.UTC, locale));
        }
        f.put("extension", "yes");
        f.put("covered", "yes");
        f.put("referralMonths", 6);
        f.put("referralYears", 0);
        f.put("agentOffer", new CurrencyAmount(new BigDecimal("50.00"), com.ibm.icu.util.Currency.getInstance("EUR")));
        f.put("offer", "yes");
        f.put("offerForms", "a refund");
        f.put("topic", "your order");
        f.put("level", "SUPERVISOR");
        f.put("channel", "EMAIL");
        f.put("vulnerable", "no");
        f.put("type", "MODERATE");
        f.put("timeBarred", "no");
        return f;
    }

    /**
     * @param a the advice
     * @return what an agent may offer without approval: the AGENT rung of the approval ladder, at
     *         most the compensation cap; zero when there is no such rung
     */
    public static Money agentLimit(Advice a) {
        Money max = a.compensation().maxAmount();
        for (Approval ap : a.compensation().approvals()) {
            if (ap.role() == ApprovalRole.AGENT) {
                return ap.upTo().amount().compareTo(max.amount()) <= 0 ? ap.upTo() : max;
            }
        }
        return Money.zero(max.currency());
    }

    /**
     * @param instant a moment
     * @param zone the time zone to show it in
     * @param locale the locale
     * @return an ICU calendar, which ICU message formats show in its own time zone
     */
    public static Calendar calendar(Instant instant, ZoneId zone, ULocale locale) {
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone(zone.getId()), locale);
        cal.setTimeInMillis(instant.toEpochMilli());
        return cal;
    }

    /**
     * @param value an argument for a message pattern
     * @param zone the time zone for moments
     * @param locale the locale
     * @return the value as ICU formats it: an {@link Instant} becomes a calendar in {@code zone}, a
     *         {@link Money} a currency amount; anything else is kept
     */
    public static Object argument(Object value, ZoneId zone, ULocale locale) {
        if (value instanceof Instant i) {
            return calendar(i, zone, locale);
        }
        if (value instanceof Money m) {
            return currency(m);
        }
        return value;
    }

    private static CurrencyAmount currency(Money m) {
        return new CurrencyAmount(
                m.amount(), com.ibm.icu.util.Currency.getInstance(m.currency().getCurrencyCode()));
    }

    private static Period defaultWindow(RegulatoryProfile profile) {
        return switch (profile) {
            case UK_FCA -> Period.ofMonths(6);
            case AU_ASIC -> Period.ofYears(2);
            default -> Period.ZERO;
        };
    }
}
