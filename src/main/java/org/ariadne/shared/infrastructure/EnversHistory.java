package org.ariadne.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.shared.domain.History;
import org.ariadne.shared.domain.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The history as Hibernate Envers records it in the {@code *_aud} tables (migrations V5 and V14). */
@ApplicationScoped
public class EnversHistory implements History {

    @PersistenceContext
    EntityManager em;

    @Override
    public <T> List<Snapshot<T>> of(Class<T> type, Map<String, Object> where) {
        AuditQuery query = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, false, true);
        where.forEach((property, value) -> query.add(
                property.equals("id") ? AuditEntity.id().eq(value) : AuditEntity.property(property).eq(value)));
        query.addOrder(AuditEntity.revisionNumber().asc());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Snapshot<T>> snapshots = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Revision.Change change = switch (kind) {
                case ADD -> Revision.Change.CREATED;
                case MOD -> Revision.Change.UPDATED;
                case DEL -> Revision.Change.DELETED;
            };
            Revision meta = new Revision(revision.id(), Instant.ofEpochMilli(revision.stamp()),
                    revision.username() == null ? "system" : revision.username(), change, revision.note());
            snapshots.add(new Snapshot<>(meta, change == Revision.Change.DELETED ? null : type.cast(row[0])));
        }
        // A text archived again replaces its footnotes in one revision: the old one's deletion comes first.
        snapshots.sort(Comparator.comparingLong((Snapshot<T> s) -> s.revision().number())
                .thenComparing(s -> s.revision().change() != Revision.Change.DELETED));
        return snapshots;
    }

    @Override
    public void noteCurrentChange(String note) {
        AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).recordNote(note);
    }
}
