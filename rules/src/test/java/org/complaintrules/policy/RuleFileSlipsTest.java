package org.complaintrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy owner's slips in a copy of the default policy's rule files: each is reported where it
 * is, as the one problem, and says what was probably meant.
 */
class RuleFileSlipsTest {
    private static final String FIRST_CONDITION = "Complaint( $channel : channel, channel == Channel.SURVEY";

    @TempDir
    Path dir;

    /** @return a copy of the default policy whose classification.drl has {@code from} replaced once */
    private Path withClassification(String from, String to) throws IOException {
        DefaultPolicyCopy.into(dir);
        Path file = dir.resolve("classification.drl");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(
                file,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        return dir;
    }

    private static RuleCompilationException refused(Path policy) {
        return DefaultPolicyCopy.refusal(policy);
    }

    @Test
    void aRuleFileThatDoesNotParseIsReportedAloneNotWithEveryKeyItReadsAsUnknown() throws Exception {
        // a bracket closed twice in the file's first rule: the file cannot be read for the keys it reads
        Path policy = withClassification("channel == Channel.REVIEW_SITE )", "channel == Channel.REVIEW_SITE ) )");

        RuleCompilationException e = refused(policy);

        assertThat(e.problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("classification.drl"));
        assertThat(e.problems()).noneSatisfy(p -> assertThat(p.message()).contains("unknown key"));
    }

    @Test
    void aMisspeltFieldOfAFactIsReportedWithTheFieldItProbablyMeant() throws Exception {
        Path policy = withClassification(FIRST_CONDITION, "Complaint( $channel : chanel, channel == Channel.SURVEY");

        RuleCompilationException e = refused(policy);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classification.drl");
            assertThat(p.message()).contains("unknown name chanel; did you mean \"channel\"?");
        });
    }

    @Test
    void aMisspeltConstantOfAnEnumIsReportedWithTheConstantItProbablyMeant() throws Exception {
        Path condition = withClassification("channel == Channel.SURVEY ||", "channel == Channel.SURVY ||");

        assertThat(refused(condition).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classification.drl");
            assertThat(p.line()).isEqualTo(lineOf(condition.resolve("classification.drl"), "Channel.SURVY"));
            assertThat(p.message()).contains("Channel has no constant SURVY; did you mean \"Channel.SURVEY\"?");
        });
    }

    @Test
    void aMisspeltConstantInAConsequenceIsReportedWithTheConstantItProbablyMeant() throws Exception {
        Path consequence = withClassification(
                "ComplainantType.PASSIVE, \"QUIET_CHANNEL\"", "ComplainantType.PASIVE, \"QUIET_CHANNEL\"");

        assertThat(refused(consequence).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classification.drl");
            assertThat(p.line()).isEqualTo(lineOf(consequence.resolve("classification.drl"), "ComplainantType.PASIVE"));
            assertThat(p.message())
                    .contains("ComplainantType has no constant PASIVE; did you mean \"ComplainantType.PASSIVE\"?");
        });
    }

    @Test
    void aMisspeltFactTypeIsReportedWithTheTypeItProbablyMeant() throws Exception {
        Path pattern = withClassification(FIRST_CONDITION, "Complain( $channel : channel, channel == Channel.SURVEY");

        assertThat(refused(pattern).problems())
                .anySatisfy(
                        p -> assertThat(p.message()).contains("'Complain'").endsWith("did you mean \"Complaint\"?"));
    }

    @Test
    void aMisspeltClassInAConsequenceIsReportedWithTheClassItProbablyMeant() throws Exception {
        Path consequence = withClassification(
                "insert( new TraitEvidence( ComplainantType.PASSIVE, \"QUIET_CHANNEL\"",
                "insert( new TraitEvidance( ComplainantType.PASSIVE, \"QUIET_CHANNEL\"");

        assertThat(refused(consequence).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("TraitEvidance cannot be resolved")
                        .endsWith("did you mean \"TraitEvidence\"?"));
    }

    @Test
    void aNameFarFromEveryFieldGetsNoSuggestion() throws Exception {
        Path policy = withClassification(FIRST_CONDITION, "Complaint( $channel : mood, channel == Channel.SURVEY");

        RuleCompilationException e = refused(policy);

        assertThat(e.problems())
                .extracting(RuleProblem::message)
                .singleElement()
                .asString()
                .contains("unknown name mood")
                .doesNotContain("did you mean");
    }

    /** @return the 1-based line of the first line of {@code file} that contains {@code text} */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
