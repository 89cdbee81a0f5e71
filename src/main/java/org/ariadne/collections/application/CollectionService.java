package org.ariadne.collections.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.ariadne.catalog.application.Page;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceMergedException;
import org.ariadne.catalog.domain.SourceMerges;
import org.ariadne.catalog.domain.SourceRepository;
import org.ariadne.collections.domain.CollectionQuery;
import org.ariadne.collections.domain.CollectionRepository;
import org.ariadne.collections.domain.SourceCollection;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.StaleVersionException;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collections of sources: writers and librarians make, rename, move and delete them and put sources in and out;
 * anyone reads them, and uses them as the sources of a bibliography or an export.
 */
@Stateless
public class CollectionService {

    @Inject
    CollectionRepository collections;

    @Inject
    SourceRepository sources;

    @Inject
    SourceMerges merges;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A new collection, under {@code parentId} if given, holding the given sources. */
    @RolesAllowed({Roles.WRITER, Roles.LIBRARIAN})
    public CollectionRecord create(String name, Long parentId, @NotNull List<Long> sourceIds) {
        if (parentId != null) {
            checkParent(parentId);
        }
        SourceCollection collection = SourceCollection.create(name, parentId, caller(), clock.instant());
        checkNameFree(collection.name(), parentId, null);
        checkSources("sources", sourceIds);
        collection.add(sourceIds, clock.instant());
        collections.add(collection);
        collections.flush();
        return record(collection);
    }

    @PermitAll
    public CollectionRecord get(long id) {
        return record(collections.get(id));
    }

    @PermitAll
    public boolean exists(long id) {
        return collections.find(id).isPresent();
    }

    @PermitAll
    public Page<CollectionRecord> list(@NotNull CollectionQuery query) {
        var page = collections.list(query);
        return new Page<>(page.total(), records(page.items()));
    }

    /** Every collection, by name, with its counts: the tree is built from their parents. */
    @PermitAll
    public List<CollectionRecord> all() {
        return records(collections.all());
    }

    /**
     * Renames and moves a collection, if the caller edited the current version.
     *
     * @param moveTo whether {@code parentId} is meant (null then means the top level); else the place stays
     */
    @RolesAllowed({Roles.WRITER, Roles.LIBRARIAN})
    public CollectionRecord update(long id, long expectedVersion, String name, boolean moveTo, Long parentId) {
        SourceCollection collection = collections.get(id);
        if (!collection.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Collection", id);
        }
        if (moveTo) {
            if (parentId != null) {
                checkParent(parentId);
            }
            collection.moveUnder(parentId, collections.parents(), clock.instant());
        }
        if (name != null) {
            collection.rename(name, clock.instant());
        }
        checkNameFree(collection.name(), collection.parentId(), id);
        collections.flush();
        return record(collection);
    }

    /** @throws ConflictException if collections sit inside it: move or delete them first */
    @RolesAllowed({Roles.WRITER, Roles.LIBRARIAN})
    public void delete(long id, Long expectedVersion) {
        SourceCollection collection = collections.get(id);
        if (expectedVersion != null && !collection.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Collection", id);
        }
        long children = collections.childCounts(List.of(id)).getOrDefault(id, 0L);
        if (children > 0) {
            throw new ConflictException("Collection \"" + collection.name() + "\" still holds " + children
                    + (children == 1 ? " collection" : " collections") + "; move or delete "
                    + (children == 1 ? "it" : "them") + " first.");
        }
        collections.remove(collection);
    }

    /**
     * Puts sources into a collection and takes others out, in one change.
     *
     * @param expectedVersion the version the caller edited, or null not to check
     * @throws InvalidInputException naming {@code add[i]} for a source the catalogue does not have
     */
    @RolesAllowed({Roles.WRITER, Roles.LIBRARIAN})
    public Membership changeMembers(long id, Long expectedVersion, @NotNull List<Long> add, @NotNull List<Long> remove) {
        SourceCollection collection = collections.get(id);
        if (expectedVersion != null && !collection.hasVersion(expectedVersion)) {
            throw new StaleVersionException("Collection", id);
        }
        checkSources("add", add);
        int removed = collection.remove(remove, clock.instant());
        int added = collection.add(add, clock.instant());
        collections.flush();
        return new Membership(record(collection), added, removed);
    }

