package org.ariadne.claims.domain;

import java.util.List;

/**
 * One of the claim's citations in a trace: {@code {"source", "locator", "quote", "quoteFound", "stance",
 * "footnotes"}}, the footnotes being those of the quoted passage.
 */
public record TraceCitation(SourceRef source, String locator, String quote, boolean quoteFound, Stance stance,
                            List<TraceFootnote> footnotes) {
    public TraceCitation {
        footnotes = List.copyOf(footnotes);
    }
}
