package org.ariadne.collections.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ariadne.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named collection of sources, optionally inside another collection. A source sits in as many collections as
 * wanted; the collections form a forest (a collection is never inside itself, however deep).
 */
@Entity
@Table(name = "source_collection")
public class SourceCollection {

    public static final int MAX_NAME = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_collection_seq")
    @SequenceGenerator(name = "source_collection_seq", sequenceName = "source_collection_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String owner;

    @ElementCollection
    @CollectionTable(name = "collection_member", joinColumns = @JoinColumn(name = "collection_id"))
    @Column(name = "source_id")
    private Set<Long> sourceIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SourceCollection() {
    }

    /** A new, empty collection; {@code parentId} null for a top-level one. */
    public static SourceCollection create(String name, Long parentId, String owner, Instant at) {
        SourceCollection collection = new SourceCollection();
        collection.name = checkedName(name);
        collection.parentId = parentId;
        collection.owner = Objects.requireNonNull(owner);
        collection.createdAt = at;
        collection.updatedAt = at;
        return collection;
    }

    public void rename(String newName, Instant at) {
        this.name = checkedName(newName);
        this.updatedAt = at;
    }

    /**
     * Moves the collection under another (null: to the top level).
     *
     * @param parents the parent of every collection, to see that the move makes no cycle
     * @throws InvalidInputException naming {@code parent} if the new parent is this collection or inside it
     */
    public void moveUnder(Long newParent, Map<Long, Long> parents, Instant at) {
        for (Long ancestor = newParent; ancestor != null; ancestor = parents.get(ancestor)) {
            if (ancestor.equals(id)) {
                throw InvalidInputException.ofField("parent", newParent.equals(id)
                        ? "A collection cannot be inside itself."
                        : "Collection " + newParent + " is inside \"" + name + "\": moving \"" + name
                                + "\" there would put it inside itself.");
            }
        }
        this.parentId = newParent;
        this.updatedAt = at;
    }

    /** Adds the sources not in yet; returns how many were added. */
    public int add(Collection<Long> ids, Instant at) {
        int added = 0;
        for (Long sourceId : new LinkedHashSet<>(ids)) {
            if (sourceIds.add(sourceId)) {
                added++;
            }
        }
        if (added > 0) {
            updatedAt = at;
        }
        return added;
    }

    /** Removes the sources that are in; returns how many were removed. */
    public int remove(Collection<Long> ids, Instant at) {
        int removed = 0;
        for (Long sourceId : new LinkedHashSet<>(ids)) {
            if (sourceIds.remove(sourceId)) {
                removed++;
            }
        }
        if (removed > 0) {
            updatedAt = at;
        }
        return removed;
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.ofField("name", "Give the collection a name.");
        }
        if (stripped.length() > MAX_NAME) {
            throw InvalidInputException.ofField("name", "A collection's name has at most " + MAX_NAME
                    + " characters; this one has " + stripped.length() + ".");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public String owner() {
        return owner;
    }

    public Set<Long> sourceIds() {
        return Collections.unmodifiableSet(sourceIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
