package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintrules.cli.Cli.Run;
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
        assertThat(zh.out()).contains("投诉人类型：", "答复步骤").doesNotContain("答复草稿");
    }

    @Test
    void explainNamesTheLanguagesWhenOneIsUnknown() {
        Run de = Cli.run(CASE, Terminal.none(), "explain", "-", "--lang", "de");

        assertThat(de.exit()).isEqualTo(1);
        assertThat(de.err()).contains("--lang must be one of the policy's languages [en, ru, zh, et], was \"de\"");
    }
}
