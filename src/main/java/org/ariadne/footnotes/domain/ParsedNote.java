package org.ariadne.footnotes.domain;

import java.util.List;

/**
 * What a note says, before it is resolved against the other notes of its text.
 *
 * @param citations the works the note cites, in order
 * @param problems  what a librarian must look at, in plain words
 */
public record ParsedNote(List<NoteCitation> citations, List<String> problems) {

    public ParsedNote {
        citations = citations == null ? List.of() : List.copyOf(citations);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
