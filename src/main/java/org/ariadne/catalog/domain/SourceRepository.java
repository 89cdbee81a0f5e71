package org.ariadne.catalog.domain;

import java.util.List;
import java.util.Optional;

/** The catalogue's sources. */
public interface SourceRepository {

    Optional<Source> find(long id);

    /** @throws SourceNotFoundException if there is no such source */
    default Source get(long id) {
        return find(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    Source add(Source source);

    void remove(Source source);

    /** Writes pending changes now, so the new version (and its ETag) is known before the transaction ends. */
    void flush();

    SourcePage list(SourceQuery query);

    /** Sources whose normalised title is the given key, for duplicate and citation matching. */
    List<Source> findByTitleKey(String titleKey);

    List<Source> findByDoi(String doi);

    List<Source> findByIsbn(String isbn);

    List<Source> findAllById(List<Long> ids);
}
