package org.complaintrules.drools.signals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in word lists compiled when the library is built: each built-in language's {@link
 * TokenMatcher} (its lists and the universal ones) and the universal matcher, written as an image
 * beside the lists ({@code lexicon/<language>.image}) so that a starting JVM reads arrays instead of
 * parsing some 100 KB of lists, expanding their alternatives and stemming every word (about 0.3 s of
 * CPU on a cold JVM for the four languages).
 *
 * <p>An image names the checksum of the list files it was made from and this class's {@link #FORMAT};
 * it is used only when both match the lists on the class path, so a changed list is never served
 * stale: it is compiled from its text as before (a missing, stale or unreadable image is logged at
 * debug level and costs only the start-up time). A policy's own lists are always compiled from text.
 *
 * <p>Usage at build time: {@code LexiconImage <classes folder>}.
 */
final class LexiconImage {
    /**
     * The image format; changed whenever {@link TokenMatcher} changes what it writes or what it means (3: the
     * phrases of a line with {@code min=} share one count; 4: the terms of all entries, and the entries that end at each trie node, each in one array).
     */
    static final int FORMAT = 4;

    private static final Logger LOG = LoggerFactory.getLogger(LexiconImage.class);
    private static final int MAGIC = 0x4C584931; // "LXI1"
    /** Each built-in folder's digest: the lists in the jar do not change while it runs. */
    private static final Map<String, Integer> FOLDER_DIGESTS = new ConcurrentHashMap<>();

    private LexiconImage() {}

    /**
     * Writes the images of every built-in language and of the universal lists.
     *
     * @param args the classes folder the lists were copied into
     * @throws IOException when an image cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LexiconImage <classes folder>");
        }
        Path classes = Path.of(args[0]);
        for (String language : languages()) {
            Path file = classes.resolve(resource(language).substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, write(DefaultSignalAnalyzer.compile(language)));
            System.out.println("Compiled the word lists of " + language + " into " + file);
        }
    }

    /** @return the built-in languages and {@link Lexicon#UNIVERSAL} */
    static List<String> languages() {
        List<String> all = new ArrayList<>(LanguageDetector.SUPPORTED);
        all.add(Lexicon.UNIVERSAL);
        return all;
    }

    /** @return the image's resource name */
    static String resource(String language) {
        return Lexicon.ROOT + language + ".image";
    }

    /**
     * @param language a built-in language or {@link Lexicon#UNIVERSAL}
     * @return the checksums of the list files its matcher is made from (its own and, for a language,
     *     the universal ones)
     */
    static byte[] digest(String language) {
        ByteBuffer both = ByteBuffer.allocate(8);
        both.putInt(folderDigest(language));
        both.putInt(language.equals(Lexicon.UNIVERSAL) ? 0 : folderDigest(Lexicon.UNIVERSAL));
        return both.array();
    }

    /**
     * @return the CRC-32C of one folder's lists (names and bytes), read once per JVM: it tells a stale
     *     image from a fitting one (a check against mistakes, not against tampering: whoever can change
     *     the lists in the jar can change the image too)
     */
    private static int folderDigest(String folder) {
        return FOLDER_DIGESTS.computeIfAbsent(folder, f -> {
            CRC32C crc = new CRC32C();
            Lexicon.files(f).forEach((list, bytes) -> {
                crc.update((f + "/" + list + "\0").getBytes(StandardCharsets.UTF_8));
                crc.update(bytes);
                crc.update(0);
            });
            return (int) crc.getValue();
        });
    }

    /**
     * @param matcher the matcher of a language's built-in lists (or of the universal ones)
     * @return the image
     */
    static byte[] write(TokenMatcher matcher) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(0); // the whole image's length, set below: the reader allocates it once
            out.writeInt(FORMAT);
            byte[] digest = digest(matcher.language());
            out.writeInt(digest.length);
            out.write(digest);
            matcher.writeTo(new Out(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] image = bytes.toByteArray();
        ByteBuffer.wrap(image).putInt(4, image.length);
        return image;
    }

