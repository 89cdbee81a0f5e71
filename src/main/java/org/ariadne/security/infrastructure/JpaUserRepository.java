package org.ariadne.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.security.domain.User;
import org.ariadne.security.domain.UserRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :name", User.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    @Override
    public User add(User user) {
        em.persist(user);
        return user;
    }

    @Override
    public java.util.List<User> all() {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public java.util.List<User> page(int first, int size) {
        return em.createQuery("select u from User u order by u.username", User.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countActiveAdministrators() {
        return em.createQuery("select count(distinct u) from User u join u.roles r where u.enabled = true and r = :admin",
                Long.class).setParameter("admin", org.ariadne.security.domain.Roles.ADMIN).getSingleResult();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }
}
