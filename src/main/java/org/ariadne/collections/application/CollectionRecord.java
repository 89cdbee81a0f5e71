package org.ariadne.collections.application;

import org.ariadne.collections.domain.SourceCollection;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A collection as the use cases hand it out: its name and place in the tree ({@code path}: its ancestors from the
 * top), how many sources it holds directly and how many collections sit inside it.
 */
public record CollectionRecord(long id, long version, String name, Long parentId, String owner, long sourceCount,
                               long childCount, Instant createdAt, Instant updatedAt, List<Step> path) implements Serializable {

    /** One ancestor of a collection. */
    public record Step(long id, String name) implements Serializable {
    }

    static CollectionRecord of(SourceCollection collection, long sourceCount, long childCount, List<Step> path) {
        return new CollectionRecord(collection.id(), collection.version(), collection.name(), collection.parentId(),
                collection.owner(), sourceCount, childCount, collection.createdAt(), collection.updatedAt(), path);
    }

    /** The ETag of this version. */
    public String etag() {
        return "collection-" + id + "-" + version;
    }
}
