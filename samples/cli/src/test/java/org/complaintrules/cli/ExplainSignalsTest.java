package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.SignalType;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.explain.ExplainHtml;
import org.complaintrules.tooling.explain.ExplainText;
import org.complaintrules.tooling.explain.Explainer;
import org.complaintrules.tooling.explain.Explanation;
import org.junit.jupiter.api.Test;

/**
 * {@code explain} quotes every signal the rules were given, also those that count for no complainant
 * type: an agent sees why a case went to LEGAL or SAFETY, and can spot a false alarm.
 */
class ExplainSignalsTest {

    private static Explanation explain(Complaint complaint) {
        return Explainer.of(DroolsComplaintAdvisor.builder().build())
                .explain(ComplaintCase.of(complaint, Customer.of("K-1")));
    }

    @Test
    void aLegalThreatThatIsEvidenceForNoTypeIsQuotedInItsSentence() {
        Explanation e =
                explain(Complaint.builder("C-1", Instant.parse("2026-11-20T10:00:00Z"), Channel.EMAIL, Category.BILLING)
                        .text("The charge was taken twice. If it is not refunded by Friday I will sue you.")
                        .language("en")
                        .build());

        assertThat(e.advice().evidence()).noneMatch(ev -> ev.signal().equals("LEGAL_THREAT"));
        assertThat(e.signals())
                .filteredOn(i -> i.signal().equals("LEGAL_THREAT"))
                .singleElement()
                .satisfies(i -> assertThat(i.quote())
                        .isNotNull()
                        .satisfies(q -> assertThat(q.words()).contains("sue")));
        assertThat(ExplainText.render(e))
                .contains("Signals (in the text, quoted, or from the host):")
                .containsPattern("- LEGAL_THREAT: .*sue");
        assertThat(ExplainHtml.page("t", null, java.util.List.of(e))).contains("<h3>Signals</h3>", "<mark>");
    }

    @Test
    void aHostSignalIsListedAsTheHosts() {
        Explanation e = explain(
                Complaint.builder("C-2", Instant.parse("2026-11-20T10:00:00Z"), Channel.PHONE, Category.DELIVERY)
                        .signal(SignalType.SAFETY_RISK)
                        .build());

        assertThat(e.signals()).singleElement().satisfies(i -> {
            assertThat(i.signal()).isEqualTo("SAFETY_RISK");
            assertThat(i.detail()).isEqualTo("supplied by the host");
            assertThat(i.quote()).isNull();
        });
    }

    @Test
    void theDetailsOfTheEvidenceAreWordedInTheLanguageOfTheExplanation() {
        String samples = java.nio.file.Path.of("..", "data", "complaints.jsonl").toString();
        // what the rules and the text analysis write in English, one fragment for each kind of detail
        java.util.List<String> english = java.util.List.of(
                "customer for",
                "satisfaction score",
                "no earlier complaint",
                "contacts about this complaint",
                "customer segment is",
                "lifetime value",
                "offers rejected",
                "the claimed loss",
                "already paid in",
                "complaints in 12 months",
                "exclamation marks",
                "in capitals at",
                "came in through");
        Cli.Run en = Cli.run("explain", samples);
        assertThat(en.out()).contains("customer for", "satisfaction score", "exclamation marks", "in capitals at");
        for (String lang : java.util.List.of("ru", "zh", "et")) {
            Cli.Run r = Cli.run("explain", samples, "--lang", lang);

            assertThat(r.exit()).as(r.err()).isZero();
            // the items of the lists (the evidence, the signals): the fired rules' names and
            // descriptions are the policy's own text, in its fallback language
            String items = r.out()
                    .lines()
                    .filter(l -> l.stripLeading().startsWith("- "))
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(items).contains("(+");
            for (String fragment : english) {
                assertThat(items).as("%s: %s", lang, fragment).doesNotContain(fragment);
            }
        }
        assertThat(Cli.run("explain", samples, "--lang", "ru").out())
                .contains("клиент уже 10 лет", "восклицательных знаков: 5", "оценка удовлетворённости 2 из 5");
    }

    @Test
    void aLanguageForTheHtmlPageIsRefusedRatherThanIgnored() {
        Cli.Run r = Cli.run(
                "explain",
                java.nio.file.Path.of("..", "data", "complaints.jsonl").toString(),
                "--format",
                "html",
                "--lang",
                "ru");

        assertThat(r.exit()).isEqualTo(Main.CANNOT_RUN);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--lang works with --format text only", "was --lang ru with --format html");
    }

    @Test
    void theCommandLineQuotesThemInEveryLanguageOfTheExplanation() {
        String line = "{\"complaint\":{\"id\":\"C-3\",\"receivedAt\":\"2026-11-20T10:00:00Z\",\"channel\":\"EMAIL\","
                + "\"category\":\"BILLING\",\"language\":\"en\",\"text\":\"The charge was taken twice. If it is not"
                + " refunded by Friday I will sue you.\"},\"customer\":{\"id\":\"K-3\"}}\n";

        for (String[] args :
                java.util.List.of(new String[] {"explain", "-"}, new String[] {"explain", "-", "--lang", "ru"})) {
            Cli.Run r = Cli.run(line, Terminal.none(), args);

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).containsPattern("- .*: .*will sue");
        }
    }

    @Test
    void aSignalThatIsEvidenceForNoTypeIsNamedInTheExplanationsLanguage() {
        String line = "{\"complaint\":{\"id\":\"C-4\",\"receivedAt\":\"2026-11-20T10:00:00Z\",\"channel\":\"EMAIL\","
                + "\"category\":\"BILLING\",\"language\":\"en\",\"text\":\"The heater caught fire. If it is not"
                + " refunded by Friday I will sue you.\"},\"customer\":{\"id\":\"K-4\"}}\n";

        Cli.Run r = Cli.run(line, Terminal.none(), "explain", "-", "--lang", "ru");

        assertThat(r.exit()).as(r.err()).isZero();
        // the policy's wording of the signal, not its code
        assertThat(r.out()).contains("- угроза судом: ").doesNotContain("- LEGAL_THREAT:");
        assertThat(r.out()).contains("- угроза безопасности").doesNotContain("- SAFETY_RISK:");
    }
}
