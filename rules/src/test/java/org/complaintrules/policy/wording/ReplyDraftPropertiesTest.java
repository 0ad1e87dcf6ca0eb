package org.complaintrules.policy.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.Reply;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.testkit.CaseGenerator;
import org.complaintrules.testkit.Gen;
import org.complaintrules.testkit.GeneratedCase;
import org.complaintrules.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/**
 * Over generated cases, each asking for a reply draft of some kind in some time zone: every advice
 * carries a draft, and every deadline the draft quotes is the local date and time in the zone of the
 * deadlines (complaint.timeZone, else the jurisdiction's, else UTC).
 */
class ReplyDraftPropertiesTest {
    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Tallinn"),
            ZoneId.of("Asia/Shanghai"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Europe/London"),
            ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Pacific/Pago_Pago"));
    private static final Map<RegulatoryProfile, DroolsComplaintAdvisor> ADVISORS =
            new EnumMap<>(RegulatoryProfile.class);

    static synchronized DroolsComplaintAdvisor advisor(RegulatoryProfile p) {
        return ADVISORS.computeIfAbsent(p, Letters::advisor);
    }

    /** Generated cases with a reply kind and a time zone (none when the incident date rules a zone out). */
    static final Gen<GeneratedCase> CASES = CaseGenerator.builder()
            .build()
            .flatMap(g -> Gen.choose(ReplyKind.class)
                    .flatMap(kind -> Gen.choose(ZONES).map(zone -> {
                        Complaint.Builder b =
                                g.complaintCase().complaint().toBuilder().replyDraft(kind);
                        if (g.complaintCase().complaint().incidentDate() == null) {
                            b.timeZone(zone);
                        }
                        return g.withCase(new org.complaintrules.api.ComplaintCase(
                                b.build(),
                                g.complaintCase().customer(),
                                g.complaintCase().conversation()));
                    })));

    @Test
    void everyAdviceCarriesADraftThatQuotesEachDeadlineInTheZoneOfTheDeadlines() {
        PropertyCheck.check(
                "a draft for every advice; every quoted deadline is the local date and time in the deadlines' zone",
                CASES,
                c -> {
                    Complaint complaint = c.complaintCase().complaint();
                    Advice a = advisor(c.profile()).advise(c.complaintCase());
                    Reply r = a.reply();
                    assertThat(r).as("reply").isNotNull();
                    assertThat(r.kind()).isEqualTo(complaint.replyDraft());
                    assertThat(r.language()).isIn(Letters.LANGUAGES);
                    if (complaint.language() != null
                            && Letters.LANGUAGES.contains(
                                    Locale.forLanguageTag(complaint.language()).getLanguage())) {
                        assertThat(r.language())
                                .isEqualTo(Locale.forLanguageTag(complaint.language())
                                        .getLanguage());
                    }
                    // the deadlines' zone: complaint.timeZone, else the jurisdiction's, else UTC
                    ZoneId zone = advisor(c.profile()).clock(complaint).zone();
                    if (complaint.timeZone() != null) {
                        assertThat(zone).isEqualTo(complaint.timeZone());
                    }
                    String body = r.body().replace('\u202f', ' ').replace('\u00a0', ' ');

                    // what the default templates always quote: the receipt, in every letter; the
                    // answer's deadline in an acknowledgement; the resolution and the follow-up in
                    // every answer and final response, whatever the steps; in a holding reply the
                    // latest date of the final answer, unless the regulator's holding letter is the
                    // one for a limit that cannot be met (UK_FCA, EU_PSD2, AU_ASIC)
                    assertQuotesDate(body, r.language(), complaint.receivedAt(), zone);
                    List<Instant> withTime = new ArrayList<>();
                    if (r.kind() == ReplyKind.ACKNOWLEDGEMENT) {
                        withTime.add(a.deadlines().respondBy());
                    }
                    if (r.kind() == ReplyKind.RESPONSE || r.kind() == ReplyKind.FINAL_RESPONSE) {
                        withTime.add(a.deadlines().resolveBy());
                        assertQuotesDate(body, r.language(), a.deadlines().followUpAt(), zone);
                    }
                    if (r.kind() == ReplyKind.HOLDING
                            && !List.of(RegulatoryProfile.UK_FCA, RegulatoryProfile.EU_PSD2, RegulatoryProfile.AU_ASIC)
                                    .contains(c.profile())) {
                        Instant finalBy = a.deadlines().regulatoryLimit() != null
                                ? a.deadlines().regulatoryLimit()
                                : a.deadlines().resolveBy();
                        assertQuotesDate(body, r.language(), finalBy, zone);
                    }
                    Set<String> localTimes = new HashSet<>();
                    for (Instant t : List.of(
                            complaint.receivedAt(),
                            a.deadlines().acknowledgeBy(),
                            a.deadlines().respondBy(),
                            a.deadlines().resolveBy(),
                            a.deadlines().followUpAt())) {
                        localTimes.addAll(times(LocalDateTime.ofInstant(t, zone)));
                    }
                    for (Instant t : withTime) {
                        assertQuotesDate(body, r.language(), t, zone);
                        List<String> local = times(LocalDateTime.ofInstant(t, zone));
                        assertThat(local.stream().anyMatch(s -> containsTime(body, s)))
                                .as("local time %s in %s", local, body)
                                .isTrue();
                        for (String utc : times(LocalDateTime.ofInstant(t, ZoneOffset.UTC))) {
                            if (!localTimes.contains(utc)) {
                                assertThat(containsTime(body, utc))
                                        .as("UTC time %s in %s", utc, body)
                                        .isFalse();
                            }
                        }
                    }
                });
    }

    /** The date as each language writes it in the templates: day and month (et: dd.MM.yyyy). */
    static void assertQuotesDate(String body, String lang, Instant t, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        List<String> forms = switch (lang) {
            case "ru" ->
                List.of(DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"))
                        .format(local));
            case "zh" -> List.of(local.getMonthValue() + "月" + local.getDayOfMonth() + "日");
            case "et" ->
                List.of(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT).format(local));
            default ->
                List.of(
                        DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(local),
                        DateTimeFormatter.ofPattern("MMMM d,", Locale.ENGLISH).format(local));
        };
        assertThat(forms.stream().anyMatch(body::contains))
                .as("%s (%s in %s) in %s", forms, t, zone, body)
                .isTrue();
        assertThat(body).contains(String.valueOf(local.getYear()));
    }

    static List<String> times(LocalDateTime t) {
        int h12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return List.of(
                String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()),
                String.format(Locale.ROOT, "%d:%02d %s", h12, t.getMinute(), t.getHour() < 12 ? "AM" : "PM"),
                String.format(Locale.ROOT, "%d:%02d %s", h12, t.getMinute(), t.getHour() < 12 ? "am" : "pm"),
                // where the region writes the time with a dot (English for a customer in Finland: 17.43)
                String.format(Locale.ROOT, "%d.%02d", t.getHour(), t.getMinute()),
                String.format(Locale.ROOT, "%02d.%02d", t.getHour(), t.getMinute()));
    }

    static boolean containsTime(String body, String time) {
        return Pattern.compile("(?<![\\d:.,€$£¥])" + Pattern.quote(time) + "(?![\\d])")
                .matcher(body)
                .find();
    }
}
