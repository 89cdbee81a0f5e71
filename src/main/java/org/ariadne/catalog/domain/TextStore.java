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
}
