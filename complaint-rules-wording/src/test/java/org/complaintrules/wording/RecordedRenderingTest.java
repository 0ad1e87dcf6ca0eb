package org.complaintrules.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's record that a policy's reply templates render: made only for wording that renders,
 * honoured only for exactly the same files, and it spares rendering alone (every other check runs).
 */
class RecordedRenderingTest {
    private static final Map<String, String> SETTINGS = Map.of("languages", "en");
    /** A section that parses but cannot render: a case id is no number. */
    private static final String UNRENDERABLE =
            PolicyWordingTest.TEMPLATE.replace("Call me.", "Call me on {caseId, number, currency}.");

    private static List<String> problems(Map<String, String> files, ClassLoader marks) {
        try {
            PolicyWording.load(files, SETTINGS, RegulatoryProfile.GENERIC, marks);
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(RuleProblem::toString).toList();
        }
    }

    private static URLClassLoader marksIn(Path folder) throws Exception {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
    }

    @Test
    void theBuildRecordsOnlyWordingThatRendersAndTheRecordServesThatWording(@TempDir Path out) throws Exception {
        Map<String, String> good = PolicyWordingTest.policy(PolicyWordingTest.messages(), PolicyWordingTest.TEMPLATE);
        Path mark = PolicyWording.recordRendering(good, out);

        assertThat(mark).isRegularFile().startsWith(out.resolve(PolicyWording.RENDERED_FOLDER));
        assertThat(mark.getFileName().toString()).isEqualTo(PolicyWording.renderingDigest(good));
        try (URLClassLoader marks = marksIn(out)) {
            assertThat(problems(good, marks)).isEmpty();
            assertThat(PolicyWording.load(good, SETTINGS, RegulatoryProfile.GENERIC, marks)
                            .languages())
                    .containsExactly("en");
        }

        Map<String, String> bad = PolicyWordingTest.policy(PolicyWordingTest.messages(), UNRENDERABLE);
        Path other = Files.createDirectory(out.resolve("other"));
        assertThatThrownBy(() -> PolicyWording.recordRendering(bad, other))
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .map(RuleProblem::toString)
                                .anyMatch(p -> p.startsWith("replies/response_en.txt:25: does not render")));
        assertThat(other).isEmptyDirectory();

        Map<String, String> noTemplates = new LinkedHashMap<>(good);
        noTemplates.keySet().removeIf(name -> name.startsWith("replies/"));
        assertThat(PolicyWording.recordRendering(noTemplates, other)).isNull();
        assertThat(other).isEmptyDirectory();
    }

    @Test
    void aRecordSparesRenderingOnlyAndOnlyForTheSameFiles(@TempDir Path out) throws Exception {
        // a mark put there by hand for wording that does not render shows what the mark spares
        Map<String, String> bad = PolicyWordingTest.policy(
                PolicyWordingTest.messages(), UNRENDERABLE.replace("[step FIX]", "[step FIXX]"));
        Path mark = out.resolve(PolicyWording.RENDERED_FOLDER + PolicyWording.renderingDigest(bad));
        Files.createDirectories(mark.getParent());
        Files.writeString(mark, "by hand\n");

        assertThat(problems(bad, null))
                .anyMatch(p -> p.startsWith("replies/response_en.txt:25: does not render"))
                .anyMatch(p -> p.contains("no [step FIX] section without conditions"));
        try (URLClassLoader marks = marksIn(out)) {
            assertThat(problems(bad, marks))
                    .noneMatch(p -> p.contains("does not render"))
                    .anyMatch(p -> p.contains("no [step FIX] section without conditions"));

            // one changed character in any wording file, and the mark no longer applies
            Map<String, String> changed = new LinkedHashMap<>(bad);
            changed.put("replies/holding_en.txt", bad.get("replies/holding_en.txt") + " ");
            assertThat(problems(changed, marks))
                    .anyMatch(p -> p.startsWith("replies/holding_en.txt:25: does not render"));
            Map<String, String> otherMessages = new LinkedHashMap<>(bad);
            otherMessages.put("messages/messages_en.properties", bad.get("messages/messages_en.properties") + "x=y\n");
            assertThat(problems(otherMessages, marks)).anyMatch(p -> p.contains("does not render"));
        }
    }
}
