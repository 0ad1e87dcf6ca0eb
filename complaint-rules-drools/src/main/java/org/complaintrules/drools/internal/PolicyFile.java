package org.complaintrules.drools.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * One file of a policy as loaded: a DRL file, a decision table converted to DRL,
 * {@code policy.properties}, or another text file that lives with the policy (a message file, a
 * reply template...).
 *
 * @param name the name shown in errors, relative to where the policy was loaded from
 * @param content the text (for a decision table: the DRL it was converted to)
 * @param origin for a decision table, where each DRL line came from in the table; else {@code null}
 */
public record PolicyFile(String name, String content, DecisionTables.Origin origin) {
    /** U+FEFF at the start of a text: a byte order mark, which some editors write; it is dropped. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Validates the components; a leading byte order mark is dropped from the text. */
    public PolicyFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (content.startsWith(BYTE_ORDER_MARK)) {
            content = content.substring(1);
        }
    }

    /**
     * @param name the name shown in errors
     * @param content the text
     */
    public PolicyFile(String name, String content) {
        this(name, content, null);
    }

    /** @return whether this is a rule file (DRL, or a decision table converted to DRL) */
    public boolean isDrl() {
        return name.endsWith(".drl") || origin != null;
    }

    /** @return whether this is the policy's {@code policy.properties} */
    public boolean isPolicyProperties() {
        return name.equals(PolicyLoader.PROPERTIES);
    }

    /**
     * Adds this file, its name and its text, to a digest: the policy's checksum and the key of its
     * compiled rules are made of these.
     *
     * @param sha the digest
     */
    void addTo(MessageDigest sha) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** @return a new SHA-256 digest */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
