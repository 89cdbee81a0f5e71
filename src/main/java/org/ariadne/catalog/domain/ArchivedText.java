package org.ariadne.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The fixity record of an archived text: what the bytes are, how many, and their SHA-256. */
@Embeddable
public class ArchivedText {

    @Column(name = "text_media_type")
    private String mediaType;

    @Column(name = "text_charset")
    private String charset;

    @Column(name = "text_bytes")
    private Long bytes;

    @Column(name = "text_sha256")
    private String sha256;

    @Column(name = "text_footnotes")
    private Integer footnotes;

    @Column(name = "text_archived_at")
    private Instant archivedAt;

    @Column(name = "text_archived_by")
    private String archivedBy;

    protected ArchivedText() {
    }

    public ArchivedText(String mediaType, String charset, long bytes, String sha256, int footnotes,
                        Instant archivedAt, String archivedBy) {
        this.mediaType = mediaType;
        this.charset = charset;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.footnotes = footnotes;
        this.archivedAt = archivedAt;
        this.archivedBy = archivedBy;
    }

    public String mediaType() {
        return mediaType;
    }

    public String charset() {
        return charset;
    }

    public long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    public int footnotes() {
        return footnotes == null ? 0 : footnotes;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public String archivedBy() {
        return archivedBy;
    }

    /** The Content-Type the bytes are served with. */
    public String contentType() {
        return mediaType + "; charset=" + charset;
    }
}
