package org.ariadne.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers a query. Each store Ariadne depends on has its own {@code @Readiness} check
 * like this one (a search index would add one that opens its index), and /health/ready is UP only when all are.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            Object one = em.createNativeQuery("SELECT 1").getSingleResult();
            return HealthCheckResponse.named("database").status(one != null).build();
        } catch (PersistenceException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
