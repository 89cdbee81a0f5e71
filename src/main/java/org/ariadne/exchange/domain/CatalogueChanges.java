package org.ariadne.exchange.domain;

import org.ariadne.catalog.domain.Source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The catalogue in the order of its last changes, as a harvester walks it: by datestamp, then by id. */
public interface CatalogueChanges {

    /** When the source changed least recently was last changed; empty for an empty catalogue. */
    Optional<Instant> earliest();

    /**
     * Up to {@code limit} sources last changed at or after {@code from} and before {@code until} (either may be
     * null), ordered by that time and id, after the source {@code afterId} changed at {@code afterStamp} (both null
     * for the first page).
     */
    List<Source> page(Instant from, Instant until, Instant afterStamp, Long afterId, int limit);

    /** How many sources were last changed at or after {@code from} and before {@code until}. */
    long count(Instant from, Instant until);
}
