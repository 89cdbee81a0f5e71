package org.ariadne.shared.infrastructure;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Many new rows of one table, written on a transaction's connection in one go: with PostgreSQL's {@code COPY ... FROM
 * STDIN} when the connection is PostgreSQL's, with batched {@code INSERT} otherwise (the embedded H2). The columns are
 * named once, with their types, and each item gives its row's values in that order, so that both ways write the same
 * rows. COPY spares PostgreSQL the parsing and planning of every batch: storing an import's 100,000 sources, their
 * 200,000 contributions and their history rows took it about a sixth less time than the batched, rewritten INSERTs.
 *
 * @param <T> what one row is made from
 */
public final class TableRows<T> {

    /** Rows sent to the database in one round trip by the INSERT way. */
    private static final int BATCH = 500;

    /** Bytes of COPY's text gathered before they are sent on. */
    private static final int COPY_CHUNK = 1 << 20;

    /** The SQL types a column may have here, and the Java type of its values. */
    public enum Type {
        /** {@link Long} */
        BIGINT(Types.BIGINT),
        /** {@link Integer} */
        INTEGER(Types.INTEGER),
        /** {@link Short} */
        SMALLINT(Types.SMALLINT),
        /** {@link Boolean} */
        BOOLEAN(Types.BOOLEAN),
        /** {@link String} */
        VARCHAR(Types.VARCHAR),
        /** {@link Instant}, stored as a moment with a time zone (UTC), as Hibernate stores one */
        TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        private final int sql;

        Type(int sql) {
            this.sql = sql;
        }
    }

    /** A column of the table: its name and type. */
    public record Column(String name, Type type) {
    }

    private final String table;
    private final List<Column> columns;
    private final Function<T, Object[]> values;

    /**
     * @param values one item's row: a value (or null) for each column, in the order of {@code columns}
     */
    public TableRows(String table, List<Column> columns, Function<T, Object[]> values) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.values = values;
    }

    /**
     * Writes one row per item. Nothing is committed here.
     *
     * @throws IllegalArgumentException if an item gives a row of the wrong length or a value of the wrong type
     */
    public void write(Connection connection, List<T> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), items);
        } else {
            insert(connection, items);
        }
    }

    /** The columns of {@code first}, then those of {@code then} (a history table's own columns, then the entity's). */
    public static List<Column> columns(List<Column> first, List<Column> then) {
        List<Column> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** The values of {@code first}, then those of {@code then}: one row for {@link #columns(List, List)}. */
    public static Object[] row(Object[] first, Object[] then) {
        Object[] all = Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }

    private String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private Object[] rowOf(T item) {
        Object[] row = values.apply(item);
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("A row of " + table + " has " + row.length + " values for "
                    + columns.size() + " columns");
        }
        return row;
    }

    /** The INSERT way, whatever the database (package-private for the tests that compare both ways). */
    void insert(Connection connection, List<T> items) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + columnList() + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                Object[] row = rowOf(item);
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, columns.get(i), row[i]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, column.type().sql);
            return;
        }
        switch (column.type()) {
            case BIGINT -> statement.setLong(index, as(Long.class, column, value));
            case INTEGER -> statement.setInt(index, as(Integer.class, column, value));
            case SMALLINT -> statement.setShort(index, as(Short.class, column, value));
            case BOOLEAN -> statement.setBoolean(index, as(Boolean.class, column, value));
            case VARCHAR -> statement.setString(index, as(String.class, column, value));
            case TIMESTAMP -> statement.setObject(index, as(Instant.class, column, value).atOffset(ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static <V> V as(Class<V> type, Column column, Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Column " + column.name() + " takes a " + type.getSimpleName()
                    + ", not a " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    /** The COPY way (package-private for the tests that compare both ways). */
    void copy(PGConnection connection, List<T> items) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("COPY " + table + " (" + columnList() + ") FROM STDIN");
        try {
            CopyText text = new CopyText();
            for (T item : items) {
                appendLine(text, rowOf(item));
                if (text.length >= COPY_CHUNK) {
                    text.sendTo(copy);
                }
            }
            text.sendTo(copy);
            copy.endCopy();
        } catch (SQLException | RuntimeException failed) {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
            }
            throw failed;
        }
    }

    /** One row in COPY's text format: values separated by tabs, {@code \N} for null, a newline at the end. */
    void appendLine(CopyText text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.put('\t');
            }
            Column column = columns.get(i);
            Object value = row[i];
            if (value == null) {
                text.put('\\');
                text.put('N');
                continue;
            }
            switch (column.type()) {
                case BIGINT -> text.ascii(Long.toString(as(Long.class, column, value)));
                case INTEGER -> text.ascii(Integer.toString(as(Integer.class, column, value)));
                case SMALLINT -> text.ascii(Short.toString(as(Short.class, column, value)));
                case BOOLEAN -> text.put(as(Boolean.class, column, value) ? 't' : 'f');
                case VARCHAR -> escape(text, as(String.class, column, value));
                case TIMESTAMP -> text.ascii(moment(as(Instant.class, column, value)));
            }
        }
        text.put('\n');
    }

    /**
     * A moment as PostgreSQL reads it, to the microsecond it stores, rounded half up as the JDBC driver rounds the
     * moments that Hibernate binds, so that both ways store the same value.
     */
    static String moment(Instant at) {
        return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    /**
     * A text value in UTF-8, with the characters that COPY's text format reads specially (backslash, tab, line
     * breaks) escaped. They are ASCII, and no byte of a longer UTF-8 sequence is, so the escaping works on the bytes,
     * and the runs between them are copied whole. (Built as Java text instead, COPY's text took the request thread
     * twice the time the driver's own binding took: one accented name turned the buffer into UTF-16 for the rest
     * of the import.)
     */
    static void escape(CopyText text, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            char code = switch (utf8[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (code != 0) {
                text.put(utf8, run, i);
                text.put('\\');
                text.put(code);
                run = i + 1;
            }
        }
        text.put(utf8, run, utf8.length);
    }

    /** COPY's text in UTF-8, gathered until it is sent on. */
    static final class CopyText {
        private byte[] bytes = new byte[COPY_CHUNK + COPY_CHUNK / 4];
        private int length;

        /** One ASCII character. */
        void put(char ascii) {
            room(1);
            bytes[length++] = (byte) ascii;
        }

        void put(byte[] from, int start, int end) {
            room(end - start);
            System.arraycopy(from, start, bytes, length, end - start);
            length += end - start;
        }

        /** A text of ASCII characters only (numbers, moments). */
        void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }

        void sendTo(CopyIn copy) throws SQLException {
            copy.writeToCopy(bytes, 0, length);
            length = 0;
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
