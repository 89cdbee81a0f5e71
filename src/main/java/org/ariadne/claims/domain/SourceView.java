package org.ariadne.claims.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A catalogued source as a trace sees it: id, title, its archived text if it has one, and what its last fixity
 * check found wrong with that text (null if nothing).
 */
public record SourceView(String id, String title, Optional<ArchivedText> text, String fixityFailure) {
    public SourceView {
        Objects.requireNonNull(id, "id");
        text = text == null ? Optional.empty() : text;
    }

    public SourceView(String id, String title, Optional<ArchivedText> text) {
        this(id, title, text, null);
    }
}
