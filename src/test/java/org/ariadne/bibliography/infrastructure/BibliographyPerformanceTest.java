package org.ariadne.bibliography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.bibliography.domain.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * Large APA bibliographies, given out of order. citeproc-java alone took 64 s for 10,000 such entries (its sorted
 * insertion renders the sort keys on every comparison and renumbers the list on every insert). Set
 * {@code -Dariadne.bench=true} to also time 10,000 entries.
 */
class BibliographyPerformanceTest {

    private static final String[] NAMES = {"Smith", "Jones", "Müller", "García", "Okafor", "Nguyen", "Kowalski",
        "Rossi", "Dubois", "Andersson", "Tanaka", "Silva", "Ivanova", "O'Brien", "van der Berg", "Cohen", "Haddad",
        "Novak", "Kim", "Patel"};

    /** Item i of a synthetic library; the same formula as the pandoc comparison script (see report). */
    static Map<String, Object> item(int i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "item" + i);
        item.put("type", i % 3 == 0 ? "article-journal" : "book");
        item.put("title", "Study " + ((i * 7919) % 100_003) + " on the archive");
        int n = (i * 37) % 997;
        item.put("author", List.of(Map.of("family", NAMES[n % NAMES.length] + (n / NAMES.length),
                "given", "Ann" + (char) ('A' + n % 26))));
        item.put("issued", Map.of("date-parts", List.of(List.of(1950 + (i * 13) % 70))));
        if (i % 3 == 0) {
            item.put("container-title", "Journal of Records");
            item.put("volume", String.valueOf(1 + i % 40));
            item.put("page", (i % 200 + 1) + "-" + (i % 200 + 15));
        } else {
            item.put("publisher", "Acme Press");
        }
        return item;
    }

    static List<Map<String, Object>> items(int count) {
        List<Map<String, Object>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(i));
        }
        return items;
    }

    @Test
    void rendersAThousandApaEntriesInTheStylesOrder() {
        CitationRenderer renderer = new CitationRenderer(new StyleCatalog());
        renderer.bibliography("apa", "en-US", OutputFormat.TEXT, items(20)); // load style and engines
        long start = System.nanoTime();
        List<String> entries = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, items(1000));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("APA, 1,000 entries: " + millis + " ms");
        assertEquals(1000, entries.size());
        assertSortedByAuthor(entries);
        if (Boolean.getBoolean("ariadne.bench")) {
            long start10k = System.nanoTime();
            List<String> big = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, items(10_000));
            System.out.println("APA, 10,000 entries: " + (System.nanoTime() - start10k) / 1_000_000 + " ms");
            assertEquals(10_000, big.size());
        }
    }

    private static void assertSortedByAuthor(List<String> entries) {
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.US);
        for (int i = 1; i < entries.size(); i++) {
            // sort keys are compared as the engine renders them, before its typographic pass turns "O'Brien" into
            // "O’Brien" (so O'Brien comes before Oates, as in pandoc)
            String a = entries.get(i - 1).split(",")[0].replaceAll("[0-9]", "").replace('\u2019', '\'');
            String b = entries.get(i).split(",")[0].replaceAll("[0-9]", "").replace('\u2019', '\'');
            assertTrue(c.compare(a.replace("van der ", ""), b.replace("van der ", "")) <= 0
                    || a.startsWith("van") || b.startsWith("van"), a + " before " + b);
        }
    }
}
