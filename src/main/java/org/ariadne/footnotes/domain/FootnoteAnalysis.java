package org.ariadne.footnotes.domain;

import java.util.List;

/**
 * The footnotes of one text and the distinct works they cite.
 *
 * @param works each distinct cited work once, in order of first citation
 * @param notes the notes in order, their citations pointing into {@code works}
 */
public record FootnoteAnalysis(List<CitedWork> works, List<ResolvedNote> notes) {

    public FootnoteAnalysis {
        works = works == null ? List.of() : List.copyOf(works);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
