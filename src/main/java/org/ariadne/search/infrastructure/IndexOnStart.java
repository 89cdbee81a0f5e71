package org.ariadne.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Logger;

/**
 * A catalogue whose index is missing (a data directory from before search, or an index deleted by hand) is indexed
 * in the background at start; the application serves meanwhile.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class IndexOnStart {

    private static final Logger LOG = Logger.getLogger(IndexOnStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    HibernateSearchIndex index;

    @PostConstruct
    void indexWhenMissing() {
        long catalogued = em.createQuery("select count(s) from Source s", Long.class).getSingleResult();
        if (catalogued > 0 && index.indexedSources() == 0) {
            LOG.info(() -> "The search index is empty but " + catalogued + " sources are catalogued: rebuilding it");
            index.startRebuild();
        }
    }
}
