package org.ariadne.claims.domain;

import java.util.Objects;

/**
 * A citation parsed from a footnote: the cited work, locator and its CSL label, and the quote that anchors
 * it to a passage of the cited work's archived text ({@code null} if the citation carries none).
 */
public record FootnoteCitationView(String sourceId, String locator, String label, String quote) {
    public FootnoteCitationView {
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
