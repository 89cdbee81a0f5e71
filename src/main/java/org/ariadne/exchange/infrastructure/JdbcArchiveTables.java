package org.ariadne.exchange.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import org.ariadne.exchange.domain.ArchiveTables;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.infrastructure.Database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.ariadne.shared.domain.Jsons.JSON;

/**
 * The archive's tables through JDBC on the server's datasource (so inside the caller's JTA transaction), read
 * from the database's own metadata: tables, columns, types and foreign keys, so tables that later migrations add
 * are in the bag without a change here. Values are written as JSON by SQL type; timestamps keep their offsets.
 */
@Dependent
public class JdbcArchiveTables implements ArchiveTables {

    static final String USERS = "app_user";
    static final String USER_ROLES = "app_user_role";
    /**
     * Not in the bag: the migrations' own table; the history of user accounts, which stays with the instance as its
     * passwords do (an account kept on restore keeps its id here, so the bag's account history would not fit); and
     * the running instance's coordination state (the scheduled jobs' lease, Hibernate Search's outbox events and
     * agents), which belongs to the nodes running now, not to the archive, and must not make an instance "not empty".
     */
    private static final Set<String> NOT_ARCHIVE = Set.of("flyway_schema_history", "app_user_aud", "app_user_role_aud",
            "job_lease", "hsearch_outbox_event", "hsearch_agent");
    private static final String REVISIONS = "audit_revision";
    /** Revisions that record anything but changes to user accounts: those make an instance not empty. */
    private static final String ARCHIVE_REVISIONS = "SELECT 1 FROM audit_revision r"
            + " WHERE NOT EXISTS (SELECT 1 FROM app_user_aud u WHERE u.rev = r.id)"
            + " AND NOT EXISTS (SELECT 1 FROM app_user_role_aud ur WHERE ur.rev = r.id) LIMIT 1";
    private static final Set<String> SECRET_COLUMNS = Set.of("password_hash");
    private static final int BATCH = 500;
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

    /** Users of the bag (old id) and their ids here; the ones that existed already are in {@link #keptUsers}. */
    private final Map<Long, Long> userIds = new HashMap<>();
    private final Set<Long> keptUsers = new HashSet<>();

