package org.ariadne.bench;

import org.ariadne.catalog.domain.CslItem;
import org.ariadne.catalog.domain.SourceFacts;
import org.ariadne.claims.domain.AnchorableText;
import org.ariadne.claims.domain.ClaimStatus;
import org.ariadne.claims.domain.QuoteAnchor;
import org.ariadne.claims.domain.Stance;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a data directory for the trace benchmark (issue #4) before the server starts on it: the schema by Flyway
 * (the application's own migrations, against the H2 file URL the server uses), then by JDBC batches a catalogue whose
 * archived texts quote one another three levels deep, and claims that quote the top level.
 *
 * <p>The shape, for {@code claims} claims (defaults for 100,000 in brackets):
 * <ul>
 *   <li>level D, {@code claims/80} works without archived text [1,250]: where every chain ends;</li>
 *   <li>level C, {@code claims/40} texts [2,500], level B, {@code claims/20} texts [5,000], level A,
 *       {@code claims/5} texts [20,000]: generated plain texts (UTF-8, about 2 KB: a title, three paragraphs of
 *       {@value #SENTENCES_PER_PARAGRAPH} sentences, then the notes), every other sentence ending in a footnote
 *       marker glued to its full stop ({@code ... harbour.3 Next ...});</li>
 *   <li>each note of a C text cites a D work with a page and no quote; each note of a B text cites a C text, and each
 *       note of an A text a B text, with a page and the quote of a footnoted sentence of the cited text (a
 *       librarian's corrected citation, as the review page stores it), so a chain goes on from there;</li>
 *   <li>claims with one citation (half of them) or two, each quoting a footnoted sentence of an A text, with the
 *       quote's anchor (start, end, prefix, suffix) and the checked SHA-256 filled in as the claim editor stores
 *       them (anchored by {@link AnchorableText}, as the application anchors).</li>
 * </ul>
 * A trace of one claim citation thus reads 4 sources, 3 texts and 3 sources' footnotes: claim, A passage, A note,
 * B passage, B note, C passage, C note, D. Ids are set explicitly and the sequences restarted above them, so the
 * application can insert afterwards. Usage: {@code TraceBenchmarkData <data dir> [claims] [seed]}.
 */
public final class TraceBenchmarkData {

    static final int SENTENCES_PER_PARAGRAPH = 6;
    private static final int PARAGRAPHS = 3;
    private static final int BATCH = 2_000;

    private static final String[] WORDS = ("border refugee famine policy river state market camp law asylum treaty"
            + " province history memory labour rights security migration trade village church family reform empire"
            + " army archive city harbour north south east west crisis exile bridge winter grain hunger diplomacy"
            + " frontier escape police silence witness prison colony revolution railway letter council merchant"
            + " harvest drought census parish register mill canal fever ledger charter garrison tribunal petition"
            + " envoy customs tariff ferry quarry estate tenant landlord guild pamphlet sermon school hospital"
            + " orphan widow soldier sailor clerk judge bishop consul governor mayor printer weaver miner carter"
            + " shepherd fisher smith baker brewer cooper mason glazier tanner dyer spinner").split(" ");
    private static final String[] FAMILY = ("Abbott Baird Carver Dalton Ellery Fenwick Garrow Hale Ingram Jessop"
            + " Keller Lowther Marsh Nolan Orme Pryce Quayle Rowntree Sayer Thorne Upton Varley Wainwright Yeo").split(" ");
    private static final String[] GIVEN = "Ada Basil Clara Dorian Edith Felix Greta Hugo Irene Jonah Katrin Leo".split(" ");

    private final Random random;
    private final Path dataDir;
    private final Connection db;
    private final Instant now = Instant.parse("2026-11-22T12:00:00Z");
    private long nextSourceId = 1;
    private long nextFootnoteId = 1;

    /** A generated work: id, short citation form, and for texts the footnoted sentences with their note numbers. */
    private record Work(long id, String family, String title, List<String> footnoted, String text, String sha256) {
    }

    private TraceBenchmarkData(Path dataDir, Connection db, long seed) {
        this.dataDir = dataDir;
        this.db = db;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 4;
        Files.createDirectories(dataDir.resolve("db"));
        String url = "jdbc:h2:file:" + dataDir.resolve("db/ariadne")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
        long t0 = System.nanoTime();
        Flyway.configure(TraceBenchmarkData.class.getClassLoader()).dataSource(url, "sa", "sa")
                .locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            db.setAutoCommit(false);
            TraceBenchmarkData data = new TraceBenchmarkData(dataDir, db, seed);
            data.generate(claims);
        }
        System.out.printf("data generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private void generate(int claims) throws Exception {
        int aCount = Math.max(4, claims / 5);
        int bCount = Math.max(4, claims / 20);
        int cCount = Math.max(4, claims / 40);
        int dCount = Math.max(4, claims / 80);
        try (PreparedStatement source = db.prepareStatement("INSERT INTO source (id, version, item_type, title, title_key,"
                + " issued_sort, issued_year, container_title, first_creator, creator_key, doi, isbn, issn, url, csl,"
                + " text_media_type, text_charset, text_bytes, text_sha256, text_footnotes, text_archived_at,"
                + " text_archived_by, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement footnote = db.prepareStatement("INSERT INTO footnote (id, version, source_id, number, text,"
                     + " marker_start, marker_end, problems, corrected) VALUES (?, 0, ?, ?, ?, ?, ?, '[]', TRUE)");
             PreparedStatement citation = db.prepareStatement("INSERT INTO footnote_citation (footnote_id, position,"
                     + " cited_source_id, locator, label, ibid, short_form, quote) VALUES (?, 0, ?, ?, 'page', FALSE, FALSE, ?)")) {
            Inserts in = new Inserts(source, footnote, citation);
            List<Work> d = level(in, dCount, List.of(), false);
            List<Work> c = level(in, cCount, d, true);
            List<Work> b = level(in, bCount, c, true);
            List<Work> a = level(in, aCount, b, true);
            in.flush();
            db.commit();
            System.out.printf("sources: %d A, %d B, %d C texts, %d D works without text; %d footnotes%n",
                    a.size(), b.size(), c.size(), d.size(), nextFootnoteId - 1);
            claims(claims, a);
        }
        try (Statement s = db.createStatement()) {
            // Hibernate's pooled optimizer hands out [next - 49, next]: restart well above every id set here.
            s.execute("ALTER SEQUENCE source_seq RESTART WITH " + (nextSourceId + 100));
            s.execute("ALTER SEQUENCE footnote_seq RESTART WITH " + (nextFootnoteId + 100));
            s.execute("ALTER SEQUENCE claim_seq RESTART WITH " + (claims + 101));
        }
        db.commit();
    }

    private final class Inserts {
        final PreparedStatement source;
        final PreparedStatement footnote;
        final PreparedStatement citation;
        int pending;

        Inserts(PreparedStatement source, PreparedStatement footnote, PreparedStatement citation) {
            this.source = source;
            this.footnote = footnote;
            this.citation = citation;
        }

        void added() throws SQLException {
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            source.executeBatch();
            footnote.executeBatch();
            citation.executeBatch();
            db.commit();
            pending = 0;
        }
    }

    /** {@code count} works; with text, each note cites one work of {@code cited} (quoting it if it has text). */
    private List<Work> level(Inserts in, int count, List<Work> cited, boolean withText) throws Exception {
        List<Work> works = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = nextSourceId++;
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String title = capitalise(words(3 + random.nextInt(3))) + " " + id;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "book");
            item.put("title", title);
            item.put("author", List.of(Map.of("family", family, "given", GIVEN[random.nextInt(GIVEN.length)])));
            item.put("issued", Map.of("date-parts", List.of(List.of(1850 + random.nextInt(170)))));
            item.put("publisher", "Bench Press");
            CslItem csl = CslItem.validated(item);
            SourceFacts facts = csl.facts();
            Work work = withText ? text(in, id, family, title, cited) : new Work(id, family, title, List.of(), null, null);
            PreparedStatement s = in.source;
            s.setLong(1, id);
            s.setString(2, facts.type());
            s.setString(3, facts.title());
            s.setString(4, facts.titleKey());
            s.setString(5, facts.issuedSort());
            setInt(s, 6, facts.issuedYear());
            s.setString(7, facts.containerTitle());
            s.setString(8, facts.firstCreator());
            s.setString(9, facts.creatorKey());
            s.setString(10, facts.doi());
            s.setString(11, facts.isbn());
            s.setString(12, facts.issn());
            s.setString(13, facts.url());
            s.setString(14, csl.json());
            if (withText) {
                byte[] bytes = work.text().getBytes(StandardCharsets.UTF_8);
                s.setString(15, "text/plain");
                s.setString(16, "UTF-8");
                s.setLong(17, bytes.length);
                s.setString(18, work.sha256());
                s.setInt(19, work.footnoted().size());
                s.setTimestamp(20, Timestamp.from(now));
                s.setString(21, "bench");
            } else {
                for (int p = 15; p <= 21; p++) {
                    s.setNull(p, p == 17 ? Types.BIGINT : p == 19 ? Types.INTEGER : p == 20 ? Types.TIMESTAMP : Types.VARCHAR);
                }
            }
            s.setTimestamp(22, Timestamp.from(now));
            s.setString(23, "bench");
            s.setTimestamp(24, Timestamp.from(now));
            s.setString(25, "bench");
            s.addBatch();
            in.added();
            works.add(work);
        }
        return works;
    }

    /** Writes a text whose every other sentence has a note citing (and quoting) a work of {@code cited}. */
    private Work text(Inserts in, long id, String family, String title, List<Work> cited) throws Exception {
        StringBuilder text = new StringBuilder(2_500).append(title).append("\n\n");
        List<String> footnoted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = 0; s < SENTENCES_PER_PARAGRAPH; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                String sentence = capitalise(words(9 + random.nextInt(8))) + ".";
                text.append(sentence);
                if (s % 2 == 1) {
                    int number = footnoted.size() + 1;
                    footnoted.add(sentence);
                    int markerStart = text.length();
                    text.append(number);
                    Work to = cited.get(random.nextInt(cited.size()));
                    String page = String.valueOf(1 + random.nextInt(300));
                    String quote = to.footnoted().isEmpty() ? null : to.footnoted().get(random.nextInt(to.footnoted().size()));
                    String note = to.family() + ", " + to.title() + ", " + page + ".";
                    notes.add(number + ". " + note);
                    long footnoteId = nextFootnoteId++;
                    in.footnote.setLong(1, footnoteId);
                    in.footnote.setLong(2, id);
                    in.footnote.setInt(3, number);
                    in.footnote.setString(4, note);
                    in.footnote.setInt(5, markerStart);
                    in.footnote.setInt(6, text.length());
                    in.footnote.addBatch();
                    in.citation.setLong(1, footnoteId);
                    in.citation.setLong(2, to.id());
                    in.citation.setString(3, page);
                    in.citation.setString(4, quote);
                    in.citation.addBatch();
                }
            }
        }
        text.append("\n\nNotes\n\n").append(String.join("\n", notes)).append('\n');
        String content = text.toString();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(bytes);
        Path file = dataDir.resolve("texts").resolve(sha256.substring(0, 2)).resolve(sha256);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new Work(id, family, title, footnoted, content, sha256);
    }

    private void claims(int count, List<Work> a) throws SQLException, IOException {
        try (PreparedStatement claim = db.prepareStatement("INSERT INTO claim (id, version, text, status, author,"
                + " created_at, updated_at) VALUES (?, 0, ?, ?, 'bench', ?, ?)");
             PreparedStatement citation = db.prepareStatement("INSERT INTO claim_citation (claim_id, position, source_id,"
                     + " locator, label, quote, quote_start, quote_end, quote_prefix, quote_suffix, checked_sha256, stance)"
                     + " VALUES (?, ?, ?, ?, 'page', ?, ?, ?, ?, ?, ?, ?)")) {
            int citations = 0;
            for (int id = 1; id <= count; id++) {
                int n = 1 + random.nextInt(2);
                List<Stance> stances = new ArrayList<>(n);
                for (int position = 0; position < n; position++) {
                    Work work = a.get(random.nextInt(a.size()));
                    String quote = work.footnoted().get(random.nextInt(work.footnoted().size()));
                    QuoteAnchor anchor = AnchorableText.of(work.text()).anchor(quote)
                            .orElseThrow(() -> new IllegalStateException("quote not found in " + work.id()));
                    Stance stance = random.nextInt(10) == 0 ? Stance.MENTIONS : Stance.SUPPORTS;
                    stances.add(stance);
                    citation.setLong(1, id);
                    citation.setInt(2, position);
                    citation.setLong(3, work.id());
                    citation.setString(4, String.valueOf(1 + random.nextInt(300)));
                    citation.setString(5, quote);
                    citation.setInt(6, anchor.start());
                    citation.setInt(7, anchor.end());
                    citation.setString(8, anchor.prefix());
                    citation.setString(9, anchor.suffix());
                    citation.setString(10, work.sha256());
                    citation.setString(11, stance.name());
                    citation.addBatch();
                    citations++;
                }
                claim.setLong(1, id);
                claim.setString(2, "Claim " + id + ": " + capitalise(words(8 + random.nextInt(8))) + ".");
                claim.setString(3, ClaimStatus.derive(stances, List.of()).name());
                claim.setTimestamp(4, Timestamp.from(now));
                claim.setTimestamp(5, Timestamp.from(now));
                claim.addBatch();
                if (id % BATCH == 0 || id == count) {
                    claim.executeBatch();
                    citation.executeBatch();
                    db.commit();
                }
            }
            System.out.printf("claims: %d with %d citations%n", count, citations);
        }
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
