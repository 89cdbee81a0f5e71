package org.ariadne.search.infrastructure.elasticsearch;

import org.ariadne.search.infrastructure.SearchFields;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of the Elasticsearch backend (OpenSearch), the same as the embedded Lucene backend's
 * ({@code infrastructure.lucene.SearchAnalysis}) in OpenSearch's names: case and accent folding everywhere, English
 * stemming in {@code english}, whole words in {@code folded}, edge n-grams of 1 to 20 characters in {@code suggest}.
 * The filters that need parameters are defined here under names of Ariadne's own.
 */
public class SearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "ariadne_english_possessive";
    private static final String EDGE_GRAMS = "ariadne_edge_ngram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(EDGE_GRAMS).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem");
        context.analyzer(SearchFields.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchFields.SUGGEST).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", EDGE_GRAMS);
        context.normalizer(SearchFields.KEY).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