    @Override
    public List<String> tables() {
        try (Connection connection = Database.lookup().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Set<String> names = new TreeSet<>();
            try (ResultSet tables = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_ARCHIVE.contains(name)) {
                        names.add(name);
                    }
                }
            }
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            for (String name : names) {
                Set<String> of = new TreeSet<>();
                try (ResultSet keys = meta.getImportedKeys(null, schema, stored(meta, name))) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(name)) {
                            of.add(parent);
                        }
                    }
                }
                parents.put(name, of);
            }
            List<String> ordered = new ArrayList<>();
            while (ordered.size() < names.size()) {
                boolean progress = false;
                for (String name : names) {
                    if (!ordered.contains(name) && ordered.containsAll(parents.get(name))) {
                        ordered.add(name);
                        progress = true;
                    }
                }
                if (!progress) {
                    throw new IllegalStateException("The foreign keys of " + names + " form a cycle");
                }
            }
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's tables", e);
        }
    }

    @Override
    public void export(String table, Writer out) throws IOException {
        try (Connection connection = Database.lookup().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            List<String> key = primaryKey(connection, table);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table
                    + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key)))) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    StringWriter line = new StringWriter();
                    try (JsonGenerator json = GENERATORS.createGenerator(line)) {
                        json.writeStartObject();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                            if (SECRET_COLUMNS.contains(column)) {
                                continue;
                            }
                            write(json, column, rows, c, sqlType(meta.getColumnType(c), meta.getColumnTypeName(c)));
                        }
                        json.writeEnd();
                    }
                    out.write(line.toString());
                    out.write('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the table " + table, e);
        }
    }

    @Override
    public List<String> tablesWithContent() {
        List<String> filled = new ArrayList<>();
        try (Connection connection = Database.lookup().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                if (table.equals(USERS) || table.equals(USER_ROLES)) {
                    continue;
                }
                String query = table.equals(REVISIONS) ? ARCHIVE_REVISIONS : "SELECT 1 FROM " + table + " LIMIT 1";
                try (ResultSet any = statement.executeQuery(query)) {
                    if (any.next()) {
                        filled.add(table);
                    }
                }
            }
            return filled;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look into the tables", e);
        }
    }

    /**
     * Before the bag's revisions come in: the only revisions an empty instance has are those of its own accounts
     * (created at start), whose numbers the bag's revisions reuse; that history goes, the accounts stay.
     */
    private static void forgetAccountHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM app_user_role_aud");
            statement.executeUpdate("DELETE FROM app_user_aud");
            statement.executeUpdate("DELETE FROM " + REVISIONS);
        }
    }

    @Override
    public Set<String> textDigests() {
        Set<String> digests = new TreeSet<>();
        try (Connection connection = Database.lookup().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                for (String column : columns(connection, table).keySet()) {
                    if (column.equals("text_sha256")) {
                        try (ResultSet rows = statement.executeQuery("SELECT DISTINCT " + column + " FROM " + table
                                + " WHERE " + column + " IS NOT NULL")) {
                            while (rows.next()) {
                                digests.add(rows.getString(1));
                            }
                        }
                    }
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the text digests", e);
        }
    }

    @Override
    public long restore(String table, BufferedReader rows, String unusablePasswordHash) throws IOException {
        if (table.equals(USERS)) {
            userIds.clear();
            keptUsers.clear();
        }
        try (Connection connection = Database.lookup().getConnection()) {
            if (table.equals(REVISIONS)) {
                forgetAccountHistory(connection);
            }
            Map<String, Integer> columns = columns(connection, table);
            Map<String, Long> existingUsers = table.equals(USERS) ? existingUsers(connection) : Map.of();
            long nextUserId = table.equals(USERS) ? maxId(connection, USERS) + 1 : 0;
            String sql = null;
            List<String> order = null;
            PreparedStatement insert = null;
            long inserted = 0;
            int lineNumber = 0;
            try {
                for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Map<String, JsonValue> row = new LinkedHashMap<>(parse(table, lineNumber, line));
                    if (table.equals(USERS)) {
                        long oldId = ((JsonNumber) row.get("id")).longValue();
                        Long existing = existingUsers.get(((JsonString) row.get("username")).getString());
                        if (existing != null) {
                            // the account stays with its password; when it was made comes from the archive
                            userIds.put(oldId, existing);
                            keptUsers.add(oldId);
                            keepArchivedCreation(connection, existing, row.get("created_at"), columns);
                            continue;
                        }
                        userIds.put(oldId, nextUserId);
                        row.put("id", JSON.createValue(nextUserId++));
                        row.put("password_hash", JSON.createValue(unusablePasswordHash));
                    } else if (table.equals(USER_ROLES)) {
                        long oldId = ((JsonNumber) row.get("user_id")).longValue();
                        if (keptUsers.contains(oldId) || !userIds.containsKey(oldId)) {
                            continue;
                        }
                        row.put("user_id", JSON.createValue(userIds.get(oldId)));
                    }
                    if (insert == null) {
                        order = new ArrayList<>();
                        for (String column : row.keySet()) {
                            if (!columns.containsKey(column)) {
                                throw problem(table, lineNumber, "The column " + column + " is not in this "
                                        + "instance's table " + table + ": restore into the same or a later version.");
                            }
                            order.add(column);
                        }
                        sql = "INSERT INTO " + table + " (" + String.join(", ", order) + ") VALUES ("
                                + String.join(", ", java.util.Collections.nCopies(order.size(), "?")) + ")";
                        insert = connection.prepareStatement(sql);
                    }
                    for (int i = 0; i < order.size(); i++) {
                        bind(insert, i + 1, row.get(order.get(i)), columns.get(order.get(i)));
                    }
                    insert.addBatch();
                    if (++inserted % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (insert != null) {
                    insert.executeBatch();
                }
            } finally {
                if (insert != null) {
                    insert.close();
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new InvalidInputException("The bag's table " + table + " could not be restored: its rows break a rule "
                    + "of the database (" + e.getSQLState() + ").",
                    List.of(InputProblem.ofField("data/tables/" + table + ".jsonl", "Rows that break a rule of the database.")));
        }
    }

    @Override
    public void advanceSequences() {
        try (Connection connection = Database.lookup().getConnection();
             Statement statement = connection.createStatement()) {
            List<String> sequences = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT sequence_name FROM information_schema.sequences "
                    + "WHERE LOWER(sequence_schema) = LOWER('" + connection.getSchema() + "')")) {
                while (names.next()) {
                    sequences.add(names.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            Set<String> tables = new LinkedHashSet<>(tables());
            for (String sequence : sequences) {
                String table = sequence.endsWith("_seq") ? sequence.substring(0, sequence.length() - 4) : null;
                if (table == null || !tables.contains(table) || !columns(connection, table).containsKey("id")) {
                    continue;
                }
                advance(connection, sequence, maxId(connection, table), Database.isEmbedded());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not advance the id sequences", e);
        }
    }

    /**
     * On PostgreSQL, ANALYZE of the tables (the restore passes every table of the archive). Without it, until
     * autovacuum came by, the planner kept the picture of empty tables, and plans cached by the pooled connections in
     * the meantime with it: after an import of 100,000 into a fresh catalogue, the next import's duplicate look-ups
     * read the whole table for every key (fifteen times slower; see {@code JpaSourceRepository#catalogueGrewInBulk}).
     * H2 plans from its own counts.
     */
    @Override
    public void refreshStatistics(Collection<String> tables) {
        if (Database.isEmbedded()) {
            return;
        }
        try (Connection connection = Database.lookup().getConnection()) {
            analyze(connection, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the database's statistics up to date", e);
        }
    }

    /**
     * Moves a sequence on until the next value drawn from it lies a block above {@code max}: Hibernate's pooled
     * optimizer hands out the block of 50 ids below each value it draws. On PostgreSQL one {@code setval} does it
     * (never backwards); H2's sequences are drawn in-process, a value at a time.
     */
    static void advance(Connection connection, String sequence, long max, boolean embedded) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!embedded) {
                statement.executeQuery("SELECT setval('" + sequence + "', GREATEST(" + (max + 50) + ", last_value))"
                        + " FROM " + sequence).close();
                return;
            }
            long value = Long.MIN_VALUE;
            while (value <= max + 50) {
                try (ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                    next.next();
                    value = next.getLong(1);
                }
            }
        }
    }

    /** ANALYZE of the tables, on PostgreSQL (inside a transaction, unlike VACUUM). */
    static void analyze(Connection connection, Collection<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + String.join(", ", tables));
        }
    }

    private static void write(JsonGenerator json, String column, ResultSet rows, int c, int type) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(c);
                if (rows.wasNull()) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(c);
                if (rows.wasNull()) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                java.math.BigDecimal value = rows.getBigDecimal(c);
                if (value == null) {
                    json.writeNull(column);
                } else {
                    json.write(column, value);
                }
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> text(json, column, rows.getObject(c, OffsetDateTime.class));
            case Types.TIMESTAMP -> text(json, column, rows.getObject(c, LocalDateTime.class));
            case Types.DATE -> text(json, column, rows.getObject(c, LocalDate.class));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(c);
                text(json, column, bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
            }
            default -> text(json, column, rows.getString(c));
        }
    }

    private static void text(JsonGenerator json, String column, Object value) {
        if (value == null) {
            json.writeNull(column);
        } else {
            json.write(column, value.toString());
        }
    }

    private static void keepArchivedCreation(Connection connection, long userId, JsonValue createdAt,
                                             Map<String, Integer> columns) throws SQLException {
        if (createdAt == null || createdAt.getValueType() == JsonValue.ValueType.NULL || !columns.containsKey("created_at")) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + USERS + " SET created_at = ? WHERE id = ?")) {
            bind(update, 1, createdAt, columns.get("created_at"));
            update.setLong(2, userId);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, int index, JsonValue value, int type) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
                    insert.setLong(index, ((JsonNumber) value).longValue());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value == JsonValue.TRUE);
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL ->
                    insert.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
            case Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(index, OffsetDateTime.parse(string(value)));
            case Types.TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(string(value)));
            case Types.DATE -> insert.setObject(index, LocalDate.parse(string(value)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    insert.setBytes(index, Base64.getDecoder().decode(string(value)));
            default -> insert.setString(index, string(value));
        }
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static JsonObject parse(String table, int line, String text) {
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw problem(table, line, "This line is not a JSON object.");
        }
    }

    private static InvalidInputException problem(String table, int line, String message) {
        return new InvalidInputException("The bag's data/tables/" + table + ".jsonl, line " + line + ": " + message,
                List.of(new InputProblem("data/tables/" + table + ".jsonl", line, message)));
    }

    private static Map<String, Long> existingUsers(Connection connection) throws SQLException {
        Map<String, Long> users = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT username, id FROM " + USERS)) {
            while (rows.next()) {
                users.put(rows.getString(1), rows.getLong(2));
            }
        }
        return users;
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    /**
     * The JDBC type of a column as this class reads and binds it. PostgreSQL's driver reports a {@code timestamptz}
     * column as {@link Types#TIMESTAMP} but refuses to read it as a {@code LocalDateTime}: it is an instant with
     * an offset, like H2's {@code TIMESTAMP WITH TIME ZONE}, which H2 reports as such.
     */
    static int sqlType(int reported, String typeName) {
        return reported == Types.TIMESTAMP && "timestamptz".equalsIgnoreCase(typeName)
                ? Types.TIMESTAMP_WITH_TIMEZONE : reported;
    }

    /** Column names (lower case) and their SQL types. */
    private static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rows = meta.getColumns(null, connection.getSchema(), stored(meta, table), "%")) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        sqlType(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME")));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, connection.getSchema(), stored(meta, table))) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(key.values());
    }

    /** The name as the database stores identifiers (H2 here is told to lower-case them, as PostgreSQL does). */
    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
