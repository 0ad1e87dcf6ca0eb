package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintrules.cli.Cli.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages and explanations a person reads, checked by parsing the HTML (this runs everywhere; the
 * browser screenshot test runs where Chromium is installed): structure, charts as inline SVG, no
 * scripts, links that resolve.
 */
class ReportsTest {
    private static final Path ROOT =
            Path.of(System.getProperty("complaint.data.dir")).getParent();
    private static final Path SAMPLES = ROOT.resolve("samples/data/complaints.jsonl");

    /** A report and its explanation page for two scenarios, one passing, one failing. */
    static Path checkWithAFailure(Path dir) throws IOException {
        String given = Files.readAllLines(SAMPLES).get(0);
        String other = Files.readAllLines(SAMPLES).get(2);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve("right.json"),
                "{\"name\": \"The sample is advised without warnings\", \"given\": " + other
                        + ", \"expect\": {\"warnings\": []}}");
        Files.writeString(
                scenarios.resolve("wrong.json"),
                "{\"name\": \"A deliberately wrong expectation\", \"given\": " + given
                        + ", \"expect\": {\"priority\": \"URGENT\", \"compensation\": {\"maxAmount\": \"60\"}}}");
        Path report = dir.resolve("report.html");
        Run r = Cli.run("check", "--scenarios", scenarios.toString(), "--report", report.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        return report;
    }

    static void assertSelfContained(Document page) {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[src], link[href]")).isEmpty();
        assertThat(page.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")))
                .as("no event handlers")
                .isEmpty();
        assertThat(page.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> !a.getKey().equals("xmlns"))
                        .filter(a -> a.getValue().contains("://")))
                .as("no external resources")
                .isEmpty();
    }

    @Test
    void theCheckReportShowsPassingAndFailingScenariosACoverageChartAndLinksToTheExplanations(@TempDir Path dir)
            throws IOException {
        Path report = checkWithAFailure(dir);
        Document page = Jsoup.parse(report.toFile(), "UTF-8");

        assertSelfContained(page);
        assertThat(page.title()).startsWith("Policy check: default-policy");
        assertThat(page.select(".summary").text())
                .contains("1 of 2 scenarios passed")
                .contains("rules fired by only one scenario");
        assertThat(page.select("h2#passing + table td").text()).contains("The sample is advised without warnings");
        assertThat(page.select("h2#failing").text()).contains("(1)");
        assertThat(page.select("h3").eachText()).contains("A deliberately wrong expectation");
        assertThat(page.select("td").eachText())
                .contains("compensation.maxAmount")
                .anyMatch(t -> t.equals("60 EUR"))
                .anyMatch(t -> t.matches("\\d+\\.\\d\\d EUR"));

        Element svg = page.selectFirst("figure svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("rect[fill=" + org.complaintrules.tooling.report.CheckReport.WELL_COVERED + "]"))
                .isNotEmpty();
        assertThat(svg.select("text").eachText()).anyMatch(t -> t.endsWith(".drl"));
        assertThat(page.select("tr.once")).isNotEmpty();
        assertThat(page.select("tr.once").text()).contains("(only ");

        Element why = page.selectFirst("a[href^=report-explain.html#]");
        assertThat(why).isNotNull();
        Path explainPath = dir.resolve("report-explain.html");
        assertThat(explainPath).exists();
        Document explain = Jsoup.parse(explainPath.toFile(), "UTF-8");
        assertSelfContained(explain);
        String anchor = why.attr("href").substring(why.attr("href").indexOf('#') + 1);
        Element section = explain.getElementById(anchor);
        assertThat(section).as("the link target #" + anchor).isNotNull();
        assertThat(section.tagName()).isEqualTo("section");
        assertThat(section.select("h2").text()).contains("A deliberately wrong expectation");
        assertThat(section.select("h3").eachText())
                .contains("Evidence, by type", "Why this compensation cap", "The rules that fired, in order");
    }

    /** The audit's p-usd: the totals of a policy in EUR and one in USD were subtracted and labelled EUR. */
    @Test
    void diffOfPoliciesInTwoCurrenciesGivesEachTotalInItsOwnAndNoDelta(@TempDir Path dir) throws IOException {
        Path usd = dir.resolve("usd");
        assertThat(Cli.run("init", usd.toString()).exit()).isZero();
        Path properties = usd.resolve("policy.properties");
        Files.writeString(
                properties,
                Files.readString(properties, StandardCharsets.UTF_8).replace("\ncurrency=EUR\n", "\ncurrency=USD\n"),
                StandardCharsets.UTF_8);

        // a case without amounts, which a policy in either currency advises
        Path cases = Files.writeString(
                dir.resolve("nomoney.jsonl"),
                Files.readAllLines(SAMPLES).get(0).replaceAll(", \"lifetimeValue\": \\{[^}]*}", "") + "\n");
        Run text = Cli.run("diff", "--from", "default", "--to", usd.toString(), cases.toString());
        Run json = Cli.run("diff", "--from", "default", "--to", usd.toString(), cases.toString(), "--format", "json");

        assertThat(text.out())
                .containsPattern("total exposure: [0-9.]+ EUR -> [0-9.]+ USD \\(the currencies differ: no delta\\)");
        var exposure = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out())
                .get("exposure");
        assertThat(exposure.get("currency").asText()).isEqualTo("EUR");
        assertThat(exposure.get("currencyFrom").asText()).isEqualTo("EUR");
        assertThat(exposure.get("currencyTo").asText()).isEqualTo("USD");
        assertThat(exposure.get("delta").isNull()).isTrue();
    }

