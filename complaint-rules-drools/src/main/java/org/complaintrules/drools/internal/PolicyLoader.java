package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads policy files from a directory or a classpath folder: the rule files, {@code policy.properties}
 * and the other text files that live with the policy (message files, reply templates...), by the
 * endings in {@link #POLICY_FILE_ENDINGS}, each under its path relative to the policy folder.
 */
public final class PolicyLoader {
    /** The properties file of a policy folder. */
    public static final String PROPERTIES = "policy.properties";
    /** The endings of the files read as part of a policy; others (README.md, classes) are left alone. */
    public static final List<String> POLICY_FILE_ENDINGS = List.of(".drl", ".properties", ".txt");

    private PolicyLoader() {}

    /**
     * Every policy file below {@code dir} (see {@link #POLICY_FILE_ENDINGS}: rules, {@code policy.properties},
     * the wording in {@code messages/} and {@code replies/}, the word lists {@code lexicon/<language>/<list>.txt})
     * and every decision table ({@code .drl.xlsx}, {@code .drl.csv}, converted to DRL by
     * {@link DecisionTables}), sorted by relative path.
     *
     * @param dir the folder
     * @return the files
     * @throws IllegalArgumentException when {@code dir} is not a readable folder or holds no rule file
     * @throws org.complaintrules.api.RuleCompilationException when a decision table cannot be read
     */
    public static List<PolicyFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory " + dir + " does not exist or is not a directory");
        }
        List<PolicyFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.filter(Files::isRegularFile)
                    .filter(p -> isPolicyFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
            for (Path p : paths) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (DecisionTables.isTable(rel)) {
                    files.addAll(DecisionTables.toDrl(rel, Files.readAllBytes(p)));
                } else {
                    files.add(new PolicyFile(rel, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir + ": " + reason(e), e);
        }
        requireRules(files, "rules directory " + dir);
        return files;
    }

    /**
     * Every policy file in a classpath folder and its subfolders (see {@link #POLICY_FILE_ENDINGS});
     * works for folders on the file system and inside jars.
     *
     * @param loader the class loader to search
     * @param folder the folder, e.g. {@code org/complaintrules/policy}
     * @return the files, sorted by name
     * @throws IllegalArgumentException when the folder is not on the classpath or holds no rule file
     */
    public static List<PolicyFile> fromClasspath(ClassLoader loader, String folder) {
        String base = folder.replaceAll("^/+|/+$", "");
        URL url = loader.getResource(base + "/" + PROPERTIES);
        if (url == null) {
            url = loader.getResource(base);
        }
        if (url == null) {
            throw new IllegalArgumentException(
                    "no policy at classpath folder " + base + " (expected " + base + "/" + PROPERTIES + ")");
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                String prefix = base + "/";
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(prefix) && !n.endsWith("/")) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                Path dir = Files.isDirectory(p) ? p : p.getParent();
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile)
                            .map(q -> dir.relativize(q).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                throw new IllegalArgumentException("cannot list classpath folder " + base + " at " + url);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException("cannot read classpath folder " + base + ": " + e.getMessage(), e);
        }
        List<PolicyFile> files = new ArrayList<>();
        for (String n :
                names.stream().filter(PolicyLoader::isPolicyFile).sorted().toList()) {
            if (DecisionTables.isTable(n)) {
                files.addAll(DecisionTables.toDrl(n, readBytes(loader, base + "/" + n)));
            } else {
                files.add(new PolicyFile(n, readResource(loader, base + "/" + n)));
            }
        }
        requireRules(files, "classpath folder " + base);
        return files;
    }

    /**
     * @param loader the class loader
     * @param path a resource path
     * @return the resource's text
     * @throws IllegalArgumentException when there is no such resource
     */
    public static String readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    private static boolean isPolicyFile(String name) {
        return DecisionTables.isTable(name) || POLICY_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static byte[] readBytes(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    private static void requireRules(List<PolicyFile> files, String where) {
        if (files.stream().noneMatch(PolicyFile::isDrl)) {
            throw new IllegalArgumentException(where + " holds no .drl file");
        }
    }

    /** @return why reading failed, in words: the file systems' exceptions often carry only the path */
    static String reason(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return String.valueOf(e.getMessage());
        }
        String what;
        if (f instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (f instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (f instanceof NotDirectoryException) {
            what = "not a directory";
        } else {
            what = f.getReason() != null ? f.getReason() : String.valueOf(f.getMessage());
        }
        return f.getFile() == null ? what : what + " (" + f.getFile() + ")";
    }
}
