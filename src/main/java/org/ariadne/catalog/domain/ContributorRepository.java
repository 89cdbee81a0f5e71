package org.ariadne.catalog.domain;

import org.ariadne.shared.domain.NotFoundException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authority records of people and organisations. */
public interface ContributorRepository {

    Optional<Contributor> find(long id);

    default Contributor get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Contributor", id));
    }

    /** The record whose name, or one of whose variant names, has this matching key. */
    Optional<Contributor> findByNameKey(String nameKey);

    /** {@link #findByNameKey} for many keys at once: the record of each key that has one. */
    Map<String, Contributor> findByNameKeys(Collection<String> nameKeys);

    Contributor add(Contributor contributor);

    /**
     * Stores new records (made, never added, without variants) in bulk, within the transaction: each gets its id,
     * its row, its "created" history in the transaction's revision and its search document, as {@link #add} would
     * give it, without the persistence context keeping them; the same transaction must not change them again. By
     * default one {@link #add} each.
     */
    default void addAll(List<Contributor> made) {
        made.forEach(this::add);
    }

    /** The sources crediting a contributor, by title, at most {@code max}. */
    List<Source> worksOf(Contributor contributor, int max);

    long countWorksOf(Contributor contributor);

    /** Points every credit of {@code from} at {@code into}; used when two records turn out to be one person. */
    void moveCredits(Contributor from, Contributor into);

    void remove(Contributor contributor);

    /** Contributors whose name starts with, or contains a word starting with, the given text; best first. */
    List<Contributor> suggest(String text, int max);

    /** Writes pending changes now, so that a stale version fails inside the use case. */
    void flush();
}
