package org.complaintrules.policy.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.policy.DefaultPolicyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy may add a language with files alone: a fifth message file and letters, and the language
 * declared in {@code languages} of {@code policy.properties}. The German files here are made from the English ones with a German
 * subject, greeting and acknowledgement of our own; the point is the mechanism and the locale's
 * formats, not the translation.
 */
class AddedLanguageTest {
    private static final String POLICY = DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER + "/";
    private static final List<String> LETTERS = List.of("acknowledgement", "holding", "response", "final_response");

    @TempDir
    Path dir;

    private static String bundled(String name) throws IOException {
        try (InputStream in = AddedLanguageTest.class.getClassLoader().getResourceAsStream(POLICY + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A copy of the default policy in {@code dir} with messages_de.properties and the four German letters added. */
    private Path german() throws IOException {
        DefaultPolicyCopy.into(dir);
        Path props = dir.resolve("policy.properties");
        Files.writeString(
                props,
                Files.readString(props, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^languages=.*$", "languages=en,ru,zh,et,de"),
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("messages/messages_de.properties"),
                bundled("messages/messages_en.properties") + "\ntype.CHRONIC=Stammkunde mit häufigen Beschwerden\n",
                StandardCharsets.UTF_8);
        for (String letter : LETTERS) {
            String text = bundled("replies/" + letter + "_en.txt")
                    .replaceFirst("(?m)^Dear \\{customerName\\},$", "Sehr geehrte Kundin, sehr geehrter Kunde,")
                    .replaceFirst(
                            "(?m)^This is to confirm that we received your complaint about \\{topic\\} on"
                                    + " \\{receivedAt, date, long\\}\\..*$",
                            "Hiermit bestätigen wir, dass Ihre Beschwerde am {receivedAt, date, long} bei uns"
                                    + " eingegangen ist. Unser Zeichen: {caseId}.");
            Files.writeString(dir.resolve("replies/" + letter + "_de.txt"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static DroolsComplaintAdvisor withGerman(Path files) {
        return DroolsComplaintAdvisor.builder().rulesDirectory(files).build();
    }

    @Test
    void aFifthLanguageDeclaredWithItsFilesGetsLettersInItsOwnFormats() throws Exception {
        DroolsComplaintAdvisor advisor = withGerman(german());

        assertThat(advisor.wording().languages()).containsExactly("en", "ru", "zh", "et", "de");
        Advice a = advisor.advise(Letters.chronic("de-AT", ReplyKind.ACKNOWLEDGEMENT));
        assertThat(a.reply().language()).isEqualTo("de");
        assertThat(a.reply().body())
                .startsWith("Sehr geehrte Kundin, sehr geehrter Kunde,")
                // ICU's German long date, in the customer's time zone (London: still 20 November)
                .contains("am 20. November 2026 bei uns eingegangen")
                .doesNotContain("Dear ");
        // the other languages are untouched
        assertThat(advisor.advise(Letters.chronic("et", ReplyKind.ACKNOWLEDGEMENT))
                        .reply()
                        .language())
                .isEqualTo("et");
    }

    /** @return the build's problems, as {@code file:line: message}; the build must fail */
    private static List<String> problems(Path files) {
        Throwable t = catchThrowable(() -> withGerman(files));
        assertThat(t).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) t)
                .problems().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void aDeclaredLanguageWithoutItsMessageFileIsABuildError() throws Exception {
        Path files = german();
        Files.delete(files.resolve("messages/messages_de.properties"));

        assertThat(problems(files))
                .anySatisfy(p -> assertThat(p)
                        .matches("policy.properties:\\d+: language de is declared but"
                                + " messages/messages_de.properties is missing"));
    }

    @Test
    void aCodeWithoutWordingInTheAddedLanguageIsNamedWithItsFile() throws Exception {
        Path files = german();
        Path messages = files.resolve("messages/messages_de.properties");
        Files.writeString(
                messages,
                Files.readString(messages, StandardCharsets.UTF_8).replaceAll("(?m)^step\\.CLARIFY=.*\n", ""),
                StandardCharsets.UTF_8);

        assertThat(problems(files))
                .anySatisfy(p -> assertThat(p)
                        .matches("strategy.drl:\\d+: step code CLARIFY has no wording in"
                                + " messages/messages_de.properties.*"));
    }

    @Test
    void aLetterMissingInTheAddedLanguageIsABuildError() throws Exception {
        Path files = german();
        Files.delete(files.resolve("replies/holding_de.txt"));

        assertThat(problems(files))
                .anySatisfy(p -> assertThat(p)
                        .matches("policy.properties:\\d+: language de is declared but"
                                + " replies/holding_de.txt is missing"));
    }
}
