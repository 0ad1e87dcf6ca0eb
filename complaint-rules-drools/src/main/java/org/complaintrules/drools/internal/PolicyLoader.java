package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;

/**
 * Reads policy files from a directory or a classpath folder: the rule files, {@code policy.properties}
 * and the other text files that live with the policy (message files, reply templates...), by the
 * endings in {@link #POLICY_FILE_ENDINGS}, each under its path relative to the policy folder.
 *
 * <p>Every text file (and a CSV decision table) must be UTF-8; a leading byte order mark is allowed
 * and dropped (as {@link PolicyFile} drops it from text handed over by a host). A file in another
 * encoding (Latin-1, Windows-1252, UTF-16...) is a {@link RuleCompilationException} naming the file,
 * the line and column and the first byte that is not UTF-8: decoding it leniently would replace its
 * characters and change what the rules say without a word.
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
     * <p>A policy folder is untrusted input, so nothing outside it is read: {@code dir} itself may be a
     * symbolic link (resolved once); below it, a policy file or a subfolder that is a symbolic link is read
     * only where its real path is inside the folder (as in a Kubernetes ConfigMap mount), and is otherwise
     * an error naming it, never read or followed. Hidden files and folders (a name starting with a dot) are
     * not part of the policy.
     *
     * @param dir the folder
     * @return the files
     * @throws IllegalArgumentException when {@code dir} is not a readable folder or holds no rule file
     * @throws org.complaintrules.api.RuleCompilationException when a decision table cannot be read, or a
     *     policy file or subfolder is a symbolic link that leads out of the folder
     */
    public static List<PolicyFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory " + dir + " does not exist or is not a directory");
        }
        List<PolicyFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try {
            // a folder given as a symbolic link is resolved once
            Path root = dir.toRealPath();
            collect(root, root, "", files, problems, new HashSet<>());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir + ": " + reason(e), e);
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        files.sort(Comparator.comparing(PolicyFile::name));
        requireRules(files, "rules directory " + dir);
        return files;
    }

    /**
     * Reads the policy files of one folder and its subfolders. Hidden entries (a name starting with a dot:
     * {@code .git}, and the {@code ..data} and {@code ..2026_…} folders of a Kubernetes ConfigMap mount) are
     * not part of the policy. A symbolic link is read only where its real path is inside the policy folder
     * (a ConfigMap's {@code rules.drl -> ..data/rules.drl}), under the link's own name; one that leads
     * outside is an error naming it.
     */
    private static void collect(
            Path root, Path folder, String prefix, List<PolicyFile> files, List<RuleProblem> problems, Set<Path> seen)
            throws IOException {
        if (!seen.add(folder.toRealPath())) {
            return; // a link back to a folder already read
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String rel = prefix + name;
            if (Files.isSymbolicLink(p)) {
                Path target = linkTargetInside(p, root);
                if (target != null && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    collect(root, target, rel + "/", files, problems, seen);
                } else if (target != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (isPolicyFile(name)) {
                        add(files, problems, rel, readNoLinks(target));
                    }
                } else if (Files.isDirectory(p) || isPolicyFile(name)) {
                    problems.add(new RuleProblem(rel, 0, linkProblem(p)));
                }
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                collect(root, p, rel + "/", files, problems, seen);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isPolicyFile(name)) {
                add(files, problems, rel, readNoLinks(p));
            }
        }
    }

    /**
     * Where a symbolic link in a folder of untrusted files may be followed: the rule of the policy folder, which
     * the scenario files that come with a policy follow too.
     *
     * @param link a symbolic link
     * @param root the real path of the folder the link's files must stay in
     * @return the link's real path when it is inside {@code root}, {@code null} when it leads outside, dangles
     *     or is a loop of links
     */
    public static Path linkTargetInside(Path link, Path root) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(root) ? target : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why a symbolic link in a policy folder is not read: a rule file is untrusted, and a link out of the
     * folder would let it read (and show in error messages) any file the process can read.
     *
     * @param link the link
     * @return the problem, in words
     */
    private static String linkProblem(Path link) {
        String kind = Files.isDirectory(link) ? "folder" : "file";
        return "is a symbolic link to a " + kind + " outside the policy folder; copy the " + kind + " into the folder";
    }

    /** Reads a file without following a symbolic link put in its place since it was listed. */
    private static byte[] readNoLinks(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
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
        List<String> names;
        try {
            names = filesBelow(url, base);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read classpath folder " + base + ": " + e.getMessage(), e);
        }
        List<PolicyFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (String n :
                names.stream().filter(PolicyLoader::isPolicyFile).sorted().toList()) {
            add(files, problems, n, readBytes(loader, base + "/" + n));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        requireRules(files, "classpath folder " + base);
        return files;
    }

    /**
     * The files below a classpath folder, in a jar or on the file system, named relative to it with
     * {@code /} (subfolders included, folders themselves not).
     *
     * @param url where the class loader found the folder, or a file directly in it
     * @param base the folder, e.g. {@code org/complaintrules/policy}
     * @return the names, in no particular order
     * @throws IOException when the jar or the folder cannot be read
     * @throws IllegalArgumentException when the URL is neither in a jar nor on the file system
     */
    public static List<String> filesBelow(URL url, String base) throws IOException {
        List<String> names = new ArrayList<>();
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
            Path p;
            try {
                p = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("not a file path: " + url, e);
            }
            Path dir = Files.isDirectory(p) ? p : p.getParent();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(q -> dir.relativize(q).toString().replace('\\', '/'))
                        .forEach(names::add);
            }
        } else {
            throw new IllegalArgumentException("cannot list classpath folder " + base + " at " + url);
        }
        return names;
    }

    /**
     * @param loader the class loader
     * @param path a resource path
     * @return the resource's text
     * @throws IllegalArgumentException when there is no such resource
     */
    public static String readResource(ClassLoader loader, String path) {
        return text(path, readBytes(loader, path));
    }

    /**
     * Adds one file: a decision table converted to DRL, or a text file; a problem instead when it
     * cannot be read.
     */
    private static void add(List<PolicyFile> files, List<RuleProblem> problems, String name, byte[] bytes) {
        try {
            if (!DecisionTables.isTable(name)) {
                files.add(new PolicyFile(name, text(name, bytes)));
            } else if (DecisionTables.isCsv(name)) {
                files.addAll(DecisionTables.toDrl(name, text(name, bytes).getBytes(StandardCharsets.UTF_8)));
            } else {
                files.addAll(DecisionTables.toDrl(name, bytes));
            }
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
    }

    /**
     * The text of a policy file: its bytes as UTF-8, without a leading byte order mark.
     *
     * @param name the file's name, for the error
     * @param bytes its bytes
     * @return its text
     * @throws RuleCompilationException when the bytes are not UTF-8, naming the file, the line,
     *     the column and the byte
     */
    public static String text(String name, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw notUtf8(name, 1, "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw notUtf8(
                    name,
                    line,
                    String.format(
                            Locale.ROOT,
                            "not UTF-8: byte 0x%02X at line %d, column %d (byte %d of the file; is it Latin-1 or"
                                    + " Windows-1252?); save the file as UTF-8",
                            bytes[at] & 0xFF,
                            line,
                            column,
                            at));
        }
        if (text.indexOf('\0') >= 0) {
            int line = 1
                    + (int) text.substring(0, text.indexOf('\0'))
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            throw notUtf8(name, line, "holds NUL characters (is it UTF-16?); save the file as UTF-8");
        }
        return text.startsWith(PolicyFile.BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /** @return the offset of the first byte that does not decode as UTF-8 (the input is known to have one) */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    private static RuleCompilationException notUtf8(String name, int line, String message) {
        return new RuleCompilationException(List.of(new RuleProblem(name, line, message)));
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
