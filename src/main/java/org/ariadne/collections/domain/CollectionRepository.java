package org.ariadne.collections.domain;

import org.ariadne.catalog.domain.Source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The collections and their members. */
public interface CollectionRepository {

    Optional<SourceCollection> find(long id);

    /** @throws CollectionNotFoundException if there is no such collection */
    default SourceCollection get(long id) {
        return find(id).orElseThrow(() -> new CollectionNotFoundException(id));
    }

    SourceCollection add(SourceCollection collection);

    void remove(SourceCollection collection);

    void flush();

    /** The parent of every collection (null for top-level ones), for cycle checks and sub-collection lookups. */
    Map<Long, Long> parents();

    /** Every collection, by name, for trees and pickers. */
    List<SourceCollection> all();

    /** One page of collections matching the query, and the total. */
    CollectionPage list(CollectionQuery query);

    /** How many sources each collection holds directly. */
    Map<Long, Long> sourceCounts(List<Long> collectionIds);

    /** How many collections sit directly inside each collection. */
    Map<Long, Long> childCounts(List<Long> collectionIds);

    /** Whether another collection under the same parent already has this name (ignoring case). */
    boolean nameTaken(String name, Long parentId, Long exceptId);

    /** One page of the distinct sources in any of the collections, in the given order, and the total. */
    SourcesPage sourcesIn(List<Long> collectionIds, SourceOrder order, int page, int size);

    /** Ids of the distinct sources in any of the collections, by title. */
    List<Long> sourceIdsIn(List<Long> collectionIds);

    /** Makes every membership of {@code from} a membership of {@code to} (once per collection). */
    void redirectMembers(long from, long to);

    record CollectionPage(long total, List<SourceCollection> items) {
    }

    record SourcesPage(long total, List<Source> items) {
    }

    /** The order of a collection's sources: by title, first creator, date issued or id, ascending or not. */
    record SourceOrder(String by, boolean descending) {
    }
}
