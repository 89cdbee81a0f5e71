package org.ariadne.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's ruling on a claim: verified, disputed or needs a (better) source, with a comment. */
@Embeddable
public class Verdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false)
    private VerdictKind kind;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @Column(name = "given_by", nullable = false)
    private String by;

    @Column(name = "given_at", nullable = false)
    private Instant at;

    protected Verdict() {
    }

    public Verdict(VerdictKind kind, String comment, String by, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    public VerdictKind kind() {
        return kind;
    }

    public String comment() {
        return comment;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
