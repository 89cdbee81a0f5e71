package org.ariadne.catalog.infrastructure;

import org.ariadne.catalog.domain.SourceQuery;
import org.ariadne.it.Api;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue list's sorts ({@link JpaSourceRepository#order}) on the schema the migrations make: the sorts that
 * have an index are read from it, without sorting the table, and nulls come last either way. On the embedded run,
 * an in-memory H2 of the version WildFly ships, in the server's mode (H2 reads no index backwards, so ascending
 * sorts only); on the PostgreSQL run, a schema of its own in the test database, with sorting made the planner's
 * last resort (so a plan that still sorts has no index to read the order from).
 */
class CatalogueOrderPlanIT {

    /** The entity's attributes in {@link JpaSourceRepository#order}, and their columns. */
    private static final Map<String, String> COLUMNS = Map.of("s.titleKey", "title_key",
            "s.firstCreator", "first_creator", "s.issuedSort", "issued_sort", "s.type", "item_type",
            "s.updatedAt", "updated_at", "s.createdAt", "created_at", "s.id", "id");

    private static Connection db;
    private static String schema;

    @BeforeAll
    static void migrate() throws SQLException {
        if (Api.onPostgresql()) {
            schema = "plan_check_" + UUID.randomUUID().toString().replace("-", "");
            String url = System.getenv("ARIADNE_DB_URL");
            String user = System.getenv("ARIADNE_DB_USER");
            String password = System.getenv("ARIADNE_DB_PASSWORD");
            Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                    .load().migrate();
            db = DriverManager.getConnection(url, user, password);
            try (Statement statement = db.createStatement()) {
                statement.execute("SET search_path TO " + schema);
                statement.execute("SET enable_sort = off");
            }
        } else {
            // the server's own settings (wildfly-config/datasources.cli), in memory
            String url = "jdbc:h2:mem:plans;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1";
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            db = DriverManager.getConnection(url, "sa", "");
        }
        try (Statement statement = db.createStatement()) {
            // three sources: titles b, a, c; the second has no creator and no date
            statement.execute("INSERT INTO source (id, version, item_type, title, title_key, issued_sort, first_creator,"
                    + " csl, created_at, updated_at) VALUES"
                    + " (1, 0, 'book', 'B', 'b', '2004', 'Kim', '{}', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-02 00:00:00+00'),"
                    + " (2, 0, 'report', 'A', 'a', NULL, NULL, '{}', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-03 00:00:00+00'),"
                    + " (3, 0, 'article', 'C', 'c', '1999', 'Lee', '{}', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00')");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db == null) {
            return;
        }
        try (Statement statement = db.createStatement()) {
            statement.execute(schema != null ? "DROP SCHEMA " + schema + " CASCADE" : "DROP ALL OBJECTS");
        } finally {
            db.close();
        }
    }

    /** The sorts a page is read for from an index: on H2 the ascending ones, on PostgreSQL also descending. */
    static Stream<Arguments> indexedSorts() {
        List<Arguments> sorts = new ArrayList<>();
        for (SourceQuery.Sort sort : List.of(SourceQuery.Sort.TITLE, SourceQuery.Sort.CREATOR, SourceQuery.Sort.ISSUED,
                SourceQuery.Sort.UPDATED, SourceQuery.Sort.ID)) {
            sorts.add(Arguments.of(sort, false));
        }
        if (Api.onPostgresql()) {
            // the nullable columns (creator, date) keep their nulls last, which a backward scan does not give
            for (SourceQuery.Sort sort : List.of(SourceQuery.Sort.TITLE, SourceQuery.Sort.UPDATED, SourceQuery.Sort.ID)) {
                sorts.add(Arguments.of(sort, true));
            }
        }
        return sorts.stream();
    }

    @ParameterizedTest(name = "{0}, descending: {1}")
    @MethodSource("indexedSorts")
    void aPageOfAnIndexedSortIsReadFromItsIndex(SourceQuery.Sort sort, boolean descending) throws SQLException {
        String plan = plan("SELECT id FROM source ORDER BY " + sql(sort, descending) + " LIMIT 20");
        if (Api.onPostgresql()) {
            assertFalse(plan.contains("Sort"), () -> "sorts the table instead of reading an index:\n" + plan);
            assertTrue(plan.contains("Index"), plan);
        } else {
            assertTrue(plan.contains("/* index sorted */"), () -> "sorts the table instead of reading an index:\n" + plan);
        }
    }

    @Test
    void nullsComeLastInBothDirectionsAndTheIdBreaksTies() throws SQLException {
        assertEquals(List.of(1L, 3L, 2L), ids(SourceQuery.Sort.CREATOR, false));
        assertEquals(List.of(3L, 1L, 2L), ids(SourceQuery.Sort.CREATOR, true));
        assertEquals(List.of(3L, 1L, 2L), ids(SourceQuery.Sort.ISSUED, false));
        assertEquals(List.of(1L, 3L, 2L), ids(SourceQuery.Sort.ISSUED, true));
        assertEquals(List.of(2L, 1L, 3L), ids(SourceQuery.Sort.TITLE, false));
        assertEquals(List.of(3L, 1L, 2L), ids(SourceQuery.Sort.TITLE, true));
        assertEquals(List.of(2L, 1L, 3L), ids(SourceQuery.Sort.UPDATED, true));
        // the same creation time for all three: the id decides, in the sort's direction
        assertEquals(List.of(1L, 2L, 3L), ids(SourceQuery.Sort.CREATED, false));
        assertEquals(List.of(3L, 2L, 1L), ids(SourceQuery.Sort.CREATED, true));
    }

    private static String sql(SourceQuery.Sort sort, boolean descending) {
        String order = JpaSourceRepository.order(sort, descending);
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            order = order.replace(column.getKey() + " ", column.getValue() + " ");
        }
        assertFalse(order.contains("s."), "an attribute this test does not know: " + order);
        return order;
    }

    private static String plan(String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static List<Long> ids(SourceQuery.Sort sort, boolean descending) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM source ORDER BY " + sql(sort, descending))) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
