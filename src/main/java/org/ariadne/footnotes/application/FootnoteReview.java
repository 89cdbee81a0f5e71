package org.ariadne.footnotes.application;

import java.util.List;
import java.util.Map;

/** The footnotes of a source and the titles of the catalogued works they cite, by id. */
public record FootnoteReview(List<FootnoteRecord> notes, Map<Long, String> citedTitles) {

    public FootnoteReview {
        notes = List.copyOf(notes);
        citedTitles = Map.copyOf(citedTitles);
    }
}
