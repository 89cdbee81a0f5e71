package org.ariadne.shared.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import java.util.List;
import java.util.Map;

/** Deletes from the index the documents that a rolled-back {@link EarlyIndexing} batch had sent, in the background. */
@Stateless
public class EarlyIndexCleanup {

    @PersistenceContext
    EntityManager em;

    /**
     * Deletes the documents of those entities (by type and id), waits until the index has, and only then lets searches
     * see documents of that mark again (there are none left by then).
     */
    @Asynchronous
    public void deleteAndReveal(String mark, Map<Class<?>, List<Long>> sent) {
        try {
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            sent.forEach((type, ids) -> ids.forEach(id -> plan.purge(type, id, null)));
            // the configured strategy (read-sync): returns once the deletions are applied and readable
            plan.execute();
            EarlyIndexing.reveal(mark);
        } catch (RuntimeException e) {
            EarlyIndexing.leftBehind(e);
        }
    }
}
