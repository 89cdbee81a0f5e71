package org.ariadne.claims.domain;

import java.util.List;
import java.util.Objects;

/** A claim as a trace sees it: id, text and its citations in order. */
public record ClaimView(String id, String text, List<CitationView> citations) {
    public ClaimView {
        Objects.requireNonNull(id, "id");
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
