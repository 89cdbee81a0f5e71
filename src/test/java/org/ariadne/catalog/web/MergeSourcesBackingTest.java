package org.ariadne.catalog.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergeSourcesBackingTest {

    @Test
    void aValueReadsAsTheCatalogueShowsIt() {
        assertEquals("Newspaper article", MergeSourcesBacking.display("type", "article-newspaper"));
        assertEquals("no-such-type", MergeSourcesBacking.display("type", "no-such-type"));
        assertEquals("Stephan Haggard; Marcus Noland", MergeSourcesBacking.display("author", List.of(
                Map.of("family", "Haggard", "given", "Stephan"), Map.of("family", "Noland", "given", "Marcus"))));
        assertEquals("2006", MergeSourcesBacking.display("issued", Map.of("date-parts", List.of(List.of(2006)))));
        assertEquals("Columbia University Press", MergeSourcesBacking.display("publisher",
                "Columbia University Press"));
        assertEquals("", MergeSourcesBacking.display("title", null));
    }
}
