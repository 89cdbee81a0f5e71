package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ariadne.bibliography.domain.StyleInfo;
import org.junit.jupiter.api.Test;

class StyleCatalogTest {

    private final StyleCatalog catalog = new StyleCatalog();

    @Test
    void listsAllBundledStylesOnceAndKeepsTheIndex() {
        List<StyleInfo> all = catalog.all();
        assertTrue(all.size() > 10_000, "styles: " + all.size());
        assertSame(all, catalog.all(), "the index is built once and kept, not read again from the jar");
        assertFalse(catalog.search("history").isEmpty());
    }

    @Test
    void knowsTheRealChicagoAndApaIds() {
        StyleInfo chicago = catalog.find("chicago-notes-bibliography").orElseThrow();
        assertFalse(chicago.dependent());
        assertTrue(chicago.title().startsWith("Chicago Manual of Style"), chicago.title());
        assertEquals("APA Style 7th edition", catalog.find("http://www.zotero.org/styles/apa").orElseThrow().title());
        assertTrue(catalog.find("apa").orElseThrow().fields().contains("psychology"));
    }

    @Test
    void resolvesADependentStyleToItsParent() {
        StyleInfo dependent = catalog.all().stream().filter(StyleInfo::dependent).findFirst().orElseThrow();
        assertFalse(dependent.parent().isEmpty());
        String parentXml = catalog.styleXml(dependent.parent()).orElseThrow();
        assertEquals(parentXml, catalog.styleXml(dependent.id()).orElseThrow());
    }

    @Test
    void searchesByNameAndFieldWithExactMatchesFirst() {
        List<StyleInfo> apa = catalog.search("apa");
        assertEquals("apa", apa.get(0).id());
        List<StyleInfo> historyChicago = catalog.search("chicago history");
        assertFalse(historyChicago.isEmpty());
        assertTrue(historyChicago.stream().allMatch(s -> (s.id() + s.title()).toLowerCase().contains("chicago")
                && s.fields().contains("history")));
    }

    @Test
    void unknownAndUnsafeIdsGiveNothing() {
        assertTrue(catalog.styleXml("no-such-style").isEmpty());
        assertTrue(catalog.styleXml("../../etc/passwd").isEmpty());
        assertTrue(catalog.find("no-such-style").isEmpty());
    }
}
