package org.ariadne.claims.domain;

import java.util.Objects;

/**
 * A claim's citation: the cited source, locator and CSL label, the quote ({@code null} if none), the stance,
 * and where the quote was found when it was last checked ({@code checkedAnchor}, {@code null} if never or not
 * found) together with the archived text's digest at that time ({@code checkedSha256}, {@code null} if
 * never checked).
 */
public record CitationView(String sourceId, String locator, String label, String quote, Stance stance,
                           QuoteAnchor checkedAnchor, String checkedSha256) {
    public CitationView {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(stance, "stance");
    }
}
