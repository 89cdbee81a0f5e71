package org.ariadne.bibliography.rest;

import org.ariadne.bibliography.application.BibliographyService;
import org.ariadne.bibliography.application.RenderOptions;
import org.ariadne.bibliography.domain.OutputFormat;
import org.ariadne.bibliography.infrastructure.RendererWarmedUp;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BibliographyWarmUpTest {

    private final List<SourceQuery> queries = new ArrayList<>();
    private final List<RenderOptions> renders = new ArrayList<>();
    private final List<List<Long>> cited = new ArrayList<>();

    @Test
    void citesTheNewestSourcesInTheWarmedStyleAlternatingTextAndHtml() {
        BibliographyWarmUp warmUp = warmUp(List.of(42L, 7L, 3L), false);

        warmUp.warmUp(new RendererWarmedUp("apa", "en-US"));

        assertEquals(1, queries.size());
        SourceQuery query = queries.get(0);
        assertEquals(SourceQuery.Sort.ID, query.sort());
        assertTrue(query.descending());
        assertEquals(1000, query.size());
        assertEquals(200, renders.size(), "enough requests to read 2,000 sources, at most 200");
        assertEquals(new RenderOptions("apa", "en-US", OutputFormat.TEXT), renders.get(0));
        assertEquals(new RenderOptions("apa", "en-US", OutputFormat.HTML), renders.get(1));
        cited.forEach(ids -> assertEquals(List.of(42L, 7L, 3L), ids));
    }

    @Test
    void anEmptyCatalogueStillSendsALargeRequestAndShrugsOffItsRefusal() {
        BibliographyWarmUp warmUp = warmUp(List.of(), true);

        warmUp.warmUp(new RendererWarmedUp("chicago-note-bibliography", "de-DE"));

        assertEquals(30, renders.size());
        assertEquals("chicago-note-bibliography", renders.get(0).style());
        assertEquals("de-DE", renders.get(0).locale());
        assertEquals(1000, cited.get(0).size());
        assertEquals(1000, cited.get(0).stream().distinct().count());
        assertTrue(cited.get(0).stream().allMatch(id -> id > 0));
    }

    @Test
    void sendsAtLeastThirtyRequestsAndAtMostTwoHundred() {
        assertEquals(30, BibliographyWarmUp.requests(1000));
        assertEquals(30, BibliographyWarmUp.requests(67));
        assertEquals(181, BibliographyWarmUp.requests(11));
        assertEquals(200, BibliographyWarmUp.requests(1));
        assertEquals(200, BibliographyWarmUp.requests(0));
    }

    private BibliographyWarmUp warmUp(List<Long> newest, boolean refuse) {
        BibliographyWarmUp warmUp = new BibliographyWarmUp();
        warmUp.sources = new SourceService() {
            @Override
            public Page<SourceRecord> list(SourceQuery query) {
                queries.add(query);
                return new Page<>(newest.size(), newest.stream().map(BibliographyWarmUpTest::record).toList());
            }
        };
        warmUp.bibliographies = new BibliographyService() {
            @Override
            public List<String> bibliography(RenderOptions options, List<Long> sourceIds) {
                renders.add(options);
                cited.add(List.copyOf(sourceIds));
                if (refuse) {
                    throw InvalidInputException.ofField("sources[0]", "Source " + sourceIds.get(0) + " does not exist.");
                }
                return sourceIds.stream().map(id -> "Entry " + id).toList();
            }
        };
        return warmUp;
    }

    private static SourceRecord record(long id) {
        return new SourceRecord(id, 1, null, null, null, null, null, null, null, null, null);
    }
}
