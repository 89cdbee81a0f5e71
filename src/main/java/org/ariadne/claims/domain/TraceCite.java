package org.ariadne.claims.domain;

import java.util.List;

/**
 * A work a footnote cites: {@code {"source", "locator", "quote", "quoteFound", "footnotes"}}.
 * {@code quote} and {@code quoteFound} are {@code null} when the footnote's citation carries no quote;
 * {@code footnotes} are those of the quoted passage of the cited work (empty at the end of a chain).
 */
public record TraceCite(SourceRef source, String locator, String quote, Boolean quoteFound,
                        List<TraceFootnote> footnotes) {
    public TraceCite {
        footnotes = List.copyOf(footnotes);
    }
}
