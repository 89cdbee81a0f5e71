package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.SourceMerges;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code source_merge} table: one row per merged-away source, always naming the current survivor. */
@ApplicationScoped
public class JpaSourceMerges implements SourceMerges {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Long> survivorOf(long loser) {
        List<?> rows = em.createNativeQuery("SELECT survivor_id FROM source_merge WHERE loser_id = ?1")
                .setParameter(1, loser).getResultList();
        return rows.stream().findFirst().map(row -> ((Number) row).longValue());
    }

    @Override
    public void record(long loser, long survivor, String by, Instant at) {
        em.createNativeQuery("UPDATE source_merge SET survivor_id = ?1 WHERE survivor_id = ?2")
                .setParameter(1, survivor).setParameter(2, loser).executeUpdate();
        em.createNativeQuery("INSERT INTO source_merge (loser_id, survivor_id, merged_at, merged_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, loser).setParameter(2, survivor)
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(4, by)
                .executeUpdate();
    }
}
