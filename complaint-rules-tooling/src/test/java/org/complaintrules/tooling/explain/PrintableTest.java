package org.complaintrules.tooling.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input shown in a text report: what a terminal would act on is escaped, the rest is left alone. */
class PrintableTest {

    @Test
    void anEscapeSequenceAndALineBreakAreWrittenAsEscapes() {
        assertThat(ExplainText.printable("C-1\u001b[31m\nCase C-FAKE"))
                .isEqualTo("C-1\\u001B[31m\\u000ACase C-FAKE")
                .doesNotContain("\u001b", "\n");
    }

    @Test
    void marksThatReorderTextAreEscaped() {
        assertThat(ExplainText.printable("C-\u202Eevil\u2066x\u2069")).isEqualTo("C-\\u202Eevil\\u2066x\\u2069");
    }

    @Test
    void ordinaryTextInAnyScriptIsLeftAsItIs() {
        String id = "C-2001 Заказ 订单 Tellimus ё";
        assertThat(ExplainText.printable(id)).isSameAs(id);
        assertThat(ExplainText.printable(null)).isNull();
    }
}
