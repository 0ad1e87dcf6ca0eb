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
    void aFolderLinkedFromOutsideIsAnError() throws IOException {
        Files.createDirectories(outside.resolve("replies"));
        Files.writeString(outside.resolve("replies/holding_en.txt"), SECRET, StandardCharsets.UTF_8);
        Files.createSymbolicLink(policy.resolve("replies"), outside.resolve("replies"));

        assertThat(problems())
                .extracting(RuleProblem::file, RuleProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "replies",
                        "is a symbolic link to a folder outside the policy folder; copy the folder into the folder"));
    }

    @Test
    void aKubernetesConfigMapMountIsReadOnceUnderItsOwnNames() throws IOException {
        // the kubelet's layout: the files in a hidden, dated folder, "..data" a link to it, and each name a
        // link through "..data" (a key with a path becomes a link to a folder)
        Path mount = Files.createDirectories(tmp.resolve("mount"));
        Path dated = Files.createDirectories(mount.resolve("..2026_11_29_00_30_00.123"));
        Files.writeString(dated.resolve("rules.drl"), "package p;\n", StandardCharsets.UTF_8);
        Files.createDirectories(dated.resolve("lexicon/en"));
        Files.writeString(dated.resolve("lexicon/en/churn.txt"), "leave\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(mount.resolve("..data"), Path.of("..2026_11_29_00_30_00.123"));
        Files.createSymbolicLink(mount.resolve("rules.drl"), Path.of("..data/rules.drl"));
        Files.createSymbolicLink(mount.resolve("lexicon"), Path.of("..data/lexicon"));
        // a hidden folder is not part of the policy
        Files.createDirectories(mount.resolve(".git"));
        Files.writeString(mount.resolve(".git/old.drl"), "package old;\n", StandardCharsets.UTF_8);

        assertThat(PolicyLoader.fromDirectory(mount))
                .extracting(PolicyFile::name, PolicyFile::content)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lexicon/en/churn.txt", "leave\n"),
                        org.assertj.core.groups.Tuple.tuple("rules.drl", "package p;\n"));
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
