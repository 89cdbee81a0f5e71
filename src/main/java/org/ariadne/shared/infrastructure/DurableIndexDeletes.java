package org.ariadne.shared.infrastructure;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The search index is committed to disk about once a second ({@code read-sync} in persistence.xml): a change is
 * searchable when its request returns, but a server killed within that second loses it from the index. Start-up
 * then empties the index and re-indexes every entity ({@code IndexOnStart}) in the background; until that rebuild
 * has begun, the index on disk is the one the crash left. A transaction that deletes an indexed entity therefore
 * waits for the index commit, so that a deleted source, footnote or contributor is never a search hit again. Deletions are rare;
 * the writes that are not (cataloguing, archiving a text's footnotes) keep the cheaper strategy.
 */
public final class DurableIndexDeletes {

    private static final boolean OUTBOX_POLLING = "outbox-polling".equalsIgnoreCase(coordination());

    private DurableIndexDeletes() {
    }

    /**
     * Makes the current transaction's index changes durable on commit, before the request returns. With the
     * outbox-polling coordination (scale-out) the changes are events in the database, durable with the transaction,
     * and Hibernate Search refuses any synchronization strategy: nothing to do then.
     */
    public static void require(EntityManager em) {
        if (OUTBOX_POLLING) {
            return;
        }
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
    }

    private static String coordination() {
        return Setting.of("ariadne.search.coordination", "ARIADNE_SEARCH_COORDINATION").orElse("none");
    }
}
