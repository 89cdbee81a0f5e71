package org.ariadne.footnotes.web;

import org.ariadne.footnotes.application.FootnoteRecord;
import org.ariadne.footnotes.web.MarkedText.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkedTextTest {

    private static FootnoteRecord note(int number, int start, int end) {
        return new FootnoteRecord(number, "note " + number, start, end, List.of(), List.of(), false);
    }

    @Test
    void cutsTheTextAroundEachMarkerInTextOrder() {
        String text = "Alpha.1 Beta <b>.2 end";
        List<Segment> segments = MarkedText.of(text, List.of(note(2, 17, 18), note(1, 6, 7)));
        assertEquals(List.of(new Segment("Alpha.", null), new Segment("1", 1), new Segment(" Beta <b>.", null),
                new Segment("2", 2), new Segment(" end", null)), segments);
    }

    @Test
    void leavesMarkersItCannotPlaceAsPlainText() {
        String text = "abc1";
        List<Segment> segments = MarkedText.of(text, List.of(note(1, 3, 4), note(2, -1, -1), note(3, 3, 4),
                note(4, 2, 9)));
        assertEquals(List.of(new Segment("abc", null), new Segment("1", 1)), segments);
    }

    @Test
    void anEmptyTextHasNoSegments() {
        assertEquals(List.of(), MarkedText.of(null, List.of(note(1, 0, 1))));
        assertEquals(List.of(new Segment("plain", null)), MarkedText.of("plain", List.of()));
    }
}
