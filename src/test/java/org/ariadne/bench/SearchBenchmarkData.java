package org.ariadne.bench;

import org.flywaydb.core.Flyway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a data directory for the search benchmark (issue #6) by JDBC batches, before the server starts on it:
 * {@code sources} sources (default 1,000,000) of mixed types and years, each crediting two to four of
 * {@code sources/3} people (some with accented names and a variant; a few hundred frequent names and a couple of
 * hundred thousand rare ones, {@link SearchBenchmarkWords#person}), archived plain texts of about 1.5 KB with two
 * footnotes for a tenth of them, and a claim quoting a sentence of every other archived text. The words come from
 * {@link SearchBenchmarkWords}, so the client can ask for words that are there. The index is not written: the
 * server finds it missing and rebuilds it at start, which is the reindex the benchmark times.
 * Usage: {@code SearchBenchmarkData <data dir> [sources] [seed]}.
 */
public final class SearchBenchmarkData {

    /** Rows per JDBC batch; a commit every {@link #COMMIT_EVERY} sources. */
    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final String[] TYPES = {"article-journal", "article-newspaper", "book", "chapter", "report",
            "webpage", "thesis"};

    /** The tables loaded here. */
    private static final List<String> LOADED = List.of("source", "contributor", "contributor_variant", "contribution",
            "footnote", "claim", "claim_citation");

    /**
     * Drops the plain secondary indexes of the loaded tables (those of the migrations that no constraint uses) and
     * returns the statements that make them again: H2 builds an index over loaded rows in one sorted pass, far
     * cheaper than keeping it up to date row by row (a third of the load's time in the profile).
     */
    private static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, StringJoiner> columns = new LinkedHashMap<>();
        try (PreparedStatement indexes = db.prepareStatement("SELECT i.index_name, i.table_name, c.column_name"
                + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
                + " ON c.index_schema = i.index_schema AND c.index_name = i.index_name"
                + " WHERE i.index_schema = 'public' AND i.index_type_name = 'INDEX'"
                + " ORDER BY i.index_name, c.ordinal_position");
             ResultSet rows = indexes.executeQuery()) {
            while (rows.next()) {
                if (LOADED.contains(rows.getString(2))) {
                    tables.put(rows.getString(1), rows.getString(2));
                    columns.computeIfAbsent(rows.getString(1), name -> new StringJoiner(", ")).add(rows.getString(3));
                }
            }
        }
        List<String> creates = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, String> index : tables.entrySet()) {
                try {
                    s.execute("DROP INDEX " + index.getKey());
                    creates.add("CREATE INDEX " + index.getKey() + " ON " + index.getValue() + " ("
                            + columns.get(index.getKey()) + ")");
                } catch (SQLException usedByAConstraint) {
                    // kept, and kept up to date while loading
                }
            }
        }
        return creates;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int sources = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 6);
        Files.createDirectories(dataDir.resolve("db"));
        String url = "jdbc:h2:file:" + dataDir.resolve("db/ariadne")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
        // a bulk load (JFR, 100,000 sources): most of the time went to H2 reading back B-tree pages its 16 MB cache
        // had evicted, to looking up the parent row of every foreign key, and to its cache of Value objects. A
        // cache that holds the database and no key checks while loading (the generated keys are consistent by
        // construction; the check is switched back on before the server opens the file) leave the inserts.
        String bulkUrl = url + ";CACHE_SIZE=" + Math.max(65_536, Runtime.getRuntime().maxMemory() / 1024 / 2);
        long t0 = System.nanoTime();
        Flyway.configure(SearchBenchmarkData.class.getClassLoader()).dataSource(url, "sa", "sa")
                .locations("classpath:db/migration").load().migrate();
        Timestamp now = Timestamp.from(Instant.now());
        int people = Math.max(10, sources / 3);
        long footnoteId = 1;
        long claimId = 1;
        long contributionId = 1;
        Set<String> displayNames = new HashSet<>();
        try (Connection db = DriverManager.getConnection(bulkUrl, "sa", "sa")) {
            try (Statement s = db.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            List<String> laterIndexes = dropSecondaryIndexes(db);
            db.setAutoCommit(false);
            try (PreparedStatement person = db.prepareStatement("INSERT INTO contributor (id, version, kind, family,"
                    + " given, display_name, sort_name, name_key, created_at) VALUES (?, 0, 'PERSON', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement variant = db.prepareStatement("INSERT INTO contributor_variant (contributor_id,"
                         + " name_key, display_name) VALUES (?, ?, ?)")) {
                for (int id = 1; id <= people; id++) {
                    String[] name = SearchBenchmarkWords.person(random);
                    String family = name[0];
                    String given = name[1];
                    displayNames.add(given + " " + family);
                    person.setLong(1, id);
                    person.setString(2, family);
                    person.setString(3, given);
                    person.setString(4, given + " " + family);
                    person.setString(5, family + ", " + given);
                    person.setString(6, (family + "|" + given).toLowerCase(Locale.ROOT) + "|" + id);
                    person.setTimestamp(7, now);
                    person.addBatch();
                    if (id % 7 == 0) {
                        variant.setLong(1, id);
                        variant.setString(2, (family + "|" + given.charAt(0)).toLowerCase(Locale.ROOT) + "|" + id);
                        variant.setString(3, family + ", " + given.charAt(0) + ".");
                        variant.addBatch();
                    }
                    if (id % BATCH == 0) {
                        person.executeBatch();
                        variant.executeBatch();
                    }
                    if (id % COMMIT_EVERY == 0) {
                        db.commit();
                    }
                }
                person.executeBatch();
                variant.executeBatch();
                db.commit();
                System.out.printf("%,d people with %,d distinct display names%n", people, displayNames.size());
                displayNames = null;
            }
            try (PreparedStatement source = db.prepareStatement("INSERT INTO source (id, version, item_type, title,"
                    + " title_key, issued_sort, issued_year, container_title, first_creator, creator_key, doi, csl,"
                    + " text_media_type, text_charset, text_bytes, text_sha256, text_footnotes, text_archived_at,"
                    + " text_archived_by, created_at, created_by, updated_at, updated_by)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')");
                 PreparedStatement credit = db.prepareStatement("INSERT INTO contribution (id, source_id,"
                         + " contributor_id, role, position) VALUES (?, ?, ?, 'author', ?)");
                 PreparedStatement footnote = db.prepareStatement("INSERT INTO footnote (id, version, source_id,"
                         + " number, text, marker_start, marker_end, problems, corrected) VALUES (?, 0, ?, ?, ?, ?, ?,"
                         + " '[]', FALSE)");
                 PreparedStatement claim = db.prepareStatement("INSERT INTO claim (id, version, text, status, author,"
                         + " created_at, updated_at) VALUES (?, 0, ?, 'SUPPORTED', 'bench', ?, ?)");
                 PreparedStatement quote = db.prepareStatement("INSERT INTO claim_citation (claim_id, position,"
                         + " source_id, locator, label, quote, stance) VALUES (?, 0, ?, ?, 'page', ?, 'SUPPORTS')")) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int id = 1; id <= sources; id++) {
                    String title = SearchBenchmarkWords.title(random);
                    int year = 1950 + random.nextInt(76);
                    int credits = 2 + random.nextInt(3);
                    long first = 1 + random.nextInt(people);
                    source.setLong(1, id);
                    source.setString(2, TYPES[random.nextInt(TYPES.length)]);
                    source.setString(3, title);
                    source.setString(4, title.toLowerCase(Locale.ROOT));
                    source.setString(5, String.format("%04d-%02d-01", year, 1 + random.nextInt(12)));
                    source.setInt(6, year);
                    source.setString(7, "Journal of " + SearchBenchmarkWords.word(random));
                    source.setString(8, "first" + first);
                    source.setString(9, "first" + first);
                    source.setString(10, id % 3 == 0 ? "10.5555/bench." + id : null);
                    source.setString(11, "{\"type\":\"book\",\"title\":\"" + title + "\"}");
                    if (id % 10 == 0) {
                        String text = SearchBenchmarkWords.text(random, title);
                        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                        String hex = HexFormat.of().formatHex(sha.digest(bytes));
                        Path file = dataDir.resolve("texts").resolve(hex.substring(0, 2)).resolve(hex);
                        Files.createDirectories(file.getParent());
                        Files.write(file, bytes);
                        source.setString(12, "text/plain");
                        source.setString(13, "UTF-8");
                        source.setLong(14, bytes.length);
                        source.setString(15, hex);
                        source.setInt(16, 2);
                        source.setTimestamp(17, now);
                        source.setString(18, "bench");
                        for (int number = 1; number <= 2; number++) {
                            footnote.setLong(1, footnoteId++);
                            footnote.setLong(2, id);
                            footnote.setInt(3, number);
                            footnote.setString(4, SearchBenchmarkWords.note(random));
                            footnote.setInt(5, 10 * number);
                            footnote.setInt(6, 10 * number + 1);
                            footnote.addBatch();
                        }
                        if (id % 20 == 0) {
                            String sentence = text.substring(text.indexOf('\n') + 2, text.indexOf('.', text.indexOf('\n') + 2));
                            claim.setLong(1, claimId);
                            claim.setString(2, SearchBenchmarkWords.sentence(random));
                            claim.setTimestamp(3, now);
                            claim.setTimestamp(4, now);
                            claim.addBatch();
                            quote.setLong(1, claimId++);
                            quote.setLong(2, id);
                            quote.setString(3, String.valueOf(1 + random.nextInt(300)));
                            quote.setString(4, sentence);
                            quote.addBatch();
                        }
                    } else {
                        for (int column = 12; column <= 18; column++) {
                            source.setObject(column, null);
                        }
                    }
                    source.setTimestamp(19, now);
                    source.setTimestamp(20, now);
                    source.addBatch();
                    for (int position = 0; position < credits; position++) {
                        credit.setLong(1, contributionId++);
                        credit.setLong(2, id);
                        credit.setLong(3, position == 0 ? first : 1 + random.nextInt(people));
                        credit.setInt(4, position);
                        credit.addBatch();
                    }
                    if (id % BATCH == 0) {
                        source.executeBatch();
                        credit.executeBatch();
                        footnote.executeBatch();
                        claim.executeBatch();
                        quote.executeBatch();
                    }
                    if (id % COMMIT_EVERY == 0) {
                        db.commit();
                    }
                    if (id % 100_000 == 0) {
                        System.out.printf("%,d sources (%.0f s)%n", id, (System.nanoTime() - t0) / 1e9);
                    }
                }
                source.executeBatch();
                credit.executeBatch();
                footnote.executeBatch();
                claim.executeBatch();
                quote.executeBatch();
                db.commit();
            }
            try (Statement s = db.createStatement()) {
                // Hibernate's pooled optimizer hands out [next - 49, next]: restart well above every id set here
                s.execute("ALTER SEQUENCE source_seq RESTART WITH " + (sources + 100));
                s.execute("ALTER SEQUENCE contributor_seq RESTART WITH " + (people + 100));
                s.execute("ALTER SEQUENCE contribution_seq RESTART WITH " + (contributionId + 100));
                s.execute("ALTER SEQUENCE footnote_seq RESTART WITH " + (footnoteId + 100));
                s.execute("ALTER SEQUENCE claim_seq RESTART WITH " + (claimId + 100));
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            db.commit();
            db.setAutoCommit(true);
            long indexing = System.nanoTime();
            try (Statement s = db.createStatement()) {
                for (String create : laterIndexes) {
                    s.execute(create);
                }
            }
            System.out.printf("%d secondary indexes built in %.1f s%n", laterIndexes.size(),
                    (System.nanoTime() - indexing) / 1e9);
        }
        System.out.printf("%,d sources, %,d people, %,d footnotes, %,d claims generated in %.1f s%n", sources, people,
                footnoteId - 1, claimId - 1, (System.nanoTime() - t0) / 1e9);
    }
}
