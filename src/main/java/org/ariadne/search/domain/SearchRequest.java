package org.ariadne.search.domain;

import java.util.Set;

/**
 * One search: the words as a person typed them (read leniently by the index, which only sets quoted phrases apart),
 * the kinds of hit wanted, the facet filters, the order and the page.
 */
public record SearchRequest(String q, Set<HitKind> kinds, Filters filters, SortOrder sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        kinds = kinds == null || kinds.isEmpty() ? HitKind.SEARCHABLE : Set.copyOf(kinds);
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** Facet filters; null means "any". */
    public record Filters(String type, Integer yearFrom, Integer yearTo, String contributor, Boolean hasText,
                          String status) {
        public static final Filters NONE = new Filters(null, null, null, null, null, null);
    }

    public enum SortOrder {
        RELEVANCE, DATE, DATE_DESC;
    }
}
