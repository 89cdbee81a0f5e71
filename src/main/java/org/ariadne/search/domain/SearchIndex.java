package org.ariadne.search.domain;

import java.util.List;
import java.util.Optional;

/** The full-text index over sources, archived texts, footnotes, claims and people. */
public interface SearchIndex {

    SearchResult search(SearchRequest request);

    List<Suggestion> suggest(String prefix, int size);

    /** Starts rebuilding the whole index in the background; false if a rebuild is already running. */
    boolean startRebuild();

    ReindexProgress progress();

    /** A source's archived text as the index reads it (decoded, HTML reduced to text), if it has one. */
    Optional<String> archivedText(long sourceId);

    /** Ids of the sources a search finds, in its order, at most {@code limit}. */
    List<Long> sourceIds(SearchRequest request, int limit);
}
