package org.ariadne.catalog.domain;

import java.time.Instant;
import java.util.Optional;

/** The record of sources merged into others, so that an old id still leads to the work. */
public interface SourceMerges {

    /** The source this one was merged into (following later merges of the survivor too), if it was. */
    Optional<Long> survivorOf(long loser);

    /** Records the merge; earlier losers merged into the new loser now lead to the survivor. */
    void record(long loser, long survivor, String by, Instant at);
}
