package org.ariadne.shared.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.ariadne.shared.domain.ConflictException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bulk write whose search documents go to the index while its transaction runs, part by part as its rows are
 * written, instead of all after its commit: the index's writer then works beside the database instead of after it
 * (an import of 100,000 entries spent its last 5 s indexing after the commit, issue #5).
 * <p>
 * Until the transaction commits, those documents are hidden from every search: each document built on the writing
 * thread carries the batch's mark ({@link #markOfThisThread}), and searches leave out the marks of the batches still
 * open ({@link #openMarks}). When the transaction commits, the mark is dropped from the open ones and the documents
 * are found at once (they are all in the index and refreshed before the commit). When it rolls back, the documents are
 * deleted from the index again ({@link EarlyIndexCleanup}), hidden until they are. When the server dies in between,
 * the next start empties the embedded index and rebuilds it anyway (search.infrastructure.IndexOnStart).
 * <p>
 * Only for the embedded Lucene index without coordination ({@link #available}): the open marks live in this server's
 * memory, and the outbox indexes after the commit by design. Only for writes that add new entities: a change to an
 * existing entity sent early would be hidden like the new ones, and a rollback would not take it back. A rebuild of
 * the index empties it, so a batch does not start early while one runs, and fails if one started meanwhile.
 */
public final class EarlyIndexing {

    private static final Logger LOG = Logger.getLogger(EarlyIndexing.class.getName());

    /** The batch of the writing thread, if it writes one. */
    private static final ThreadLocal<EarlyIndexing> CURRENT = new ThreadLocal<>();

    /** The marks of the batches whose documents searches must not see yet. */
    private static final Set<String> OPEN = ConcurrentHashMap.newKeySet();

    /** Rebuilds of the index started so far, and how many run now. */
    private static final AtomicLong REBUILDS_STARTED = new AtomicLong();
    private static final AtomicInteger REBUILDS_RUNNING = new AtomicInteger();

    /** Whether the documents of a rolled-back batch could not all be deleted (the index needs a rebuild). */
    private static final AtomicBoolean LEFT_BEHIND = new AtomicBoolean();

    private final String mark = UUID.randomUUID().toString();
    private final long rebuildsAtStart = REBUILDS_STARTED.get();
    /** What each indexed entity type had sent, by id: what a rollback deletes again. */
    private final Map<Class<?>, List<Long>> sent = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The index's answers to what was sent, waited for before the commit. Only the writing thread adds to it. */
    private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> answers = new ArrayList<>();

    private EarlyIndexing() {
    }

    /** Whether this server's index may take documents early: the embedded one, with no coordination between nodes. */
    public static boolean available() {
        return SearchBackend.embedded()
                && Setting.of("ariadne.search.coordination", "ARIADNE_SEARCH_COORDINATION").map("none"::equals)
                .orElse(true);
    }

    /**
     * Runs a bulk write whose documents {@link #send} sends early, and waits, before returning, until the index has
     * every one of them. Without an available index, within another batch, or while the index is being rebuilt, it
     * just runs the write (its documents are then indexed at the commit, as usual).
     *
     * @param session the transaction's search session
     * @param transactions the registry of the running transaction, whose end reveals or deletes the documents
     * @param cleanup deletes the documents after a rollback
     * @throws ConflictException if a rebuild of the index started while the write ran (the caller's transaction
     *                           should roll back; nothing it wrote is then kept or indexed)
     */
    public static <T> T run(SearchSession session, TransactionSynchronizationRegistry transactions,
                            EarlyIndexCleanup cleanup, Supplier<T> write) {
        if (!available() || CURRENT.get() != null || REBUILDS_RUNNING.get() > 0) {
            return write.get();
        }
        EarlyIndexing batch = new EarlyIndexing();
        OPEN.add(batch.mark);
        try {
            transactions.registerInterposedSynchronization(batch.new Ending(cleanup));
        } catch (RuntimeException e) {
            OPEN.remove(batch.mark);
            throw e;
        }
        session.indexingPlanSynchronizationStrategy(batch::collect);
        CURRENT.set(batch);
        try {
            T result = write.get();
            batch.awaitIndexed(session);
            if (REBUILDS_STARTED.get() != batch.rebuildsAtStart) {
                throw new ConflictException("The search index began to be rebuilt while this was written, so nothing"
                        + " of it was kept. Try again when the rebuild is done.");
            }
            return result;
        } finally {
            CURRENT.remove();
            session.indexingPlanSynchronizationStrategy(configuredStrategy());
        }
    }

    /**
     * Sends the plan's documents to the index now if this thread writes a batch, noting the ids of the new entities
     * of {@code type} among them; otherwise builds them, to be indexed at the commit.
     */
    public static void send(SearchIndexingPlan plan, Class<?> type, List<Long> ids) {
        EarlyIndexing batch = CURRENT.get();
        if (batch == null) {
            plan.process();
            return;
        }
        // noted before they are sent: a rollback deletes them even if the index failed half-way
        batch.sent.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>())).addAll(ids);
        plan.execute();
    }

    /** Sends the plan's documents (of entities noted by an earlier {@link #send}) now, or builds them. */
    public static void send(SearchIndexingPlan plan) {
        if (CURRENT.get() == null) {
            plan.process();
        } else {
            plan.execute();
        }
    }

    /** The mark a document built now, on this thread, must carry; empty outside a batch. */
    public static Optional<String> markOfThisThread() {
        EarlyIndexing batch = CURRENT.get();
        return batch == null ? Optional.empty() : Optional.of(batch.mark);
    }

    /** The marks of documents that searches must leave out. */
    public static Set<String> openMarks() {
        return Set.copyOf(OPEN);
    }

    /** A rebuild of the index begins (it empties the index first). */
    public static void rebuildStarting() {
        REBUILDS_RUNNING.incrementAndGet();
        REBUILDS_STARTED.incrementAndGet();
    }

    /** A rebuild that {@link #rebuildStarting} announced has ended. */
    public static void rebuildEnded() {
        REBUILDS_RUNNING.decrementAndGet();
    }

    /** The index emptied by other means (after a crash): batches running meanwhile fail as with a rebuild. */
    public static void indexEmptied() {
        REBUILDS_STARTED.incrementAndGet();
    }

    static void reveal(String mark) {
        OPEN.remove(mark);
    }

    /**
     * Whether documents of a rolled-back batch may still be in the index: they are hidden while this server runs, and
     * the next start must rebuild the index (search.infrastructure.IndexOnStart keeps its open-run marker for that).
     */
    public static boolean documentsLeftBehind() {
        return LEFT_BEHIND.get();
    }

    static void leftBehind(Exception cause) {
        LEFT_BEHIND.set(true);
        LOG.log(Level.WARNING, "Cannot delete the search documents of a bulk write that was rolled back; they stay"
                + " hidden while this server runs, and the next start rebuilds the index", cause);
    }

    /** As the configured strategy, but neither committing nor refreshing each part, and without waiting for it. */
    private void collect(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(answers::add);
    }

    private void awaitIndexed(SearchSession session) {
        for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> answer : answers) {
            Optional<Throwable> failure = answer.join().throwable();
            if (failure.isPresent()) {
                throw new IllegalStateException("The search index refused documents of a bulk write",
                        failure.get());
            }
        }
        if (!sent.isEmpty()) {
            // the new documents are readable by the first search after the commit, as with the usual read-sync
            session.workspace(List.copyOf(sent.keySet())).refresh();
        }
    }

    /** The strategy persistence.xml configures (ARIADNE_SEARCH_SYNC), for the rest of the transaction. */
    private static IndexingPlanSynchronizationStrategy configuredStrategy() {
        return switch (Setting.of("ariadne.search.sync", "ARIADNE_SEARCH_SYNC").orElse("read-sync")) {
            case "async" -> IndexingPlanSynchronizationStrategy.async();
            case "write-sync" -> IndexingPlanSynchronizationStrategy.writeSync();
            case "sync" -> IndexingPlanSynchronizationStrategy.sync();
            default -> IndexingPlanSynchronizationStrategy.readSync();
        };
    }

    /** At the end of the batch's transaction: its documents found from now on, or deleted. */
    private final class Ending implements Synchronization {

        private final EarlyIndexCleanup cleanup;

        Ending(EarlyIndexCleanup cleanup) {
            this.cleanup = cleanup;
        }

        @Override
        public void beforeCompletion() {
            // nothing: the documents are all in the index before the commit begins
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                reveal(mark);
                return;
            }
            Map<Class<?>, List<Long>> toDelete = new LinkedHashMap<>();
            synchronized (sent) {
                sent.forEach((type, ids) -> {
                    synchronized (ids) {
                        toDelete.put(type, List.copyOf(ids));
                    }
                });
            }
            try {
                cleanup.deleteAndReveal(mark, toDelete);
            } catch (RuntimeException e) {
                leftBehind(e);
            }
        }
    }
}
