package org.ariadne.bibliography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A CSL style a librarian uploaded. Immutable once stored: a new version of a style is uploaded as a new style, so
 * a bibliography rendered with an id always means the same rules.
 */
@Entity
@Table(name = "csl_style")
public class CustomStyle {

    @Id
    private String id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String xml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected CustomStyle() {
    }

    private CustomStyle(String id, String title, String xml, Instant createdAt, String createdBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.xml = Objects.requireNonNull(xml, "xml");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = createdBy;
    }

    /** A checked style under the id Ariadne gave it; a style without a title is listed under its id. */
    public static CustomStyle uploaded(String id, String title, String xml, Instant at, String by) {
        String shown = title == null || title.isBlank() ? id : title.strip();
        return new CustomStyle(id, shown, xml, at, by);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String xml() {
        return xml;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
