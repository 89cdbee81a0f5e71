package org.ariadne.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ariadne.search.domain.ReindexProgress;
import org.ariadne.search.domain.SearchIndex;
import org.ariadne.search.domain.SearchRequest;
import org.ariadne.search.domain.SearchResult;
import org.ariadne.search.domain.Suggestion;
import org.ariadne.security.domain.Roles;

import java.util.List;
import java.util.Optional;

/** Searching the catalogue, claims and footnotes; suggestions for the search box; rebuilding the index. */
@Stateless
public class SearchService {

    public static final int MAX_SUGGESTIONS = 20;

    @Inject
    SearchIndex index;

    @PermitAll
    public SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    @PermitAll
    public List<Suggestion> suggest(String prefix, int size) {
        return index.suggest(prefix, Math.max(1, Math.min(MAX_SUGGESTIONS, size)));
    }

    /** Ids of the sources a search finds, best first, at most {@code limit}: a saved search as a set of sources. */
    @PermitAll
    public List<Long> sourceIds(SearchRequest request, int limit) {
        return index.sourceIds(request, limit);
    }

    @PermitAll
    public Optional<String> archivedText(long sourceId) {
        return index.archivedText(sourceId);
    }

    /** Starts rebuilding the index in the background; false if a rebuild is running already. */
    @RolesAllowed(Roles.ADMIN)
    public boolean rebuild() {
        return index.startRebuild();
    }

    @PermitAll
    public ReindexProgress progress() {
        return index.progress();
    }
}
