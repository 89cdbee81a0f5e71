package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.OutputFormat;
import org.ariadne.bibliography.domain.UnknownItemException;
import org.ariadne.bibliography.domain.UnknownStyleException;
import org.junit.jupiter.api.Test;

/**
 * Notes in Chicago styles. Every expected string below was produced by pandoc 2.17 ({@code pandoc --citeproc -t plain})
 * from the same two items (TestItems.doeBooks) and the same citations written as Markdown footnote citations,
 * with the style file of the same id from the styles 26.2 jar; pandoc gets notes right and is the reference here.
 */
class CitationRendererNotesTest {

    private static final String IBID_STYLE = "chicago-notes-bibliography-subsequent-ibid";

    private final CitationRenderer renderer = new CitationRenderer(new StyleCatalog());

    private List<String> notes(String style, List<List<CiteRef>> citations) {
        return renderer.notes(style, "en-US", OutputFormat.TEXT, citations, TestItems.doeBooks());
    }

    @Test
    void shortensRepeatedNotesToIbidWithAndWithoutLocator() {
        // pandoc: [@b1] [@b1] [@b1, pp. 17-18] [@b2] [@b1, p. 20] [@b1, p. 20] [@b1]
        List<String> notes = notes(IBID_STYLE, List.of(
                List.of(CiteRef.of("b1")),
                List.of(CiteRef.of("b1")),
                List.of(CiteRef.at("b1", "17-18", "page")),
                List.of(CiteRef.of("b2")),
                List.of(CiteRef.at("b1", "20", "page")),
                List.of(CiteRef.at("b1", "20", "page")),
                List.of(CiteRef.of("b1"))));
        assertEquals(List.of(
                "John Doe, The Book of Things (Acme, 2004).",
                "Ibid.",
                "Ibid., 17–18.",
                "John Doe, Another Book (Acme, 2004).",
                "Doe, The Book of Things, 20.",
                "Ibid.",
                "Doe, The Book of Things."), notes);
    }

    @Test
    void ibidNeedsTheSameSingleItemJustBeforeAndKeepsThePinpointHonest() {
        // pandoc: [@b1, p. 5] [@b1, p. 5] [@b1] [see @b1, pp. 17-18; @b2] [@b2, p. 3] [@b2, p. 3, emphasis added] [@b1]
        List<String> notes = notes(IBID_STYLE, List.of(
                List.of(CiteRef.at("b1", "5", "page")),
                List.of(CiteRef.at("b1", "5", "page")),
                List.of(CiteRef.of("b1")),
                List.of(new CiteRef("b1", "17-18", "page", "See ", "", false), CiteRef.of("b2")),
                List.of(CiteRef.at("b2", "3", "page")),
                List.of(new CiteRef("b2", "3", "page", "", ", emphasis added", false)),
                List.of(CiteRef.of("b1"))));
        assertEquals(List.of(
                "John Doe, The Book of Things (Acme, 2004), 5.",
                "Ibid.",
                "Doe, The Book of Things.",
                "See ibid., 17–18; John Doe, Another Book (Acme, 2004).",
                "Doe, Another Book, 3.",
                "Ibid., emphasis added.",
                "Doe, The Book of Things."), notes);
    }

    @Test
    void usesShortNotesForSubsequentCitesInTheDefaultChicagoStyle() {
        // pandoc with chicago-notes-bibliography: [@b1] [@b1] [@b1, pp. 17-18] [@b2]
        List<String> notes = notes("chicago-notes-bibliography", List.of(
                List.of(CiteRef.of("b1")),
                List.of(CiteRef.of("b1")),
                List.of(CiteRef.at("b1", "17-18", "page")),
                List.of(CiteRef.of("b2"))));
        assertEquals(List.of(
                "John Doe, The Book of Things (Acme, 2004).",
                "Doe, The Book of Things.",
                "Doe, The Book of Things, 17–18.",
                "John Doe, Another Book (Acme, 2004)."), notes);
    }

    @Test
    void rendersHtmlWithItalicTitlesAndCapitalisedIbid() {
        List<String> notes = renderer.notes(IBID_STYLE, "en-US", OutputFormat.HTML,
                List.of(List.of(CiteRef.of("b1")), List.of(CiteRef.at("b1", "17-18", "page"))),
                TestItems.doeBooks());
        assertEquals("John Doe, <span style=\"font-style: italic\">The Book of Things</span> (Acme, 2004).", notes.get(0));
        assertEquals("Ibid., 17&ndash;18.", notes.get(1));
    }

    @Test
    void rejectsUnknownStylesAndItems() {
        assertThrows(UnknownStyleException.class, () -> notes("no-such-style", List.of(List.of(CiteRef.of("b1")))));
        assertThrows(UnknownItemException.class, () -> notes(IBID_STYLE, List.of(List.of(CiteRef.of("nope")))));
    }
}
