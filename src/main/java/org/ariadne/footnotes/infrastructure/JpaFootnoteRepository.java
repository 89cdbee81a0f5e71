package org.ariadne.footnotes.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.footnotes.domain.FootnoteRepository;
import org.ariadne.shared.infrastructure.DurableIndexDeletes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    @Override
    public void remove(Footnote footnote) {
        DurableIndexDeletes.require(em);
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
