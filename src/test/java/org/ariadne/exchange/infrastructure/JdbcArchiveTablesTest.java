package org.ariadne.exchange.infrastructure;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcArchiveTablesTest {

    @Test
    void readsPostgresqlTimestamptzAsATimestampWithItsOffset() {
        // what PostgreSQL's driver reports for a TIMESTAMP WITH TIME ZONE column
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, JdbcArchiveTables.sqlType(Types.TIMESTAMP, "timestamptz"));
        // what H2 reports for the same column
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE,
                JdbcArchiveTables.sqlType(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE"));
        assertEquals(Types.TIMESTAMP, JdbcArchiveTables.sqlType(Types.TIMESTAMP, "timestamp"));
        assertEquals(Types.BIGINT, JdbcArchiveTables.sqlType(Types.BIGINT, "int8"));
    }

    @Test
    void afterARestoreTheNextBlockOfIdsLiesAboveTheHighestRestoredId() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:advance");
             Statement statement = db.createStatement()) {
            statement.execute("CREATE SEQUENCE probe_seq START WITH 1 INCREMENT BY 50");
            JdbcArchiveTables.advance(db, "probe_seq", 12_345, true);
            long drawn = next(statement, "SELECT NEXT VALUE FOR probe_seq");
            // the pooled optimizer's block for a value is the 50 ids up to it
            assertTrue(drawn - 49 > 12_345, "drew " + drawn);
            JdbcArchiveTables.advance(db, "probe_seq", 10, true);
            assertTrue(next(statement, "SELECT NEXT VALUE FOR probe_seq") > drawn, "never backwards");
        }
    }

    static long next(Statement statement, String query) throws SQLException {
        try (ResultSet value = statement.executeQuery(query)) {
            value.next();
            return value.getLong(1);
        }
    }
}
