package org.ariadne.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One pass of the fixity check over every archived text: when, who or what started it, how many failed. */
@Entity
@Table(name = "fixity_run")
public class FixityRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fixity_run_seq")
    @SequenceGenerator(name = "fixity_run_seq", sequenceName = "fixity_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The administrator who asked for it, or {@code schedule}. */
    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(nullable = false)
    private int checked;

    @Column(nullable = false)
    private int failed;

    protected FixityRun() {
    }

    public static FixityRun start(String by, Instant at) {
        FixityRun run = new FixityRun();
        run.startedBy = by;
        run.startedAt = at;
        return run;
    }

    public void counted(FixityCheck check) {
        checked++;
        if (check.failed()) {
            failed++;
        }
    }

    public void finish(Instant at) {
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public int checked() {
        return checked;
    }

    public int failed() {
        return failed;
    }
}
