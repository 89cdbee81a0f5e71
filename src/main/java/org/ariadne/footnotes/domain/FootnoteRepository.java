package org.ariadne.footnotes.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The footnotes of archived texts. */
public interface FootnoteRepository {

    /** The footnotes of a source, in order of their numbers. */
    List<Footnote> findBySource(long sourceId);

    /**
     * The footnotes of a source with what each cites, read-only, in one query: what a claim's trace needs of a text
     * it walks through, without loading (and later dirty-checking) the footnotes as entities.
     */
    List<NoteOutline> outlinesOf(long sourceId);

    /** The footnote with this number (the first, should a text number two notes alike). */
    Optional<Footnote> findBySourceAndNumber(long sourceId, int number);

    Footnote add(Footnote footnote);

    /**
     * Stores the footnotes of a newly archived text at once, with their history and their search documents, in the
     * current transaction: what {@link #add} does for each, without making thousands of entities that the commit
     * would then have to check one by one. The works the notes cite must be catalogued (or about to be) already.
     */
    void addAll(List<Footnote> found);

    void remove(Footnote footnote);

    /** How many footnotes, and of how many sources, cite the source. */
    Uses usesOf(long citedSourceId);

    /**
     * Every footnote, in every archived text, that cites the source: one row per citation, in one query, ordered by
     * the citing source's title, then by note number.
     */
    List<CitingNote> citing(long citedSourceId);

    /** A footnote citing a source: the text it stands in (id and title), its number, and where it points. */
    /** Makes every footnote citation of {@code from} cite {@code to}; returns how many changed. */
    int redirectCitations(long from, long to);

    /** Moves the footnotes of {@code from}'s archived text to {@code to}, whose text it now is. */
    int moveFootnotes(long from, long to);

    /** Removes the footnotes found in a source's archived text. */
    int removeFootnotesOf(long sourceId);

    record CitingNote(long citingSourceId, String citingTitle, int number, String locator, String label)
            implements Serializable {
    }

    /** A footnote as {@link #outlinesOf} reads it. */
    record NoteOutline(int number, String text, int markerStart, int markerEnd, List<CitedPlace> citations) {
    }

    /** One work a footnote cites, as {@link #outlinesOf} reads it. */
    record CitedPlace(long citedSourceId, String locator, String label, String quote) {
    }

    record Uses(long footnotes, long sources) {
        public boolean none() {
            return footnotes == 0;
        }
    }

    /** Writes pending changes now, so that a stale version fails inside the use case. */
    void flush();
}