    /** What a change of members did. */
    public record Membership(CollectionRecord collection, int added, int removed) {
    }

    /** One page of the sources in the collection, and with {@code subcollections} in the collections inside it. */
    @PermitAll
    public Page<SourceRecord> sources(long id, boolean subcollections, @NotNull CollectionRepository.SourceOrder order,
                                      int page, int size) {
        var result = collections.sourcesIn(scope(id, subcollections), order, page, size);
        return new Page<>(result.total(), result.items().stream().map(SourceRecord::of).toList());
    }

    /** The ids of every source in the collection and (with {@code subcollections}) the ones inside it, by title. */
    @PermitAll
    public List<Long> sourceIds(long id, boolean subcollections) {
        return collections.sourceIdsIn(scope(id, subcollections));
    }

    private List<Long> scope(long id, boolean subcollections) {
        collections.get(id);
        if (!subcollections) {
            return List.of(id);
        }
        Map<Long, List<Long>> children = new HashMap<>();
        collections.parents().forEach((child, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
            }
        });
        List<Long> scope = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (seen.add(next)) {
                scope.add(next);
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return scope;
    }

    private void checkParent(long parentId) {
        if (collections.find(parentId).isEmpty()) {
            throw InvalidInputException.ofField("parent", "There is no collection " + parentId + " to put it in.");
        }
    }

    private void checkNameFree(String name, Long parentId, Long exceptId) {
        if (collections.nameTaken(name, parentId, exceptId)) {
            throw InvalidInputException.ofField("name", "There is already a collection named \"" + name + "\" "
                    + (parentId == null ? "at the top level" : "in the same collection") + "; choose another name.");
        }
    }

    private void checkSources(String field, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> found = sources.findAllById(ids.stream().distinct().toList()).stream().map(Source::id)
                .collect(Collectors.toSet());
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long sourceId = ids.get(i);
            if (!found.contains(sourceId)) {
                String message = merges.survivorOf(sourceId)
                        .map(survivor -> new SourceMergedException(sourceId, survivor).getMessage())
                        .orElse("The catalogue has no source " + sourceId + ".");
                problems.add(InputProblem.ofField(field + "[" + i + "]", message));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
    }

    private CollectionRecord record(SourceCollection collection) {
        return records(List.of(collection)).get(0);
    }

    private List<CollectionRecord> records(List<SourceCollection> page) {
        List<Long> ids = page.stream().map(SourceCollection::id).toList();
        Map<Long, Long> sourceCounts = collections.sourceCounts(ids);
        Map<Long, Long> childCounts = collections.childCounts(ids);
        Map<Long, Long> parents = page.stream().anyMatch(c -> c.parentId() != null) ? collections.parents() : Map.of();
        Map<Long, String> names = parents.isEmpty() ? Map.of() : collections.all().stream()
                .collect(Collectors.toMap(SourceCollection::id, SourceCollection::name));
        return page.stream().map(c -> CollectionRecord.of(c, sourceCounts.getOrDefault(c.id(), 0L),
                childCounts.getOrDefault(c.id(), 0L), path(c, parents, names))).toList();
    }

    private static List<CollectionRecord.Step> path(SourceCollection collection, Map<Long, Long> parents,
                                                    Map<Long, String> names) {
        List<CollectionRecord.Step> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long at = collection.parentId(); at != null && seen.add(at); at = parents.get(at)) {
            path.add(0, new CollectionRecord.Step(at, names.getOrDefault(at, "")));
        }
        return path;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
