package org.ariadne.catalog.domain;

import java.time.Instant;
import java.util.List;

/** The recorded versions of a source: every change, who made it and when. Nothing is ever erased from it. */
public interface SourceHistory {

    /** The revisions of the source, oldest first; empty if it never existed. */
    List<Revision> of(long sourceId);

    record Revision(long number, Instant at, String by, Change change) {
    }

    enum Change { CREATED, UPDATED, DELETED }
}
