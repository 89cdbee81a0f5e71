package org.ariadne.footnotes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A footnote of an archived text: its number, its text, where its marker stands (UTF-16 offsets into the text), the
 * catalogued works it cites and what a librarian must look at. A librarian's correction survives archiving the same
 * text again.
 */
@Entity
@Table(name = "footnote")
@Audited
public class Footnote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "footnote_seq")
    @SequenceGenerator(name = "footnote_seq", sequenceName = "footnote_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "marker_start", nullable = false)
    private int markerStart;

    @Column(name = "marker_end", nullable = false)
    private int markerEnd;

    @Convert(converter = ProblemList.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    @Mutability(Immutability.class) // always replaced, never changed in place: Hibernate need not copy it to compare
    private List<String> problems = List.of();

    @Column(nullable = false)
    private boolean corrected;

    @ElementCollection
    @CollectionTable(name = "footnote_citation", joinColumns = @JoinColumn(name = "footnote_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Citation> citations = new ArrayList<>();

    protected Footnote() {
    }

    /** A footnote as found in the archived text of a source. */
    public static Footnote found(long sourceId, int number, String text, int markerStart, int markerEnd,
                                 List<Citation> citations, List<String> problems) {
        Footnote footnote = new Footnote();
        footnote.sourceId = sourceId;
        footnote.number = number;
        footnote.take(text, markerStart, markerEnd, citations, problems);
        return footnote;
    }

    /**
     * The source's text was archived again and this note found in it once more. A note a librarian corrected keeps
     * the correction when its text is unchanged (only its marker may have moved); otherwise the note becomes what the
     * analysis found and the correction, made for another text, is dropped.
     */
    public void foundAgain(String text, int markerStart, int markerEnd, List<Citation> citations,
                           List<String> problems) {
        if (corrected && this.text.equals(text)) {
            this.markerStart = markerStart;
            this.markerEnd = markerEnd;
            return;
        }
        corrected = false;
        take(text, markerStart, markerEnd, citations, problems);
    }

    /**
     * A librarian states what the note cites, replacing what the analysis found; the problems it reported are
     * settled by that.
     */
    public void correct(List<Citation> stated) {
        citations.clear();
        citations.addAll(List.copyOf(stated));
        problems = List.of();
        corrected = true;
    }

    private void take(String text, int markerStart, int markerEnd, List<Citation> citations, List<String> problems) {
        this.text = Objects.requireNonNull(text);
        this.markerStart = markerStart;
        this.markerEnd = markerEnd;
        if (!this.citations.equals(citations)) {
            this.citations.clear();
            this.citations.addAll(citations);
        }
        this.problems = List.copyOf(problems);
    }

    /** The note's fields as its history shows them, one per citation; the cited sources as "source 12". */
    public Map<String, String> fields() {
        return fields(Fields::sourceById);
    }

    /** {@link #fields()} with each cited source named by {@code source} (from its id), e.g. by its title. */
    public Map<String, String> fields(LongFunction<String> source) {
        Fields fields = new Fields()
                .put("number", number)
                .put("text", text)
                .put("marker", markerStart + "-" + markerEnd)
                .put("corrected", corrected ? "yes" : "no")
                .put("problems", problems);
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            List<String> parts = new ArrayList<>();
            parts.add(source.apply(c.citedSourceId()));
            if (c.locator() != null) {
                parts.add((c.label() == null ? "" : c.label() + " ") + c.locator());
            }
            if (c.ibid()) {
                parts.add("ibid");
            }
            if (c.shortForm()) {
                parts.add("short form");
            }
            if (c.quote() != null) {
                parts.add("quote \u201c" + c.quote() + "\u201d");
            }
            fields.put("citation " + (i + 1), String.join(", ", parts));
        }
        return fields.toMap();
    }

    /**
     * Takes back what the note cited in an earlier version (and whether a librarian had corrected it). Only while
     * the note still has that version's text: a note of a text archived since is another note.
     *
     * @return false, changing nothing, if the text has changed since
     */
    public boolean restore(Footnote earlier) {
        if (!text.equals(earlier.text)) {
            return false;
        }
        List<Citation> earlierCitations = List.copyOf(earlier.citations);
        citations.clear();
        citations.addAll(earlierCitations);
        problems = new ArrayList<>(earlier.problems);
        corrected = earlier.corrected;
        return true;
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    /** Whether the note cites the source. */
    public boolean cites(long citedSourceId) {
        return citations.stream().anyMatch(c -> c.citedSourceId() == citedSourceId);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long sourceId() {
        return sourceId;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    /** Offset of the marker's first UTF-16 unit in the text, or -1 when the note has no marker. */
    public int markerStart() {
        return markerStart;
    }

    public int markerEnd() {
        return markerEnd;
    }

    public boolean hasMarker() {
        return markerStart >= 0;
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean corrected() {
        return corrected;
    }

    public List<Citation> citations() {
        return Collections.unmodifiableList(citations);
    }
}
