package org.complaintrules.drools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.util.Drools;

/**
 * The identity of this build of the engine: a SHA-256 of every class file of {@code
 * org.complaintrules.drools} and of the Drools version, written by the module's build (its {@code
 * main}) and read at run time. Rules compiled by one build are only ever loaded by the same build
 * ({@link CompiledRulesCache}): the way rule files are rewritten and compiled belongs to the engine,
 * not to the files.
 */
public final class EngineDigest {
    /** Where the digest is, on the class path. */
    static final String RESOURCE = "META-INF/complaint-rules/engine.sha256";

    private static final String CURRENT = read();

    private EngineDigest() {}

    /**
     * Writes the digest of a classes folder into it.
     *
     * @param args the classes folder
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EngineDigest <classes folder>");
        }
        Path classes = Path.of(args[0]);
        Path out = classes.resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, of(classes) + "\n", StandardCharsets.US_ASCII);
        System.out.println("Wrote the engine's digest to " + out);
    }

    /**
     * @param classes a classes folder
     * @return the digest of its engine classes and of the Drools version, in hex
     * @throws IOException when reading fails
     */
    static String of(Path classes) throws IOException {
        MessageDigest sha = PolicyFile.sha256();
        sha.update(Drools.getFullVersion().getBytes(StandardCharsets.UTF_8));
        Path root = classes.resolve("org/complaintrules/drools");
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path f : files) {
            // the name (with / on every system) and the bytes
            sha.update((byte) 0);
            sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** @return this build's digest, or {@code null} when the build wrote none (classes compiled by an IDE) */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = EngineDigest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            String d = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            return d.matches("[0-9a-f]{64}") ? d : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
