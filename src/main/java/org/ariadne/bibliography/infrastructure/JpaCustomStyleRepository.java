package org.ariadne.bibliography.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.bibliography.domain.CustomStyle;
import org.ariadne.bibliography.domain.CustomStyleRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomStyleRepository implements CustomStyleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<CustomStyle> find(String id) {
        return Optional.ofNullable(em.find(CustomStyle.class, id));
    }

    @Override
    public boolean exists(String id) {
        return !em.createQuery("select s.id from CustomStyle s where s.id = :id", String.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<CustomStyle> all() {
        return em.createQuery("select s from CustomStyle s order by s.id", CustomStyle.class).getResultList();
    }

    @Override
    public CustomStyle add(CustomStyle style) {
        em.persist(style);
        em.flush();
        return style;
    }
}
