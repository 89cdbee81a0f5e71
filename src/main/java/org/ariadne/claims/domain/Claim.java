package org.ariadne.claims.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.ariadne.shared.domain.Fields;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A statement a writer makes, the passages of sources that support, dispute or mention it, and what reviewers ruled.
 * Its {@link #status()} follows from those by {@link ClaimStatus#derive}; it is also kept in a column so that the
 * review queues are database queries.
 */
@Entity
@Table(name = "claim")
@Audited
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "claim_citation", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<ClaimCitation> citations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "verdict", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Verdict> verdicts = new ArrayList<>();

    protected Claim() {
    }

    /** A writer states a claim; it cites nothing yet, so it is unsupported. */
    public static Claim state(String text, String author, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A claim needs a text.");
        }
        Claim claim = new Claim();
        claim.text = text.strip();
        claim.author = Objects.requireNonNull(author, "author");
        claim.createdAt = at;
        claim.updatedAt = at;
        claim.status = claim.derive();
        return claim;
    }

    /**
     * Cites a passage of a source for this claim. {@code anchor} is where the quote was found in the source's
     * archived text whose digest is {@code checkedSha256} (null if it was not found or there is no quote).
     */
    public ClaimCitation cite(long sourceId, String locator, String label, String quote, Stance stance,
                              QuoteAnchor anchor, String checkedSha256, Instant at) {
        ClaimCitation citation = new ClaimCitation(sourceId, locator, label, quote, stance, anchor, checkedSha256);
        citations.add(citation);
        changed(at);
        return citation;
    }

    /** A reviewer rules on the claim; the latest verdict decides its status. */
    public void record(Verdict verdict) {
        verdicts.add(Objects.requireNonNull(verdict, "verdict"));
        changed(verdict.at());
    }

    /** The claim's fields as its history shows them, one per citation and per verdict; sources as "source 12". */
    public Map<String, String> fields() {
        return fields(Fields::sourceById);
    }

    /** {@link #fields()} with each cited source named by {@code source} (from its id), e.g. by its title. */
    public Map<String, String> fields(LongFunction<String> source) {
        Fields fields = new Fields().put("text", text).put("status", status == null ? null : status.name()
                .toLowerCase(Locale.ROOT).replace('_', '-')).put("author", author);
        for (int i = 0; i < citations.size(); i++) {
            ClaimCitation c = citations.get(i);
            List<String> parts = new ArrayList<>();
            parts.add(source.apply(c.sourceId()));
            parts.add(c.stance().name().toLowerCase(Locale.ROOT));
            if (c.locator() != null) {
                parts.add((c.label() == null ? "" : c.label() + " ") + c.locator());
            }
            if (c.quote() != null) {
                parts.add("quote \u201c" + c.quote() + "\u201d");
            }
            fields.put("citation " + (i + 1), String.join(", ", parts));
        }
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            fields.put("verdict " + (i + 1), v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " by "
                    + v.by() + " at " + v.at() + (v.comment() == null || v.comment().isBlank() ? "" : ": " + v.comment()));
        }
        return fields.toMap();
    }

    /**
     * Takes back the text and citations of an earlier version. Verdicts stay: they are reviewers' records of what
     * they judged, kept in order, and restoring a claim does not unsay them.
     */
    public void restore(Claim earlier, Instant at) {
        this.text = earlier.text;
        List<ClaimCitation> earlierCitations = earlier.citations.stream().map(ClaimCitation::copy).toList();
        citations.clear();
        citations.addAll(earlierCitations);
        changed(at);
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    public ClaimStatus status() {
        return derive();
    }

    private ClaimStatus derive() {
        List<VerdictKind> newestFirst = new ArrayList<>(verdicts.size());
        for (int i = verdicts.size() - 1; i >= 0; i--) {
            newestFirst.add(verdicts.get(i).kind());
        }
        return ClaimStatus.derive(citations.stream().map(ClaimCitation::stance).toList(), newestFirst);
    }

    private void changed(Instant at) {
        updatedAt = at;
        status = derive();
    }

    /** The claim as a trace reads it; {@code textOf} gives the archived text of a cited source (null if none). */
    public ClaimView view(LongFunction<ArchivedText> textOf) {
        List<CitationView> views = new ArrayList<>(citations.size());
        for (ClaimCitation citation : citations) {
            views.add(citation.view(textOf.apply(citation.sourceId())));
        }
        return new ClaimView(String.valueOf(id), text, views);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ClaimCitation> citations() {
        return Collections.unmodifiableList(citations);
    }

    /** The verdicts in the order they were given (oldest first). */
    public List<Verdict> verdicts() {
        return Collections.unmodifiableList(verdicts);
    }
}
