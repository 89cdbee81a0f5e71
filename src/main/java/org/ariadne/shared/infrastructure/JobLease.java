package org.ariadne.shared.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Leases of scheduled jobs (table {@code job_lease}, migration V20_2), so that on several nodes sharing a database
 * a job's timer does the work on one of them at a time: the node that moves the lease's end forward from a time
 * already past holds it; the others find it held and skip. A job missing from the table is never leased.
 */
@Stateless
public class JobLease {

    @PersistenceContext
    EntityManager em;

    /** Takes the lease of {@code job} for {@code length} if no node holds it now; whether this node got it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, Duration length) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, held_until = ?2 WHERE name = ?3"
                        + " AND held_until <= ?4")
                .setParameter(1, ClusterNode.name())
                .setParameter(2, now.plus(length))
                .setParameter(3, job)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }
}
