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
 * Flyway manages its own transactions, so this bean has none of the container's.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private boolean freshDatabase;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(Database.lookup())
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        freshDatabase = result.initialSchemaVersion == null;
        LOG.info(() -> "Database " + Database.kind() + ": schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Whether this start found an empty database (the first start on a new data directory). */
    public boolean freshDatabase() {
        return freshDatabase;
    }
}
