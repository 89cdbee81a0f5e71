package org.ariadne.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * One passage a claim cites: the catalogued source, the place in it (locator and its CSL label), the exact words
 * quoted, what the citation does for the claim, and where the quote stood in the archived text when it was checked
 * (no anchor if it was not found there).
 */
@Embeddable
public class ClaimCitation {

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    private String locator;

    private String label;

    @Column(columnDefinition = "TEXT")
    private String quote;

    @Column(name = "quote_start")
    private Integer quoteStart;

    @Column(name = "quote_end")
    private Integer quoteEnd;

    @Column(name = "quote_prefix")
    private String quotePrefix;

    @Column(name = "quote_suffix")
    private String quoteSuffix;

    @Column(name = "checked_sha256")
    private String checkedSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    protected ClaimCitation() {
    }

    ClaimCitation(long sourceId, String locator, String label, String quote, Stance stance, QuoteAnchor anchor,
                  String checkedSha256) {
        this.sourceId = sourceId;
        this.locator = blankToNull(locator);
        this.label = blankToNull(label);
        this.quote = quote == null || quote.isBlank() ? null : quote;
        this.stance = Objects.requireNonNull(stance, "stance");
        this.checkedSha256 = checkedSha256;
        if (anchor != null) {
            this.quoteStart = anchor.start();
            this.quoteEnd = anchor.end();
            this.quotePrefix = anchor.prefix();
            this.quoteSuffix = anchor.suffix();
        }
    }

    /** The same citation, as a value of its own (for restoring an earlier version of a claim). */
    ClaimCitation copy() {
        ClaimCitation copy = new ClaimCitation();
        copy.sourceId = sourceId;
        copy.locator = locator;
        copy.label = label;
        copy.quote = quote;
        copy.quoteStart = quoteStart;
        copy.quoteEnd = quoteEnd;
        copy.quotePrefix = quotePrefix;
        copy.quoteSuffix = quoteSuffix;
        copy.checkedSha256 = checkedSha256;
        copy.stance = stance;
        return copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long sourceId() {
        return sourceId;
    }

    public String locator() {
        return locator;
    }

    public String label() {
        return label;
    }

    public String quote() {
        return quote;
    }

    public Stance stance() {
        return stance;
    }

    public String checkedSha256() {
        return checkedSha256;
    }

    /** Whether the quote was found in the archived text when it was checked. */
    public boolean quoteFound() {
        return quote != null && quoteStart != null;
    }

    public Integer quoteStart() {
        return quoteStart;
    }

    public Integer quoteEnd() {
        return quoteEnd;
    }

    /** The passage as found when checked, rebuilt from the archived text it was found in; null if not found. */
    public QuoteAnchor anchorIn(String text) {
        if (!quoteFound() || quoteEnd > text.length()) {
            return null;
        }
        return new QuoteAnchor(text.substring(quoteStart, quoteEnd), quotePrefix, quoteSuffix, quoteStart, quoteEnd);
    }

    /**
     * The citation as a trace reads it. The anchor is rebuilt from the archived text only if that text is still the
     * one the quote was checked against; otherwise the trace sees the changed digest and anchors the quote anew.
     */
    CitationView view(ArchivedText current) {
        QuoteAnchor anchor = current != null && checkedSha256 != null
                && checkedSha256.equalsIgnoreCase(current.sha256()) ? anchorIn(current.content()) : null;
        return new CitationView(String.valueOf(sourceId), locator, label, quote, stance, anchor, checkedSha256);
    }
}
