package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy folder is untrusted input: a symbolic link in it is not followed (regression for the audit's
 * finding that {@code zz.drl -> /etc/os-release} was read as a rule file, and showed pieces of it in
 * the compiler's errors, and {@code lexicon/en/regulator.txt -> /etc/hostname} as a word list).
 */
class PolicyLoaderLinksTest {
    private static final String SECRET = "PRETTY_NAME=\"not for the policy\"\n";

    @TempDir
    Path tmp;

    private Path policy;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        policy = Files.createDirectories(tmp.resolve("policy"));
        Files.writeString(policy.resolve("rules.drl"), "package p;\n", StandardCharsets.UTF_8);
        Files.createDirectories(policy.resolve("lexicon/en"));
        Files.writeString(policy.resolve("lexicon/en/churn.txt"), "leave\n", StandardCharsets.UTF_8);
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("os-release"), SECRET, StandardCharsets.UTF_8);
    }

    private List<RuleProblem> problems() {
        try {
            PolicyLoader.fromDirectory(policy);
        } catch (RuleCompilationException e) {
            assertThat(e.getMessage()).doesNotContain("PRETTY_NAME");
            return e.problems();
        }
        throw new AssertionError("the folder was read without a RuleCompilationException");
    }

    @Test
    void aRuleFileLinkedToAFileOutsideTheFolderIsAnErrorNamingItAndIsNotRead() throws IOException {
        Files.createSymbolicLink(policy.resolve("zz.drl"), outside.resolve("os-release"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("zz.drl");
            assertThat(p.message())
                    .isEqualTo("is a symbolic link to a file outside the policy folder; copy the file into"
                            + " the folder");
        });
    }

    @Test
    void aWordListLinkedToAFileOutsideTheFolderIsAnError() throws IOException {
        Files.createSymbolicLink(policy.resolve("lexicon/en/regulator.txt"), outside.resolve("os-release"));

        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("lexicon/en/regulator.txt"));
    }

    @Test
    void aLinkedFolderAndALinkToAFileInTheFolderAreErrorsToo() throws IOException {
        Files.createDirectories(outside.resolve("replies"));
        Files.writeString(outside.resolve("replies/holding_en.txt"), SECRET, StandardCharsets.UTF_8);
        Files.createSymbolicLink(policy.resolve("replies"), outside.resolve("replies"));
        Files.createSymbolicLink(policy.resolve("policy.properties"), policy.resolve("lexicon/en/churn.txt"));

        assertThat(problems())
                .extracting(RuleProblem::file, RuleProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "policy.properties",
                                "is a symbolic link to lexicon/en/churn.txt in the policy folder; a policy folder"
                                        + " holds no links, copy the file in its place"),
                        org.assertj.core.groups.Tuple.tuple(
                                "replies",
                                "is a symbolic link to a folder outside the policy folder; copy the folder into"
                                        + " the folder"));
    }

    @Test
    void aLinkThePolicyDoesNotReadIsLeftAlone() throws IOException {
        Files.createSymbolicLink(policy.resolve("README.md"), outside.resolve("os-release"));

        assertThat(PolicyLoader.fromDirectory(policy))
                .extracting(PolicyFile::name)
                .containsExactly("lexicon/en/churn.txt", "rules.drl");
    }

    @Test
    void theFolderItselfMayBeALink() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("current"), policy);

        assertThat(PolicyLoader.fromDirectory(link))
                .extracting(PolicyFile::name)
                .containsExactly("lexicon/en/churn.txt", "rules.drl");
    }
}
