package org.ariadne.search.infrastructure.lucene;

import org.ariadne.search.infrastructure.SearchFields;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the embedded Lucene backend. Every one folds case and accents, so that "Muller" finds "Müller":
 * {@code english} also stems (searching "repatriations" finds "repatriated"), {@code folded} keeps words whole for
 * exact phrases and names, {@code suggest} indexes the beginnings of words (edge n-grams) for the search box.
 * Chosen by the backend type (persistence.xml names {@code infrastructure.<backend>.SearchAnalysis}); the
 * Elasticsearch/OpenSearch backend has the same analysers in {@code infrastructure.elasticsearch.SearchAnalysis}.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        context.analyzer(SearchFields.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(SearchFields.SUGGEST).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.normalizer(SearchFields.KEY).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
