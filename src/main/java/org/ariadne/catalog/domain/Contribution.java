package org.ariadne.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Objects;

/** The link between a source and a contributor it credits: the CSL role (author, editor...) and its position. */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contributor_id")
    private Contributor contributor;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private int position;

    protected Contribution() {
    }

    Contribution(Source source, Contributor contributor, String role, int position) {
        this.source = source;
        this.contributor = contributor;
        this.role = role;
        this.position = position;
    }

    /** Credits another record of the same person instead (when two records are merged). */
    public void creditTo(Contributor other) {
        this.contributor = Objects.requireNonNull(other);
    }

    public Source source() {
        return source;
    }

    public Contributor contributor() {
        return contributor;
    }

    public String role() {
        return role;
    }

    public int position() {
        return position;
    }
}
