package org.complaintrules.drools.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.complaintrules.api.RuleCompilationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules compiled from rule files, kept in a folder between runs: the same rule files compiled again
 * by the same build of the engine load the classes of their executable model from there instead of
 * being compiled, which takes seconds on a cold JVM.
 *
 * <p>An entry is a folder named by a digest of the rule files as compiled ({@link RuleBaseCache#key})
 * and of the engine's build ({@link EngineDigest}), holding what {@link PolicyPrecompiler} writes: the
 * generated classes and an index. It is written into a temporary folder and moved into place whole,
 * so a reader sees a complete entry or none.
 *
 * <p>The cache is never trusted further than the sandbox: an entry is only written for rule files
 * that passed both layers (their analysis, and the check of every class compiled from them), and on
 * every load every class of the entry is checked against the sandbox's allow-list again before it
 * is defined, from the very bytes that were checked. There, every identifier of the rule files
 * counts as a possible name of one of the policy's functions, so that a function is held to the
 * rules for rule code whatever the entry's index says. (The rule files' analysis is not run again
 * on a load: it is most of a cold start's cost, and the files are exactly those that passed it.) The classes are defined by a loader of their own, so a
 * class of the same name elsewhere on the class path (another build of a policy in the same package)
 * never stands in for them. Where the file system has POSIX permissions, the folder is created
 * readable by its owner only, and a folder or entry that others may write to is not read.
 *
 * <p>The cache keeps at most {@value #MAX_ENTRIES} entries (about 2 MB each for the default policy):
 * writing one deletes those used longest ago beyond them.
 *
 * <p>Anything that keeps an entry from loading (none yet, another engine build, a refused or
 * unreadable class) means compiling as without a cache; writing needs {@code drools-model-codegen}
 * on the class path, and a failure to write is logged and otherwise ignored.
 */
final class CompiledRulesCache {
    /** Entries kept at most; beyond them, the ones used longest ago are deleted when one is written. */
    static final int MAX_ENTRIES = 16;

    private static final String WRITING = ".writing-";
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
    private static final String CODEGEN = "org.drools.model.codegen.ExecutableModelProject";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Pattern IDENTIFIER =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    private CompiledRulesCache() {}

    /**
     * Where the cache is, and whether a policy compiled as usual is written into it.
     *
     * @param folder the cache's folder (created when written to)
     * @param write whether rules compiled as usual are written for later runs
     */
    record Location(Path folder, boolean write) {
        /** Validates the folder. */
        Location {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * @param folder the cache's folder
     * @param key the rule files' key ({@link RuleBaseCache#key}, with the one-per-case facts as globals)
     * @return the entry's folder, or {@code null} when this build of the engine has no digest
     */
    static Path entry(Path folder, String key) {
        String engine = EngineDigest.current();
        if (engine == null) {
            return null;
        }
        MessageDigest sha = PolicyFile.sha256();
        sha.update(engine.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(key.getBytes(StandardCharsets.US_ASCII));
        return folder.resolve(HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Loads the rules compiled for these rule files, if the cache has them and they pass the check.
     *
     * @param folder the cache's folder
     * @param key the rule files' key
     * @param drl the rule files
     * @return the rule base, or {@code null} to compile
     */
    static RuleBaseCache.Entry load(Path folder, String key, List<PolicyFile> drl) {
        Path dir = entry(folder, key);
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        if (writableByOthers(folder) || writableByOthers(dir)) {
            LOG.warn("Compiled rules cache {} may be written by other users; not read", folder);
            return null;
        }
        Map<String, byte[]> classes = new HashMap<>();
        Map<String, byte[]> resources = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                if (name.endsWith(".class")) {
                    classes.put(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes);
                } else {
                    resources.put(name, bytes);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Compiled rules cache entry {} unreadable ({}); compiling", dir, e.toString());
            return null;
        }
        List<BytecodeVerifier.Violation> refused;
        try {
            refused = BytecodeVerifier.verifyModel(classes, identifiers(drl));
        } catch (RuntimeException e) {
            LOG.warn("Compiled rules cache entry {} cannot be checked ({}); compiling", dir, e.toString());
            return null;
        }
        if (!refused.isEmpty()) {
            BytecodeVerifier.Violation v = refused.get(0);
            LOG.warn(
                    "Compiled rules cache entry {} refused by the sandbox ({} in {}); compiling",
                    dir,
                    v.message(),
                    v.className());
            return null;
        }
        RuleBaseCache.Entry loaded = PrecompiledPolicy.load(
                key, new EntryLoader(classes, resources, CompiledRulesCache.class.getClassLoader()));
        if (loaded != null) {
            touch(dir); // the entries used last are kept longest (prune)
        }
        return loaded;
    }

    /**
     * Writes the executable model of rule files into the cache. Does nothing when the entry exists or
     * the model's code generator is not on the class path; a failure is logged, never thrown, except a
     * refusal of the compiled code's sandbox check, which refuses the policy.
     *
     * @param folder the cache's folder
     * @param key the rule files' key
     * @param files the policy's files
     * @param analysis the rule files' analysis, passed
     * @param usual the rules as the usual compiler made them (with the one-per-case facts as globals)
     * @throws RuleCompilationException when the model's code breaks the sandbox
     */
    static void store(
            Path folder, String key, List<PolicyFile> files, DrlAnalyzer.Result analysis, RuleBaseCache.Entry usual) {
        Path dir = entry(folder, key);
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (!codegenPresent()) {
            LOG.info("Compiled rules not cached: drools-model-codegen is not on the class path");
            return;
        }
        Path tmp = null;
        try {
            createPrivate(folder);
            tmp = Files.createTempDirectory(folder, WRITING);
            PolicyPrecompiler.Result r = PolicyPrecompiler.precompile(files, tmp, analysis, usual);
            if (!Files.isRegularFile(tmp.resolve(PrecompiledPolicy.indexPath(key)))) {
                throw new IllegalStateException("the model was made under another key than " + key);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            tmp = null;
            LOG.info("Compiled rules cached ({} rules, {} classes) in {}", r.rules(), r.classes(), dir);
            prune(folder);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another run wrote the same entry first
        } catch (IOException | RuntimeException | LinkageError e) {
            if (e instanceof RuleCompilationException r
                    && r.problems().stream().anyMatch(p -> p.message().startsWith("sandbox"))) {
                // the compiled code's check found what the rule files' check let through: the policy is
                // refused, not used as the usual compiler made it
                throw r;
            }
            LOG.warn("Compiled rules not cached in {} ({})", folder, e.toString());
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * @param drl rule files
     * @return every identifier in them: a superset of the names of their functions, whatever the
     *     layout or comments around a function's declaration
     */
    static Set<String> identifiers(List<PolicyFile> drl) {
        Set<String> words = new HashSet<>();
        for (PolicyFile f : drl) {
            Matcher m = IDENTIFIER.matcher(f.content());
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /**
     * Keeps the cache bounded: beyond {@link #MAX_ENTRIES} entries the ones used longest ago go, and
     * so do temporary folders of writes that never finished (older than an hour).
     *
     * @param folder the cache's folder
     */
    static void prune(Path folder) {
        List<Path> entries;
        try (Stream<Path> all = Files.list(folder)) {
            entries = all.filter(Files::isDirectory).toList();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not list {} ({})", folder, e.toString());
            return;
        }
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        List<Path> kept = new ArrayList<>();
        // only the cache's own folders: the folder may be shared with other things
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(WRITING) && name.substring(WRITING.length()).matches("\\d+")) {
                if (modified(p) < hourAgo) {
                    deleteQuietly(p);
                }
            } else if (ENTRY_NAME.matcher(name).matches()) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingLong(CompiledRulesCache::modified).reversed());
        for (Path old : kept.subList(Math.min(MAX_ENTRIES, kept.size()), kept.size())) {
            deleteQuietly(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0L;
        }
    }

    private static void touch(Path dir) {
        try {
            Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not touch {} ({})", dir, e.toString());
        }
    }

    private static boolean codegenPresent() {
        try {
            Class.forName(CODEGEN, false, CompiledRulesCache.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void createPrivate(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean writableByOthers(Path p) {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not remove {} ({})", dir, e.toString());
        }
    }

    /**
     * Defines an entry's classes from the bytes that were checked, before asking its parent: a class of
     * the same name elsewhere on the class path never stands in for one of them.
     */
    private static final class EntryLoader extends ClassLoader {
        private final Map<String, byte[]> classes;
        private final Map<String, byte[]> resources;

        EntryLoader(Map<String, byte[]> classes, Map<String, byte[]> resources, ClassLoader parent) {
            super("compiled-rules-cache", parent);
            this.classes = classes;
            this.resources = resources;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] b = classes.get(name);
                    c = defineClass(name, b, 0, b.length);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] b = resources.get(name);
            if (b != null) {
                return new ByteArrayInputStream(b);
            }
            b = classes.get(
                    name.endsWith(".class")
                            ? name.substring(0, name.length() - 6).replace('/', '.')
                            : "");
            return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
        }
    }
}
