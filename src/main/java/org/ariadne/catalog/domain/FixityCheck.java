package org.ariadne.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The latest fixity check of a source's archived text: whether the file in the text store still has the SHA-256
 * the text was archived with. A check of an older digest (the text was archived again since) no longer applies.
 */
@Entity
@Table(name = "fixity_check")
public class FixityCheck {

    public enum Outcome {
        /** The file is there and its bytes have the recorded SHA-256. */
        INTACT,
        /** The file is there but its bytes have another SHA-256: changed or corrupted. */
        MISMATCH,
        /** There is no file for the recorded SHA-256. */
        MISSING;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @Column(name = "source_id")
    private long sourceId;

    @Column(nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "actual_sha256")
    private String actualSha256;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "run_id")
    private Long runId;

    protected FixityCheck() {
    }

    /** Checks an archived digest against what the store now holds under it (empty: no file). */
    public static FixityCheck of(long sourceId, String sha256, java.util.Optional<String> actual, Long runId,
                                 Instant at) {
        FixityCheck check = new FixityCheck();
        check.sourceId = sourceId;
        check.record(sha256, actual, runId, at);
        return check;
    }

    /** Records a new check of the same source, replacing the previous outcome. */
    public void record(String sha256, java.util.Optional<String> actual, Long runId, Instant at) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.actualSha256 = actual.orElse(null);
        this.outcome = actual.isEmpty() ? Outcome.MISSING
                : actual.get().equalsIgnoreCase(sha256) ? Outcome.INTACT : Outcome.MISMATCH;
        this.runId = runId;
        this.checkedAt = at;
    }

    /** Whether this check is about the text the source has now (archived under {@code currentSha256}). */
    public boolean appliesTo(String currentSha256) {
        return sha256.equalsIgnoreCase(currentSha256);
    }

    public boolean failed() {
        return outcome != Outcome.INTACT;
    }

    /** What went wrong, in words a librarian can act on; null if the text is intact. */
    public String failure() {
        return switch (outcome) {
            case INTACT -> null;
            case MISMATCH -> "no longer matches its SHA-256 " + sha256 + " (the file now hashes to " + actualSha256
                    + ")";
            case MISSING -> "is missing from the text store (SHA-256 " + sha256 + ")";
        };
    }

    public long sourceId() {
        return sourceId;
    }

    public String sha256() {
        return sha256;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String actualSha256() {
        return actualSha256;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Long runId() {
        return runId;
    }
}
