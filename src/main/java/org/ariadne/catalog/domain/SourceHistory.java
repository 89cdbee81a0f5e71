package org.ariadne.catalog.domain;

import java.time.Instant;
import java.util.List;

/** The recorded versions of a source: every change, who made it and when. Nothing is ever erased from it. */
public interface SourceHistory {

    /** The revisions of the source, oldest first; empty if it never existed. */
    List<Revision> of(long sourceId);

    /** Says in words what the change in the current transaction's revision was (e.g. a merge), besides its data. */
    void noteCurrentChange(String note);

    /** A revision; {@code note} is null unless the change was noted ({@link #noteCurrentChange(String)}). */
    record Revision(long number, Instant at, String by, Change change, String note) {
    }

    enum Change { CREATED, UPDATED, DELETED }
}
