package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.api.UnsupportedCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's side of reply drafts: wording files are read from the policy's subfolders and checked at build. */
class ReplyDraftHookTest {
    static Path mini() throws URISyntaxException {
        return Path.of(ReplyDraftHookTest.class.getResource("/fixtures/mini").toURI());
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    @Test
    void aPolicyWithoutTemplatesAnswersADraftRequestWithUnsupportedNamingTheField() throws Exception {
        DroolsComplaintAdvisor advisor =
                DroolsComplaintAdvisor.builder().rulesDirectory(mini()).build();
        ComplaintCase c = TestCases.vipShoutingLegal("C-1");
        ComplaintCase asking = new ComplaintCase(
                c.complaint().toBuilder().replyDraft(ReplyKind.RESPONSE).build(), c.customer(), c.conversation());

        assertThat(advisor.advise(c).reply()).isNull();
        assertThatThrownBy(() -> advisor.advise(asking))
                .isInstanceOf(UnsupportedCaseException.class)
                .satisfies(
                        e -> assertThat(((UnsupportedCaseException) e).field()).isEqualTo("complaint.replyDraft"));
        assertThat(advisor.wording().languages()).isEmpty();
    }

    @Test
    void templatesAndMessagesAreReadFromTheSubfoldersAndCheckedAtBuild(@TempDir Path tmp) throws Exception {
        Path dir = copy(mini(), tmp.resolve("policy"));
        Files.writeString(
                dir.resolve("policy.properties"),
                Files.readString(dir.resolve("policy.properties")) + "languages=en\n");
        Files.createDirectories(dir.resolve("messages"));
        Files.createDirectories(dir.resolve("replies"));
        Files.writeString(dir.resolve("messages/messages_en.properties"), "type.AGGRESSIVE=aggressive\n");
        Files.writeString(dir.resolve("replies/response_en.txt"), "[subject]\nCase {caseId\n");
        Files.writeString(dir.resolve("replies/README.md"), "[not a template] {\n");

        assertThatThrownBy(() ->
                        DroolsComplaintAdvisor.builder().rulesDirectory(dir).build())
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .extracting(RuleProblem::toString)
                        .anyMatch(p -> p.startsWith("replies/response_en.txt:2: not a valid message pattern"))
                        .anyMatch(p -> p.equals(
                                        "policy.properties:0: language en is declared but replies/holding_en.txt is missing")
                                || p.startsWith("policy.properties:")
                                        && p.contains("replies/holding_en.txt is missing"))
                        .anyMatch(p -> p.equals("messages/messages_en.properties:0: no wording for team.LEGAL"))
                        .noneMatch(p -> p.contains("README")));
    }
}