    /**
     * Reads the image of a built-in language's lists from the class path.
     *
     * @param language a built-in language or {@link Lexicon#UNIVERSAL}
     * @return its matcher, or {@code null} when there is no image or it does not fit the lists
     */
    static TokenMatcher read(String language) {
        // The image is read outside the heap: English's is over 20 MB, and a copy of it on the heap next to
        // the matcher being built from it doubled the heap a start needs (a batch in a small heap could run
        // out of memory on its first case while the lists loaded). The buffer is freed with its last use.
        ByteBuffer image;
        try (InputStream in = LexiconImage.class.getResourceAsStream(resource(language))) {
            if (in == null) {
                LOG.debug("No compiled word lists for {}; compiling them", language);
                return null;
            }
            byte[] head = in.readNBytes(8);
            int length = head.length == 8 ? ByteBuffer.wrap(head).getInt(4) : -1;
            if (length < 8) {
                LOG.debug("Compiled word lists for {} are broken (no length); compiling them", language);
                return null;
            }
            image = ByteBuffer.allocateDirect(length);
            image.put(head);
            ReadableByteChannel channel = Channels.newChannel(in);
            while (image.hasRemaining() && channel.read(image) >= 0) {
                // reads until the image is whole or the stream ends
            }
            if (image.hasRemaining() || in.read() != -1) {
                LOG.debug("Compiled word lists for {} are not of their stated length; compiling them", language);
                return null;
            }
            image.flip();
        } catch (IOException e) {
            LOG.debug("Compiled word lists for {} unreadable ({}); compiling them", language, e.toString());
            return null;
        }
        return read(language, image, digest(language));
    }

    /**
     * @param language the language
     * @param image the image
     * @param digest the digest of the lists now on the class path
     * @return its matcher, or {@code null} when it is of another format, made from other lists, or broken
     */
    static TokenMatcher read(String language, byte[] image, byte[] digest) {
        return read(language, ByteBuffer.wrap(image), digest);
    }

    /**
     * @param language the language
     * @param buffer the image, from its position to its limit (on the heap or not)
     * @param digest the digest of the lists now on the class path
     * @return its matcher, or {@code null} when it is of another format, made from other lists, or broken
     */
    private static TokenMatcher read(String language, ByteBuffer buffer, byte[] digest) {
        int length = buffer.remaining();
        try {
            if (buffer.getInt() != MAGIC || buffer.getInt() != length || buffer.getInt() != FORMAT) {
                LOG.debug("Compiled word lists for {} are of another format; compiling them", language);
                return null;
            }
            byte[] madeFrom = new byte[buffer.getInt()];
            buffer.get(madeFrom);
            if (!Arrays.equals(madeFrom, digest)) {
                LOG.debug("Compiled word lists for {} were made from other lists; compiling them", language);
                return null;
            }
            TokenMatcher matcher = new TokenMatcher(new In(buffer));
            if (buffer.hasRemaining() || !language.equals(matcher.language())) {
                throw new IllegalStateException("the image does not end where the matcher does");
            }
            return matcher;
        } catch (BufferUnderflowException
                | IllegalStateException
                | IllegalArgumentException
                | NegativeArraySizeException e) {
            LOG.debug("Compiled word lists for {} are broken ({}); compiling them", language, e.toString());
            return null;
        }
    }

    /** Writes a matcher's fields; big-endian, each array with its length first ({@code -1} for null). */
    static final class Out {
        private final DataOutputStream out;

        Out(DataOutputStream out) {
            this.out = out;
        }

        void integer(int v) throws IOException {
            out.writeInt(v);
        }

        void bool(boolean v) throws IOException {
            out.writeBoolean(v);
        }

        void ints(int[] a) throws IOException {
            out.writeInt(a.length);
            for (int v : a) {
                out.writeInt(v);
            }
        }

        void longs(long[] a) throws IOException {
            out.writeInt(a.length);
            for (long v : a) {
                out.writeLong(v);
            }
        }

        void bytes(byte[] a) throws IOException {
            out.writeInt(a.length);
            out.write(a);
        }

        void bools(boolean[] a) throws IOException {
            out.writeInt(a.length);
            for (boolean v : a) {
                out.writeBoolean(v);
            }
        }

        void chars(char[] a) throws IOException {
            out.writeInt(a.length);
            for (char c : a) {
                out.writeChar(c);
            }
        }

