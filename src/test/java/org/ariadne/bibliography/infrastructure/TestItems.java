package org.ariadne.bibliography.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSL-JSON items made by each test for itself. */
final class TestItems {

    private TestItems() {
    }

    static Map<String, Object> book(String id, String family, String given, int year, String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "book");
        item.put("title", title);
        item.put("author", List.of(Map.of("family", family, "given", given)));
        item.put("issued", Map.of("date-parts", List.of(List.of(year))));
        item.put("publisher", "Acme");
        item.put("publisher-place", "Boston");
        return item;
    }

    /** The two 2004 books by John Doe used in the pandoc comparisons. */
    static Map<String, Map<String, Object>> doeBooks() {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        items.put("b1", book("b1", "Doe", "John", 2004, "The Book of Things"));
        items.put("b2", book("b2", "Doe", "John", 2004, "Another Book"));
        return items;
    }
}
