package org.ariadne.shared.infrastructure;

/** Which search backend this server uses: the embedded Lucene index unless told otherwise (persistence.xml). */
public final class SearchBackend {

    private SearchBackend() {
    }

    /** Whether the index is the embedded Lucene one under the data directory, not an OpenSearch cluster. */
    public static boolean embedded() {
        return Setting.of("ariadne.search.backend", "ARIADNE_SEARCH_BACKEND").map("lucene"::equalsIgnoreCase)
                .orElse(true);
    }
}
