package org.ariadne.footnotes.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FootnoteTest {

    private static Footnote note(String text) {
        return Footnote.found(1, 3, text, 10, 11, List.of(Citation.found(7, "5", "page", false, false)),
                List.of("The date \"24/03/200\" is not a valid date."));
    }

    @Test
    void aCorrectionReplacesTheCitationsAndSettlesTheProblems() {
        Footnote footnote = note("Amnesty International, Persecuting the Starving, p. 5.");
        footnote.correct(List.of(Citation.stated(8, "6", "page", "exact words")));
        assertTrue(footnote.corrected());
        assertEquals(List.of(Citation.stated(8, "6", "page", "exact words")), footnote.citations());
        assertTrue(footnote.problems().isEmpty());
    }

    @Test
    void keepsACorrectionWhenTheSameNoteIsFoundAgain() {
        Footnote footnote = note("Same text.");
        footnote.correct(List.of(Citation.stated(8, "6", "page", null)));
        footnote.foundAgain("Same text.", 20, 21, List.of(Citation.found(7, "5", "page", false, false)), List.of());
        assertTrue(footnote.corrected());
        assertEquals(8, footnote.citations().get(0).citedSourceId());
        assertEquals(20, footnote.markerStart());
    }

    @Test
    void dropsACorrectionWhenTheNoteNowSaysSomethingElse() {
        Footnote footnote = note("Old text.");
        footnote.correct(List.of(Citation.stated(8, "6", "page", null)));
        footnote.foundAgain("New text.", 20, 21, List.of(Citation.found(7, "9", "page", false, false)), List.of());
        assertFalse(footnote.corrected());
        assertEquals("New text.", footnote.text());
        assertEquals(7, footnote.citations().get(0).citedSourceId());
    }

    @Test
    void refusesALabelThatIsNotACslLocatorTerm() {
        assertThrows(IllegalArgumentException.class, () -> Citation.stated(8, "6", "pp.", null));
    }

    @Test
    void itsHistoryNamesCitedSourcesByIdUnlessToldHow() {
        Footnote footnote = note("Amnesty International, Persecuting the Starving, p. 5.");
        assertEquals("source 7, page 5", footnote.fields().get("citation 1"));
        assertEquals("Amnesty (7), page 5", footnote.fields(id -> "Amnesty (" + id + ")").get("citation 1"));
    }
}
