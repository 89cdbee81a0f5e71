package org.ariadne.claims.domain;

import java.util.Objects;

/** The text archived for a source, decoded, and the hex SHA-256 digest of its archived bytes. */
public record ArchivedText(String content, String sha256) {
    public ArchivedText {
        Objects.requireNonNull(content, "content");
    }
}
