package org.ariadne.footnotes.application;

import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.Footnote;

import java.io.Serializable;
import java.util.List;

/** A footnote as read by clients: no entity leaves the service. */
public record FootnoteRecord(int number, String text, int markerStart, int markerEnd, List<CitationRecord> citations,
                             List<String> problems, boolean corrected) implements Serializable {

    public static FootnoteRecord of(Footnote footnote) {
        return new FootnoteRecord(footnote.number(), footnote.text(), footnote.markerStart(), footnote.markerEnd(),
                footnote.citations().stream().map(CitationRecord::of).toList(), List.copyOf(footnote.problems()),
                footnote.corrected());
    }

    public boolean hasMarker() {
        return markerStart >= 0;
    }

    public record CitationRecord(long source, String locator, String label, boolean ibid, boolean shortForm,
                                 String quote) implements Serializable {

        static CitationRecord of(Citation citation) {
            return new CitationRecord(citation.citedSourceId(), citation.locator(), citation.label(), citation.ibid(),
                    citation.shortForm(), citation.quote());
        }
    }
}
