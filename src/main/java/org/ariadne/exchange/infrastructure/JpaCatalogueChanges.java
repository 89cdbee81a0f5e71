package org.ariadne.exchange.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.ariadne.catalog.domain.Source;
import org.ariadne.exchange.domain.CatalogueChanges;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCatalogueChanges implements CatalogueChanges {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Instant> earliest() {
        return Optional.ofNullable(em.createQuery("select min(s.updatedAt) from Source s", Instant.class)
                .getSingleResult());
    }

    @Override
    public List<Source> page(Instant from, Instant until, Instant afterStamp, Long afterId, int limit) {
        StringBuilder where = bounds(from, until);
        if (afterStamp != null) {
            where.append(" and (s.updatedAt > :afterStamp or (s.updatedAt = :afterStamp and s.id > :afterId))");
        }
        TypedQuery<Source> query = em.createQuery("select s from Source s" + where + " order by s.updatedAt, s.id",
                Source.class);
        bind(query, from, until);
        if (afterStamp != null) {
            query.setParameter("afterStamp", afterStamp).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Instant from, Instant until) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Source s" + bounds(from, until), Long.class);
        bind(query, from, until);
        return query.getSingleResult();
    }

    private static StringBuilder bounds(Instant from, Instant until) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (from != null) {
            where.append(" and s.updatedAt >= :from");
        }
        if (until != null) {
            where.append(" and s.updatedAt < :until");
        }
        return where;
    }

    private static void bind(TypedQuery<?> query, Instant from, Instant until) {
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
    }
}