    /** The audit's anchors.jsonl: ids "X 1", "X-1", "X.1" and "X-1" all got id="case-X-1". */
    @Test
    void explainAsHtmlGivesEachCaseItsOwnAnchorWhenIdsLookAlikeOrRepeat(@TempDir Path dir) throws IOException {
        String given = Files.readAllLines(SAMPLES).get(0);
        String id = given.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        List<String> lines = new ArrayList<>();
        for (String other : List.of("X 1", "X-1", "X.1", "X-1")) {
            lines.add(given.replace("\"" + id + "\"", "\"" + other + "\""));
        }
        Path cases = Files.write(dir.resolve("anchors.jsonl"), lines);

        Run r = Cli.run("explain", cases.toString(), "--format", "html");
        assertThat(r.exit()).as(r.err()).isZero();
        Document page = Jsoup.parse(r.out());

        List<String> anchors = page.select("section").eachAttr("id");
        assertThat(anchors).hasSize(4).doesNotHaveDuplicates().startsWith("case-X-1");
        assertThat(page.select("nav a").eachAttr("href"))
                .containsExactlyElementsOf(anchors.stream().map(a -> "#" + a).toList());
        assertThat(page.select("nav a").eachText()).containsExactly("X 1", "X-1", "X.1", "X-1");
    }

    @Test
    void explainAsHtmlIsOnePageWithASectionPerCase() throws IOException {
        Run r = Cli.run("explain", SAMPLES.toString(), "--format", "html");
        assertThat(r.exit()).as(r.err()).isZero();
        Document page = Jsoup.parse(r.out());

        assertSelfContained(page);
        long cases =
                Files.readAllLines(SAMPLES).stream().filter(l -> !l.isBlank()).count();
        assertThat(page.select("section")).hasSize((int) cases);
        assertThat(page.select("nav a")).hasSize((int) cases);
        for (Element a : page.select("nav a")) {
            assertThat(page.getElementById(a.attr("href").substring(1))).isNotNull();
        }
        Element first = page.selectFirst("section#case-C-2001");
        assertThat(first).isNotNull();
        assertThat(first.text())
                .contains("PASSIVE")
                .contains("total 7 >= trait.threshold 3: a trait")
                .contains("passive.lowScore (2)")
                .contains("set by NO_CLAIMED_LOSS");
        assertThat(first.select("span.quote mark").eachText()).contains("I don't want to make a fuss");
    }

