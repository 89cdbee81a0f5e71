package org.ariadne.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.ariadne.search.domain.SavedSearch;
import org.ariadne.search.domain.SavedSearchRepository;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    private static final Map<String, String> ORDER = Map.of(
            "name", "lower(s.name)", "created", "s.createdAt", "updated", "s.updatedAt", "id", "s.id");

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public SavedSearch add(SavedSearch search) {
        em.persist(search);
        return search;
    }

    @Override
    public void remove(SavedSearch search) {
        em.remove(search);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean nameTaken(String owner, String name, Long exceptId) {
        // no null parameter in the query: PostgreSQL cannot type a bare "? is null"
        return em.createQuery("select s.id from SavedSearch s where s.owner = :owner and lower(s.name) = :name",
                        Long.class)
                .setParameter("owner", owner).setParameter("name", name.toLowerCase(Locale.ROOT)).getResultList()
                .stream().anyMatch(id -> !id.equals(exceptId));
    }

    @Override
    public long countOf(String owner) {
        return em.createQuery("select count(s) from SavedSearch s where s.owner = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult();
    }

    @Override
    public SavedSearchPage list(String owner, String sort, boolean descending, int page, int size) {
        String where = owner == null ? "" : " where s.owner = :owner";
        String order = ORDER.getOrDefault(sort, ORDER.get("name")) + (descending ? " desc" : " asc") + ", s.id";
        TypedQuery<SavedSearch> items = em.createQuery("select s from SavedSearch s" + where + " order by " + order,
                SavedSearch.class);
        TypedQuery<Long> total = em.createQuery("select count(s) from SavedSearch s" + where, Long.class);
        if (owner != null) {
            items.setParameter("owner", owner);
            total.setParameter("owner", owner);
        }
        return new SavedSearchPage(total.getSingleResult(),
                items.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList());
    }
}
