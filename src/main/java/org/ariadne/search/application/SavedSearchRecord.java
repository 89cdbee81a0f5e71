package org.ariadne.search.application;

import org.ariadne.search.domain.SavedSearch;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved search as the use cases hand it out: its name, owner and the search's parameters (named as
 * {@code GET /api/search} names them; {@code queryString} is the same as that request's query).
 */
public record SavedSearchRecord(long id, long version, String owner, String name, Map<String, String> search,
                                String queryString, Instant createdAt, Instant updatedAt) implements Serializable {

    static SavedSearchRecord of(SavedSearch saved) {
        return new SavedSearchRecord(saved.id(), saved.version(), saved.owner(), saved.name(),
                new LinkedHashMap<>(saved.search()), saved.queryString(), saved.createdAt(), saved.updatedAt());
    }

    /** The ETag of this version. */
    public String etag() {
        return "saved-search-" + id + "-" + version;
    }
}