    @Test
    void explainTextGivesTheNumbers() {
        Run r = Cli.run("explain", SAMPLES.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String first = r.out().substring(0, r.out().indexOf("\n\nCase "));

        assertThat(first)
                .contains("PASSIVE: total 7 >= trait.threshold 3: a trait")
                .contains("- LOW_SCORE (+1): satisfaction score 2 of 5")
                .contains("MILD_WORDING (+2): \"[I don't want to make a fuss], but")
                .contains("Why this cap: 25.00 EUR, set by NO_CLAIMED_LOSS, the lowest of 3 limits")
                .contains("SEGMENT_CAP would allow 250.00 EUR (225.00 EUR more)")
                .contains("A score of passive.lowScore (2) or less")
                .contains("cap.segment.STANDARD (250)")
                .doesNotContain("passive.lowScore or less");
    }

    @Test
    void initWritesAPolicyWhoseScenariosPass(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("my-policy");
        Run init = Cli.run("init", policy.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(policy.resolve("policy.properties")).exists();
        assertThat(policy.resolve("README.md")).exists();
        try (var s = Files.list(policy.resolve("scenarios"))) {
            assertThat(s.count()).isGreaterThan(50);
        }
        assertThat(Files.readString(policy.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("complaint-advisor check --rules . --scenarios scenarios");

        Run check = Cli.run(
                "check",
                "--rules",
                policy.toString(),
                "--scenarios",
                policy.resolve("scenarios").toString(),
                "--require-coverage");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).containsPattern("(\\d+) of \\1 scenarios passed; (\\d+) of \\2 rules fired");

        Run again = Cli.run("init", policy.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty");
    }

    @Test
    void diffNamesBothSidesTheChangedSettingsAndRulesAndWritesAPage(@TempDir Path dir) throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        assertThat(Cli.run("init", before.toString()).exit()).isZero();
        assertThat(Cli.run("init", after.toString()).exit()).isZero();
        Path props = after.resolve("policy.properties");
        Files.writeString(
                props,
                Files.readString(props)
                        .replace("cap.noLoss=25", "cap.noLoss=40")
                        .replace("weight.PASSIVE.QUIET_CHANNEL=2", "weight.PASSIVE.QUIET_CHANNEL=1"));
        Path followup = after.resolve("followup.drl");
        String drl = Files.readString(followup);
        Files.writeString(
                followup,
                drl.replace(
                        "@description(\"They will not tell us unless asked.\")",
                        "@description(\"They will not tell us unless we ask.\")"));
        Path report = dir.resolve("diff.html");

        Run r = diff(before, after, "--report", report.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("from: " + before + "  default-policy 1.0.0 (sha256:")
                .contains("to:   " + after + "  default-policy 1.0.0 (sha256:")
                .contains("Settings changed (2):")
                .contains("cap.noLoss: 25 -> 40")
                .contains("weight.PASSIVE.QUIET_CHANNEL: 2 -> 1")
                .contains("Rules changed (1):")
                .contains("FU-PAS-1")
                .contains(": description")
                .contains("Effects: ");
        assertThat(r.out().indexOf("Settings changed")).isLessThan(r.out().indexOf("Effects:"));
        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertSelfContained(page);
        assertThat(page.select("code").eachText()).contains(before.toString(), after.toString());
        assertThat(page.select("h2#settings + table td").eachText()).contains("cap.noLoss", "25", "40");
        assertThat(page.select("figure svg")).hasSize(2);
        assertThat(page.select("figure svg text").eachText()).anyMatch(t -> t.startsWith("PASSIVE before"));

        Run json = diff(before, after, "--format", "json");
        assertThat(json.out()).contains("\"settingsChanged\":{\"cap.noLoss\":{\"from\":\"25\",\"to\":\"40\"}");
        List<String> lines = json.out().lines().toList();
        assertThat(lines).hasSize(1);
    }

    @Test
    void diffListsAChangedWordListAndNamesTheFoldersInThePageTitle(@TempDir Path dir) throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        assertThat(Cli.run("init", before.toString()).exit()).isZero();
        assertThat(Cli.run("init", after.toString()).exit()).isZero();
        Path list = after.resolve("lexicon/en/regulator.txt");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "citizens advice | needs=first-person,intent\nconsumer council | needs=first-person\n");
        Path report = dir.resolve("diff.html");

        Run r = diff(before, after, "--report", report.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Rules changed (0)\n"
                        + "Word lists, wording and reply templates changed (1):\n"
                        + "  + lexicon/en/regulator.txt (word list, added, +2 -0 lines)\n");
        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(page.title())
                .isEqualTo(
                        "Policy diff: " + before + " (default-policy 1.0.0) -> " + after + " (default-policy 1.0.0)");
        assertThat(page.select("h2#files + table td").eachText())
                .contains("added", "lexicon/en/regulator.txt", "word list", "+2", "-0");

        Run json = diff(before, after, "--format", "json");
        assertThat(json.out())
                .contains("\"filesChanged\":[{\"file\":\"lexicon/en/regulator.txt\",\"kind\":\"word list\","
                        + "\"status\":\"added\",\"linesAdded\":2,\"linesRemoved\":0}]");
    }

    @Test
    void diffSaysWhichPolicyCannotBeLoadedByItsOptionAndFolder(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good");
        Path broken = dir.resolve("broken");
        assertThat(Cli.run("init", good.toString()).exit()).isZero();
        assertThat(Cli.run("init", broken.toString()).exit()).isZero();
        Files.writeString(broken.resolve("zz-broken.drl"), "package x;\nrule \"half\" when\n");

        Run to = diff(good, broken);
        assertThat(to.exit()).isEqualTo(1);
        assertThat(to.err())
                .startsWith("complaint-advisor: the --to " + broken + " rules do not compile:\n")
                .contains("zz-broken.drl");
        Run from = diff(broken, good);
        assertThat(from.err()).startsWith("complaint-advisor: the --from " + broken + " rules do not compile:\n");
        Run missing = diff(good, dir.resolve("nowhere"));
        assertThat(missing.err()).startsWith("complaint-advisor: --to " + dir.resolve("nowhere") + ": ");
    }

    /** @return {@code diff --from FROM --to TO} over the sample complaints, with {@code more} options */
    private static Run diff(Path from, Path to, String... more) {
        List<String> args =
                new ArrayList<>(List.of("diff", "--from", from.toString(), "--to", to.toString(), SAMPLES.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
