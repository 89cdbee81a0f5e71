package org.ariadne.shared.domain;

import java.util.List;
import java.util.Map;

/**
 * The recorded versions of audited aggregates (every create, update and delete, with who and when). Nothing is
 * ever erased from it; restoring an old version records a new one.
 */
public interface History {

    /**
     * The versions of the aggregates of {@code type} whose properties equal {@code where} (an {@code "id"} key
     * selects by identifier), oldest first. A deleted version has no state.
     */
    <T> List<Snapshot<T>> of(Class<T> type, Map<String, Object> where);

    /** The versions of one aggregate, oldest first; empty if it never existed. */
    default <T> List<Snapshot<T>> of(Class<T> type, Object id) {
        return of(type, Map.of("id", id));
    }

    /** Says in words what the current transaction's revision does (e.g. a merge), besides its data. */
    void noteCurrentChange(String note);

    /** An aggregate as it was after one revision; {@code state} is null for the revision that deleted it. */
    record Snapshot<T>(Revision revision, T state) {
    }
}
