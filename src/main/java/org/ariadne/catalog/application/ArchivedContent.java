package org.ariadne.catalog.application;

/** The exact bytes of an archived text with what is needed to serve them. */
public record ArchivedContent(byte[] bytes, String mediaType, String charset, String sha256) {
}
