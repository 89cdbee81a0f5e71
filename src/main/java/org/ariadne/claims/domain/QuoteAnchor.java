package org.ariadne.claims.domain;

import java.util.Objects;

/**
 * Where a quote stands in an archived text, in the manner of a W3C Web Annotation
 * {@code TextQuoteSelector} ({@code exact}, {@code prefix}, {@code suffix}) combined with a
 * {@code TextPositionSelector} ({@code start}, {@code end}).
 *
 * <p>Offsets count UTF-16 code units of the archived text (Java {@link String} indexes), {@code end}
 * exclusive. {@code exact} is the text as archived between them (it may differ from the quote as a writer
 * typed it in white space, quote marks, dashes or glued footnote markers); {@code prefix} and
 * {@code suffix} are up to {@link #CONTEXT_LENGTH} code units of context on either side.
 */
public record QuoteAnchor(String exact, String prefix, String suffix, int start, int end) {

    /** How much context is kept on either side of the passage. */
    public static final int CONTEXT_LENGTH = 32;

    public QuoteAnchor {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        if (exact.length() != end - start) {
            throw new IllegalArgumentException("exact has " + exact.length() + " code units, range has " + (end - start));
        }
    }

    /** The anchor of {@code text[start, end)}, with its context taken from the same text. */
    public static QuoteAnchor of(String text, int start, int end) {
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart--; // never cut a surrogate pair in half
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isLowSurrogate(text.charAt(suffixEnd))) {
            suffixEnd++;
        }
        return new QuoteAnchor(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd), start, end);
    }

    /** True if {@code text} still reads {@link #exact()} at {@link #start()}. */
    public boolean standsIn(String text) {
        return end <= text.length() && text.startsWith(exact, start);
    }

    /** True if {@code text} still reads prefix, exact and suffix at this position. */
    public boolean standsWithContextIn(String text) {
        return standsIn(text)
                && start >= prefix.length() && text.startsWith(prefix, start - prefix.length())
                && text.startsWith(suffix, end);
    }
}
