package org.ariadne.shared.infrastructure;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes from the index the documents that a rolled-back {@link EarlyIndexing} batch had sent, in the background. */
@Stateless
public class EarlyIndexCleanup {

    private static final Logger LOG = Logger.getLogger(EarlyIndexCleanup.class.getName());

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
            LOG.log(Level.WARNING, "Cannot delete the search documents of a bulk write that was rolled back; they stay"
                    + " hidden while this server runs, and a rebuild of the index removes them", e);
        }
    }
}
