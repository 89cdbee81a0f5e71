package org.ariadne.claims.domain;

import java.util.Objects;
import java.util.Optional;

/** A catalogued source as a trace sees it: id, title, and its archived text if it has one. */
public record SourceView(String id, String title, Optional<ArchivedText> text) {
    public SourceView {
        Objects.requireNonNull(id, "id");
        text = text == null ? Optional.empty() : text;
    }
}
