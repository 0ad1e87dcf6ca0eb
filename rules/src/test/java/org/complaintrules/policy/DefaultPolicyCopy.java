package org.complaintrules.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.drools.DroolsComplaintAdvisor;

/** Test support: a copy of the bundled default policy in a folder, for tests that break it on purpose. */
public final class DefaultPolicyCopy {
    private DefaultPolicyCopy() {}

    /**
     * @param dir an empty folder
     * @return {@code dir}, holding the default policy's files, its subfolders (the wording's
     *     {@code messages/}, {@code replies/}) under their own relative paths
     */
    public static Path into(Path dir) {
        try {
            Path source = Path.of(DroolsComplaintAdvisor.class
                            .getClassLoader()
                            .getResource(DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER + "/policy.properties")
                            .toURI())
                    .getParent();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = dir.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param policy a policy folder broken on purpose
     * @return why it does not build
     * @throws AssertionError when it builds
     */
    public static RuleCompilationException refusal(Path policy) {
        try {
            DroolsComplaintAdvisor.builder().rulesDirectory(policy).build();
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError("the policy built");
    }
}
