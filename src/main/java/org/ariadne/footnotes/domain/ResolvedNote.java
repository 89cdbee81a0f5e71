package org.ariadne.footnotes.domain;

import java.util.List;

/**
 * A footnote with its citations resolved to the works of the text.
 *
 * @param markerStart as {@link ExtractedNote#markerStart()}, -1 without a marker
 * @param markerEnd   as {@link ExtractedNote#markerEnd()}, -1 without a marker
 * @param problems    what a librarian must look at, in plain words
 */
public record ResolvedNote(int number, String text, int markerStart, int markerEnd,
                           List<ResolvedCitation> citations, List<String> problems) {

    public ResolvedNote {
        citations = citations == null ? List.of() : List.copyOf(citations);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
