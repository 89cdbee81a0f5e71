package org.ariadne.claims.domain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds a quoted passage in an archived text, tolerant of the differences between how a passage is archived
 * and how a writer types it (see {@link AnchorableText} for the exact rules), and re-finds it after the
 * archived text changed. Offsets always refer to the original text.
 *
 * <p>These are one-shot conveniences: each call normalises the text once (linear time). To look up several
 * quotes in the same text, build one {@link AnchorableText} and ask it.
 */
public final class QuoteAnchoring {

    private QuoteAnchoring() {
    }

    /** The first occurrence of {@code quote} in {@code text}: case-sensitive first, else case-insensitive. */
    public static Optional<QuoteAnchor> anchor(String text, String quote) {
        return AnchorableText.of(text).anchor(quote);
    }

    /** Like {@link #anchor(String, String)}, but of several occurrences the one starting nearest the hint. */
    public static Optional<QuoteAnchor> anchor(String text, String quote, OptionalInt hintStart) {
        return AnchorableText.of(text).anchor(quote, hintStart);
    }

    /**
     * Re-checks {@code previous} against a changed text: the same anchor if prefix, exact and suffix still
     * stand at its position (no normalisation needed); else the occurrence of its exact text whose
     * surroundings best match its old prefix and suffix; else empty ("quote not found").
     */
    public static Optional<QuoteAnchor> reanchor(QuoteAnchor previous, String newText) {
        if (previous.standsWithContextIn(newText)) {
            return Optional.of(previous);
        }
        return AnchorableText.of(newText).reanchor(previous);
    }
}
