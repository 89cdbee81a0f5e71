package org.ariadne.footnotes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.footnotes.application.FootnoteService;
import org.ariadne.footnotes.domain.FootnoteRepository.CitingNote;

import java.io.Serializable;
import java.util.List;

/** The "cited by" section of a source's page: the footnotes, in every archived text, that cite it. */
@Named
@ViewScoped
public class CitedByBacking implements Serializable {

    @Inject
    FootnoteService footnotes;

    private List<CitingNote> notes = List.of();

    /** Loads the notes citing the source; an id that cannot exist has none (the source page answers 404 itself). */
    public void load(String sourceId) {
        try {
            notes = List.copyOf(footnotes.citing(Long.parseLong(sourceId)));
        } catch (NumberFormatException e) {
            notes = List.of();
        }
    }

    public List<CitingNote> getNotes() {
        return notes;
    }
}
