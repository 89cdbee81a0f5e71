package org.ariadne.catalog.web;

import org.ariadne.catalog.application.SourceService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceNamesTest {

    @Test
    void namesASourceByTitleAndIdLookingEachUpOnce() {
        List<List<Long>> asked = new ArrayList<>();
        SourceNames names = new SourceNames();
        names.sources = new SourceService() {
            @Override
            public Map<Long, String> titles(List<Long> ids) {
                asked.add(ids);
                return ids.contains(12L) ? Map.of(12L, "Hunger and Human Rights") : Map.of();
            }
        };
        LongFunction<String> byTitle = names.byTitle();
        assertEquals("\u201cHunger and Human Rights\u201d (source 12)", byTitle.apply(12));
        assertEquals("\u201cHunger and Human Rights\u201d (source 12)", byTitle.apply(12));
        assertEquals("source 99", byTitle.apply(99), "a source deleted since keeps its id");
        assertEquals(List.of(List.of(12L), List.of(99L)), asked);
    }
}
