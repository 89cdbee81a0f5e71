package org.ariadne.catalog.domain;

import java.util.Optional;

/**
 * Where archived texts live, byte for byte, addressed by their SHA-256. A text is either wholly stored or not at
 * all: a reader never sees a partly written file.
 */
public interface TextStore {

    /** Stores the bytes (idempotently) and returns their lowercase hexadecimal SHA-256. */
    String store(byte[] bytes);

    Optional<byte[]> read(String sha256);

    /**
     * The SHA-256 of the bytes now stored under {@code sha256}, read afresh from the store (never from a cache):
     * the fixity check. Empty if there is no such file.
     */
    Optional<String> digestOf(String sha256);
}
