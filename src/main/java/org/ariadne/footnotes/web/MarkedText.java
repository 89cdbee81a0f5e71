package org.ariadne.footnotes.web;

import org.ariadne.footnotes.application.FootnoteRecord;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An archived text cut into plain segments and footnote markers, so that a page can show it with the markers
 * highlighted while every character still goes through the page's escaping. Markers outside the text, or overlapping
 * an earlier one, are left as plain text.
 */
public final class MarkedText {

    private MarkedText() {
    }

    /** A piece of the text; {@code note} is the number of the note whose marker it is, or null for plain text. */
    public record Segment(String text, Integer note) implements Serializable {

        public boolean marker() {
            return note != null;
        }
    }

    public static List<Segment> of(String text, List<FootnoteRecord> notes) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<FootnoteRecord> marked = notes.stream()
                .filter(n -> n.hasMarker() && n.markerEnd() > n.markerStart() && n.markerEnd() <= text.length())
                .sorted(Comparator.comparingInt(FootnoteRecord::markerStart))
                .toList();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (FootnoteRecord note : marked) {
            if (note.markerStart() < at) {
                continue;
            }
            if (note.markerStart() > at) {
                segments.add(new Segment(text.substring(at, note.markerStart()), null));
            }
            segments.add(new Segment(text.substring(note.markerStart(), note.markerEnd()), note.number()));
            at = note.markerEnd();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
