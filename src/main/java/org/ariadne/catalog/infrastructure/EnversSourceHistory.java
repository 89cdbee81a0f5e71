package org.ariadne.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.catalog.domain.Source;
import org.ariadne.catalog.domain.SourceHistory;
import org.ariadne.shared.infrastructure.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.List;

/** The history of sources as Hibernate Envers records it. */
@ApplicationScoped
public class EnversSourceHistory implements SourceHistory {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Revision> of(long sourceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Source.class, false, true)
                .add(AuditEntity.id().eq(sourceId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            AuditRevision revision = (AuditRevision) row[1];
            return new Revision(revision.id(), Instant.ofEpochMilli(revision.stamp()), revision.username(),
                    change((RevisionType) row[2]), revision.note());
        }).toList();
    }

    @Override
    public void noteCurrentChange(String note) {
        AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).recordNote(note);
    }

    private static Change change(RevisionType type) {
        return switch (type) {
            case ADD -> Change.CREATED;
            case MOD -> Change.UPDATED;
            case DEL -> Change.DELETED;
        };
    }
}
