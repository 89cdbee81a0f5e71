package org.ariadne.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.security.domain.FailedLogin;
import org.ariadne.security.domain.FailedLoginRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaFailedLoginRepository implements FailedLoginRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(FailedLogin login) {
        em.persist(login);
    }

    @Override
    public List<FailedLogin> page(int first, int size) {
        return em.createQuery("select f from FailedLogin f order by f.at desc, f.id desc", FailedLogin.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from FailedLogin f", Long.class).getSingleResult();
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return em.createQuery("delete from FailedLogin f where f.at < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
