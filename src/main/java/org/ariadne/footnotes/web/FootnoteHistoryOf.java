package org.ariadne.footnotes.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.application.SourceService;
import org.ariadne.catalog.web.SourceNames;
import org.ariadne.footnotes.application.FootnoteService;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.NotFoundException;
import org.ariadne.shared.domain.RevisionView;
import org.ariadne.shared.domain.Versioned;
import org.ariadne.shared.web.HistoryOf;

import java.util.List;

/** The history page for footnotes ({@code kind=footnote}, {@code id=<source>:<number>}). */
@ApplicationScoped
public class FootnoteHistoryOf implements HistoryOf {

    @Inject
    FootnoteService footnotes;

    @Inject
    SourceService sources;

    @Inject
    SourceNames sourceNames;

    @Override
    public String kind() {
        return "footnote";
    }

    @Override
    public String restoringRole() {
        return Roles.LIBRARIAN;
    }

    @Override
    public Versioned<List<RevisionView>> revisions(String key) {
        Note note = Note.of(key);
        return footnotes.revisions(note.source(), note.number(), sourceNames.byTitle());
    }

    @Override
    public void restore(String key, long revision, long expectedVersion) {
        Note note = Note.of(key);
        footnotes.restore(note.source(), note.number(), revision, expectedVersion);
    }

    @Override
    public String title(String key) {
        Note note = Note.of(key);
        try {
            return note.number() + " \u00b7 " + sources.get(note.source()).title();
        } catch (NotFoundException e) {
            return key;
        }
    }

    @Override
    public String page(String key) {
        Note note = Note.of(key);
        return "/footnotes/review.xhtml?source=" + note.source() + "#note-" + note.number();
    }

    /** {@code 12:3}: note 3 of source 12. */
    private record Note(long source, int number) {

        static Note of(String key) {
            int colon = key.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("A footnote is named <source>:<number>.");
            }
            return new Note(Long.parseLong(key.substring(0, colon)), Integer.parseInt(key.substring(colon + 1)));
        }
    }
}
