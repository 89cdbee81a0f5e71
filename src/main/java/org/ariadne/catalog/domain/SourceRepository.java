package org.ariadne.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The catalogue's sources. */
public interface SourceRepository {

    Optional<Source> find(long id);

    /** @throws SourceNotFoundException if there is no such source */
    default Source get(long id) {
        return find(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    Source add(Source source);

    /**
     * Stores new sources (catalogued, credited, never added) in bulk, within the transaction: each gets its id, its
     * rows, its "created" history in the transaction's revision and its search document, as {@link #add} would give
     * it, without the persistence context keeping the entities. Their contributors must be stored already. Their
     * history is written with them, so the same transaction must not change them again (Envers would record that
     * change in the same revision as a second row). By default one {@link #add} each.
     */
    default void addAll(List<Source> sources) {
        sources.forEach(this::add);
    }

    /**
     * Runs a long import's bulk writes ({@link #addAll}, and {@link ContributorRepository#addAll} for their new
     * authority records) so that their search documents reach the index while the import runs rather than after its
     * commit, unseen by searches until the transaction commits and removed again if it rolls back; returns when the
     * index has all of them. By default it just runs the writes.
     *
     * @throws org.ariadne.shared.domain.ConflictException if the search index began to be rebuilt meanwhile (the
     *                                                     transaction must then roll back)
     */
    default <T> T addingInBulk(Supplier<T> writes) {
        return writes.get();
    }

    void remove(Source source);

    /**
     * Stores a deleted source again under the id and version it carries (not new ones), recorded in its history as
     * created.
     *
     * @throws org.ariadne.shared.domain.StaleVersionException if a source with that id exists again by now
     */
    Source addAgain(Source source);

    /** Writes pending changes now, so the new version (and its ETag) is known before the transaction ends. */
    void flush();

    /** Writes pending changes and lets go of every entity read or written so far: for long imports. */
    void flushAndForget();

    /**
     * After a bulk write that grew the catalogue by much (an import of thousands), brings the database's picture of
     * the catalogue up to date within the transaction, so that the next look-ups (the next import's duplicate
     * checks) are planned for the catalogue as it now is, not as it was before. By default nothing.
     */
    default void catalogueGrewInBulk() {
    }

    SourcePage list(SourceQuery query);

    /** Sources whose normalised title is one of the given keys, for duplicate and citation matching; by id. */
    List<Source> findByTitleKeys(Collection<String> titleKeys);

    /** Sources with one of the given (normalised) DOIs, by id. */
    List<Source> findByDois(Collection<String> dois);

    /** Sources with one of the given (normalised) ISBNs, by id. */
    List<Source> findByIsbns(Collection<String> isbns);

    default List<Source> findByTitleKey(String titleKey) {
        return findByTitleKeys(List.of(titleKey));
    }

    default List<Source> findByDoi(String doi) {
        return findByDois(List.of(doi));
    }

    default List<Source> findByIsbn(String isbn) {
        return findByIsbns(List.of(isbn));
    }

    List<Source> findAllById(List<Long> ids);
}
