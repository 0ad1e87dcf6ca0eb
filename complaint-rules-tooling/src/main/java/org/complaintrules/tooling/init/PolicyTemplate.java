package org.complaintrules.tooling.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.drools.internal.PolicyLoader;

/**
 * Writes a copy of the bundled default policy for a policy owner to edit: every file of its classpath
 * folder (rule files, decision tables, {@code policy.properties}), its scenarios in
 * {@code scenarios/}, and a {@code README.md} saying what to do next. The result is ready for
 * {@code complaint-advisor check --rules DIR --scenarios DIR/scenarios}.
 */
public final class PolicyTemplate {
    /** The folder, under the policy folder, that holds the policy's scenarios. */
    public static final String SCENARIOS = "scenarios";
    /** The README written for the policy owner. */
    public static final String README = "README.md";

    private static final String README_RESOURCE = "org/complaintrules/tooling/init/policy-owner-README.md";

    private PolicyTemplate() {}

    /**
     * @param dir a folder that does not exist or is empty
     * @return the files written, relative to {@code dir}, sorted
     * @throws IllegalArgumentException when {@code dir} is a file or a folder that is not empty, or the bundled
     *     policy is not on the classpath
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> write(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException(dir + " is a file; give a new folder");
                }
                try (Stream<Path> list = Files.list(dir)) {
                    if (list.findAny().isPresent()) {
                        throw new IllegalArgumentException(
                                dir + " is not empty; give a new or empty folder (nothing was written)");
                    }
                }
            }
            ClassLoader loader = DroolsComplaintAdvisor.class.getClassLoader();
            String base = DroolsComplaintAdvisor.DEFAULT_POLICY_FOLDER;
            List<String> names = list(loader, base);
            if (names.stream().noneMatch(n -> n.startsWith(SCENARIOS + "/"))) {
                throw new IllegalArgumentException("the bundled default policy on the classpath has no scenarios");
            }
            Files.createDirectories(dir);
            List<String> written = new ArrayList<>();
            for (String n : names) {
                Path target = dir.resolve(n).normalize();
                if (!target.startsWith(dir.normalize())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = loader.getResourceAsStream(base + "/" + n)) {
                    if (in == null) {
                        throw new IllegalArgumentException("cannot read classpath resource " + base + "/" + n);
                    }
                    Files.copy(in, target);
                }
                written.add(n);
            }
            try (InputStream in = PolicyTemplate.class.getClassLoader().getResourceAsStream(README_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + README_RESOURCE);
                }
                Files.copy(in, dir.resolve(README));
            }
            written.add(README);
            written.sort(null);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @return every file below a classpath folder, relative to it, sorted; on the file system or in a jar */
    static List<String> list(ClassLoader loader, String base) throws IOException {
        URL url = loader.getResource(base + "/policy.properties");
        if (url == null) {
            throw new IllegalArgumentException("the bundled default policy is not on the classpath (no " + base
                    + "/policy.properties): add org.complaintrules:complaint-rules-default-policy");
        }
        List<String> names = new ArrayList<>(PolicyLoader.filesBelow(url, base));
        // the policy's executable model, made by the build, is no file a policy owner edits
        names.removeIf(n -> n.endsWith(".class"));
        names.sort(null);
        return names;
    }
}
