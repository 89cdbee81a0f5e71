package org.ariadne.bibliography.domain;

import java.util.Objects;

/**
 * A cite with its CSL position worked out.
 *
 * @param cite     the cite
 * @param position first, subsequent, ibid or ibid-with-locator
 * @param nearNote whether an earlier cite of the same item is at most near-note-distance notes back
 */
public record PositionedCite(CiteRef cite, CitePosition position, boolean nearNote) {

    public PositionedCite {
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(position, "position");
    }
}
