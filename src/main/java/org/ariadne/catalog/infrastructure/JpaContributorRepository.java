package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.Contribution;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.ContributorRepository;
import org.ariadne.catalog.domain.Source;
import org.ariadne.shared.infrastructure.Like;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaContributorRepository implements ContributorRepository {

    /** Keys bound to one {@code in} list at most. */
    private static final int IN_CHUNK = 500;

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
    public Map<String, Contributor> findByNameKeys(Collection<String> nameKeys) {
        Map<String, Contributor> found = new HashMap<>();
        List<String> keys = nameKeys.stream().distinct().toList();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            // names first, then variants; among records of one key the oldest wins, as findByNameKey has it. The
            // variants come with the records: the search documents of the sources crediting them read them all, and
            // loaded one record at a time they were a query per record per thousand imported entries
            em.createQuery("select c.nameKey, c from Contributor c left join fetch c.variants where c.nameKey in :keys"
                            + " order by c.id", Object[].class)
                    .setParameter("keys", chunk).getResultStream()
                    .forEach(row -> found.putIfAbsent((String) row[0], (Contributor) row[1]));
            List<String> rest = chunk.stream().filter(key -> !found.containsKey(key)).toList();
            if (!rest.isEmpty()) {
                em.createQuery("select v.nameKey, c from Contributor c join c.variants v left join fetch c.variants"
                                + " where v.nameKey in :keys order by c.id", Object[].class)
                        .setParameter("keys", rest).getResultStream()
                        .forEach(row -> found.putIfAbsent((String) row[0], (Contributor) row[1]));
            }
        }
        return found;
    }

    @Override
    public Contributor add(Contributor contributor) {
        em.persist(contributor);
        return contributor;
    }

    @Override
    public void addAll(List<Contributor> made) {
        new JdbcSourceWriter(em).addContributors(made);
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

    @Override
    public List<Source> worksOf(Contributor contributor, int max) {
        return em.createQuery("select s from Source s where s.id in (select c.source.id from Contribution c"
                        + " where c.contributor = :contributor) order by s.titleKey, s.id", Source.class)
                .setParameter("contributor", contributor).setMaxResults(max).getResultList();
    }

    @Override
    public long countWorksOf(Contributor contributor) {
        return em.createQuery("select count(distinct c.source) from Contribution c where c.contributor = :contributor",
                Long.class).setParameter("contributor", contributor).getSingleResult();
    }

    @Override
    public void moveCredits(Contributor from, Contributor into) {
        // one entity at a time rather than one bulk update, so that the search index sees every moved credit and
        // indexes its source again under the surviving record's names
        em.createQuery("select c from Contribution c where c.contributor = :from", Contribution.class)
                .setParameter("from", from).getResultList().forEach(credit -> credit.creditTo(into));
        em.flush();
    }

    @Override
    public void remove(Contributor contributor) {
        em.remove(em.contains(contributor) ? contributor : em.merge(contributor));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
