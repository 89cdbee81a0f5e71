package org.ariadne.catalog.application;

import org.ariadne.catalog.domain.FixityRun;

import java.time.Instant;
import java.util.List;

/**
 * The fixity of the archive: the last run (null if none yet), how many sources have an archived text, how many of
 * those have been checked in their current version, and the ones whose check failed.
 */
public record FixityReport(Run lastRun, long archived, long checked, List<Failure> failures) {

    public record Run(long id, Instant startedAt, Instant finishedAt, String startedBy, int checked, int failed) {

        static Run of(FixityRun run) {
            return new Run(run.id(), run.startedAt(), run.finishedAt(), run.startedBy(), run.checked(), run.failed());
        }
    }

    /** A source whose archived text changed or went missing. */
    public record Failure(long source, String title, String outcome, String sha256, String actualSha256,
                          Instant checkedAt, String description) {
    }
}
