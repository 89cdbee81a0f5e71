package org.ariadne.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One revision of the audited data (Hibernate Envers): when, and who made it. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private long stamp;

    private String username;

    /** What the change was, in words, when its data does not say (a merge); null for ordinary changes. */
    private String note;

    public long id() {
        return id;
    }

    public long stamp() {
        return stamp;
    }

    public String username() {
        return username;
    }

    public String note() {
        return note;
    }

    /** Adds to the note of this revision (one transaction may note several things). */
    public void recordNote(String text) {
        this.note = note == null ? text : note + " " + text;
    }

    void recordUser(String username) {
        this.username = username;
    }
}
