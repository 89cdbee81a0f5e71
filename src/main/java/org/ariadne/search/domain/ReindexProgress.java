package org.ariadne.search.domain;

import java.time.Instant;

/** Where a rebuild of the index stands: entities to index, indexed so far, and when it began and ended. */
public record ReindexProgress(boolean running, long total, long indexed, Instant startedAt, Instant finishedAt,
                              String failure) {

    /** Percent done, 0 to 100. */
    public int percent() {
        if (total <= 0) {
            return running ? 0 : (startedAt == null ? 0 : 100);
        }
        return (int) Math.min(100, indexed * 100 / total);
    }
}