        void string(String s) throws IOException {
            chars(s.toCharArray());
        }

        void ints2(int[][] a) throws IOException {
            out.writeInt(a.length);
            for (int[] v : a) {
                ints(v);
            }
        }

        void ints3(int[][][] a) throws IOException {
            out.writeInt(a.length);
            for (int[][] v : a) {
                ints2(v);
            }
        }

        void chars2(char[][] a) throws IOException {
            out.writeInt(a.length);
            for (char[] v : a) {
                chars(v);
            }
        }

        void strings(String[] a) throws IOException {
            out.writeInt(a.length);
            for (String s : a) {
                string(s);
            }
        }

        void map(Map<String, Integer> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                string(e.getKey());
                out.writeInt(e.getValue());
            }
        }
    }

    /**
     * Reads what {@link Out} wrote; long arrays a whole array at a time.
     *
     * <p>The arrays of arrays ({@link #ints2()}, {@link #ints3()}) hold a matcher's per-entry and
     * per-node lists; their empty and all-zero arrays are shared as {@link TokenMatcher#shareZeros}
     * says.
     */
    static final class In {
        /** From this length on, an array is copied through a view of the buffer rather than element by element. */
        private static final int BULK = 64;

        private final ByteBuffer in;
        /** The shared all-zero arrays by length, made on first use. */
        private final int[][] zeros = new int[TokenMatcher.SHARED_ZEROS + 1][];

        In(ByteBuffer in) {
            this.in = in;
        }

        int integer() {
            return in.getInt();
        }

        boolean bool() {
            return in.get() != 0;
        }

        private int length(int bytesEach) {
            int n = in.getInt();
            if (n < 0 || (long) n * bytesEach > in.remaining()) {
                throw new IllegalStateException("an array of " + n + " runs past the image's end");
            }
            return n;
        }

        int[] ints() {
            int[] a = new int[length(4)];
            if (a.length < BULK) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.getInt();
                }
            } else {
                in.asIntBuffer().get(a);
                in.position(in.position() + a.length * 4);
            }
            return a;
        }

        long[] longs() {
            long[] a = new long[length(8)];
            in.asLongBuffer().get(a);
            in.position(in.position() + a.length * 8);
            return a;
        }

        byte[] bytes() {
            byte[] a = new byte[length(1)];
            in.get(a);
            return a;
        }

        boolean[] bools() {
            boolean[] a = new boolean[length(1)];
            for (int i = 0; i < a.length; i++) {
                a[i] = in.get() != 0;
            }
            return a;
        }

        char[] chars() {
            char[] a = new char[length(2)];
            if (a.length < BULK) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.getChar();
                }
            } else {
                in.asCharBuffer().get(a);
                in.position(in.position() + a.length * 2);
            }
            return a;
        }

        String string() {
            return new String(chars());
        }

        /**
         * Reads an array of arrays, sharing its empty and short all-zero arrays: what it returns must
         * never be written to.
         *
         * @return the arrays
         */
        int[][] ints2() {
            int n = length(4);
            if (n == 0) {
                return TokenMatcher.NO_INT_ARRAYS;
            }
            int[][] a = new int[n][];
            for (int i = 0; i < a.length; i++) {
                a[i] = TokenMatcher.shareZeros(ints(), zeros);
            }
            return a;
        }

        /**
         * Reads an array of arrays of arrays, shared as in {@link #ints2()}.
         *
         * @return the arrays
         */
        int[][][] ints3() {
            int[][][] a = new int[length(4)][][];
            for (int i = 0; i < a.length; i++) {
                a[i] = ints2();
            }
            return a;
        }

        char[][] chars2() {
            char[][] a = new char[length(4)][];
            for (int i = 0; i < a.length; i++) {
                a[i] = chars();
            }
            return a;
        }

        String[] strings() {
            String[] a = new String[length(4)];
            for (int i = 0; i < a.length; i++) {
                a[i] = string();
            }
            return a;
        }

        Map<String, Integer> map() {
            int n = length(6);
            Map<String, Integer> m = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                m.put(string(), in.getInt());
            }
            return Map.copyOf(m);
        }
    }
}
