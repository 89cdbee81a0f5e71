package org.ariadne.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Fixity checks and runs, and the archived texts there are to check. */
public interface FixityRepository {

    /** Every source with an archived text, as (source id, SHA-256), in id order. */
    List<Archived> archivedTexts();

    Optional<FixityCheck> checkOf(long sourceId);

    /** The latest checks of these sources that failed and still apply to their current texts. */
    List<FixityCheck> failuresAmong(Collection<Long> sourceIds);

    void add(FixityCheck check);

    void add(FixityRun run);

    Optional<FixityRun> lastRun();

    /** The latest checks that failed and still apply to the sources' current texts, newest first. */
    List<Failed> failures();

    /** How many archived texts have a check that applies to their current text. */
    long checkedCount();

    record Archived(long sourceId, String sha256) {
    }

    record Failed(FixityCheck check, String title) {
    }
}
