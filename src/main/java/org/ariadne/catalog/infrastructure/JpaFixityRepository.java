package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.FixityCheck;
import org.ariadne.catalog.domain.FixityRepository;
import org.ariadne.catalog.domain.FixityRun;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFixityRepository implements FixityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Archived> archivedTexts() {
        return em.createQuery("select s.id, s.text.sha256 from Source s where s.text.sha256 is not null order by s.id",
                        Object[].class)
                .getResultStream().map(row -> new Archived((Long) row[0], (String) row[1])).toList();
    }

    @Override
    public Optional<FixityCheck> checkOf(long sourceId) {
        return Optional.ofNullable(em.find(FixityCheck.class, sourceId));
    }

    @Override
    public List<FixityCheck> failuresAmong(Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from FixityCheck c, Source s where s.id = c.sourceId and c.sourceId in :ids"
                        + " and s.text.sha256 = c.sha256 and c.outcome <> :intact", FixityCheck.class)
                .setParameter("ids", sourceIds).setParameter("intact", FixityCheck.Outcome.INTACT).getResultList();
    }

    @Override
    public void add(FixityCheck check) {
        em.persist(check);
    }

    @Override
    public void add(FixityRun run) {
        em.persist(run);
    }

    @Override
    public Optional<FixityRun> lastRun() {
        return em.createQuery("select r from FixityRun r order by r.id desc", FixityRun.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Failed> failures() {
        return em.createQuery("select c, s.title from FixityCheck c, Source s where s.id = c.sourceId"
                        + " and s.text.sha256 = c.sha256 and c.outcome <> :intact order by c.checkedAt desc, c.sourceId",
                        Object[].class)
                .setParameter("intact", FixityCheck.Outcome.INTACT)
                .getResultStream().map(row -> new Failed((FixityCheck) row[0], (String) row[1])).toList();
    }

    @Override
    public long checkedCount() {
        return em.createQuery("select count(c) from FixityCheck c, Source s where s.id = c.sourceId"
                + " and s.text.sha256 = c.sha256", Long.class).getSingleResult();
    }
}
