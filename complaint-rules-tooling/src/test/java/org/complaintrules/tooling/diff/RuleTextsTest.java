package org.complaintrules.tooling.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line a rule starts on, however its name is written, for messages that name it. */
class RuleTextsTest {
    private static final String DRL = String.join(
            "\n",
            "package p;",
            "// rule \"In a comment\" is no header",
            "rule \"A rule in double quotes\"",
            "when then end",
            "",
            "  rule 'A rule in single quotes'",
            "when then end",
            "rule Bare",
            "when then end",
            "rule \"A rule in double quotes, longer\"",
            "when then end");

    @Test
    void theHeaderLineIsFoundForEveryWayOfWritingTheName() {
        assertThat(RuleTexts.lineOf(DRL, "A rule in double quotes")).isEqualTo(3);
        assertThat(RuleTexts.lineOf(DRL, "A rule in single quotes")).isEqualTo(6);
        assertThat(RuleTexts.lineOf(DRL, "Bare")).isEqualTo(8);
        assertThat(RuleTexts.lineOf(DRL, "A rule in double quotes, longer")).isEqualTo(10);
        // a name that only begins another's, a name in a comment, and a name the file lacks
        assertThat(RuleTexts.lineOf(DRL, "A rule")).isZero();
        assertThat(RuleTexts.lineOf(DRL, "In a comment")).isZero();
        assertThat(RuleTexts.lineOf(DRL, "Absent")).isZero();
    }
}
