package org.ariadne.exchange.infrastructure;

import org.ariadne.it.Api;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * After a restore on PostgreSQL, the planner knows the restored rows ({@link JdbcArchiveTables#analyze}): on a schema
 * the migrations make in the test database, filled as a restore fills it (plain inserts, in one transaction), every
 * table's row estimate is its row count, where PostgreSQL had none before ({@code reltuples} -1, never analysed).
 * The embedded H2 keeps its own counts, so there is nothing to check on the embedded run. And the id sequences are
 * moved above the restored ids with one {@code setval} each ({@link JdbcArchiveTables#advance}).
 */
class ArchiveStatisticsIT {

    @Test
    void everyTableOfTheArchiveIsAnalysedWithinTheRestoresTransaction() throws SQLException {
        assumeTrue(Api.onPostgresql(), "PostgreSQL only: H2 plans from its own row counts");
        String schema = "restore_check_" + UUID.randomUUID().toString().replace("-", "");
        String url = System.getenv("ARIADNE_DB_URL");
        String user = System.getenv("ARIADNE_DB_USER");
        String password = System.getenv("ARIADNE_DB_PASSWORD");
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                .load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password);
             Statement statement = db.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            try {
                db.setAutoCommit(false);
                statement.execute("INSERT INTO source (id, version, item_type, title, title_key, csl, created_at,"
                        + " updated_at) SELECT n, 0, 'book', 'Book ' || n, 'book ' || n, '{}', now(), now()"
                        + " FROM generate_series(1, 300) n");
                statement.execute("INSERT INTO contributor (id, version, kind, literal_name, display_name, sort_name,"
                        + " name_key, created_at) VALUES (1, 0, 'ORGANISATION', 'WFP', 'WFP', 'WFP', 'wfp', now())");
                statement.execute("INSERT INTO contribution (id, source_id, contributor_id, role, position)"
                        + " SELECT n, n, 1, 'author', 0 FROM generate_series(1, 300) n");
                List<String> tables = tablesOf(statement, schema);
                assertFalse(tables.isEmpty());
                assertEquals(-1.0, estimate(statement, schema, "source"), "never analysed before");

                JdbcArchiveTables.analyze(db, tables);

                assertEquals(300.0, estimate(statement, schema, "source"));
                assertEquals(300.0, estimate(statement, schema, "contribution"));
                assertEquals(1.0, estimate(statement, schema, "contributor"));
                for (String table : tables) {
                    double rows = count(statement, table);
                    if (rows > 0) {
                        assertEquals(rows, estimate(statement, schema, table), table);
                    }
                }
                db.commit();
            } finally {
                db.setAutoCommit(true);
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void theSequencesAreMovedAboveTheRestoredIdsInOneStepAndNeverBackwards() throws SQLException {
        assumeTrue(Api.onPostgresql(), "PostgreSQL only: the embedded run's way is JdbcArchiveTablesTest's");
        try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY SEQUENCE probe_seq START WITH 1 INCREMENT BY 50");
            JdbcArchiveTables.advance(db, "probe_seq", 12_345, false);
            long drawn = JdbcArchiveTablesTest.next(statement, "SELECT nextval('probe_seq')");
            // the pooled optimizer's block for a value is the 50 ids up to it
            assertTrue(drawn - 49 > 12_345, "drew " + drawn);
            JdbcArchiveTables.advance(db, "probe_seq", 10, false);
            assertEquals(drawn + 50, JdbcArchiveTablesTest.next(statement, "SELECT nextval('probe_seq')"),
                    "never backwards");
        }
    }

    private static List<String> tablesOf(Statement statement, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static double estimate(Statement statement, String schema, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "' AND c.relname = '" + table + "'")) {
            row.next();
            return row.getDouble(1);
        }
    }

    private static double count(Statement statement, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
