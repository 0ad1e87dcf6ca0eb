package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void explainInAnotherLanguageWordsEveryCodeAndShowsTheDraftWhenAsked() {
        Run ru = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "ru", "--reply");
        Run zh = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "zh");

        assertThat(ru.exit()).isZero();
        assertThat(ru.out())
                .contains("Тип заявителя: агрессивный", "Шаги ответа:", "Подтвердите получение жалобы")
                .contains("Черновик ответа (ответ, ru):", "| Здравствуйте, {customerName}!")
                .containsPattern("сработал[оиа]? \\d+ правил");
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
