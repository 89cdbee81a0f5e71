package org.ariadne.bibliography.domain;

/** A librarian's style was stored under {@code id}; fired inside the upload's transaction. */
public record StyleUploaded(String id, String xml) {
}
