package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.shared.infrastructure.Like;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContributorRepository implements ContributorRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Contributor> find(long id) {
        return Optional.ofNullable(em.find(Contributor.class, id));
    }

    @Override
    public Optional<Contributor> findByNameKey(String nameKey) {
        List<Contributor> byName = em.createQuery(
                        "select c from Contributor c where c.nameKey = :key order by c.id", Contributor.class)
                .setParameter("key", nameKey).setMaxResults(1).getResultList();
        if (!byName.isEmpty()) {
            return Optional.of(byName.get(0));
        }
        return em.createQuery("select c from Contributor c join c.variants v where v.nameKey = :key order by c.id",
                        Contributor.class)
                .setParameter("key", nameKey).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Contributor add(Contributor contributor) {
        em.persist(contributor);
        return contributor;
    }

    @Override
    public List<Contributor> suggest(String text, int max) {
        String start = Like.startingWith(text.toLowerCase());
        String word = Like.containing(" " + text.toLowerCase());
        return em.createQuery("select c from Contributor c where lower(c.sortName) like :start escape '\\'"
                        + " or lower(c.displayName) like :start escape '\\' or lower(c.displayName) like :word escape '\\'"
                        + " order by c.sortName", Contributor.class)
                .setParameter("start", start).setParameter("word", word)
                .setMaxResults(max).getResultList();
    }
}
