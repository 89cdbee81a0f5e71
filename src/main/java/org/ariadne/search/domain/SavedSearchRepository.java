package org.ariadne.search.domain;

import java.util.List;
import java.util.Optional;

/** The saved searches of every user. */
public interface SavedSearchRepository {

    /** The largest page of saved searches one request gets. */
    int MAX_PAGE = 500;

    Optional<SavedSearch> find(long id);

    SavedSearch add(SavedSearch search);

    void remove(SavedSearch search);

    void flush();

    /** Whether the owner has another saved search of that name (ignoring case). */
    boolean nameTaken(String owner, String name, Long exceptId);

    long countOf(String owner);

    /**
     * One page of saved searches and the total.
     *
     * @param owner whose (null: everyone's)
     * @param sort  name, created, updated or id
     */
    SavedSearchPage list(String owner, String sort, boolean descending, int page, int size);

    record SavedSearchPage(long total, List<SavedSearch> items) {
    }
}
