package org.ariadne.shared.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * One recorded change of an aggregate: its revision number, when, by whom, what kind of change it was, and what it
 * was in words when the change said so (a merge, for instance; otherwise null).
 */
public record Revision(long number, Instant at, String by, Change change, String note) {

    public Revision(long number, Instant at, String by, Change change) {
        this(number, at, by, change, null);
    }

    public enum Change {
        CREATED, UPDATED, DELETED;

        /** The word the API and the pages use: {@code created}, {@code updated}, {@code deleted}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
