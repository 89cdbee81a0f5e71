package org.ariadne.search.infrastructure.lucene;

import org.ariadne.search.infrastructure.FacetCounting;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Facets of the embedded Lucene index, counted by {@link FacetCountingQuery}, with the global ordinals of keyword
 * fields kept between searches ({@link GlobalOrdinals}). Made only when the backend is Lucene: this class needs
 * Hibernate Search's Lucene backend, which WildFly does not give a deployment that uses another.
 */
public final class LuceneFacetCounting implements FacetCounting {

    private final GlobalOrdinals ordinals = new GlobalOrdinals();

    @Override
    public Count count(List<String> keywordFields, List<String> numberFields) {
        FacetCountingQuery query = new FacetCountingQuery(ordinals, keywordFields, numberFields);
        return new Count() {
            @Override
            public SearchPredicate filter(SearchPredicateFactory factory) {
                return factory.extension(LuceneExtension.get()).fromLuceneQuery(query).toPredicate();
            }

            @Override
            public Map<String, Long> top(String field, int max) {
                try {
                    return query.top(field, max);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the values of " + field + " from the index", e);
                }
            }

            @Override
            public Map<Long, Long> topNumbers(String field, int max) {
                try {
                    return query.topNumbers(field, max);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the values of " + field + " from the index", e);
                }
            }
        };
    }
}
