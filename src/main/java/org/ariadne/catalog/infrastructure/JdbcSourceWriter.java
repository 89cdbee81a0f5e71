package org.ariadne.catalog.infrastructure;

import jakarta.persistence.EntityManager;
import org.ariadne.catalog.domain.Contribution;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.ariadne.shared.infrastructure.AuditRevision;
import org.ariadne.shared.infrastructure.BatchedInserts.RowWriter;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.ariadne.shared.infrastructure.BatchedInserts.inBatches;

/**
 * Stores new sources (and new authority records for them) with batched JDBC on the transaction's connection: the rows Hibernate would write for them (the
 * source, its tags, subjects and contributions) and the rows Envers would write for them (one "created" row per
 * source, tag and subject in the transaction's revision), then hands them to the search index's plan. An import of
 * 100,000 entries spent about a third of its time in the flush, dirty checking and audit work of the entities; the
 * rows here are the same, column for column, as the entity path writes (the facts come from the same
 * {@link Source#catalogue} call). Nothing is committed here: rolling back the transaction takes back all of it.
 */
final class JdbcSourceWriter {

    /** The version Hibernate seeds a new entity's primitive {@code long} version with. */
    private static final long FIRST_VERSION = 0;

    private static final String SOURCE_COLUMNS = "item_type, title, title_key, issued_sort, issued_year,"
            + " container_title, first_creator, creator_key, doi, isbn, issn, url, csl, created_at, created_by,"
            + " updated_at, updated_by";

    private final EntityManager em;

    JdbcSourceWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Gives each source an id from the entity's own sequence, writes its rows and history rows, and queues its search
     * document (built now by {@link SearchIndexingPlan#process()}, so that the caller can let go of the entities).
     *
     * @throws IllegalArgumentException for a source that has an id or an archived text already (not new)
     */
    void addAll(List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        for (Source source : sources) {
            if (source.id() != null || source.text().isPresent()) {
                throw new IllegalArgumentException("Only new sources without a text are stored in bulk");
            }
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Source.class);
        BeforeExecutionGenerator sourceIds = (BeforeExecutionGenerator) persister.getGenerator();
        BeforeExecutionGenerator contributionIds = (BeforeExecutionGenerator) session.getFactory()
                .getMappingMetamodel().getEntityDescriptor(Contribution.class).getGenerator();
        for (Source source : sources) {
            persister.setIdentifier(source, sourceIds.generate(session, source, null, EventType.INSERT), session);
        }
        List<Credited> credits = new ArrayList<>();
        for (Source source : sources) {
            for (Contribution contribution : source.contributions()) {
                credits.add(new Credited((Long) contributionIds.generate(session, contribution, null, EventType.INSERT),
                        source.id(), contribution));
            }
        }
        long revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).id();
        // the revision and the authority records created for these sources become rows before the rows naming them
        em.flush();
        session.doWork(connection -> write(connection, sources, credits, revision));
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        sources.forEach(index::addOrUpdate);
        index.process();
    }

    /**
     * Gives each new authority record an id from the entity's own sequence, writes its row and its "created" history
     * row (Envers's columns, version 0, the transaction's revision), and queues its search document, as for sources.
     *
     * @throws IllegalArgumentException for a record that has an id or variants already (not new)
     */
    void addContributors(List<Contributor> made) {
        if (made.isEmpty()) {
            return;
        }
        for (Contributor contributor : made) {
            if (contributor.id() != null || !contributor.variants().isEmpty()) {
                throw new IllegalArgumentException("Only new authority records without variants are stored in bulk");
            }
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Contributor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) persister.getGenerator();
        for (Contributor contributor : made) {
            persister.setIdentifier(contributor, ids.generate(session, contributor, null, EventType.INSERT), session);
        }
        long revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).id();
        em.flush();
        short created = RevisionType.ADD.getRepresentation();
        session.doWork(connection -> {
            inBatches(connection, "INSERT INTO contributor (id, version, " + CONTRIBUTOR_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", made, (row, contributor) -> {
                        row.setLong(1, contributor.id());
                        row.setLong(2, FIRST_VERSION);
                        contributorRow(row, 2, contributor);
                    });
            inBatches(connection, "INSERT INTO contributor_aud (id, rev, revtype, version, " + CONTRIBUTOR_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", made, (row, contributor) -> {
                        row.setLong(1, contributor.id());
                        row.setLong(2, revision);
                        row.setShort(3, created);
                        row.setLong(4, FIRST_VERSION);
                        contributorRow(row, 4, contributor);
                    });
        });
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        made.forEach(index::addOrUpdate);
        index.process();
    }

    private static final String CONTRIBUTOR_COLUMNS = "kind, family, given, particle, suffix, literal_name,"
            + " display_name, sort_name, name_key, created_at";

    /** Sets the columns of {@link #CONTRIBUTOR_COLUMNS}, from parameter {@code after + 1} on. */
    private static void contributorRow(PreparedStatement row, int after, Contributor contributor) throws SQLException {
        row.setString(after + 1, contributor.kind().name());
        nullable(row, after + 2, contributor.family());
        nullable(row, after + 3, contributor.given());
        nullable(row, after + 4, contributor.particle());
        nullable(row, after + 5, contributor.suffix());
        nullable(row, after + 6, contributor.literal());
        row.setString(after + 7, contributor.displayName());
        row.setString(after + 8, contributor.sortName());
        row.setString(after + 9, contributor.nameKey());
        instant(row, after + 10, contributor.createdAt());
    }

    /** A contribution row: its id, its source's and the link itself. */
    private record Credited(long id, long sourceId, Contribution contribution) {
    }

    /** A tag or subject row: the source's id and the value. */
    private record Label(long sourceId, String value) {
    }

    private static void write(Connection connection, List<Source> sources, List<Credited> credits, long revision)
            throws SQLException {
        short created = RevisionType.ADD.getRepresentation();
        inBatches(connection, "INSERT INTO source (id, version, " + SOURCE_COLUMNS + ") VALUES (?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sources, (row, source) -> {
                    row.setLong(1, source.id());
                    row.setLong(2, FIRST_VERSION);
                    sourceRow(row, 2, source);
                });
        inBatches(connection, "INSERT INTO contribution (id, source_id, contributor_id, role, position)"
                + " VALUES (?, ?, ?, ?, ?)", credits, (row, credit) -> {
                    row.setLong(1, credit.id());
                    row.setLong(2, credit.sourceId());
                    row.setLong(3, credit.contribution().contributor().id());
                    row.setString(4, credit.contribution().role());
                    row.setInt(5, credit.contribution().position());
                });
        List<Label> tags = labels(sources, true);
        List<Label> subjects = labels(sources, false);
        inBatches(connection, "INSERT INTO source_tag (source_id, tag) VALUES (?, ?)", tags, JdbcSourceWriter::labelRow);
        inBatches(connection, "INSERT INTO source_subject (source_id, subject) VALUES (?, ?)", subjects,
                JdbcSourceWriter::labelRow);
        // the history, as Envers writes it for a persisted Source: its audited columns and version, and one row per
        // element of its audited collections, all "created" in the transaction's revision
        inBatches(connection, "INSERT INTO source_aud (id, rev, revtype, version, " + SOURCE_COLUMNS
                + ", text_media_type, text_charset, text_bytes, text_sha256, text_footnotes, text_archived_at,"
                + " text_archived_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)", sources, (row, source) -> {
                    row.setLong(1, source.id());
                    row.setLong(2, revision);
                    row.setShort(3, created);
                    row.setLong(4, FIRST_VERSION);
                    sourceRow(row, 4, source);
                    row.setNull(22, Types.VARCHAR);
                    row.setNull(23, Types.VARCHAR);
                    row.setNull(24, Types.BIGINT);
                    row.setNull(25, Types.VARCHAR);
                    row.setNull(26, Types.INTEGER);
                    row.setNull(27, Types.TIMESTAMP_WITH_TIMEZONE);
                    row.setNull(28, Types.VARCHAR);
                });
        String history = " VALUES (?, ?, ?, ?)";
        RowWriter<Label> labelHistory = (row, label) -> {
            row.setLong(1, revision);
            row.setShort(2, created);
            row.setLong(3, label.sourceId());
            row.setString(4, label.value());
        };
        inBatches(connection, "INSERT INTO source_tag_aud (rev, revtype, source_id, tag)" + history, tags, labelHistory);
        inBatches(connection, "INSERT INTO source_subject_aud (rev, revtype, source_id, subject)" + history, subjects,
                labelHistory);
    }

    /** Sets the columns of {@link #SOURCE_COLUMNS}, from parameter {@code after + 1} on. */
    private static void sourceRow(PreparedStatement row, int after, Source source) throws SQLException {
        row.setString(after + 1, source.type());
        row.setString(after + 2, source.title());
        row.setString(after + 3, source.titleKey());
        nullable(row, after + 4, source.issuedSort());
        if (source.issuedYear() == null) {
            row.setNull(after + 5, Types.INTEGER);
        } else {
            row.setInt(after + 5, source.issuedYear());
        }
        nullable(row, after + 6, source.containerTitle());
        nullable(row, after + 7, source.firstCreator());
        nullable(row, after + 8, source.creatorKey());
        nullable(row, after + 9, source.doi());
        nullable(row, after + 10, source.isbn());
        nullable(row, after + 11, source.issn());
        nullable(row, after + 12, source.url());
        row.setString(after + 13, source.cslJson());
        instant(row, after + 14, source.createdAt());
        nullable(row, after + 15, source.createdBy());
        instant(row, after + 16, source.updatedAt());
        nullable(row, after + 17, source.updatedBy());
    }

    private static List<Label> labels(List<Source> sources, boolean tags) {
        List<Label> labels = new ArrayList<>();
        for (Source source : sources) {
            for (String value : tags ? source.tags() : source.subjects()) {
                labels.add(new Label(source.id(), value));
            }
        }
        return labels;
    }

    private static void labelRow(PreparedStatement row, Label label) throws SQLException {
        row.setLong(1, label.sourceId());
        row.setString(2, label.value());
    }

    /** As Hibernate binds an {@link Instant} to a column with a time zone: at UTC. */
    private static void instant(PreparedStatement row, int index, Instant at) throws SQLException {
        if (at == null) {
            row.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            row.setObject(index, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static void nullable(PreparedStatement row, int index, String value) throws SQLException {
        if (value == null) {
            row.setNull(index, Types.VARCHAR);
        } else {
            row.setString(index, value);
        }
    }
}
