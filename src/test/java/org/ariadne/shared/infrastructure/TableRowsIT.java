package org.ariadne.shared.infrastructure;

import org.ariadne.it.Api;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, {@link TableRows} writes with COPY: the rows it stores that way must be the rows the INSERT way
 * stores, value for value, whatever the text holds (tabs, line breaks, backslashes, "\N", JSON with escaped quotes,
 * characters beyond the BMP), and a COPY that fails must fail as a statement does, leaving the connection usable.
 * The embedded run has no COPY to check (its INSERT way is {@link TableRowsTest}'s).
 */
class TableRowsIT {

    @Test
    void copyStoresWhatInsertStores() throws SQLException {
        assumeTrue(Api.onPostgresql(), "PostgreSQL only: the embedded H2 is written with INSERT");
        try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE by_copy" + TableRowsTest.PROBE);
            statement.execute("CREATE TEMPORARY TABLE by_insert" + TableRowsTest.PROBE);
            TableRows<Object[]> copied = new TableRows<>("by_copy", TableRowsTest.COLUMNS, row -> row);
            TableRows<Object[]> inserted = new TableRows<>("by_insert", TableRowsTest.COLUMNS, row -> row);

            copied.write(db, TableRowsTest.TRICKY);
            inserted.insert(db, TableRowsTest.TRICKY);

            List<List<Object>> byCopy = TableRowsTest.read(statement, "by_copy");
            assertEquals(TableRowsTest.TRICKY.size(), byCopy.size());
            assertEquals(TableRowsTest.read(statement, "by_insert"), byCopy);
            assertEquals("tab\there, line\nbreak, return\r, back\\slash", byCopy.get(0).get(3));
            assertEquals("", byCopy.get(2).get(3), "an empty text is not null");
        }
    }

    @Test
    void aFailedCopyIsAnSqlExceptionAndStoresNothing() throws SQLException {
        assumeTrue(Api.onPostgresql(), "PostgreSQL only: the embedded H2 is written with INSERT");
        try (Connection db = Api.postgresql(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE by_copy" + TableRowsTest.PROBE);
            TableRows<Object[]> rows = new TableRows<>("by_copy", TableRowsTest.COLUMNS, row -> row);
            Object[] first = TableRowsTest.TRICKY.get(0);

            SQLException refused = assertThrows(SQLException.class,
                    () -> rows.copy(db.unwrap(PGConnection.class), List.of(first, first)));

            assertTrue(refused.getMessage().contains("by_copy_pkey"), refused.getMessage());
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM by_copy")) {
                assertTrue(count.next());
                assertEquals(0, count.getInt(1));
            }
        }
    }
}
