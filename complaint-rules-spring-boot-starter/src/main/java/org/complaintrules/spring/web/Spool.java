package org.complaintrules.spring.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body read to its end before it is answered: in memory up to a threshold, in a temporary
 * file (readable by its owner only, deleted on close) beyond it. Reading the whole body first keeps
 * memory bounded, lets size and time limits be answered before any answer is sent, and never
 * deadlocks a client that sends its whole body before it reads the answer.
 */
final class Spool implements AutoCloseable {
    private final byte[] bytes;
    private final Path file;
    private final long size;

    private Spool(byte[] bytes, Path file, long size) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
    }

    /**
     * @param in the body; read to its end, not closed
     * @param inMemory bytes kept in memory before spilling to a file
     * @return the body
     * @throws IOException when reading fails (including the body's own limits)
     */
    static Spool read(InputStream in, int inMemory) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(Math.min(inMemory, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        int n;
        while (head.size() <= inMemory && (n = in.read(buf)) >= 0) {
            head.write(buf, 0, n);
        }
        if (head.size() <= inMemory) {
            return new Spool(head.toByteArray(), null, head.size());
        }
        Path file = Files.createTempFile("complaint-rules-body-", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            head.writeTo(out);
            long size = head.size();
            head = null;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                size += n;
            }
            return new Spool(null, file, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** @return the body's length in bytes */
    long size() {
        return size;
    }

    /**
     * @return the body from its start
     * @throws IOException when the spilled file cannot be opened
     */
    InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
