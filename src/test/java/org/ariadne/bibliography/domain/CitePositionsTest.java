package org.ariadne.bibliography.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CitePositionsTest {

    private static List<CitePosition> positionsOf(List<List<CiteRef>> citations) {
        return CitePositions.assign(citations, CitePositions.DEFAULT_NEAR_NOTE_DISTANCE).stream()
                .flatMap(List::stream).map(PositionedCite::position).toList();
    }

    @Test
    void firstThenIbidThenIbidWithLocatorThenSubsequentAfterAnotherItem() {
        assertEquals(List.of(CitePosition.FIRST, CitePosition.IBID, CitePosition.IBID_WITH_LOCATOR,
                CitePosition.FIRST, CitePosition.SUBSEQUENT), positionsOf(List.of(
                        List.of(CiteRef.of("a")), List.of(CiteRef.of("a")), List.of(CiteRef.at("a", "3", "page")),
                        List.of(CiteRef.of("b")), List.of(CiteRef.of("a")))));
    }

    @Test
    void sameLocatorIsIbidAndDroppingTheLocatorIsOnlySubsequent() {
        assertEquals(List.of(CitePosition.FIRST, CitePosition.IBID, CitePosition.SUBSEQUENT), positionsOf(List.of(
                List.of(CiteRef.at("a", "5", "page")), List.of(CiteRef.at("a", "5", "page")),
                List.of(CiteRef.of("a")))));
    }

    @Test
    void sameNumberWithAnotherLabelIsIbidWithLocator() {
        assertEquals(CitePosition.IBID_WITH_LOCATOR, positionsOf(List.of(
                List.of(CiteRef.at("a", "12", "page")), List.of(CiteRef.at("a", "12", "chapter")))).get(1));
    }

    @Test
    void ibidOnlyWhenThePreviousCitationIsThatSingleItem() {
        assertEquals(List.of(CitePosition.FIRST, CitePosition.FIRST, CitePosition.SUBSEQUENT), positionsOf(List.of(
                List.of(CiteRef.of("a"), CiteRef.of("b")), List.of(CiteRef.of("b")))));
        assertEquals(List.of(CitePosition.FIRST, CitePosition.IBID), positionsOf(List.of(
                List.of(CiteRef.of("a"), CiteRef.of("a")))));
    }

    @Test
    void nearNoteWithinTheDistanceOnly() {
        List<List<PositionedCite>> p = CitePositions.assign(List.of(
                List.of(CiteRef.of("a")), List.of(CiteRef.of("b")), List.of(CiteRef.of("c")),
                List.of(CiteRef.of("a")), List.of(CiteRef.of("d")), List.of(CiteRef.of("e")),
                List.of(CiteRef.of("f")), List.of(CiteRef.of("g")), List.of(CiteRef.of("b"))), 2);
        assertFalse(p.get(0).get(0).nearNote());
        assertFalse(p.get(3).get(0).nearNote(), "a again 3 notes later, distance 2");
        assertFalse(p.get(8).get(0).nearNote());
        List<List<PositionedCite>> q = CitePositions.assign(List.of(
                List.of(CiteRef.of("a")), List.of(CiteRef.of("b")), List.of(CiteRef.of("a"))), 2);
        assertTrue(q.get(2).get(0).nearNote());
    }

    @Test
    void cslPositionTestsNest() {
        assertTrue(CitePosition.IBID_WITH_LOCATOR.satisfies("ibid", false));
        assertTrue(CitePosition.IBID.satisfies("subsequent", false));
        assertFalse(CitePosition.FIRST.satisfies("subsequent", true));
        assertFalse(CitePosition.IBID.satisfies("ibid-with-locator", true));
        assertTrue(CitePosition.SUBSEQUENT.satisfies("near-note", true));
    }
}
