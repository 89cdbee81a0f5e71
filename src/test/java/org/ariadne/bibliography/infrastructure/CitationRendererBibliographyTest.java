package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * Bibliographies and author-date citations. Expected APA strings were produced by pandoc 2.17
 * ({@code pandoc --citeproc -t plain} with apa.csl from the styles 26.2 jar) from the same items.
 */
class CitationRendererBibliographyTest {

    private final CitationRenderer renderer = new CitationRenderer(new StyleCatalog());

    @Test
    void addsYearSuffixesInBibliographyOrderToTwoWorksOfOneAuthorInOneYear() {
        List<String> entries = renderer.bibliography("apa", "en-US", OutputFormat.TEXT,
                new ArrayList<>(TestItems.doeBooks().values()));
        assertEquals(List.of(
                "Doe, J. (2004a). Another Book. Acme.",
                "Doe, J. (2004b). The Book of Things. Acme."), entries);
    }

    @Test
    void aCachedEntryGivesWayToTheItemsNewVersionAndToANewYearSuffix() {
        Map<String, Object> one = TestItems.book("c1", "Roe", "Ann", 2001, "First Edition");
        assertEquals(List.of("Roe, A. (2001). First Edition. Acme."),
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(one)));
        Map<String, Object> edited = TestItems.book("c1", "Roe", "Ann", 2001, "Second Edition");
        assertEquals(List.of("Roe, A. (2001). Second Edition. Acme."),
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(edited)));
        Map<String, Object> other = TestItems.book("c2", "Roe", "Ann", 2001, "Another Work");
        assertEquals(List.of("Roe, A. (2001a). Another Work. Acme.", "Roe, A. (2001b). Second Edition. Acme."),
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(edited, other)));
        assertEquals(List.of("Roe, A. (2001). Second Edition. Acme."),
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(edited)));
    }

    @Test
    void rendersALongBibliographyInPartsInTheSameOrderAsInOnePiece() {
        List<Map<String, Object>> items = BibliographyPerformanceTest.items(CitationRenderer.PART * 2 + 7);
        List<String> inParts = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, items);
        List<String> reference = new CitationRenderer(new StyleCatalog(), 8, Integer.MAX_VALUE)
                .bibliography("apa", "en-US", OutputFormat.TEXT, items);
        assertEquals(reference, inParts);
        assertEquals(items.size(), inParts.size());
    }

    @Test
    void rendersTheLeadingSortKeysFirstAndTheRestForTiesInTheSameOrderAsAllKeysAtOnce() {
        // ties on author and year, settled by title, volume or nothing; some without a date or an author
        List<Map<String, Object>> items = new ArrayList<>();
        String[] titles = {"Zebra studies", "apple orchards", "Apple orchards", "Édition critique", "10 theses",
            "9 theses", "The book", "Mid-term"};
        for (int i = 0; i < 120; i++) {
            Map<String, Object> item = TestItems.book("t" + i, i % 4 == 0 ? "Doe" : "Roe" + (i % 7), "Ann",
                    1990 + i % 3, titles[i % titles.length]);
            if (i % 9 == 0) {
                item.remove("issued");
            }
            if (i % 11 == 0) {
                item.remove("author");
            }
            if (i % 5 == 0) {
                item.put("type", "article-journal");
                item.put("container-title", "Journal of Ties");
                item.put("volume", String.valueOf(20 - i % 13));
            }
            items.add(item);
        }
        for (String style : List.of("apa", "chicago-author-date", "modern-language-association")) {
            List<String> twoSteps = new CitationRenderer(new StyleCatalog(), 8, 50)
                    .bibliography(style, "en-US", OutputFormat.TEXT, items);
            List<String> allKeys = new CitationRenderer(new StyleCatalog(), 8, 50, Integer.MAX_VALUE)
                    .bibliography(style, "en-US", OutputFormat.TEXT, items);
            assertEquals(allKeys, twoSteps, style);
            assertEquals(items.size(), twoSteps.size());
        }
    }

    @Test
    void citesCarryTheSameYearSuffixes() {
        List<String> notes = renderer.notes("apa", "en-US", OutputFormat.TEXT, List.of(
                List.of(CiteRef.of("b1")),
                List.of(CiteRef.at("b1", "17-18", "page")),
                List.of(CiteRef.of("b2"))), TestItems.doeBooks());
        assertEquals(List.of("(Doe, 2004b)", "(Doe, 2004b, pp. 17–18)", "(Doe, 2004a)"), notes);
    }

    @Test
    void sortsCitesInsideOneCitationAndJoinsThemWithTheStyleDelimiter() {
        Map<String, Map<String, Object>> items = TestItems.doeBooks();
        items.put("z", TestItems.book("z", "Zeta", "Ann", 1999, "Last Word"));
        items.put("a", TestItems.book("a", "Abel", "Ben", 2010, "First Word"));
        List<String> notes = renderer.notes("apa", "en-US", OutputFormat.TEXT,
                List.of(List.of(CiteRef.of("z"), CiteRef.of("b1"), CiteRef.of("a"), CiteRef.of("b2"))), items);
        // pandoc: [@z; @b1; @a; @b2] gives (Abel, 2010; Doe, 2004b, 2004a; Zeta, 1999): the same order (ties keep
        // the writer's order); Ariadne, like citeproc-java, does not collapse cites of one author
        assertEquals(List.of("(Abel, 2010; Doe, 2004b; Doe, 2004a; Zeta, 1999)"), notes);
    }

    @Test
    void noSuffixWhenTheStyleDoesNotAskForIt() {
        // chicago-notes-bibliography has no disambiguate-add-year-suffix
        List<String> entries = renderer.bibliography("chicago-notes-bibliography", "en-US", OutputFormat.TEXT,
                new ArrayList<>(TestItems.doeBooks().values()));
        assertEquals(List.of(
                "Doe, John. Another Book. Acme, 2004.",
                "Doe, John. The Book of Things. Acme, 2004."), entries);
    }

    @Test
    void rendersHtmlEntries() {
        List<String> entries = renderer.bibliography("apa", "en-US", OutputFormat.HTML,
                List.of(TestItems.book("x", "Roe", "Jane", 2001, "Fish & Chips")));
        assertEquals(List.of("<div class=\"csl-entry\">Roe, J. (2001). <span style=\"font-style: italic\">"
                + "Fish &amp; Chips</span>. Acme.</div>"), entries);
    }

    @Test
    void sortsANameWithAnApostropheBeforeTheLettersAsPandocDoes() {
        List<String> entries = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(
                TestItems.book("k", "Okafor", "Ann", 2000, "A"), TestItems.book("o", "O'Brien", "Ann", 2000, "B"),
                TestItems.book("a", "Oates", "Ann", 2000, "C")));
        assertEquals(List.of("O’Brien, A. (2000). B. Acme.", "Oates, A. (2000). C. Acme.",
                "Okafor, A. (2000). A. Acme."), entries);
    }

    @Test
    void citesThatDifferOnlyInTheQuotationMarksTypedStillGetYearSuffixes() {
        // "O'Brien" and "O’Brien" both come out as "O’Brien": pandoc gives 2004a and 2004b
        List<String> entries = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(
                TestItems.book("q1", "O'Brien", "Ann", 2004, "One"),
                TestItems.book("q2", "O\u2019Brien", "Ann", 2004, "Two")));
        assertEquals(List.of("O’Brien, A. (2004a). One. Acme.", "O’Brien, A. (2004b). Two. Acme."), entries);
    }

    @Test
    void editorsStandInForAMissingAuthorAsInPandoc() {
        Map<String, Object> edited = new java.util.LinkedHashMap<>(TestItems.book("e1", "x", "x", 1999,
                "Edited Volume"));
        edited.remove("author");
        edited.put("editor", List.of(Map.of("family", "Vance", "given", "Ann"), Map.of("family", "Hale",
                "given", "Bo")));
        assertEquals(List.of("Vance, A., & Hale, B. (Eds.). (1999). Edited Volume. Acme."),
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, List.of(edited)));
        assertEquals("(Vance & Hale, 1999)", renderer.notes("apa", "en-US", OutputFormat.TEXT,
                List.of(List.of(CiteRef.of("e1"))), Map.of("e1", edited)).get(0));
    }

    @Test
    void refusesAStyleWithoutBibliography() {
        String xml = """
                <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
                  <info><title>T</title><id>t</id></info>
                  <citation><layout><text variable="title"/></layout></citation>
                </style>""";
        renderer.registerCustomStyle("no-bib", xml);
        assertThrows(IllegalArgumentException.class, () -> renderer.bibliography("no-bib", "en-US",
                OutputFormat.TEXT, List.of(TestItems.book("x", "Roe", "Jane", 2001, "T"))));
    }
}
