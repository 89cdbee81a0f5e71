package org.ariadne.footnotes.domain;

/**
 * One footnote found in a text.
 *
 * @param number      the note's number (1, 2, ...; Markdown labels are numbered in order of first reference)
 * @param text        the note's text, trimmed, without its list number or back-links
 * @param markerStart index (UTF-16 code units, as Java String indexes) in the original text of the marker's first
 *                    character, or -1 when the body has no marker for this note
 * @param markerEnd   index just after the marker, or -1 when the body has no marker for this note
 */
public record ExtractedNote(int number, String text, int markerStart, int markerEnd) {

    public ExtractedNote {
        text = text == null ? "" : text;
    }

    /** Whether the body of the text has a marker pointing to this note. */
    public boolean hasMarker() {
        return markerStart >= 0;
    }
}
