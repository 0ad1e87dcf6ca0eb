package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Referral;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.cli.Cli.Run;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.tooling.explain.Explainer;
import org.complaintrules.tooling.explain.Explanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advise --reply [KIND]} and {@code explain --lang LANG [--reply]}. */
class ReplyOptionsTest {
    static final String CASE =
            "{\"complaint\":{\"id\":\"C-9\",\"receivedAt\":\"2026-11-20T22:15:00Z\",\"channel\":\"EMAIL\","
                    + "\"category\":\"DELIVERY\",\"language\":\"ru\",\"timeZone\":\"Europe/Tallinn\",\"signals\":[\"SHOUTING\"],"
                    + "\"claimedLoss\":{\"amount\":\"40.00\",\"currency\":\"EUR\"}},\"customer\":{\"id\":\"K-9\"}}";

    @Test
    void adviseWithReplyDraftsAResponseByDefaultAndTheKindAsked() throws Exception {
        Run plain = Cli.run(CASE, Terminal.none(), "advise");
        Run response = Cli.run(CASE, Terminal.none(), "advise", "--reply");
        Run holding = Cli.run(CASE, Terminal.none(), "advise", "--reply", "holding", "--profile", "UK_FCA");

        assertThat(plain.exit()).isZero();
        assertThat(new ObjectMapper().readTree(plain.out()).has("reply")).isFalse();
        JsonNode r = new ObjectMapper().readTree(response.out()).get("reply");
        assertThat(r.get("kind").asText()).isEqualTo("RESPONSE");
        assertThat(r.get("language").asText()).isEqualTo("ru");
        assertThat(r.get("body").asText()).contains("Здравствуйте, {customerName}!", "21 ноября 2026");
        JsonNode h = new ObjectMapper().readTree(holding.out()).get("reply");
        assertThat(h.get("kind").asText()).isEqualTo("HOLDING");
        assertThat(h.get("clauses").toString()).contains("FOS_REFERRAL_RIGHTS", "DELAY_REASONS");
    }

    @Test
    void adviseAsTextShowsTheReplyDraftAndTheVulnerability() throws Exception {
        String vulnerable =
                CASE.replace("\"signals\":[\"SHOUTING\"]", "\"signals\":[\"SHOUTING\",\"VULNERABILITY_HEALTH\"]");
        Run text = Cli.run(vulnerable, Terminal.none(), "advise", "--format=text", "--reply");
        Run json = Cli.run(vulnerable, Terminal.none(), "advise", "--reply");

        assertThat(text.exit()).isZero();
        JsonNode advice = new ObjectMapper().readTree(json.out());
        assertThat(text.out())
                .contains("  Vulnerability: HEALTH")
                .contains("    - VULNERABILITY_HEALTH")
                .contains(advice.get("reply").get("subject").asText())
                .contains("  | Здравствуйте, {customerName}!");
        // without --reply, no draft
        assertThat(Cli.run(vulnerable, Terminal.none(), "advise", "--format=text")
                        .out())
                .doesNotContain("Здравствуйте")
                .contains("  Vulnerability: HEALTH");
    }

    /** The audit's case: a calm first complaint, so a moderate complainant without STATE_ACTION_AND_TIMELINE. */
    static final String PLAIN =
            "{\"complaint\":{\"id\":\"PLAIN\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                    + "\"category\":\"PRODUCT_QUALITY\",\"text\":\"The blender broke.\"},\"customer\":{\"id\":\"K\"}}\n";

    static Path write(Path dir, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static JsonNode reply(Run run) throws Exception {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        JsonNode advice = new ObjectMapper().readTree(run.out());
        assertThat(advice.has("error")).as(run.out()).isFalse();
        return advice.get("reply");
    }

    @Test
    void aModerateComplainantsDraftsQuoteTheDeadlinesAndTheAgentsOffer(@TempDir Path dir) throws Exception {
        String file = write(dir, "plain.jsonl", PLAIN).toString();

        JsonNode response = reply(Cli.run("advise", file, "--reply"));
        JsonNode fca = reply(Cli.run("advise", file, "--reply", "--profile=UK_FCA"));
        JsonNode fin = reply(Cli.run("advise", file, "--reply=final_response"));
        JsonNode holding = reply(Cli.run("advise", file, "--reply=HOLDING"));
        JsonNode ack = reply(Cli.run("advise", file, "--reply=ACKNOWLEDGEMENT"));

        // resolveBy 2026-12-18T10:15Z, followUpAt 2026-12-04, respondBy 2026-11-21T10:15Z; UTC, no time zone given
        assertThat(normal(response.get("body").asText()))
                .contains(
                        "fully resolved by December 18, 2026 at 10:15 AM", "on December 4, 2026", "worth up to €25.00");
        assertThat(response.get("clauses").toString()).contains("\"OFFER\",\"ACTION_AND_TIMELINE\"");
        // under UK_FCA the response is the summary resolution communication: done by, not resolved by
        assertThat(normal(fca.get("body").asText()))
                .contains("done by 18 December 2026 at 10:15", "on 4 December 2026", "worth up to €25.00")
                .doesNotContain("resolved by");
        assertThat(normal(fin.get("body").asText()))
                .contains("completed by December 18, 2026 at 10:15 AM", "worth up to €25.00");
        assertThat(normal(holding.get("body").asText()))
                .contains("our final answer by December 18, 2026 at the latest", "worth up to €25.00");
        assertThat(normal(ack.get("body").asText()))
                .contains("a solution by November 21, 2026 at 10:15 AM")
                .doesNotContain("€");
    }

    private static String normal(String s) {
        return s.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void replyBeforeTheFileTakesTheDefaultKindAndLeavesTheFileToBeRead(@TempDir Path dir) throws Exception {
        String file = write(dir, "plain.jsonl", PLAIN).toString();

        Run after = Cli.run("advise", file, "--reply");
        Run before = Cli.run("advise", "--reply", file);
        Run beforeWithProfile = Cli.run("advise", "--reply", file, "--profile", "UK_FCA");
        Run kindThenFile = Cli.run("advise", "--reply", "holding", file);
        Run attached = Cli.run("advise", "--reply=Final_Response", file);
        Run stdin = Cli.run(PLAIN, Terminal.none(), "advise", "--reply", "-");
        Run explain = Cli.run("explain", "--reply", file);

        assertThat(reply(before).get("kind").asText()).isEqualTo("RESPONSE");
        assertThat(before.out()).isEqualTo(after.out());
        assertThat(reply(beforeWithProfile).get("clauses").toString()).contains("FOS_REFERRAL_RIGHTS");
        assertThat(reply(kindThenFile).get("kind").asText()).isEqualTo("HOLDING");
        assertThat(reply(attached).get("kind").asText()).isEqualTo("FINAL_RESPONSE");
        assertThat(reply(stdin).get("kind").asText()).isEqualTo("RESPONSE");
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Dear {customerName},");
    }

    @Test
    void anAttachedValueThatIsNoKindIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
        String file = write(dir, "plain.jsonl", PLAIN).toString();

        Run foo = Cli.run("advise", "--reply=FOO", file);
        Run explainFoo = Cli.run("explain", file, "--reply=FOO");

        for (Run r : java.util.List.of(foo, explainFoo)) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("--reply", "FOO", "RESPONSE, ACKNOWLEDGEMENT, HOLDING, FINAL_RESPONSE");
        }
    }

