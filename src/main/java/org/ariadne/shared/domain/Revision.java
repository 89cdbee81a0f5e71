package org.ariadne.shared.domain;

import java.time.Instant;
import java.util.Locale;

/** One recorded change of an aggregate: its revision number, when, by whom, and what kind of change it was. */
public record Revision(long number, Instant at, String by, Change change) {

    public enum Change {
        CREATED, UPDATED, DELETED;

        /** The word the API and the pages use: {@code created}, {@code updated}, {@code deleted}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
