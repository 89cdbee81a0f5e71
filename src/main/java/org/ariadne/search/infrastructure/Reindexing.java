package org.ariadne.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.ariadne.search.domain.ReindexProgress;
import org.ariadne.shared.infrastructure.EarlyIndexing;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one rebuild of the index that may run at a time, in Hibernate Search's own threads, and how far it got.
 * The indexes are purged first: the mass indexer only adds documents, so a rebuild over documents already there
 * would hold each of them twice. Searches keep answering meanwhile, with what has been indexed again so far.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    boolean start(MassIndexer indexer) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        total.set(0);
        indexed.set(0);
        startedAt = Instant.now();
        finishedAt = null;
        failure = null;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // an import indexing early would lose to the purge what it sent before it: it fails, and none starts early
        EarlyIndexing.rebuildStarting();
        try {
            indexer.purgeAllOnStart(true)
                    .mergeSegmentsOnFinish(true)
                    // sources and people side by side: each type's index has its own writer, so a commit or a
                    // merge in one leaves the other's threads work to do
                    .typesToIndexInParallel(2)
                    .threadsToLoadObjects(threads)
                    .batchSizeToLoadObjects(200)
                    .idFetchSize(1000)
                    .transactionTimeout(6 * 3600)
                    .monitor(new Monitor())
                    .start()
                    .whenComplete((done, error) -> {
                        if (error != null) {
                            LOG.log(Level.WARNING, "Rebuilding the search index failed", error);
                            failure = "The rebuild stopped: " + error.getClass().getSimpleName();
                        }
                        finishedAt = Instant.now();
                        EarlyIndexing.rebuildEnded();
                        running.set(false);
                    });
        } catch (RuntimeException e) {
            EarlyIndexing.rebuildEnded();
            running.set(false);
            throw e;
        }
        return true;
    }

    ReindexProgress progress() {
        return new ReindexProgress(running.get(), total.get(), indexed.get(), startedAt, finishedAt, failure,
                EarlyIndexing.openMarks().size());
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            indexed.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added to the index
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added to the index
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            LOG.info(() -> "Search index rebuilt: " + indexed.get() + " documents");
        }
    }
}
