package org.ariadne.footnotes.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.footnotes.domain.Citation;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.footnotes.domain.FootnoteRepository;
import org.ariadne.footnotes.domain.ProblemList;
import org.ariadne.shared.infrastructure.AuditRevision;
import org.ariadne.shared.infrastructure.EntityIds;
import org.ariadne.shared.infrastructure.TableRows;
import org.ariadne.shared.infrastructure.TableRows.Column;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.ariadne.shared.infrastructure.TableRows.Type.BIGINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.BOOLEAN;
import static org.ariadne.shared.infrastructure.TableRows.Type.INTEGER;
import static org.ariadne.shared.infrastructure.TableRows.Type.SMALLINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.VARCHAR;
import static org.ariadne.shared.infrastructure.TableRows.columns;
import static org.ariadne.shared.infrastructure.TableRows.row;

@ApplicationScoped
public class JpaFootnoteRepository implements FootnoteRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Footnote> findBySource(long sourceId) {
        return em.createQuery("select f from Footnote f where f.sourceId = :source order by f.number, f.id",
                Footnote.class).setParameter("source", sourceId).getResultList();
    }

    @Override
    public List<NoteOutline> outlinesOf(long sourceId) {
        List<NoteOutline> outlines = new ArrayList<>();
        long current = -1;
        List<CitedPlace> cites = null;
        for (Object[] row : em.createQuery("select f.id, f.number, f.text, f.markerStart, f.markerEnd,"
                        + " c.citedSourceId, c.locator, c.label, c.quote from Footnote f left join f.citations c"
                        + " where f.sourceId = :source order by f.number, f.id, index(c)", Object[].class)
                .setParameter("source", sourceId).getResultList()) {
            long id = ((Number) row[0]).longValue();
            if (id != current) {
                current = id;
                cites = new ArrayList<>();
                outlines.add(new NoteOutline(((Number) row[1]).intValue(), (String) row[2],
                        ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), cites));
            }
            if (row[5] != null) {
                cites.add(new CitedPlace(((Number) row[5]).longValue(), (String) row[6], (String) row[7],
                        (String) row[8]));
            }
        }
        return outlines;
    }

    @Override
    public Optional<Footnote> findBySourceAndNumber(long sourceId, int number) {
        return em.createQuery("select f from Footnote f where f.sourceId = :source and f.number = :number order by f.id",
                        Footnote.class)
                .setParameter("source", sourceId).setParameter("number", number)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Footnote add(Footnote footnote) {
        em.persist(footnote);
        return footnote;
    }

    /** The version a footnote has when first stored, as Hibernate seeds a primitive {@code long} version. */
    private static final long FIRST_VERSION = 0;

    private static final ProblemList PROBLEMS = new ProblemList();

    /** A note's columns after its id, as Hibernate writes them and Envers repeats them. */
    private static final List<Column> NOTE_FACTS = List.of(new Column("version", BIGINT),
            new Column("source_id", BIGINT), new Column("number", INTEGER), new Column("text", VARCHAR),
            new Column("marker_start", INTEGER), new Column("marker_end", INTEGER), new Column("problems", VARCHAR),
            new Column("corrected", BOOLEAN));

    /** A citation's columns, as Hibernate writes the note's collection and Envers repeats them. */
    private static final List<Column> CITATION_FACTS = List.of(new Column("footnote_id", BIGINT),
            new Column("position", INTEGER), new Column("cited_source_id", BIGINT), new Column("locator", VARCHAR),
            new Column("label", VARCHAR), new Column("ibid", BOOLEAN), new Column("short_form", BOOLEAN),
            new Column("quote", VARCHAR));

    private static final TableRows<Footnote> NOTES = new TableRows<>("footnote",
            columns(List.of(new Column("id", BIGINT)), NOTE_FACTS),
            footnote -> row(new Object[] {footnote.id()}, facts(footnote)));

    private static final TableRows<CitedIn> CITATIONS = new TableRows<>("footnote_citation", CITATION_FACTS,
            JpaFootnoteRepository::facts);

    /** Envers's first columns of a note's history row: the note's id, the revision and "created". */
    private static final List<Column> NOTE_CREATED = List.of(new Column("id", BIGINT), new Column("rev", BIGINT),
            new Column("revtype", SMALLINT));

    /** Envers's first columns of a citation's history row: the revision and "created". */
    private static final List<Column> CITATION_CREATED = List.of(new Column("rev", BIGINT),
            new Column("revtype", SMALLINT));

    private static final short ADDED = RevisionType.ADD.getRepresentation();

    /*
     * The rows Hibernate and Envers would write for the entities, written on the transaction's connection instead
     * ({@link TableRows}: COPY on PostgreSQL, batched INSERT on H2): archiving a text of 2,000 notes spent about half
     * its time in the commit's flush, dirty checking and audit work for 2,000 entities and their citation collections.
     * The ids come from the entity's own sequence ({@link EntityIds}) and the search index gets the notes through the
     * indexing plan. The history rows are written last, just before the commit and after Envers has written its own
     * rows, copied from what the notes are then: if the same transaction changed or removed some of them as entities
     * afterwards (the demo data corrects notes of the texts it has just archived), their history ends up as Envers
     * would have written it, one row per note and revision, "created" with the note's final state, none for a note
     * created and removed in the same transaction. Rolling back the transaction takes back all of it.
     */
    @Override
    public void addAll(List<Footnote> found) {
        if (found.isEmpty()) {
            return;
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityIds.assign(session, Footnote.class, found);
        // the transaction's revision, made now so that Envers's own work before the commit comes before ours
        long revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).id();
        // the works catalogued for these notes become rows before the rows that cite them
        em.flush();
        session.doWork(connection -> insert(connection, found));
        session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) before ->
                before.doWork(connection -> recordHistory(connection, List.copyOf(found), revision)));
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        found.forEach(index::addOrUpdate);
    }

    private static void insert(Connection connection, List<Footnote> found) throws SQLException {
        NOTES.write(connection, found);
        CITATIONS.write(connection, citationsOf(found));
    }

    /**
     * The "created" history rows of footnotes stored by {@link #addAll}. A note the transaction has not changed since
     * is as it was stored: its rows are written from it, all in one go. A note it changed or removed as an entity has a
     * row of Envers's in this revision already: that row and its citation rows give way to a "created" row copied
     * from what the note now is (none if it is gone).
     */
    private static void recordHistory(Connection connection, List<Footnote> found, long revision) throws SQLException {
        Set<Long> touched = new HashSet<>();
        try (PreparedStatement audited = connection.prepareStatement("SELECT id FROM footnote_aud WHERE rev = ?")) {
            audited.setLong(1, revision);
            try (ResultSet rows = audited.executeQuery()) {
                while (rows.next()) {
                    touched.add(rows.getLong(1));
                }
            }
        }
        List<Footnote> unchanged = new ArrayList<>(found.size());
        List<Long> changed = new ArrayList<>();
        for (Footnote footnote : found) {
            if (touched.contains(footnote.id())) {
                changed.add(footnote.id());
            } else {
                unchanged.add(footnote);
            }
        }
        insertHistory(connection, unchanged, revision);
        if (!changed.isEmpty()) {
            rewriteHistory(connection, changed, revision);
        }
    }

    private static void insertHistory(Connection connection, List<Footnote> notes, long revision) throws SQLException {
        new TableRows<Footnote>("footnote_aud", columns(NOTE_CREATED, NOTE_FACTS),
                footnote -> row(new Object[] {footnote.id(), revision, ADDED}, facts(footnote)))
                .write(connection, notes);
        new TableRows<CitedIn>("footnote_citation_aud", columns(CITATION_CREATED, CITATION_FACTS),
                cited -> row(new Object[] {revision, ADDED}, facts(cited)))
                .write(connection, citationsOf(notes));
    }

    private static void rewriteHistory(Connection connection, List<Long> changed, long revision) throws SQLException {
        String[] statements = {
                "DELETE FROM footnote_citation_aud WHERE rev = ? AND footnote_id = ?",
                "DELETE FROM footnote_aud WHERE rev = ? AND id = ?",
                "INSERT INTO footnote_aud (id, rev, revtype, version, source_id, number, text, marker_start,"
                        + " marker_end, problems, corrected) SELECT id, ?, " + ADDED + ", version, source_id, number,"
                        + " text, marker_start, marker_end, problems, corrected FROM footnote WHERE id = ?",
                "INSERT INTO footnote_citation_aud (rev, revtype, footnote_id, position, cited_source_id, locator,"
                        + " label, ibid, short_form, quote) SELECT ?, " + ADDED + ", footnote_id, position,"
                        + " cited_source_id, locator, label, ibid, short_form, quote FROM footnote_citation"
                        + " WHERE footnote_id = ?"};
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (long id : changed) {
                    statement.setLong(1, revision);
                    statement.setLong(2, id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** A citation with the note it belongs to and its place among the note's citations: one citation row. */
    private record CitedIn(long footnoteId, int position, Citation citation) {
    }

    private static List<CitedIn> citationsOf(List<Footnote> notes) {
        List<CitedIn> rows = new ArrayList<>();
        for (Footnote footnote : notes) {
            List<Citation> citations = footnote.citations();
            for (int position = 0; position < citations.size(); position++) {
                rows.add(new CitedIn(footnote.id(), position, citations.get(position)));
            }
        }
        return rows;
    }

    /** A new note's values for {@link #NOTE_FACTS}. */
    private static Object[] facts(Footnote footnote) {
        return new Object[] {FIRST_VERSION, footnote.sourceId(), footnote.number(), footnote.text(),
                footnote.markerStart(), footnote.markerEnd(), PROBLEMS.convertToDatabaseColumn(footnote.problems()),
                footnote.corrected()};
    }

    /** A citation's values for {@link #CITATION_FACTS}. */
    private static Object[] facts(CitedIn cited) {
        Citation citation = cited.citation();
        return new Object[] {cited.footnoteId(), cited.position(), citation.citedSourceId(), citation.locator(),
                citation.label(), citation.ibid(), citation.shortForm(), citation.quote()};
    }

    @Override
    public void remove(Footnote footnote) {
        em.remove(footnote);
    }

    @Override
    public List<CitingNote> citing(long citedSourceId) {
        return em.createQuery("select f.sourceId, s.title, f.number, c.locator, c.label from Footnote f"
                        + " join f.citations c join Source s on s.id = f.sourceId"
                        + " where c.citedSourceId = :cited order by s.title, f.sourceId, f.number, f.id",
                        Object[].class)
                .setParameter("cited", citedSourceId).getResultStream()
                .map(row -> new CitingNote(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                        (String) row[3], (String) row[4]))
                .toList();
    }

    @Override
    public Uses usesOf(long citedSourceId) {
        Object[] counts = em.createQuery("select count(distinct f.id), count(distinct f.sourceId) from Footnote f"
                        + " join f.citations c where c.citedSourceId = :cited", Object[].class)
                .setParameter("cited", citedSourceId).getSingleResult();
        return new Uses(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public int redirectCitations(long from, long to) {
        return em.createNativeQuery("UPDATE footnote_citation SET cited_source_id = ?1 WHERE cited_source_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
    }

    @Override
    public int moveFootnotes(long from, long to) {
        return em.createNativeQuery("UPDATE footnote SET source_id = ?1, version = version + 1 WHERE source_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
    }

    @Override
    public int removeFootnotesOf(long sourceId) {
        // footnote_citation rows go with their footnotes (ON DELETE CASCADE)
        return em.createNativeQuery("DELETE FROM footnote WHERE source_id = ?1")
                .setParameter(1, sourceId).executeUpdate();
    }
}
