package org.ariadne.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.ariadne.catalog.domain.Source;
import org.ariadne.collections.domain.CollectionQuery;
import org.ariadne.collections.domain.CollectionRepository;
import org.ariadne.collections.domain.SourceCollection;
import org.ariadne.shared.infrastructure.Like;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCollectionRepository implements CollectionRepository {

    private static final Map<String, String> COLLECTION_ORDER = Map.of(
            "name", "lower(c.name)", "created", "c.createdAt", "updated", "c.updatedAt", "id", "c.id");

    private static final Map<String, String> SOURCE_ORDER = Map.of(
            "title", "s.titleKey", "creator", "s.firstCreator", "issued", "s.issuedSort", "id", "s.id");

    /** The sources in any of the collections, as a JPQL condition on {@code s}. */
    private static final String IN_COLLECTIONS = " where s.id in (select m from SourceCollection c join c.sourceIds m"
            + " where c.id in :collections)";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SourceCollection> find(long id) {
        return Optional.ofNullable(em.find(SourceCollection.class, id));
    }

    @Override
    public SourceCollection add(SourceCollection collection) {
        em.persist(collection);
        return collection;
    }

    @Override
    public void remove(SourceCollection collection) {
        em.remove(collection);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.parentId from SourceCollection c", Object[].class)
                .getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        return parents;
    }

    @Override
    public List<SourceCollection> all() {
        return em.createQuery("select c from SourceCollection c order by lower(c.name), c.id", SourceCollection.class)
                .getResultList();
    }

    @Override
    public CollectionPage list(CollectionQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.topLevel()) {
            where.append(" and c.parentId is null");
        } else if (query.parent() != null) {
            where.append(" and c.parentId = :parent");
        }
        boolean text = query.text() != null && !query.text().isBlank();
        if (text) {
            where.append(" and lower(c.name) like :text escape '\\'");
        }
        String direction = query.descending() ? " desc" : " asc";
        String order = " order by " + COLLECTION_ORDER.get(query.sort()) + direction + ", c.id" + direction;
        TypedQuery<Long> count = em.createQuery("select count(c) from SourceCollection c" + where, Long.class);
        TypedQuery<SourceCollection> page = em.createQuery("select c from SourceCollection c" + where + order,
                SourceCollection.class);
        if (!query.topLevel() && query.parent() != null) {
            count.setParameter("parent", query.parent());
            page.setParameter("parent", query.parent());
        }
        if (text) {
            String pattern = Like.containing(query.text().toLowerCase(Locale.ROOT));
            count.setParameter("text", pattern);
            page.setParameter("text", pattern);
        }
        long total = count.getSingleResult();
        List<SourceCollection> items = total == 0 ? List.of()
                : page.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new CollectionPage(total, items);
    }

    @Override
    public Map<Long, Long> sourceCounts(List<Long> collectionIds) {
        return counts("select c.id, count(m) from SourceCollection c join c.sourceIds m where c.id in :ids group by c.id",
                collectionIds);
    }

    @Override
    public Map<Long, Long> childCounts(List<Long> collectionIds) {
        return counts("select c.parentId, count(c) from SourceCollection c where c.parentId in :ids group by c.parentId",
                collectionIds);
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public boolean nameTaken(String name, Long parentId, Long exceptId) {
        String parentCondition = parentId == null ? "c.parentId is null" : "c.parentId = :parent";
        TypedQuery<Long> query = em.createQuery("select count(c) from SourceCollection c where lower(c.name) = :name"
                + " and " + parentCondition + " and c.id <> :except", Long.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId == null ? -1L : exceptId);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getSingleResult() > 0;
    }

    @Override
    public SourcesPage sourcesIn(List<Long> collectionIds, SourceOrder order, int page, int size) {
        long total = em.createQuery("select count(s) from Source s" + IN_COLLECTIONS, Long.class)
                .setParameter("collections", collectionIds).getSingleResult();
        if (total == 0) {
            return new SourcesPage(0, List.of());
        }
        String direction = order.descending() ? " desc" : " asc";
        List<Source> items = em.createQuery("select s from Source s" + IN_COLLECTIONS + " order by "
                        + SOURCE_ORDER.get(order.by()) + direction + " nulls last, s.id" + direction, Source.class)
                .setParameter("collections", collectionIds)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new SourcesPage(total, items);
    }

    @Override
    public List<Long> sourceIdsIn(List<Long> collectionIds) {
        return em.createQuery("select s.id from Source s" + IN_COLLECTIONS + " order by s.titleKey, s.id", Long.class)
                .setParameter("collections", collectionIds).getResultList();
    }

    @Override
    public void redirectMembers(long from, long to) {
        em.createNativeQuery("UPDATE source_collection SET version = version + 1 WHERE id IN"
                + " (SELECT collection_id FROM collection_member WHERE source_id = ?1)")
                .setParameter(1, from).executeUpdate();
        em.createNativeQuery("INSERT INTO collection_member (collection_id, source_id)"
                        + " SELECT m.collection_id, ?1 FROM collection_member m WHERE m.source_id = ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM collection_member o"
                        + " WHERE o.collection_id = m.collection_id AND o.source_id = ?1)")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
        em.createNativeQuery("DELETE FROM collection_member WHERE source_id = ?1")
                .setParameter(1, from).executeUpdate();
    }
}
