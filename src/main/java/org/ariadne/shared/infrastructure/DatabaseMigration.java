package org.ariadne.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;

/**
 * Brings the schema up to date with the versioned migrations in db/migration before anything else runs.
 * Flyway manages its own transactions, so this bean has none of the container's. The migration runs once per
 * deployment, at the first of two moments: when Hibernate builds the persistence unit ({@link EarlyMigration}, so
 * that Hibernate Search's outbox event processor, which starts with it, finds its tables) or when this bean starts.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /* one per deployment, as the deployment's class loader holds this class */
    private static MigrateResult result;

    private boolean freshDatabase;

    @PostConstruct
    void migrate() {
        freshDatabase = migrateOnce().initialSchemaVersion == null;
    }

    /** Migrates the database unless this deployment has already done so, and tells how that went. */
    static synchronized MigrateResult migrateOnce() {
        if (result == null) {
            Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(Database.lookup())
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult migrated = flyway.migrate();
            LOG.info(() -> "Database " + Database.kind() + ": schema at version " + migrated.targetSchemaVersion
                    + " (" + migrated.migrationsExecuted + " migrations applied now)");
            result = migrated;
        }
        return result;
    }

    /** Whether this start found an empty database (the first start on a new data directory). */
    public boolean freshDatabase() {
        return freshDatabase;
    }
}
