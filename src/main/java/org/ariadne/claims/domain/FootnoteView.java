package org.ariadne.claims.domain;

import java.util.List;

/**
 * A footnote of an archived text: its number, its text, where its marker stands in the body
 * (UTF-16 offsets, end exclusive) and the citations parsed from it.
 */
public record FootnoteView(int number, String text, int markerStart, int markerEnd,
                           List<FootnoteCitationView> citations) {
    public FootnoteView {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
