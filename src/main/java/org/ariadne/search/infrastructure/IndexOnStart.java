package org.ariadne.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.shared.infrastructure.DataDirectory;
import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.ariadne.shared.infrastructure.SearchBackend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-indexes the catalogue in the background at start when the embedded index cannot be trusted, while the
 * application serves: when it is missing (a data directory from before search, or an index deleted by hand), and
 * when the previous run did not shut down cleanly. The embedded index is committed to disk about every ten
 * seconds ({@code commit_interval} in persistence.xml), so a server killed within those seconds has the last
 * changes in its database but not in its index, and may have in its index what it deleted; so the index is emptied
 * here, before the application serves, and the rebuild adds everything back (searches answer meanwhile with what is
 * indexed again so far).
 * <p>
 * A run is "open" from start-up to a clean shutdown: a marker file in the data directory says so. A shutdown after
 * the documents of a rolled-back import could not be deleted (shared.infrastructure.EarlyIndexing) leaves it open.
 * A remote search backend (OpenSearch) keeps its own durability and needs none of this beyond the missing-index case.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "SearchSchema"})
public class IndexOnStart {

    private static final Logger LOG = Logger.getLogger(IndexOnStart.class.getName());
    static final String OPEN_RUN_MARKER = "search-index.open";

    @PersistenceContext
    EntityManager em;

    @Inject
    HibernateSearchIndex index;

    @Inject
    DataDirectory dataDirectory;

    @PostConstruct
    void indexWhenMissingOrInterrupted() {
        boolean interrupted = SearchBackend.embedded() && Files.exists(marker());
        long catalogued = em.createQuery("select count(s) from Source s", Long.class).getSingleResult();
        if (catalogued > 0 && index.indexedSources() == 0) {
            LOG.info(() -> "The search index is empty but " + catalogued + " sources are catalogued: rebuilding it");
            index.startRebuild();
        } else if (interrupted) {
            LOG.warning("The previous run did not shut down cleanly, so the search index may lack its last seconds"
                    + " of changes, or still hold a deletion: emptying it and re-indexing in the background");
            index.purge();
            index.startRebuild();
        }
        if (SearchBackend.embedded()) {
            try {
                Files.writeString(marker(), "Ariadne is running (removed at a clean shutdown)\n");
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot mark the run as open in " + marker()
                        + "; after a crash the index will not be rebuilt by itself", e);
            }
        }
    }

    /** Whether documents of a rolled-back import could not be deleted from the index (EarlyIndexing). */
    BooleanSupplier documentsLeftBehind = EarlyIndexing::documentsLeftBehind;

    @PreDestroy
    void markCleanShutdown() {
        if (documentsLeftBehind.getAsBoolean()) {
            // the run stays "open", so that the next start empties the index and rebuilds it without them
            LOG.warning("The search index may hold documents of a rolled-back import: it is rebuilt at the next start");
            return;
        }
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + marker() + "; the next start will re-index", e);
        }
    }

    private Path marker() {
        return dataDirectory.root().resolve(OPEN_RUN_MARKER);
    }
}
