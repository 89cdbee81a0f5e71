package org.ariadne.footnotes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.Set;

/**
 * One work a footnote cites: the catalogued source, the place in it (locator without its label word, and the label as a
 * CSL locator term), whether the note said "Ibid." or gave a short form, and optionally the quoted passage.
 */
@Embeddable
public class Citation {

    /** CSL's locator terms, the labels a citation may carry. */
    public static final Set<String> LABELS = Set.of("act", "appendix", "article-locator", "book", "canon", "chapter",
            "column", "elocation", "equation", "figure", "folio", "issue", "line", "note", "opus", "page", "paragraph",
            "part", "rule", "scene", "section", "sub-verbo", "supplement", "table", "timestamp", "title-locator",
            "verse", "version", "volume");

    @Column(name = "cited_source_id", nullable = false)
    private long citedSourceId;

    private String locator;

    private String label;

    @Column(nullable = false)
    private boolean ibid;

    @Column(name = "short_form", nullable = false)
    private boolean shortForm;

    @Column(columnDefinition = "TEXT")
    private String quote;

    protected Citation() {
    }

    private Citation(long citedSourceId, String locator, String label, boolean ibid, boolean shortForm, String quote) {
        this.citedSourceId = citedSourceId;
        this.locator = blankToNull(locator);
        this.label = blankToNull(label);
        this.ibid = ibid;
        this.shortForm = shortForm;
        this.quote = quote == null || quote.isEmpty() ? null : quote;
    }

    /** A citation as the footnote parser found it in the text. */
    public static Citation found(long citedSourceId, String locator, String label, boolean ibid, boolean shortForm) {
        return new Citation(citedSourceId, locator, label, ibid, shortForm, null);
    }

    /**
     * A citation as a librarian states it.
     *
     * @throws IllegalArgumentException if the label is not a CSL locator term
     */
    public static Citation stated(long citedSourceId, String locator, String label, String quote) {
        if (label != null && !label.isBlank() && !LABELS.contains(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a CSL locator term such as page or paragraph.");
        }
        return new Citation(citedSourceId, locator, label, false, false, quote);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long citedSourceId() {
        return citedSourceId;
    }

    public String locator() {
        return locator;
    }

    public String label() {
        return label;
    }

    public boolean ibid() {
        return ibid;
    }

    public boolean shortForm() {
        return shortForm;
    }

    public String quote() {
        return quote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && citedSourceId == c.citedSourceId && ibid == c.ibid && shortForm == c.shortForm
                && Objects.equals(locator, c.locator) && Objects.equals(label, c.label) && Objects.equals(quote, c.quote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citedSourceId, locator, label, ibid, shortForm, quote);
    }
}
