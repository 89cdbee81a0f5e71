package org.ariadne.shared.infrastructure;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the migrations while Hibernate builds the persistence unit, before the session factory starts anything: with
 * {@code ARIADNE_SEARCH_COORDINATION=outbox-polling}, Hibernate Search's event processor starts with the persistence
 * unit, before any startup bean, and would otherwise poll for tables a new database does not have yet. Registered
 * for Hibernate's ServiceLoader in {@code META-INF/services}.
 */
public class EarlyMigration implements org.hibernate.integrator.spi.Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        DatabaseMigration.migrateOnce();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
