package org.ariadne.shared.infrastructure;

import org.ariadne.shared.infrastructure.TableRows.Column;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.ariadne.shared.infrastructure.TableRows.Type.BIGINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.BOOLEAN;
import static org.ariadne.shared.infrastructure.TableRows.Type.INTEGER;
import static org.ariadne.shared.infrastructure.TableRows.Type.SMALLINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.TIMESTAMP;
import static org.ariadne.shared.infrastructure.TableRows.Type.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRowsTest {

    static final List<Column> COLUMNS = List.of(new Column("k", BIGINT), new Column("n", INTEGER),
            new Column("s", SMALLINT), new Column("t", VARCHAR), new Column("at", TIMESTAMP), new Column("b", BOOLEAN));

    /** The probe table's columns, for {@code CREATE TABLE name} before them. */
    static final String PROBE = " (k BIGINT PRIMARY KEY, n INTEGER, s SMALLINT, t VARCHAR(1000),"
            + " at TIMESTAMP WITH TIME ZONE, b BOOLEAN)";

    static final TableRows<Object[]> ROWS = new TableRows<>("probe", COLUMNS, row -> row);

    /** Rows with what COPY's text format reads specially, and values at the ends of their types. */
    static final List<Object[]> TRICKY = List.of(
            new Object[] {1L, 7, (short) 2, "tab\there, line\nbreak, return\r, back\\slash", Instant.parse(
                    "2026-11-24T12:00:00.000000500Z"), true},
            new Object[] {2L, null, null, null, null, null},
            new Object[] {3L, Integer.MIN_VALUE, Short.MAX_VALUE, "", Instant.parse("1999-12-31T23:59:59.999999499Z"),
                    false},
            new Object[] {5L, 0, (short) 0, "Schröder, Garc\u00eda\t한국어\\\uD83D\uDCDA", Instant.EPOCH, false},
            new Object[] {Long.MAX_VALUE, -1, (short) -3, "\\N and \\. and {\"json\": \"a \\\"quoted\\\" word\"}",
                    Instant.parse("2026-11-24T12:00:00Z"), true});

    @Test
    void aRowIsWrittenInCopysTextFormatWithItsSpecialCharactersEscaped() {
        TableRows.CopyText text = new TableRows.CopyText();
        ROWS.appendLine(text, TRICKY.get(0));
        ROWS.appendLine(text, TRICKY.get(1));
        ROWS.appendLine(text, TRICKY.get(3));
        ROWS.appendLine(text, TRICKY.get(4));
        assertEquals("1\t7\t2\ttab\\there, line\\nbreak, return\\r, back\\\\slash\t2026-11-24T12:00:00.000001Z\tt\n"
                + "2\t\\N\t\\N\t\\N\t\\N\t\\N\n"
                + "5\t0\t0\tSchröder, García\\t한국어\\\\\uD83D\uDCDA\t1970-01-01T00:00:00Z\tf\n"
                + Long.MAX_VALUE + "\t-1\t-3\t\\\\N and \\\\. and {\"json\": \"a \\\\\"quoted\\\\\" word\"}\t"
                + "2026-11-24T12:00:00Z\tt\n", text.toString());
    }

    @Test
    void aMomentIsRoundedToTheMicrosecondHalfUpAsTheJdbcDriverRoundsIt() {
        assertEquals("2026-11-24T12:00:00.000001Z", TableRows.moment(Instant.parse("2026-11-24T12:00:00.000000500Z")));
        assertEquals("2026-11-24T12:00:00Z", TableRows.moment(Instant.parse("2026-11-24T12:00:00.000000499Z")));
        assertEquals("2000-01-01T00:00:00Z", TableRows.moment(Instant.parse("1999-12-31T23:59:59.999999500Z")));
        assertEquals("2026-11-24T12:00:00.123456Z", TableRows.moment(Instant.parse("2026-11-24T12:00:00.123456Z")));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheColumn() {
        assertEquals("Column k takes a Long, not a Integer", refused(1, 7, (short) 2, "x", Instant.EPOCH, true));
        assertEquals("Column b takes a Boolean, not a String", refused(1L, 7, (short) 2, "x", Instant.EPOCH, "t"));
    }

    private static String refused(Object... row) {
        return assertThrows(IllegalArgumentException.class, () -> ROWS.appendLine(new TableRows.CopyText(), row))
                .getMessage();
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedBeforeAnythingIsStored() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:table-rows-length");
             Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE probe" + PROBE);
            IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                    () -> ROWS.write(db, List.of(TRICKY.get(0), new Object[] {9L})));
            assertEquals("A row of probe has 1 values for 6 columns", wrongLength.getMessage());
            assertEquals(List.of(), read(statement, "probe"));
        }
    }

    @Test
    void theInsertWayStoresEveryValueAsGiven() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:table-rows");
             Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE probe" + PROBE);
            ROWS.write(db, TRICKY);
            ROWS.write(db, List.of());
            List<List<Object>> stored = read(statement, "probe");
            assertEquals(TRICKY.size(), stored.size());
            for (int i = 0; i < TRICKY.size(); i++) {
                Object[] given = TRICKY.get(i);
                List<Object> row = stored.get(i);
                assertEquals(Arrays.asList(given).subList(0, 4), row.subList(0, 4), "row " + i);
                assertEquals(given[4] == null ? null : TableRows.moment((Instant) given[4]),
                        row.get(4) == null ? null : ((OffsetDateTime) row.get(4)).toInstant().toString(), "row " + i);
                assertEquals(given[5], row.get(5), "row " + i);
            }
        }
    }

    /** The rows of a probe table in key order, each value as JDBC reads it (moments as {@link OffsetDateTime}). */
    static List<List<Object>> read(Statement statement, String table) throws SQLException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT k, n, s, t, at, b FROM " + table + " ORDER BY k")) {
            while (result.next()) {
                Object k = result.getLong(1);
                Object n = result.getObject(2) == null ? null : result.getInt(2);
                Object s = result.getObject(3) == null ? null : result.getShort(3);
                Object b = result.getObject(6) == null ? null : result.getBoolean(6);
                rows.add(Arrays.asList(k, n, s, result.getString(4), result.getObject(5, OffsetDateTime.class), b));
            }
        }
        return rows;
    }
}
