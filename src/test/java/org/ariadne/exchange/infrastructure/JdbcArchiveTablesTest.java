package org.ariadne.exchange.infrastructure;

import org.junit.jupiter.api.Test;

import java.sql.Types;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
