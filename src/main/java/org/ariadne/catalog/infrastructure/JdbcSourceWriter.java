package org.ariadne.catalog.infrastructure;

import jakarta.persistence.EntityManager;
import org.ariadne.catalog.domain.Contribution;
import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.ariadne.shared.infrastructure.AuditRevision;
import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.ariadne.shared.infrastructure.EntityIds;
import org.ariadne.shared.infrastructure.TableRows;
import org.ariadne.shared.infrastructure.TableRows.Column;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.ariadne.shared.infrastructure.TableRows.Type.BIGINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.INTEGER;
import static org.ariadne.shared.infrastructure.TableRows.Type.SMALLINT;
import static org.ariadne.shared.infrastructure.TableRows.Type.TIMESTAMP;
import static org.ariadne.shared.infrastructure.TableRows.Type.VARCHAR;
import static org.ariadne.shared.infrastructure.TableRows.columns;
import static org.ariadne.shared.infrastructure.TableRows.row;

/**
 * Stores new sources (and new authority records for them) in bulk on the transaction's connection ({@link TableRows}:
 * PostgreSQL's COPY, or batched INSERT): the rows Hibernate would write for them (the source, its tags, subjects and
 * contributions) and the rows Envers would write for them (one "created" row per source, tag and subject in the
 * transaction's revision), then hands them to the search index's plan. An import of
 * 100,000 entries spent about a third of its time in the flush, dirty checking and audit work of the entities; the
 * rows here are the same, column for column, as the entity path writes (the facts come from the same
 * {@link Source#catalogue} call). Nothing is committed here: rolling back the transaction takes back all of it.
 */
final class JdbcSourceWriter {

    /** The version Hibernate seeds a new entity's primitive {@code long} version with. */
    private static final long FIRST_VERSION = 0;

    /** A contribution row: its id, its source's and the link itself. */
    private record Credited(long id, long sourceId, Contribution contribution) {
    }

    /** A tag or subject row: the source's id and the value. */
    private record Label(long sourceId, String value) {
    }

    /** An entity's first columns: its id and its version. */
    private static final List<Column> ID_AND_VERSION = List.of(new Column("id", BIGINT), new Column("version", BIGINT));

    /** The columns a source and its history row have alike, as {@link #facts} gives them. */
    private static final List<Column> SOURCE_FACTS = List.of(new Column("item_type", VARCHAR),
            new Column("title", VARCHAR), new Column("title_key", VARCHAR), new Column("issued_sort", VARCHAR),
            new Column("issued_year", INTEGER), new Column("container_title", VARCHAR),
            new Column("first_creator", VARCHAR), new Column("creator_key", VARCHAR), new Column("doi", VARCHAR),
            new Column("isbn", VARCHAR), new Column("issn", VARCHAR), new Column("url", VARCHAR),
            new Column("csl", VARCHAR), new Column("created_at", TIMESTAMP), new Column("created_by", VARCHAR),
            new Column("updated_at", TIMESTAMP), new Column("updated_by", VARCHAR));

    private static final TableRows<Source> SOURCES = new TableRows<>("source",
            columns(ID_AND_VERSION, SOURCE_FACTS),
            source -> row(new Object[] {source.id(), FIRST_VERSION}, facts(source)));

    private static final TableRows<Credited> CONTRIBUTIONS = new TableRows<>("contribution",
            List.of(new Column("id", BIGINT), new Column("source_id", BIGINT), new Column("contributor_id", BIGINT),
                    new Column("role", VARCHAR), new Column("position", INTEGER)),
            credit -> new Object[] {credit.id(), credit.sourceId(), credit.contribution().contributor().id(),
                    credit.contribution().role(), credit.contribution().position()});

    private static final List<Column> TAG = List.of(new Column("source_id", BIGINT), new Column("tag", VARCHAR));

    private static final List<Column> SUBJECT = List.of(new Column("source_id", BIGINT),
            new Column("subject", VARCHAR));

    private static final TableRows<Label> TAGS = new TableRows<>("source_tag", TAG, JdbcSourceWriter::label);

    private static final TableRows<Label> SUBJECTS = new TableRows<>("source_subject", SUBJECT,
            JdbcSourceWriter::label);

    /** The columns an authority record and its history row have alike, as {@link #facts} gives them. */
    private static final List<Column> CONTRIBUTOR_FACTS = List.of(new Column("kind", VARCHAR),
            new Column("family", VARCHAR), new Column("given", VARCHAR), new Column("particle", VARCHAR),
            new Column("suffix", VARCHAR), new Column("literal_name", VARCHAR), new Column("display_name", VARCHAR),
            new Column("sort_name", VARCHAR), new Column("name_key", VARCHAR), new Column("created_at", TIMESTAMP));

