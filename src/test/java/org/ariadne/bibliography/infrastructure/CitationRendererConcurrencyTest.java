package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ariadne.bibliography.domain.CiteRef;
import org.ariadne.bibliography.domain.OutputFormat;
import org.junit.jupiter.api.Test;

class CitationRendererConcurrencyTest {

    @Test
    void manyThreadsRenderingAtOnceGetTheSameResultsAsOneThread() throws Exception {
        // a small cache, so that engines are also evicted and re-created while others use them
        CitationRenderer renderer = new CitationRenderer(new StyleCatalog(), 4);
        List<List<CiteRef>> citations = List.of(List.of(CiteRef.of("b1")), List.of(CiteRef.at("b1", "17-18", "page")),
                List.of(CiteRef.of("b2")), List.of(CiteRef.of("b1")));
        String[] styles = {"apa", "chicago-notes-bibliography-subsequent-ibid", "modern-language-association"};
        List<Object> expected = new ArrayList<>();
        for (String style : styles) {
            expected.add(renderer.notes(style, "en-US", OutputFormat.TEXT, citations, TestItems.doeBooks()));
            expected.add(renderer.bibliography(style, "en-US", OutputFormat.HTML,
                    new ArrayList<>(TestItems.doeBooks().values())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Object>>> runs = new ArrayList<>();
            for (int t = 0; t < 24; t++) {
                runs.add(pool.submit(() -> {
                    List<Object> got = new ArrayList<>();
                    for (String style : styles) {
                        got.add(renderer.notes(style, "en-US", OutputFormat.TEXT, citations, TestItems.doeBooks()));
                        got.add(renderer.bibliography(style, "en-US", OutputFormat.HTML,
                                new ArrayList<>(TestItems.doeBooks().values())));
                    }
                    return got;
                }));
            }
            for (Future<List<Object>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongBibliographyDoesNotHoldUpAShortOneInTheSameStyle() throws Exception {
        CitationRenderer renderer = new CitationRenderer(new StyleCatalog());
        List<Map<String, Object>> small = new ArrayList<>(TestItems.doeBooks().values());
        // rendered by another renderer, so that the one under test has no cached entries for these items
        List<String> expected = new CitationRenderer(new StyleCatalog()).bibliography("apa", "en-US",
                OutputFormat.TEXT, small);
        renderer.bibliography("apa", "en-US", OutputFormat.TEXT, BibliographyPerformanceTest.items(3));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> large = pool.submit(() -> renderer.bibliography("apa", "en-US", OutputFormat.TEXT,
                    BibliographyPerformanceTest.items(2000)));
            Thread.sleep(300);
            assertEquals(expected, renderer.bibliography("apa", "en-US", OutputFormat.TEXT, small));
            assertFalse(large.isDone(), "the short bibliography must not wait for the long one");
            assertEquals(2000, large.get().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
