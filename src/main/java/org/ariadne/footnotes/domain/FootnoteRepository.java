package org.ariadne.footnotes.domain;

import java.util.List;
import java.util.Optional;

/** The footnotes of archived texts. */
public interface FootnoteRepository {

    /** The footnotes of a source, in order of their numbers. */
    List<Footnote> findBySource(long sourceId);

    /** The footnote with this number (the first, should a text number two notes alike). */
    Optional<Footnote> findBySourceAndNumber(long sourceId, int number);

    Footnote add(Footnote footnote);

    void remove(Footnote footnote);

    /** How many footnotes, and of how many sources, cite the source. */
    Uses usesOf(long citedSourceId);

    record Uses(long footnotes, long sources) {
        public boolean none() {
            return footnotes == 0;
        }
    }
}
