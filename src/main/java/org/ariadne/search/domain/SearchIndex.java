package org.ariadne.search.domain;

import java.util.List;

/** The full-text index over sources, archived texts, footnotes, claims and people. */
public interface SearchIndex {

    SearchResult search(SearchRequest request);

    List<Suggestion> suggest(String prefix, int size);

    /** Starts rebuilding the whole index in the background; false if a rebuild is already running. */
    boolean startRebuild();

    ReindexProgress progress();

    /** Ids of the sources a search finds, in its order, at most {@code limit}. */
    List<Long> sourceIds(SearchRequest request, int limit);
}
