package org.ariadne.search.infrastructure;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.util.List;
import java.util.Map;

/**
 * Counts the facet values of every hit of a search in the pass that finds the hits, where the backend allows it (the
 * embedded Lucene index: {@code infrastructure.lucene.LuceneFacetCounting}); elsewhere the search asks Hibernate
 * Search for terms aggregations instead.
 */
public interface FacetCounting {

    /** A count for one search over these fields: keyword values, and whole numbers (integers and booleans). */
    Count count(List<String> keywordFields, List<String> numberFields);

    /** The counts of one search: its filter goes into the search's predicate, its results are read after the fetch. */
    interface Count {

        /** A filter that matches every document; the values of the documents the whole predicate matches are counted. */
        SearchPredicate filter(SearchPredicateFactory factory);

        /** The most frequent values of a keyword field among the hits, most first; empty before the fetch. */
        Map<String, Long> top(String field, int max);

        /** The same for a field of whole numbers (a boolean's are 0 and 1). */
        Map<Long, Long> topNumbers(String field, int max);
    }
}
