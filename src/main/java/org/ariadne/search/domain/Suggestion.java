package org.ariadne.search.domain;

/** A suggestion of the search box: a source, a person or a claim whose words begin as typed. */
public record Suggestion(HitKind kind, String id, String label) {
}