    private static final TableRows<Contributor> CONTRIBUTORS = new TableRows<>("contributor",
            columns(ID_AND_VERSION, CONTRIBUTOR_FACTS),
            contributor -> row(new Object[] {contributor.id(), FIRST_VERSION}, facts(contributor)));

    /** Envers's first columns of a history row: the entity's id, the revision, "created", and the version. */
    private static final List<Column> CREATED = List.of(new Column("id", BIGINT), new Column("rev", BIGINT),
            new Column("revtype", SMALLINT), new Column("version", BIGINT));

    /** Envers's columns of a collection element's history row, before the owner's id and the value. */
    private static final List<Column> ELEMENT_CREATED = List.of(new Column("rev", BIGINT),
            new Column("revtype", SMALLINT));

    private static final short ADDED = RevisionType.ADD.getRepresentation();

    private static TableRows<Contributor> contributorHistory(long revision) {
        return new TableRows<>("contributor_aud", columns(CREATED, CONTRIBUTOR_FACTS),
                contributor -> row(new Object[] {contributor.id(), revision, ADDED, FIRST_VERSION},
                        facts(contributor)));
    }

    private final EntityManager em;

    JdbcSourceWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Gives each source an id from the entity's own sequence, writes its rows and history rows, and queues its search
     * document (built now by {@link SearchIndexingPlan#process()}, so that the caller can let go of the entities; or
     * sent to the index now, within an {@link EarlyIndexing} batch).
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
        EntityIds.assign(session, Source.class, sources);
        long[] contributionIds = EntityIds.draw(session, Contribution.class,
                sources.stream().mapToInt(source -> source.contributions().size()).sum());
        List<Credited> credits = new ArrayList<>(contributionIds.length);
        for (Source source : sources) {
            for (Contribution contribution : source.contributions()) {
                credits.add(new Credited(contributionIds[credits.size()], source.id(), contribution));
            }
        }
        long revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).id();
        // the revision and the authority records created for these sources become rows before the rows naming them
        em.flush();
        session.doWork(connection -> write(connection, sources, credits, revision));
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        sources.forEach(index::addOrUpdate);
        EarlyIndexing.send(index, Source.class, sources.stream().map(Source::id).toList());
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
        EntityIds.assign(session, Contributor.class, made);
        long revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).id();
        em.flush();
        session.doWork(connection -> {
            CONTRIBUTORS.write(connection, made);
            contributorHistory(revision).write(connection, made);
        });
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        made.forEach(index::addOrUpdate);
        EarlyIndexing.send(index, Contributor.class, made.stream().map(Contributor::id).toList());
    }

    private static void write(Connection connection, List<Source> sources, List<Credited> credits, long revision)
            throws SQLException {
        SOURCES.write(connection, sources);
        CONTRIBUTIONS.write(connection, credits);
        List<Label> tags = labels(sources, true);
        List<Label> subjects = labels(sources, false);
        TAGS.write(connection, tags);
        SUBJECTS.write(connection, subjects);
        // the history, as Envers writes it for a persisted Source: its audited columns and version (its archived
        // text's columns left empty), and one row per element of its audited collections, all "created" in the
        // transaction's revision
        new TableRows<Source>("source_aud", columns(CREATED, SOURCE_FACTS),
                source -> row(new Object[] {source.id(), revision, ADDED, FIRST_VERSION}, facts(source)))
                .write(connection, sources);
        Function<Label, Object[]> labelHistory =
                label -> new Object[] {revision, ADDED, label.sourceId(), label.value()};
        new TableRows<>("source_tag_aud", columns(ELEMENT_CREATED, TAG), labelHistory)
                .write(connection, tags);
        new TableRows<>("source_subject_aud", columns(ELEMENT_CREATED, SUBJECT), labelHistory)
                .write(connection, subjects);
    }

    /** The values of {@link #SOURCE_FACTS}. */
    private static Object[] facts(Source source) {
        return new Object[] {source.type(), source.title(), source.titleKey(), source.issuedSort(), source.issuedYear(),
                source.containerTitle(), source.firstCreator(), source.creatorKey(), source.doi(), source.isbn(),
                source.issn(), source.url(), source.cslJson(), source.createdAt(), source.createdBy(),
                source.updatedAt(), source.updatedBy()};
    }

    /** The values of {@link #CONTRIBUTOR_FACTS}. */
    private static Object[] facts(Contributor contributor) {
        return new Object[] {contributor.kind().name(), contributor.family(), contributor.given(),
                contributor.particle(), contributor.suffix(), contributor.literal(), contributor.displayName(),
                contributor.sortName(), contributor.nameKey(), contributor.createdAt()};
    }

    private static Object[] label(Label label) {
        return new Object[] {label.sourceId(), label.value()};
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
}
