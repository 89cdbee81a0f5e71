package org.ariadne.claims.domain;

/** {@code {"id": .., "title": ..}} in a trace; the title is {@code null} for a source not in the catalogue. */
public record SourceRef(String id, String title) {
}
