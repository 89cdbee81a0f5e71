package org.ariadne.claims.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.ariadne.claims.domain.Claim;
import org.ariadne.claims.domain.ClaimRepository;
import org.ariadne.claims.domain.ClaimStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Claim> find(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public Claim add(Claim claim) {
        em.persist(claim);
        return claim;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Claim> list(List<ClaimStatus> statuses, int page, int size) {
        TypedQuery<Claim> query = statuses.isEmpty()
                ? em.createQuery("select c from Claim c order by c.id desc", Claim.class)
                : em.createQuery("select c from Claim c where c.status in :statuses order by c.id desc", Claim.class)
                        .setParameter("statuses", statuses);
        // citations and verdicts come in batches (@BatchSize), not one query per claim
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(List<ClaimStatus> statuses) {
        TypedQuery<Long> query = statuses.isEmpty()
                ? em.createQuery("select count(c) from Claim c", Long.class)
                : em.createQuery("select count(c) from Claim c where c.status in :statuses", Long.class)
                        .setParameter("statuses", statuses);
        return query.getSingleResult();
    }

    @Override
    public Uses usesOf(long sourceId) {
        Object[] counts = em.createQuery("select count(c), count(distinct c.id) from Claim c join c.citations cc"
                        + " where cc.sourceId = :source", Object[].class)
                .setParameter("source", sourceId).getSingleResult();
        return new Uses(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public int redirectCitations(long from, long to) {
        em.createNativeQuery("UPDATE claim SET version = version + 1 WHERE id IN"
                        + " (SELECT claim_id FROM claim_citation WHERE source_id = ?1)")
                .setParameter(1, from).executeUpdate();
        return em.createNativeQuery("UPDATE claim_citation SET source_id = ?1 WHERE source_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
    }
}
