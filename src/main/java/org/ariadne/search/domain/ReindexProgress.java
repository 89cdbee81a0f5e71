package org.ariadne.search.domain;

import java.time.Instant;

/**
 * Where a rebuild of the index stands: entities to index, indexed so far, and when it began and ended; and how many
 * bulk writes (imports) have documents in the index that searches do not see yet, because their transaction has not
 * committed, or because it rolled back and they are being deleted.
 */
public record ReindexProgress(boolean running, long total, long indexed, Instant startedAt, Instant finishedAt,
                              String failure, int unseenBulkWrites) {

    /** Percent done, 0 to 100. */
    public int percent() {
        if (total <= 0) {
            return running ? 0 : (startedAt == null ? 0 : 100);
        }
        return (int) Math.min(100, indexed * 100 / total);
    }
}
