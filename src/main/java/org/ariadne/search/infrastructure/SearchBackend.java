package org.ariadne.search.infrastructure;

import org.ariadne.shared.infrastructure.Setting;

/** Which search backend this server uses: the embedded Lucene index unless told otherwise (persistence.xml). */
final class SearchBackend {

    private SearchBackend() {
    }

    /** Whether the index is the embedded Lucene one under the data directory, not an OpenSearch cluster. */
    static boolean embedded() {
        return Setting.of("ariadne.search.backend", "ARIADNE_SEARCH_BACKEND").map("lucene"::equalsIgnoreCase)
                .orElse(true);
    }
}
