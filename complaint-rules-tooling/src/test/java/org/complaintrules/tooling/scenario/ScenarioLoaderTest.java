package org.complaintrules.tooling.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.RegulatoryProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: what is read, and errors that name the file and the JSON path. */
class ScenarioLoaderTest {
    static final String GIVEN =
            "{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\","
                    + "\"category\":\"OTHER\"},\"customer\":{\"id\":\"K-1\"}}";

    @TempDir
    Path dir;

    Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void readsAFolderSortedByFileNameWithNameDescriptionProfileAndCase() throws IOException {
        write("b.json", "{\"name\":\"Second\",\"given\":" + GIVEN + "}");
        write(
                "a.json",
                "{\"name\":\"First\",\"description\":\"why\",\"profile\":\"UK_FCA\",\"given\":" + GIVEN
                        + ",\"expect\":{\"priority\":\"LOW\"}}");
        write("notes.txt", "ignored");
        List<Scenario> s = ScenarioLoader.create().loadFolder(dir);
        assertThat(s).extracting(Scenario::name).containsExactly("First", "Second");
        assertThat(s.get(0).description()).isEqualTo("why");
        assertThat(s.get(0).profile()).isEqualTo(RegulatoryProfile.UK_FCA);
        assertThat(s.get(0).complaintCase().id()).isEqualTo("C-1");
        assertThat(s.get(0).source()).isEqualTo("a.json");
        assertThat(s.get(1).profile()).isNull();
        assertThat(s.get(1).expectation()).isEqualTo(Expectation.none());
    }

    @Test
    void aScenarioFileThatIsASymbolicLinkIsAnErrorAndIsNotRead(@TempDir Path outside) throws IOException {
        // regression (sandbox audit): the scenarios come with an untrusted policy; a link to a file
        // outside would be read, and pieces of it shown in the parse errors
        write("a.json", "{\"name\":\"First\",\"given\":" + GIVEN + "}");
        Path secret = Files.writeString(outside.resolve("secret.json"), "PRETTY_NAME=not for the scenarios");
        Files.createSymbolicLink(dir.resolve("b.json"), secret);

        assertThatThrownBy(() -> ScenarioLoader.create().loadFolder(dir))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("b.json: is a symbolic link to a file outside the scenarios folder; copy the file"
                        + " into the scenarios folder")
                .hasMessageNotContaining("PRETTY_NAME");
    }

    @Test
    void aLinkThatStaysInTheFolderIsRead() throws IOException {
        // a Kubernetes ConfigMap mount: each file a link into the mount's hidden, dated folder
        Path dated = Files.createDirectories(dir.resolve("..2026_11_29"));
        Files.writeString(dated.resolve("a.json"), "{\"name\":\"First\",\"given\":" + GIVEN + "}");
        Files.createSymbolicLink(dir.resolve("a.json"), Path.of("..2026_11_29/a.json"));

        assertThat(ScenarioLoader.create().loadFolder(dir))
                .extracting(Scenario::name)
                .containsExactly("First");
    }

    @Test
    void anUnknownKeyNamesTheFileAndThePath() throws IOException {
        write("typo.json", "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expect\":{\"escalation\":{\"teamz\":[]}}}");
        assertThatThrownBy(() -> ScenarioLoader.create().loadFolder(dir))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageStartingWith("typo.json: expect.escalation.teamz: unknown key \"teamz\"; allowed here: [");
    }

    @Test
    void anUnknownTopLevelKeyIsAnError() throws IOException {
        write("top.json", "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expected\":{}}");
        assertThatThrownBy(() -> ScenarioLoader.create().loadFolder(dir))
                .hasMessageStartingWith("top.json: expected: unknown key \"expected\"");
    }

    @Test
    void anInvalidCaseNamesTheFieldUnderGiven() throws IOException {
        write(
                "bad-case.json",
                "{\"name\":\"n\",\"given\":{\"complaint\":{\"id\":\"C-1\",\"receivedAt\":\"2026-11-20T10:15:00Z\","
                        + "\"channel\":\"EMAIL\",\"category\":\"OTHER\",\"claimedLoss\":{\"amount\":\"-5\",\"currency\":\"EUR\"}},"
                        + "\"customer\":{\"id\":\"K-1\"}}}");
        assertThatThrownBy(() -> ScenarioLoader.create().loadFolder(dir))
                .hasMessageStartingWith("bad-case.json: given.complaint.claimedLoss.amount: ");
    }

    @Test
    void badValuesNameThePathAndQuoteTheValue() throws IOException {
        write("a.json", "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expect\":{\"priority\":\"SOON\"}}");
        write(
                "b.json",
                "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expect\":{\"deadlines\":{\"respondWithin\":\"a day\"}}}");
        write("c.json", "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expect\":{\"traits\":[\"AGGRESSIVE\",\"ANGRY\"]}}");
        write("d.json", "{\"name\":\"n\",\"given\":" + GIVEN + ",\"expect\":{\"compensation\":{\"maxAmount\":12.5}}}");
        write("e.json", "{\"given\":" + GIVEN + "}");
        write("f.json", "{\"name\":\"n\",\"name\":\"m\",\"given\":" + GIVEN + "}");
        write("g.json", "{\"name\":\"n\",");
        ScenarioLoadException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioLoadException.class, () -> ScenarioLoader.create().loadFolder(dir));
        assertThat(e.problems()).hasSize(7);
        assertThat(e.problems().get(0))
                .startsWith("a.json: expect.priority: must be one of [LOW, NORMAL, HIGH, URGENT], was \"SOON\"");
        assertThat(e.problems().get(1))
                .startsWith("b.json: expect.deadlines.respondWithin: must be a time limit")
                .endsWith("was \"a day\"");
        assertThat(e.problems().get(2))
                .startsWith("c.json: expect.traits[1]: must be one of")
                .endsWith("was \"ANGRY\"");
        assertThat(e.problems().get(3)).isEqualTo("d.json: expect.compensation.maxAmount: must be a string, was 12.5");
        assertThat(e.problems().get(4)).isEqualTo("e.json: name: is required");
        assertThat(e.problems().get(5))
                .startsWith("f.json: malformed JSON at line 1")
                .contains("Duplicate field 'name'");
        assertThat(e.problems().get(6)).startsWith("g.json: malformed JSON");
        assertThat(e.getMessage()).startsWith("7 scenario files have problems:");
    }

    @Test
    void anEmptyFolderIsAnError() {
        assertThatThrownBy(() -> ScenarioLoader.create().loadFolder(dir))
                .hasMessageEndingWith(": no *.json scenario files");
    }
}