    @Test
    void explainInAnotherLanguageWordsEveryCodeAndShowsTheDraftWhenAsked() {
        Run ru = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "ru", "--reply");
        Run zh = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "zh");

        assertThat(ru.exit()).isZero();
        assertThat(ru.out())
                .contains("Тип заявителя: агрессивный", "Шаги ответа:", "Подтвердите получение жалобы")
                .contains("Черновик ответа (ответ, ru):", "| Здравствуйте, {customerName}!")
                .containsPattern("сработал[оиа]? \\d+ правил");
        // the evidence against the threshold and the cap's reasons, as the English explain gives them
        assertThat(ru.out())
                .contains("Признаки по типам:")
                .containsPattern("    агрессивный[^\\n]*: сумма \\d+, нужно \\d+; это черта")
                .containsPattern("      - [^\\n]* \\(\\+\\d+\\): ")
                .containsPattern("Почему такой предел: [^\\n]*, наименьший из \\d+")
                // the limits by their wording, not their codes
                .containsPattern(
                        "(заявленный ущерб|предел сегмента|остаток предела|жест доброй воли)[^\\n]* допускает ")
                .doesNotContainPattern("(CLAIMED_LOSS|NO_CLAIMED_LOSS|SEGMENT_CAP|TWELVE_MONTH_CAP|RIP_OFF_[A-Z_]+)");
        assertThat(zh.out()).contains("按类型的证据：", "上限的依据：");
        assertThat(zh.out())
                .contains("投诉人类型：", "答复步骤", "期限（Europe/Tallinn）：", "退款、换货、账户积分和代金券")
                .contains("最高€44.00；可用形式：")
                .doesNotContain("答复草稿", "€44.00; ", "(Europe");
    }

    @Test
    void theReferralIsWordedWithItsDateInTheCustomersZone() {
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .regulatoryProfile(RegulatoryProfile.UK_FCA)
                .build();
        Complaint complaint = Complaint.builder(
                        "C-10", Instant.parse("2026-11-20T22:15:00Z"), Channel.EMAIL, Category.BILLING)
                .language("ru")
                .timeZone(ZoneId.of("Europe/Tallinn"))
                .build();
        Explanation e = Explainer.of(advisor).explain(new ComplaintCase(complaint, Customer.of("K-10"), null));
        Referral fos = new Referral(
                "FOS", Instant.parse("2027-01-15T22:30:00Z"), Period.ofMonths(6), false, "FCA DISP 1.6.2R");
        Explanation withReferral =
                new Explanation(e.complaintCase(), e.advice().withReferral(fos), e.rules(), e.types(), e.cap());

        // ICU writes "2027 г." with a narrow no-break space
        assertThat(LocalizedExplanation.render(withReferral, advisor.wording(), "ru")
                        .replace('\u202f', ' ')
                        .replace('\u00a0', ' '))
                .contains("Внешнее обращение: FOS с 16 января 2027 г. в 00:30 (FCA DISP 1.6.2R)");
        assertThat(LocalizedExplanation.render(withReferral, advisor.wording(), "zh")
                        .replace('\u202f', ' ')
                        .replace('\u00a0', ' '))
                .contains("外部申诉：自2027年1月16日 00:30起可向FOS申诉（FCA DISP 1.6.2R）");
        // under UK_FCA the legal clock sets the FOS referral itself; without one, no line
        assertThat(e.advice().referral()).isNotNull();
        Explanation withoutReferral =
                new Explanation(e.complaintCase(), e.advice().withReferral(null), e.rules(), e.types(), e.cap());
        assertThat(LocalizedExplanation.render(withoutReferral, advisor.wording(), "ru"))
                .doesNotContain("Внешнее обращение");
    }

    @Test
    void explainNamesTheLanguagesWhenOneIsUnknown() {
        Run de = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "de");

        assertThat(de.exit()).isEqualTo(1);
        assertThat(de.err()).contains("--lang must be one of the policy's languages [en, ru, zh, et], was \"de\"");
    }
}
