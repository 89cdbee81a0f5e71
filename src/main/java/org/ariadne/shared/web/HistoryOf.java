package org.ariadne.shared.web;

import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;

import java.util.List;

/**
 * The history of one kind of aggregate, as the history page shows it. Each module implements it over its own
 * service, so the page serves every kind without depending on any module.
 */
public interface HistoryOf {

    /** The {@code kind} parameter of the page: {@code source}, {@code claim}, {@code contributor}, {@code footnote}. */
    String kind();

    /** The role that may restore a revision (the role that edits this kind). */
    String restoringRole();

    /** The revisions of the aggregate {@code key} names, oldest first, and its current version. */
    Versioned<List<RevisionView>> revisions(String key);

    /** Restores a revision as a new one; the version it was made against, to refuse a stale restore. */
    void restore(String key, long revision, long expectedVersion);

    /** Whether an aggregate of this kind that was deleted can be made again from one of its revisions. */
    default boolean restoresDeleted() {
        return false;
    }

    /** Makes a deleted aggregate again from a revision, as a new revision; stale if it exists again by now. */
    default void restoreDeleted(String key, long revision) {
        throw new UnsupportedOperationException(kind() + " cannot be restored once deleted");
    }

    /** A heading for the aggregate (its title or name, or its id once deleted). */
    String title(String key);

    /** The path of the aggregate's own page, relative to the application, or null if it has none. */
    String page(String key);
}
